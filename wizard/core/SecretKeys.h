#pragma once

#include "core/SecretStore.h"

namespace insightly {

struct SetupState;

// The catalogue of keychain entries: the one place that names every secret the wizard keeps, so that the
// page that writes a secret and the page or report that reads it agree on its key.
//   refresh-token      per tenant, per client id (the app registration the admin signed in with)
//   scim-token         per tenant, per Insightly instance (the app id while no instance is known)
//   insightly-api-key  per tenant, per Insightly instance
// The tenant is SetupState's (the signed-in tenant id); `fallbackTenant` (the tenant the admin named) only
// while SetupState has none.
class SecretKeys
{
public:
    static SecretKey refreshToken(const QString &tenant, const QString &clientId);
    static SecretKey scimToken(const SetupState &state, const QString &fallbackTenant = {});
    // `instanceId` overrides SetupState's while a page confirms an instance it has not saved yet.
    static SecretKey insightlyApiKey(const SetupState &state, const QString &fallbackTenant = {},
                                     const QString &instanceId = {});

private:
    static QString tenantOf(const SetupState &state, const QString &fallbackTenant);
};

} // namespace insightly
