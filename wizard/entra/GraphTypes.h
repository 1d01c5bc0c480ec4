#pragma once

#include "core/UserMessage.h"
#include "entra/CancelToken.h"

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <qcorotask.h>

namespace insightly::entra {

// Whether a request may be sent again after it may have reached Graph (connection reset, timeout,
// 502/503/504). A 429 or a refused connection is always retried: Graph did not act on the request then.
enum class RepeatSafety {
    ByMethod,        // GET, HEAD, PUT, PATCH, DELETE: repeatable; POST: not
    SafeToRepeat,    // e.g. a POST whose caller handles "already exists" (appRoleAssignedTo), or an action
    NotSafeToRepeat, // e.g. POST /applicationTemplates/{id}/instantiate: the caller must look before retrying
};

// Replication retries (the statuses Terraform's azuread provider retries after a create:
// https://github.com/hashicorp/terraform-provider-azuread), opt-in per request because elsewhere these
// statuses are final.
enum class ConsistencyRetry {
    None = 0,
    NotFound = 1,         // 404 right after the object was created
    Conflict = 2,         // 409 on application updates
    Forbidden = 4,        // 403 on synchronization calls right after instantiate
    InvalidReference = 8, // 400 "Not a valid reference update" on appRoleAssignedTo
};
Q_DECLARE_FLAGS(ConsistencyRetries, ConsistencyRetry)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConsistencyRetries)

struct GraphRequest {
    QByteArray method = "GET";
    QString path;    // relative to the Graph base ("/servicePrincipals/{id}"), or an absolute @odata.nextLink
    QUrlQuery query; // $select, $filter, $search…; ConsistencyLevel: eventual is added for $search and $count
    QJsonObject body;
    bool hasBody = false;
    QHash<QByteArray, QByteArray> headers;
    std::chrono::milliseconds timeout{30000};
    RepeatSafety repeat = RepeatSafety::ByMethod;
    ConsistencyRetries consistencyRetries;
    bool highPriority = false; // x-ms-throttle-priority: high (the admin is waiting for it)
    QPointer<CancelToken> cancel;
    int writeCost = -1; // writes charged to the pacer; -1 = 1 for non-GET/HEAD, else 0

    static GraphRequest get(const QString &path, const QUrlQuery &query = {});
    static GraphRequest post(const QString &path, const QJsonObject &body,
                             RepeatSafety repeat = RepeatSafety::ByMethod);
    static GraphRequest patch(const QString &path, const QJsonObject &body);
    static GraphRequest put(const QString &path, const QJsonObject &body);
    static GraphRequest del(const QString &path);

    bool isWrite() const { return method != "GET" && method != "HEAD"; }
    bool safeToRepeat() const;
    int effectiveWriteCost() const { return writeCost >= 0 ? writeCost : (isWrite() ? 1 : 0); }
};

struct GraphResult {
    int status = 0;   // 0 = no HTTP answer
    QJsonObject json; // the parsed body (empty for 204 or non-JSON)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QString requestId;                     // Graph's request-id (support quotes it)
    QString clientRequestId;               // the GUID we sent
    QString errorCode;                     // error.code
    QString innerErrorCode;                // error.innerError.code, when present
    QString errorMessage;                  // error.message (developer text, untranslated)
    QString networkError;
    int networkErrorCode = 0; // QNetworkReply::NetworkError when status == 0
    bool tlsRefused = false;  // the server's certificate was refused: nothing was sent (networkError says why)
    bool timedOut = false;
    bool cancelled = false;
    UserMessage signInError; // no access token could be had
    int attempts = 0;

    bool ok() const { return status >= 200 && status < 300; }
    // The admin-facing explanation (ErrorCatalog); always carries the request-id.
    UserMessage userMessage() const;
};

struct AccessTokenResult {
    QString token;
    UserMessage error; // when no token: what to tell the admin (sign in again, …)

    bool ok() const { return !token.isEmpty(); }
};

// What GraphClient needs from sign-in (TokenSource implements it; tests pass a fixed token).
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;
    virtual QCoro::Task<AccessTokenResult> accessToken() = 0;
    // Graph answered 401 for this token: the next accessToken() must not hand it out again.
    virtual void rejectAccessToken(const QString &token) = 0;
};

// Backoff and retry limits
// (https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling); tests shrink them.
struct RetryPolicy {
    int maxAttempts = 8; // transient failures (429, 5xx, connection)
    std::chrono::milliseconds initialBackoff{1000};
    std::chrono::milliseconds maxBackoff{60000};
    double jitter = 0.2;                                // ± share of each backoff
    std::chrono::milliseconds maxRetryAfter{300000};    // a larger Retry-After is capped (and logged)
    std::chrono::milliseconds consistencyInitial{5000}; // replication waits: 5 s, 10 s, 20 s…
    std::chrono::milliseconds consistencyMax{30000};
    std::chrono::milliseconds consistencyBudget{180000};

    std::chrono::milliseconds backoff(int retry) const; // retry = 1, 2, …
    std::chrono::milliseconds consistencyDelay(int retry) const;
};

} // namespace insightly::entra
