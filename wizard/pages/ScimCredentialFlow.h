#pragma once

// Kept for tests/e2e, which name the SCIM token's keychain key through it: the key lives in core/SecretKeys
// and the SCIM credentials flow in flows/ScimFlow.
#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "pages/WizardContext.h"

namespace insightly {

struct ScimCredentialFlow {
    static SecretKey tokenKey(const WizardContext &context)
    {
        return SecretKeys::scimToken(context.setup().state(), context.tenant());
    }
};

} // namespace insightly
