#include "entra/GraphTypes.h"
#include "entra/ErrorCatalog.h"
#include "entra/GraphErrors.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace insightly::entra {

GraphRequest GraphRequest::get(const QString &path, const QUrlQuery &query)
{
    GraphRequest r;
    r.path = path;
    r.query = query;
    return r;
}

GraphRequest GraphRequest::post(const QString &path, const QJsonObject &body, RepeatSafety repeat)
{
    GraphRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.hasBody = true;
    r.repeat = repeat;
    return r;
}

GraphRequest GraphRequest::patch(const QString &path, const QJsonObject &body)
{
    GraphRequest r = post(path, body);
    r.method = "PATCH";
    return r;
}

GraphRequest GraphRequest::put(const QString &path, const QJsonObject &body)
{
    GraphRequest r = post(path, body);
    r.method = "PUT";
    return r;
}

GraphRequest GraphRequest::del(const QString &path)
{
    GraphRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

bool GraphRequest::safeToRepeat() const
{
    switch (repeat) {
    case RepeatSafety::SafeToRepeat:
        return true;
    case RepeatSafety::NotSafeToRepeat:
        return false;
    case RepeatSafety::ByMethod:
        break;
    }
    return method != "POST";
}

UserMessage GraphResult::userMessage() const
{
    if (cancelled)
        return ErrorCatalog::cancelled();
    if (!signInError.isEmpty())
        return signInError;
    if (status == 0)
        return ErrorCatalog::forTransport({}, networkError, timedOut, requestId);
    const QString code = errorCode.isEmpty() ? innerErrorCode : errorCode;
    return GraphErrors::explain(status, code, errorMessage, requestId);
}

std::chrono::milliseconds RetryPolicy::backoff(int retry) const
{
    const double base = double(initialBackoff.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(base, double(maxBackoff.count()));
    const double spread = capped * jitter * (QRandomGenerator::global()->generateDouble() * 2 - 1);
    return std::chrono::milliseconds(qint64(std::max(0.0, capped + spread)));
}

std::chrono::milliseconds RetryPolicy::consistencyDelay(int retry) const
{
    const double base = double(consistencyInitial.count()) * std::pow(2.0, std::max(0, retry - 1));
    return std::chrono::milliseconds(qint64(std::min(base, double(consistencyMax.count()))));
}

} // namespace insightly::entra
