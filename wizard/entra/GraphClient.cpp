#include "entra/GraphClient.h"

#include "core/RetryAfter.h"
#include "core/TlsProblem.h"
#include "entra/GraphBatch.h"
#include "entra/GraphPager.h"

#include <QCoro/QCoroNetworkReply>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGraph, "insightly.entra.graph")

namespace insightly::entra {

namespace {

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

// Failures where the request certainly never reached Graph, so even a POST may go again.
bool neverReachedServer(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

bool needsEventualConsistency(const QUrl &url)
{
    const QUrlQuery query(url);
    return query.hasQueryItem(QStringLiteral("$search")) || query.hasQueryItem(QStringLiteral("$count")) ||
           url.path().endsWith(QLatin1String("/$count"));
}

} // namespace

GraphClient::GraphClient(QNetworkAccessManager *network, CloudEndpoints endpoints,
                         AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_tokens(tokens)
    , m_generation(new CancelToken(this))
{
    setWriteQuota(3000, std::chrono::seconds(150));
}

GraphClient::~GraphClient()
{
    cancelAll();
}

void GraphClient::setWriteQuota(int quota, std::chrono::milliseconds window)
{
    if (quota <= 0)
        m_pacer.reset();
    else
        m_pacer = std::make_unique<WritePacer>(quota, window);
}

void GraphClient::cancelAll()
{
    // The old token stays alive (owned by this) so that coroutines holding it still see "cancelled".
    CancelToken *old = m_generation;
    m_generation = new CancelToken(this);
    if (old)
        old->cancel();
    m_gate.cancelWaiters();
}

std::chrono::milliseconds GraphClient::retryAfter(const GraphResult &result) const
{
    const std::optional<std::chrono::seconds> asked = parseRetryAfter(result.headers.value("retry-after"));
    if (!asked)
        return std::chrono::milliseconds(-1);
    return std::min(std::chrono::milliseconds(*asked), m_policy.maxRetryAfter);
}

void GraphClient::reportThrottled(std::chrono::milliseconds retryAfter, std::chrono::milliseconds wait)
{
    if (m_pacer)
        m_pacer->onThrottled(retryAfter);
    Q_EMIT throttled(wait.count());
}

QCoro::Task<GraphResult> GraphClient::send(GraphRequest request)
{
    const QPointer<GraphClient> self(this);
    GraphResult result = co_await sendWithRetries(request);
    if (self && request.isWrite() && !result.cancelled)
        Q_EMIT writeFinished(request, result);
    co_return result;
}

QCoro::Task<GraphResult> GraphClient::sendWithRetries(GraphRequest request)
{
    const QPointer<CancelToken> generation = m_generation;
    const QPointer<CancelToken> cancel = request.cancel;
    QElapsedTimer consistencyClock;
    int transientRetries = 0;
    int consistencyRetries = 0;
    bool tokenRefreshed = false;
    int attempts = 0;
    for (;;) {
        GraphResult result;
        if (isCancelled(generation) || isCancelled(cancel)) {
            result.cancelled = true;
            result.attempts = attempts;
            co_return result;
        }
        QList<qint64> paceSlots;
        if (m_pacer && request.effectiveWriteCost() > 0) {
            const bool paced =
                co_await m_pacer->acquire(request.effectiveWriteCost(), generation, cancel, &paceSlots);
            if (!paced) {
                result.cancelled = true;
                co_return result;
            }
        }
        if (!co_await m_gate.acquire(generation, cancel)) {
            result.cancelled = true;
            co_return result;
        }
        if (m_pacer && !paceSlots.isEmpty())
            m_pacer->sent(paceSlots); // counted from now: it may have waited for a free connection
        ++attempts;
        QString usedToken;
        const QPointer<GraphClient> self(this);
        result = co_await sendOnce(request, generation, &usedToken);
        if (!self) { // destroyed while the request was out: touch nothing of ours
            result.cancelled = true;
            co_return result;
        }
        m_gate.release();
        result.attempts = attempts;
        if (result.ok() || result.cancelled || !result.signInError.isEmpty())
            co_return result;

        // Decide whether and when to try again.
        std::chrono::milliseconds delay(-1);
        const std::chrono::milliseconds asked = retryAfter(result);
        if (result.status == 401 && m_tokens && !tokenRefreshed) {
            tokenRefreshed = true;
            m_tokens->rejectAccessToken(usedToken);
            delay = std::chrono::milliseconds(0);
        } else if (result.status == 429) {
            delay = asked.count() >= 0 ? asked : m_policy.backoff(transientRetries + 1);
            reportThrottled(delay, delay);
            ++transientRetries;
        } else if (isRetryableStatus(result.status) && request.safeToRepeat()) {
            delay = asked.count() >= 0 ? asked : m_policy.backoff(transientRetries + 1);
            ++transientRetries;
        } else if (result.status == 0 && !result.tlsRefused) {
            const auto error = QNetworkReply::NetworkError(result.networkErrorCode);
            if (neverReachedServer(error) || request.safeToRepeat()) {
                delay = m_policy.backoff(transientRetries + 1);
                ++transientRetries;
            }
        } else {
            const ConsistencyRetries flags = request.consistencyRetries;
            const bool replicationLag =
                (result.status == 404 && flags.testFlag(ConsistencyRetry::NotFound)) ||
                (result.status == 409 && flags.testFlag(ConsistencyRetry::Conflict)) ||
                ((result.status == 403 || result.status == 409) &&
                 flags.testFlag(ConsistencyRetry::Forbidden)) ||
                (result.status == 400 && flags.testFlag(ConsistencyRetry::InvalidReference) &&
                 result.errorMessage.contains(QLatin1String("Not a valid reference update"),
                                              Qt::CaseInsensitive));
            if (replicationLag) {
                if (!consistencyClock.isValid())
                    consistencyClock.start();
                if (consistencyClock.elapsed() < m_policy.consistencyBudget.count())
                    delay = m_policy.consistencyDelay(++consistencyRetries);
            }
        }
        if (delay.count() < 0 || transientRetries >= m_policy.maxAttempts)
            co_return result;
        qCDebug(lcGraph).nospace() << "retrying " << request.method << " in " << delay.count() << " ms";
        if (!co_await sleepUnlessCancelled(delay, generation, cancel)) {
            result.cancelled = true;
            co_return result;
        }
    }
}

QCoro::Task<GraphResult> GraphClient::sendOnce(const GraphRequest &request, QPointer<CancelToken> generation,
                                               QString *usedToken)
{
    GraphResult result;
    QUrl url;
    if (request.path.startsWith(QLatin1String("http://")) ||
        request.path.startsWith(QLatin1String("https://"))) {
        url = QUrl(request.path);
        if (!m_endpoints.isGraphUrl(url)) {
            // A next link pointing elsewhere would receive the admin's token: refuse it.
            result.networkError = QStringLiteral("refused to send a Graph token to %1").arg(url.host());
            co_return result;
        }
    } else {
        url = m_endpoints.graphUrl(request.path);
    }
    if (!request.query.isEmpty()) {
        QUrlQuery merged(url);
        for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded))
            merged.addQueryItem(name, value);
        url.setQuery(merged);
    }

