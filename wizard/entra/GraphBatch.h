#pragma once

#include "entra/CancelToken.h"
#include "entra/GraphTypes.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <qcorotask.h>

namespace insightly::entra {

class GraphClient;

// JSON batching (https://learn.microsoft.com/graph/json-batching): independent requests (no dependsOn), sent
// 20 per $batch through GraphClient::send() (the envelope gets the client's retries and write pacing; each
// item counts against the write quota). Items answered 429 are re-batched after the largest item Retry-After
// (GraphClient::retryAfter, the one parser); 502/503/504 items, and items the answer left out, after backoff
// when repeatable. The client must outlive the call.
class GraphBatch
{
public:
    static constexpr int kMaxBatchSize = 20; // Graph's limit per $batch

    // Results are in the order of `requests`; each carries its own status, body and (outer) request-id.
    static QCoro::Task<QList<GraphResult>> send(GraphClient &graph, QList<GraphRequest> requests,
                                                QPointer<CancelToken> cancel = {});

    // One item of a $batch request body, with id `index`.
    static QJsonObject requestItem(const GraphRequest &request, int index);
    // The result of one item of a $batch answer; `outer` is the envelope's result (its request-id is the
    // fallback).
    static GraphResult itemResult(const QJsonObject &response, const GraphResult &outer);
};

} // namespace insightly::entra
