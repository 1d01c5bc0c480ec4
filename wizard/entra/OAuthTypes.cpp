#include "entra/OAuthTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace insightly::entra {

namespace {

QList<int> aadstsCodesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    QList<int> codes;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const int code = it.next().captured(1).toInt();
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace

TokenError TokenError::fromJson(int httpStatus, const QByteArray &body)
{
    TokenError e;
    e.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    e.error = json.value(QLatin1String("error")).toString();
    e.description = json.value(QLatin1String("error_description")).toString();
    e.traceId = json.value(QLatin1String("trace_id")).toString();
    e.correlationId = json.value(QLatin1String("correlation_id")).toString();
    for (const QJsonValue &code : json.value(QLatin1String("error_codes")).toArray())
        e.codes << code.toInt();
    if (e.codes.isEmpty())
        e.codes = aadstsCodesIn(e.description);
    if (e.error.isEmpty()) // a gateway page or an empty 5xx: the status must be enough
        e.error = httpStatus >= 500 ? QStringLiteral("temporarily_unavailable")
                                    : QStringLiteral("invalid_response");
    return e;
}

TokenError TokenError::fromRedirect(const QString &error, const QString &description)
{
    TokenError e;
    e.error = error;
    e.description = description;
    e.codes = aadstsCodesIn(description);
    static const QRegularExpression correlation(QStringLiteral("Correlation ID: ([0-9a-fA-F-]{36})"));
    static const QRegularExpression trace(QStringLiteral("Trace ID: ([0-9a-fA-F-]{36})"));
    e.correlationId = correlation.match(description).captured(1);
    e.traceId = trace.match(description).captured(1);
    return e;
}

SignInAttempt SignInAttempt::create()
{
    return {Pkce::generate(), randomUrlSafeToken(24), randomUrlSafeToken(24)};
}

} // namespace insightly::entra
