#pragma once

#include "core/UserMessage.h"

#include <QString>

namespace insightly::entra {

// Microsoft Graph and provisioning errors in words for the admin (https://learn.microsoft.com/graph/errors).
// The message keeps the request-id and the original text. Strings are translated in the "ErrorCatalog"
// context.
class GraphErrors
{
public:
    // Matched on error.code with a message phrase, then error.code (+ status), then the status alone.
    static UserMessage explain(int httpStatus, const QString &code, const QString &message,
                               const QString &requestId);
    // Provisioning errors (validateCredentials, quarantine, provisioning logs): the code, or a
    // SystemForCrossDomainIdentityManagement… code nested in the message.
    static UserMessage explainProvisioning(const QString &code, const QString &message,
                                           const QString &requestId = {});
};

} // namespace insightly::entra
