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
// (https://learn.microsoft.com/graph/best-practices-concept): single requests with their retries. Paging is
// GraphPager's, $batch GraphBatch's; both send through send().
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

    // Graph's Retry-After of an answer (a whole response or one $batch item; seconds or an HTTP date, read by
    // core/RetryAfter), capped at retryPolicy().maxRetryAfter; negative when it gave none.
    std::chrono::milliseconds retryAfter(const GraphResult &result) const;
    // Graph asked to slow down (`retryAfter`, what it asked for) and the caller waits `wait`: slows the write
    // pacer and emits throttled().
    void reportThrottled(std::chrono::milliseconds retryAfter, std::chrono::milliseconds wait);
    // Cancelled by cancelAll(): a caller's waits end with it.
    QPointer<CancelToken> generation() const { return m_generation; }

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

    QPointer<QNetworkAccessManager> m_network;
    CloudEndpoints m_endpoints;
    AccessTokenProvider *m_tokens;
    RetryPolicy m_policy;
    AsyncSemaphore m_gate{8};
    std::unique_ptr<WritePacer> m_pacer;
    QPointer<CancelToken> m_generation;
};

} // namespace insightly::entra
