#pragma once

#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QUrl>
#include <qcorotask.h>

namespace insightly::entra {

struct SamlConfigurationResult : OperationFailure {
    bool samlModeChanged = false; // PATCHed preferredSingleSignOnMode (false: it already was saml)
    bool urisChanged = false;     // PATCHed identifierUris / web.redirectUris (false: already right)
    int hostNameRetries = 0;      // HostNameNotOnVerifiedDomain answers waited out

    bool ok() const { return !failed(); }
};

// Step 2a (§B3, §B4), on the app named by SetupState (servicePrincipalId, appObjectId; Step 1 first):
//   1. GET the service principal; unless preferredSingleSignOnMode is already saml, PATCH it to saml.
//   2. GET the application; unless identifierUris and web.redirectUris are both exactly [signInPageUrl],
//      PATCH both. Insightly needs exactly one Identifier and one Reply URL, so other values are REPLACED
//      (multiple identifier URIs break SAML apps, §B4). 400 HostNameNotOnVerifiedDomain is retried with
//      backoff (the SAML exemption replicates, ConvergencePolicy::hostNameRetry*), 404/409 by GraphClient's
//      ConsistencyRetry.
//   3. Reads both objects back until the values are seen (ConvergencePolicy), then saves the URL in
//      SetupState (insightlySignInUrl) and marks Step::Saml completed.
// Running it again when everything is right sends no write.
class SamlConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(SamlConfiguration)

public:
    static QCoro::Task<SamlConfigurationResult> apply(OperationContext context, QUrl signInPageUrl);
};

} // namespace insightly::entra
