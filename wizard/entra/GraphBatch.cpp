#include "entra/GraphBatch.h"

#include "entra/GraphClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace insightly::entra {

QJsonObject GraphBatch::requestItem(const GraphRequest &request, int index)
{
    QString url = request.path;
    if (!request.query.isEmpty())
        url += u'?' + request.query.toString(QUrl::FullyEncoded);
    QJsonObject item{{QStringLiteral("id"), QString::number(index)},
                     {QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("url"), url}};
    QJsonObject headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    if (request.hasBody) {
        // Graph rejects an item with a body but without headers.
        headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        item.insert(QStringLiteral("body"), request.body);
    }
    if (request.query.hasQueryItem(QStringLiteral("$search")) ||
        request.query.hasQueryItem(QStringLiteral("$count")))
        headers.insert(QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual"));
    if (!headers.isEmpty())
        item.insert(QStringLiteral("headers"), headers);
    return item;
}

GraphResult GraphBatch::itemResult(const QJsonObject &response, const GraphResult &outer)
{
    GraphResult r;
    r.status = response.value(QLatin1String("status")).toInt();
    r.json = response.value(QLatin1String("body")).toObject();
    const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.insert(it.key().toLatin1().toLower(), it.value().toVariant().toString().toLatin1());
    r.requestId = QString::fromLatin1(r.headers.value("request-id"));
    if (r.requestId.isEmpty())
        r.requestId = outer.requestId;
    r.clientRequestId = outer.clientRequestId;
    if (!r.ok()) {
        const QJsonObject error = r.json.value(QLatin1String("error")).toObject();
        r.errorCode = error.value(QLatin1String("code")).toString();
        r.errorMessage = error.value(QLatin1String("message")).toString();
        const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
        r.innerErrorCode = inner.value(QLatin1String("code")).toString();
        if (r.requestId == outer.requestId && inner.contains(QLatin1String("request-id")))
            r.requestId = inner.value(QLatin1String("request-id")).toString();
    }
    return r;
}

QCoro::Task<QList<GraphResult>> GraphBatch::send(GraphClient &graph, QList<GraphRequest> requests,
                                                 QPointer<CancelToken> cancel)
{
    const RetryPolicy policy = graph.retryPolicy();
    const QPointer<CancelToken> generation = graph.generation();
    QList<GraphResult> results(requests.size());
    QList<int> pending;
    for (int i = 0; i < requests.size(); ++i)
        pending << i;

    // Rounds that settled no item count against maxAttempts; a round in which Graph let some items through
    // (a tight write quota answers the rest 429) does not, so a long throttled run keeps going.
    int stalledRounds = 0;
    for (int round = 1; !pending.isEmpty(); ++round) {
        QList<int> again;
        std::chrono::milliseconds largestRetryAfter(0);
        bool throttledItems = false;
        bool failedItems = false; // 5xx or unanswered: backoff applies
        for (qsizetype start = 0; start < pending.size(); start += kMaxBatchSize) {
            const QList<int> chunk = pending.mid(start, kMaxBatchSize);
            QJsonArray items;
            int writes = 0;
            bool allRepeatable = true;
            for (int index : chunk) {
                items.append(requestItem(requests[index], index));
                writes += requests[index].effectiveWriteCost();
                allRepeatable = allRepeatable && requests[index].safeToRepeat();
            }
            GraphRequest outer = GraphRequest::post(
                QStringLiteral("/$batch"), QJsonObject{{QStringLiteral("requests"), items}},
                allRepeatable ? RepeatSafety::SafeToRepeat : RepeatSafety::NotSafeToRepeat);
            outer.writeCost = writes; // each item counts against the write quota, not the envelope
            outer.cancel = cancel;
            const GraphResult envelope = co_await graph.send(outer);
            if (!envelope.ok()) {
                for (int index : chunk) {
                    results[index] = envelope;
                    results[index].attempts = round;
                }
                continue;
            }
            QList<int> answered;
            for (const QJsonValue &value : envelope.json.value(QLatin1String("responses")).toArray()) {
                const QJsonObject response = value.toObject();
                bool ok = false;
                const int index = response.value(QLatin1String("id")).toString().toInt(&ok);
                if (!ok || !chunk.contains(index) || answered.contains(index))
                    continue;
                answered << index;
                GraphResult item = itemResult(response, envelope);
                item.attempts = round;
                if (item.status == 429) {
                    throttledItems = true;
                    largestRetryAfter = std::max(largestRetryAfter, graph.retryAfter(item));
                    again << index;
                } else if ((item.status == 502 || item.status == 503 || item.status == 504) &&
                           requests[index].safeToRepeat()) {
                    failedItems = true;
                    again << index;
                }
                results[index] = item;
            }
            for (int index : chunk) {
                if (!answered.contains(index)) { // a missing answer is treated as a transient failure
                    results[index] = envelope;
                    results[index].status = 0;
                    results[index].networkError = QStringLiteral("no answer for this item in the batch");
                    if (requests[index].safeToRepeat()) {
                        failedItems = true;
                        again << index;
                    }
                }
            }
        }
        stalledRounds = again.size() < pending.size() ? 0 : stalledRounds + 1;
        if (again.isEmpty() || stalledRounds >= policy.maxAttempts)
            break;
        if (isCancelled(cancel) || isCancelled(generation))
            break;
        std::chrono::milliseconds delay = policy.backoff(std::max(1, stalledRounds));
        if (throttledItems && largestRetryAfter.count() > 0) {
            // Graph asked for this wait; backoff only adds to it when items also failed otherwise.
            delay = failedItems ? std::max(delay, largestRetryAfter) : largestRetryAfter;
            graph.reportThrottled(largestRetryAfter, delay);
        }
        qCInfo(lcGraph).nospace() << "re-batching " << again.size() << " of " << requests.size()
                                  << " items in " << delay.count() << " ms";
        if (!co_await sleepUnlessCancelled(delay, generation, cancel)) {
            for (int index : again)
                results[index].cancelled = true;
            break;
        }
        std::sort(again.begin(), again.end());
        pending = again;
    }
    co_return results;
}

} // namespace insightly::entra
