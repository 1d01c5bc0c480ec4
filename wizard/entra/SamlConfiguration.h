#pragma once

#include "entra/SetupOperation.h"
#include "entra/SigningCertificates.h"

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

// Step 2 as one operation: the SAML settings and the active signing certificate.
struct SamlSetupResult {
    SamlConfigurationResult saml;
    CertificateResult certificate;

    bool ok() const { return saml.ok() && certificate.ok(); }
};

// Step 2a, on the app named by SetupState (servicePrincipalId, appObjectId; Step 1 first). The calls follow
// Microsoft's SAML tutorial (https://learn.microsoft.com/graph/application-saml-sso-configure-api):
//   1. GET the service principal and the application together; unless preferredSingleSignOnMode is already
//      saml, PATCH it to saml (the mode exempts the app from the verified-domain rule for identifierUris).
//   2. Unless identifierUris and web.redirectUris are both exactly [signInPageUrl], PATCH both. Insightly
//      needs exactly one Identifier and one Reply URL, so other values are REPLACED (several identifier URIs
//      break SAML apps: https://github.com/hashicorp/terraform-provider-azuread/issues/978). 400
//      HostNameNotOnVerifiedDomain is retried with growing pauses (the SAML exemption replicates,
//      ConvergencePolicy::hostNameRetry*), 404/409 by GraphClient's ConsistencyRetry.
//   3. Reads both objects back (together) until the values are seen (ConvergencePolicy), then saves the URL
//      in SetupState (insightlySignInUrl) and marks Step::Saml completed.
// Running it again when everything is right sends no write.
class SamlConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(SamlConfiguration)

public:
    static QCoro::Task<SamlConfigurationResult> apply(OperationContext context, QUrl signInPageUrl);
    // apply() and SigningCertificates::ensureActive() interleaved, in two rounds of two parts side by side:
    // first SAML mode on (step 1 above) beside SigningCertificates::prepareActive() (the certificate needs only
    // the service principal: read, created when none is usable, and waited for until Entra lists it); then
    // the Identifier and Reply URL (steps 2–3) beside SigningCertificates::finishActive() (the activation and
    // the e-mails in one PATCH). The wait for a new certificate is also the wait for the SAML mode to
    // replicate, so the Identifier is not refused first (HostNameNotOnVerifiedDomain) and the two waits do not
    // add up. Each part is as idempotent as when run alone; both run to their end even when the other fails.
    static QCoro::Task<SamlSetupResult> applyWithCertificate(OperationContext context, QUrl signInPageUrl,
                                                             SigningCertificates::Options certificate);
};

} // namespace insightly::entra
