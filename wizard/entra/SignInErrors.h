#pragma once

#include "core/UserMessage.h"
#include "entra/ErrorTable.h"
#include "entra/OAuthTypes.h"

namespace insightly::entra {

// Microsoft sign-in and token errors in words for the admin
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). The message keeps the
// correlation id and the original text. Strings are translated in the "ErrorCatalog" context.
class SignInErrors
{
public:
    // Fills placeholders in actions: the admin-consent link, the redirect URI, the client id, the tenant.
    using Context = ErrorTable::Placeholders;

    // Matched on the AADSTS number (error_codes[] or the description), then on the OAuth error value, then
    // a generic text. No answer at all: ErrorCatalog::forTransport's words; cancelled: ErrorCatalog's.
    static UserMessage explain(const TokenError &error, const Context &context = {});
};

} // namespace insightly::entra
