// What an admin pastes: the Insightly Sign-in page URL, the SCIM Tenant URL and Secret Token.
#include "FuzzMain.h"
#include "core/TextLimits.h"
#include "insightly/InsightlyUrls.h"
#include "insightly/ScimInputs.h"

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    (void)insightly::InsightlyUrls::validateSignInPageUrl(text);
    (void)insightly::ScimInputs::validateTenantUrl(text);
    const auto token = insightly::ScimInputs::validateSecretToken(text);
    (void)insightly::ScimInputs::maskedToken(token.token);
    (void)insightly::checkPastedUrl(text, QStringLiteral("URL"));
    return 0;
}