    QString token;
    if (m_tokens) {
        const AccessTokenResult access = co_await m_tokens->accessToken();
        if (!access.ok()) {
            result.signInError = access.error;
            co_return result;
        }
        token = access.token;
        *usedToken = token;
    }
    if (!m_network || isCancelled(generation) || isCancelled(request.cancel)) {
        result.cancelled = true;
        co_return result;
    }

    QNetworkRequest http(url);
    http.setTransferTimeout(int(request.timeout.count()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    http.setRawHeader("Accept", "application/json");
    result.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    http.setRawHeader("client-request-id", result.clientRequestId.toLatin1());
    http.setRawHeader("return-client-request-id", "true");
    if (needsEventualConsistency(url))
        http.setRawHeader("ConsistencyLevel", "eventual");
    if (request.highPriority)
        http.setRawHeader("x-ms-throttle-priority", "high");
    QByteArray payload;
    if (request.hasBody) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    }
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        http.setRawHeader(it.key(), it.value());

    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, payload);
    // Recorded, never ignored: the handshake then fails and nothing is sent.
    QList<QSslError> tlsErrors;
    connect(reply, &QNetworkReply::sslErrors, reply,
            [&tlsErrors](const QList<QSslError> &errors) { tlsErrors = errors; });
    bool abortedByUs = false;
    const auto abort = [reply, &abortedByUs] {
        abortedByUs = true;
        reply->abort();
    };
    QMetaObject::Connection onCancelAll, onCancel;
    if (generation)
        onCancelAll = connect(generation, &CancelToken::cancelled, reply, abort);
    if (request.cancel)
        onCancel = connect(request.cancel, &CancelToken::cancelled, reply, abort);
    co_await reply;
    disconnect(onCancelAll);
    disconnect(onCancel);

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Transport and proxy failures (codes below 200) make even a started answer unusable: a truncated 200
    // must not pass as success.
    if (reply->error() != QNetworkReply::NoError && int(reply->error()) < 200)
        result.status = 0;
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.requestId = QString::fromLatin1(result.headers.value("request-id"));
    if (result.status == 0) {
        result.cancelled = abortedByUs;
        // Qt reports an elapsed transfer timeout as a cancelled operation we did not ask for.
        result.timedOut = !abortedByUs && (reply->error() == QNetworkReply::OperationCanceledError ||
                                           reply->error() == QNetworkReply::TimeoutError);
        result.networkError = result.timedOut ? tr("no answer within %n second(s)", nullptr,
                                                   int(request.timeout.count() / 1000))
                              : !tlsErrors.isEmpty() ? TlsProblem::describe(url.host(), tlsErrors)
                                                     : reply->errorString();
        result.networkErrorCode = int(reply->error());
        result.tlsRefused = !tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
    }
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.json = document.object();
    if (!result.ok() && result.status != 0) {
        const QJsonObject error = result.json.value(QLatin1String("error")).toObject();
        result.errorCode = error.value(QLatin1String("code")).toString();
        result.errorMessage = error.value(QLatin1String("message")).toString();
        const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
        result.innerErrorCode = inner.value(QLatin1String("code")).toString();
        if (result.requestId.isEmpty())
            result.requestId = inner.value(QLatin1String("request-id")).toString();
    }
    qCInfo(lcGraph).nospace().noquote()
        << request.method << ' ' << url.path() << " -> "
        << (result.status ? QString::number(result.status) : result.networkError) << " request-id "
        << result.requestId << " (" << elapsed.elapsed() << " ms)";
    reply->deleteLater();
    co_return result;
}

} // namespace insightly::entra
