#pragma once

#include "entra/AsyncWaitQueue.h"
#include "entra/CloudEndpoints.h"
#include "entra/GraphTypes.h"
#include "entra/WritePacer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace insightly::entra {

// Microsoft Graph over one QNetworkAccessManager, as coroutines
// (https://learn.microsoft.com/graph/best-practices-concept).
//
// Retries: 429 after its Retry-After (or backoff), 502/503/504 and connection failures with capped
// exponential backoff and jitter. A request that may have reached Graph (reset, timeout, 5xx) is only sent
// again when it is repeatable: GET/PUT/PATCH/DELETE, or a POST the caller marked RepeatSafety::SafeToRepeat
// because it handles "already exists" itself. A plain POST (instantiate) is returned to the caller, who must
// look before retrying. Replication retries (404 after create, 409, 403 on synchronization, "Not a valid
// reference update") only run when the request opts in (GraphRequest::consistencyRetries). A 401 gets one
// fresh token and one more try.
//
// Every request carries a new client-request-id; errors keep Graph's request-id. At most maxConcurrent
// requests are in flight; writes go through the WritePacer. cancelAll() aborts everything in flight and every
// wait. One log line per request: method, path (no query), status, request-id, elapsed — never headers or
// bodies.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    GraphClient(QNetworkAccessManager *network, CloudEndpoints endpoints, AccessTokenProvider *tokens,
                QObject *parent = nullptr);
    ~GraphClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setMaxConcurrent(int n) { m_gate.setLimit(n); }
    // Tenant write quota: `quota` writes per `window` (default 3,000 per 150 s). quota <= 0 turns pacing off.
    void setWriteQuota(int quota, std::chrono::milliseconds window);
    const CloudEndpoints &endpoints() const { return m_endpoints; }

    QCoro::Task<GraphResult> send(GraphRequest request);

    // Calls `onPage` with each page's JSON, following @odata.nextLink verbatim; stops when there is no next
    // link, when `onPage` returns false, on error or on cancel. Returns the last page's result (or the
    // error).
    using PageHandler = std::function<bool(const QJsonObject &page)>;
    QCoro::Task<GraphResult> forEachPage(GraphRequest first, PageHandler onPage);
    // Every item of every page ("value" arrays), up to maxItems (-1 = all). On error `result` holds it.
    QCoro::Task<QJsonArray> getAll(GraphRequest first, GraphResult *result = nullptr, int maxItems = -1);

    // JSON batching (https://learn.microsoft.com/graph/json-batching): independent requests (no dependsOn),
    // sent 20 per $batch. Items answered 429 are re-batched after the largest item Retry-After; 502/503/504
    // items after backoff if repeatable. Results are in the order of `requests`; each carries its own status,
    // body and (outer) request-id.
    QCoro::Task<QList<GraphResult>> sendBatch(QList<GraphRequest> requests,
                                              QPointer<CancelToken> cancel = {});

    // Aborts every request in flight and ends every wait; later requests run normally.
    void cancelAll();

Q_SIGNALS:
    // Graph asked to slow down; pages may show "continuing in N s".
    void throttled(qint64 waitMs);
    // A write (not GET/HEAD) got its final answer, retries included; not emitted when it was cancelled. The
    // audit journal listens (flows/GraphAuditRecorder). A $batch arrives as one write with its items inside.
    void writeFinished(const insightly::entra::GraphRequest &request, const insightly::entra::GraphResult &result);

private:
    QCoro::Task<GraphResult> sendWithRetries(GraphRequest request);
    QCoro::Task<GraphResult> sendOnce(const GraphRequest &request, QPointer<CancelToken> generation,
                                      QString *usedToken);
    std::chrono::milliseconds retryAfter(const GraphResult &result) const;

    QPointer<QNetworkAccessManager> m_network;
    CloudEndpoints m_endpoints;
    AccessTokenProvider *m_tokens;
    RetryPolicy m_policy;
    AsyncSemaphore m_gate{8};
    std::unique_ptr<WritePacer> m_pacer;
    QPointer<CancelToken> m_generation;
};

} // namespace insightly::entra
