#include "core/SecretKeys.h"

#include "core/SetupState.h"

namespace insightly {

QString SecretKeys::tenantOf(const SetupState &state, const QString &fallbackTenant)
{
    return state.tenantId.isEmpty() ? fallbackTenant : state.tenantId;
}

SecretKey SecretKeys::refreshToken(const QString &tenant, const QString &clientId)
{
    return {tenant, QStringLiteral("refresh-token"), clientId};
}

SecretKey SecretKeys::scimToken(const SetupState &state, const QString &fallbackTenant)
{
    return {tenantOf(state, fallbackTenant), QStringLiteral("scim-token"),
            state.instanceId.isEmpty() ? state.appId : state.instanceId};
}

SecretKey SecretKeys::insightlyApiKey(const SetupState &state, const QString &fallbackTenant,
                                      const QString &instanceId)
{
    return {tenantOf(state, fallbackTenant), QStringLiteral("insightly-api-key"),
            instanceId.isEmpty() ? state.instanceId : instanceId};
}

} // namespace insightly
