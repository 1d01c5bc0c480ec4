#pragma once

#include "core/UserMessage.h"
#include "entra/OAuthTypes.h"

#include <QString>
#include <QUrl>

namespace insightly::entra {

// The one place that turns Microsoft sign-in, Graph and provisioning error codes into words for the admin
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes,
// https://learn.microsoft.com/graph/errors). Every message keeps the request-id / correlation id and the
// original text. Strings are translated in the "ErrorCatalog" context.
class ErrorCatalog
{
public:
    // Fills placeholders in actions: the admin-consent link, the redirect URI, the client id, the tenant.
    struct Context {
        QString tenant;
        QString clientId;
        QString redirectUri;
        QUrl adminConsentUrl;
    };

    // Sign-in / token errors: matched on the AADSTS number (error_codes[] or the description), then on the
    // OAuth error value, then a generic text.
    static UserMessage forSignIn(const TokenError &error, const Context &context = {});
    // Graph errors: matched on error.code with a message phrase, then error.code (+ status), then the status
    // alone.
    static UserMessage forGraph(int httpStatus, const QString &code, const QString &message,
                                const QString &requestId);
    // Provisioning errors (validateCredentials, quarantine, provisioning logs): the code, or a
    // SystemForCrossDomainIdentityManagement… code nested in the message.
    static UserMessage forProvisioning(const QString &code, const QString &message,
                                       const QString &requestId = {});
    // No usable HTTP answer: connection refused/reset, DNS, timeout.
    static UserMessage forTransport(const QString &host, const QString &errorText, bool timedOut,
                                    const QString &requestId = {});
    static UserMessage cancelled();
};

} // namespace insightly::entra
