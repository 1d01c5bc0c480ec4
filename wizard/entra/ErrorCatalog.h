#pragma once

#include "core/UserMessage.h"

#include <QString>

namespace insightly::entra {

// The errors that carry no server's code: no usable answer, and a cancel. With SignInErrors (Microsoft
// sign-in, https://learn.microsoft.com/entra/identity-platform/reference-error-codes) and GraphErrors
// (Graph and provisioning, https://learn.microsoft.com/graph/errors), over the table they share
// (ErrorTable), the one place that turns errors into what/why/action for the admin. Strings are translated
// in the "ErrorCatalog" context.
class ErrorCatalog
{
public:
    // No usable HTTP answer: connection refused/reset, DNS, timeout.
    static UserMessage forTransport(const QString &host, const QString &errorText, bool timedOut,
                                    const QString &requestId = {});
    static UserMessage cancelled();
};

} // namespace insightly::entra
