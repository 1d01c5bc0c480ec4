// Microsoft Graph and Entra answers: error bodies, synchronization jobs, token-endpoint errors.
#include "FuzzMain.h"
#include "entra/GraphTypes.h"
#include "entra/OAuthTypes.h"
#include "entra/ProvisioningStatus.h"
#include "entra/SignInErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QByteArray body = fuzzBytes(data + 2, size - 2);
    const QJsonObject json = QJsonDocument::fromJson(body).object();

    insightly::entra::GraphResult result;
    result.status = status;
    result.body = body;
    result.json = json;
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    result.errorCode = error.value(QStringLiteral("code")).toString();
    result.errorMessage = error.value(QStringLiteral("message")).toString();
    result.innerErrorCode =
        error.value(QStringLiteral("innerError")).toObject().value(QStringLiteral("code")).toString();
    (void)result.userMessage().toDiagnostics();

    (void)insightly::entra::ProvisioningStatus::fromJob(json);
    const insightly::entra::TokenError tokenError = insightly::entra::TokenError::fromJson(status, body);
    (void)insightly::entra::SignInErrors::explain(tokenError).toDiagnostics();
    return 0;
}
