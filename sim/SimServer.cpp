#include "SimServer.h"

#include "SimModules.h"
#include "SimProxy.h"
#include "SimRedact.h"

#include <QDateTime>
#include <QDir>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSim, "insightly.sim")

namespace sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 415:
        return "Unsupported Media Type";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool isGraphPath(const QString &path)
{
    return path.startsWith(QLatin1String("/v1.0/")) || path == QLatin1String("/v1.0");
}

bool isWriteMethod(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

QString stateFilePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("sim-state.json"));
}

} // namespace

const QStringList &servedHosts()
{
    // The sovereign-cloud hosts are the ones wizard/entra/CloudEndpoints.cpp uses.
    static const QStringList hosts{
        QStringLiteral("login.microsoftonline.com"), QStringLiteral("login.microsoftonline.us"),
        QStringLiteral("login.chinacloudapi.cn"),    QStringLiteral("login.partner.microsoftonline.cn"),
        QStringLiteral("graph.microsoft.com"),       QStringLiteral("graph.microsoft.us"),
        QStringLiteral("dod-graph.microsoft.us"),    QStringLiteral("microsoftgraph.chinacloudapi.cn"),
        QStringLiteral("myapps.microsoft.com"),      QStringLiteral("launcher.myapps.microsoft.com"),
        QStringLiteral("crm.na1.insightly.com"),     QStringLiteral("crm.eu1.insightly.com"),
        QStringLiteral("crm.au1.insightly.com"),     QStringLiteral("api.na1.insightly.com"),
        QStringLiteral("api.eu1.insightly.com"),     QStringLiteral("api.au1.insightly.com"),
    };
    return hosts;
}

SimService serviceOfHost(const QString &hostName)
{
    const QString host = hostName.toLower();
    if (!servedHosts().contains(host))
        return SimService::None;
    if (host.startsWith(QLatin1String("login.")))
        return SimService::Identity;
    if (host.contains(QLatin1String("graph")))
        return SimService::Graph;
    if (host.endsWith(QLatin1String("myapps.microsoft.com")))
        return SimService::MyApps;
    if (host.startsWith(QLatin1String("crm.")))
        return SimService::InsightlyCrm;
    if (host.startsWith(QLatin1String("api.")))
        return SimService::InsightlyApi;
    return SimService::None;
}

SimService serviceOfPath(const QString &path)
{
    auto starts = [&path](const char *prefix) {
        return path.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
    };
    if (starts("/_sim/"))
        return SimService::None;
    if (path == QLatin1String("/v1.0") || starts("/v1.0/"))
        return SimService::Graph;
    if (path.compare(QLatin1String("/v3.1"), Qt::CaseInsensitive) == 0 || starts("/v3.1/"))
        return SimService::InsightlyApi;
    if (path == QLatin1String("/") || starts("/user/") || starts("/settings/") || starts("/scim/") ||
        path.compare(QLatin1String("/user"), Qt::CaseInsensitive) == 0 ||
        path.compare(QLatin1String("/settings"), Qt::CaseInsensitive) == 0)
        return SimService::InsightlyCrm;
    if (starts("/api/signin/"))
        return SimService::MyApps;
    return SimService::Identity;
}

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_random(options.randomSeed ? options.randomSeed : QRandomGenerator::global()->generate())
{
    if (m_options.requestLog.isEmpty())
        m_options.requestLog = qEnvironmentVariable("INSIGHTLY_SIM_REQUEST_LOG");
    if (m_options.caDir.isEmpty())
        m_options.caDir = qEnvironmentVariable("INSIGHTLY_SIM_CA_DIR");
    m_modules = createSimModules(*this);
}

SimServer::~SimServer() = default;

bool SimServer::start(QString *error)
{
    bool loaded = false;
    if (!m_options.stateDir.isEmpty()) {
        QDir().mkpath(m_options.stateDir);
        QFile file(stateFilePath(m_options.stateDir));
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
                return false;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                if (error)
                    *error = QStringLiteral("%1 is not valid JSON: %2")
                                 .arg(file.fileName(), parseError.errorString());
                return false;
            }
            m_world.fromJson(doc.object());
            loaded = true;
        }
    }
    if (!loaded)
        for (auto &module : m_modules)
            module->seed();

    registerSimRoutes();
    for (auto &module : m_modules)
        module->registerRoutes();
    for (auto &module : m_modules)
        module->start();

    if (!m_options.requestLog.isEmpty()) {
        m_requestLog.setFileName(m_options.requestLog);
        const bool created = !QFile::exists(m_options.requestLog);
        if (m_requestLog.open(QIODevice::WriteOnly | QIODevice::Append) && created)
            m_requestLog.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the user's only
        if (!m_requestLog.isOpen()) {
            if (error)
                *error = QStringLiteral("cannot open request log %1: %2")
                             .arg(m_options.requestLog, m_requestLog.errorString());
            return false;
        }
    }

    QString caError;
    if (!m_ca.open(m_options.caDir, &caError)) {
        if (error)
            *error = caError;
        return false;
    }
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_proxy = new SimProxyServer(this);
    m_proxy->isServed = [](const QString &host) { return servedHosts().contains(host.toLower()); };
    m_proxy->identityFor = [this](const QString &host) { return m_ca.identityFor(host, tlsFault(host)); };
    if (!m_proxy->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error =
                QStringLiteral("cannot listen on 127.0.0.1 for the proxy: %1").arg(m_proxy->errorString());
        return false;
    }
    bind(m_proxy);
    if (!loaded)
        saveState();
    return true;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SimServer::proxyUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_proxy ? m_proxy->serverPort() : 0);
    return url;
}

QSslCertificate SimServer::caCertificate() const
{
    return m_ca.caCertificate();
}

QString SimServer::caFile() const
{
    return m_ca.caFile();
}

void SimServer::setTlsFault(const QString &host, TlsFault fault)
{
    if (fault == TlsFault::None)
        m_tlsFaults.remove(host.toLower());
    else
        m_tlsFaults.insert(host.toLower(), fault);
    // Open connections to the host end, so that the next request shakes hands with the new certificate.
    if (m_proxy)
        for (QSslSocket *socket : m_proxy->findChildren<QSslSocket *>())
            if (socket->property("simHost").toString() == host.toLower())
                socket->disconnectFromHost();
}

QNetworkProxy SimServer::proxyFor(const QUrl &url) const
{
    if (!m_proxy || isLoopbackHost(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->serverPort());
}

QSslConfiguration SimServer::outgoingSslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_ca.caCertificate()}); // its own CA only, as a pinned client
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QString SimServer::originFor(SimService service, const Request &request) const
{
    if (request.tlsHost.isEmpty())
        return request.origin();
    if (serviceOfHost(request.tlsHost) == service)
        return request.origin();
    const QString pod = m_world.insightly.pod.isEmpty() ? QStringLiteral("na1") : m_world.insightly.pod;
    switch (service) {
    case SimService::Identity:
        return QStringLiteral("https://login.microsoftonline.com");
    case SimService::Graph:
        return QStringLiteral("https://graph.microsoft.com");
    case SimService::MyApps:
        return QStringLiteral("https://myapps.microsoft.com");
    case SimService::InsightlyCrm:
        return QStringLiteral("https://crm.%1.insightly.com").arg(pod);
    case SimService::InsightlyApi:
        return QStringLiteral("https://api.%1.insightly.com").arg(pod);
    case SimService::None:
        break;
    }
    return request.origin();
}

void SimServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    QRegularExpression re(QStringLiteral("^") + pattern + QStringLiteral("$"));
    Q_ASSERT_X(re.isValid(), "SimServer::route", qPrintable(pattern));
    m_routes.push_back(Route{method, std::move(re), std::move(handler)});
}

Response SimServer::route(Request &request)
{
    const QString path = request.path();
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        const QRegularExpressionMatch match = r.pattern.match(path);
        if (!match.hasMatch())
            continue;
        pathMatched = true;
        if (r.method != request.method)
            continue;
        request.captures = match.capturedTexts().mid(1);
        return r.handler(request);
    }
    if (isGraphPath(path)) {
        if (pathMatched)
            return graphError(405, QStringLiteral("Request_BadRequest"),
                              QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                                  .arg(QString::fromLatin1(request.method)),
                              request);
        return graphError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("Resource not found for the segment '%1'.").arg(path.section(u'/', -1)), request);
    }
    return Response::html(
        pathMatched ? 405 : 404,
        QStringLiteral("<!doctype html><title>Not found</title><h1>%1</h1><p>%2</p>")
            .arg(pathMatched ? QStringLiteral("Method not allowed") : QStringLiteral("Not found"),
                 htmlEscape(path)));
}

Response SimServer::dispatch(Request request)
{
    if (isGraphPath(request.path()) && isWriteMethod(request.method) &&
        !request.path().endsWith(QLatin1String("/$batch"))) {
        if (const int retryAfter = consumeWrite(); retryAfter > 0) {
            Response r = graphError(
                429, QStringLiteral("Request_ThrottledTemporarily"),
                QStringLiteral("Your request is throttled temporarily. Please try after %1 seconds.")
                    .arg(retryAfter),
                request);
            r.header("Retry-After", QByteArray::number(retryAfter));
            return r;
        }
    }
    return route(request);
}

int SimServer::consumeWrite()
{
    if (m_options.writeQuota <= 0)
        return 0;
    const qint64 now = nowMs();
    const qint64 windowMs = qint64(m_options.writeQuotaWindowS) * 1000;
    while (!m_writeTimes.empty() && now - m_writeTimes.front() >= windowMs)
        m_writeTimes.pop_front();
    if (qsizetype(m_writeTimes.size()) >= m_options.writeQuota) {
        const qint64 waitMs = windowMs - (now - m_writeTimes.front());
        return int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    m_writeTimes.push_back(now);
    return 0;
}

Response SimServer::graphError(int status, const QString &code, const QString &message,
                               const Request &request) const
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject inner{
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("request-id"), requestId},
        {QStringLiteral("client-request-id"),
         QString::fromLatin1(request.header("client-request-id").isEmpty()
                                 ? requestId.toLatin1()
                                 : request.header("client-request-id"))},
    };
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("innerError"), inner}};
    Response r = Response::json(status, QJsonObject{{QStringLiteral("error"), error}});
    r.header("request-id", requestId.toLatin1());
    if (!request.header("client-request-id").isEmpty())
        r.header("client-request-id", request.header("client-request-id"));
    return r;
}

std::optional<GraphCaller> SimServer::graphCaller(const Request &request, Response *failure) const
{
    const QString token = request.bearerToken();
    auto fail = [&](const QString &message) {
        if (failure) {
            *failure = graphError(401, QStringLiteral("InvalidAuthenticationToken"), message, request);
            failure->header(
                "WWW-Authenticate",
                "Bearer realm=\"\", "
                "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"");
        }
        return std::nullopt;
    };
    if (token.isEmpty())
        return fail(QStringLiteral("Access token is empty."));
    const auto it = m_world.directory.accessTokens.constFind(token);
    if (it == m_world.directory.accessTokens.constEnd())
        return fail(QStringLiteral("IDX14100: JWT is not well formed, there are no dots (.)."));
    if (it->expiresAtMs <= nowMs())
        return fail(QStringLiteral("Lifetime validation failed, the token is expired."));
    return GraphCaller{it->userId, it->scopes};
}

bool SimServer::isApplicationAdmin(const GraphCaller &caller) const
{
    const DirectoryUser *user = m_world.directory.userById(caller.userId);
    if (!user)
        return false;
    static const QStringList adminRoles{QStringLiteral("Global Administrator"),
                                        QStringLiteral("Application Administrator"),
                                        QStringLiteral("Cloud Application Administrator")};
    for (const QString &role : user->directoryRoles)
        if (adminRoles.contains(role, Qt::CaseInsensitive))
            return true;
    return false;
}

Response SimServer::accessDenied(const Request &request) const
{
    return graphError(403, QStringLiteral("Authorization_RequestDenied"),
                      QStringLiteral("Insufficient privileges to complete the operation."), request);
}

qint64 SimServer::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString SimServer::newGuid()
{
    // Version-4 GUID from the simulator's own generator, so that a seeded run is repeatable.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_random.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QJsonObject SimServer::stateJson() const
{
    return m_world.toJson();
}

void SimServer::saveState()
{
    if (m_options.stateDir.isEmpty())
        return;
    QSaveFile file(stateFilePath(m_options.stateDir));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSim) << "cannot save state:" << file.errorString();
        return;
    }
    file.write(QJsonDocument(m_world.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSim) << "cannot save state:" << file.errorString();
}

void SimServer::appendRequestLog(const Request &request, const Response &response)
{
    if (!m_requestLog.isOpen())
        return;
    // Secrets are masked (redact::maskUrl, redact::maskBody): the log is for reading what the client sent.
    QJsonObject entry{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), redact::maskUrl(request.absoluteUrl())},
        {QStringLiteral("status"), response.resetConnection ? 0 : response.status}}; // 0: no answer
    if (request.viaBatch)
        entry.insert(QStringLiteral("batchItem"), true);
    if (!request.body.isEmpty())
        entry.insert(QStringLiteral("body"), redact::maskBody(request.body, request.header("content-type")));
    m_requestLog.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    m_requestLog.write("\n");
    m_requestLog.flush();
}

Response SimServer::applyKnobs(const Request &request, bool *handled)
{
    *handled = false;
    if (!m_options.failGraphPathPattern.isEmpty() && isGraphPath(request.path()) &&
        QRegularExpression(m_options.failGraphPathPattern).match(request.path()).hasMatch()) {
        *handled = true;
        return graphError(m_options.failStatus, m_options.failCode,
                          QStringLiteral("Simulated failure of this request (failGraphPathPattern)."),
                          request);
    }
    if (!isGraphPath(request.path()) || m_options.faultRate <= 0.0)
        return {};
    if (m_random.generateDouble() >= m_options.faultRate)
        return {};
    *handled = true;
    switch (m_random.bounded(3)) {
    case 0: {
        Response r = graphError(503, QStringLiteral("serviceNotAvailable"),
                                QStringLiteral("The service is temporarily unavailable."), request);
        r.header("Retry-After", "1");
        return r;
    }
    case 1:
        return graphError(504, QStringLiteral("UnknownError"), QStringLiteral("Gateway timeout."), request);
    default: {
        Response r;
        r.resetConnection = true;
        return r;
    }
    }
}

bool SimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    switch (httpRequest.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        request.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        request.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        request.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        request.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        request.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        request.method = "PATCH";
        break;
    default:
        request.method = "UNKNOWN";
        break;
    }
    const QUrl full = httpRequest.url();
    request.url.setPath(full.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (full.hasQuery())
        request.url.setQuery(full.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    for (const auto &h : httpRequest.headers())
        request.headers.insert(h.first.toLower(), h.second);
    request.body = httpRequest.body();
    request.remoteAddress = socket->peerAddress().toString();
    if (qobject_cast<QSslSocket *>(socket))
        request.tlsHost = socket->property("simHost").toString();

    if (!request.tlsHost.isEmpty() && !servesOnHost(request)) {
        // Each real host answers its own service's routes only (and never the simulator's controls).
        Response notFound =
            serviceOfPath(request.path()) == SimService::Graph
                ? graphError(404, QStringLiteral("NotFound"), QStringLiteral("Not found."), request)
                : Response::html(404, QStringLiteral("<!doctype html><title>Not found</title>"
                                                     "<h1>Not found</h1><p>%1</p>")
                                          .arg(htmlEscape(request.path())));
        appendRequestLog(request, notFound);
        writeResponse(socket, notFound);
        return true;
    }

    const bool simControl = request.path().startsWith(QLatin1String("/_sim/"));
    bool faulted = false;
    Response response = simControl ? route(request) : applyKnobs(request, &faulted);
    if (!simControl && !faulted)
        response = dispatch(request);
    QPointer<QTcpSocket> guard(socket);
    auto finish = [this, guard, request, simControl](Response answer) {
        if (request.header("connection").compare("close", Qt::CaseInsensitive) == 0)
            answer.header("Connection", "close");
        if (!request.tlsHost.isEmpty())
            for (auto &h : answer.headers)
                if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0 && !h.second.contains("; Secure"))
                    h.second +=
                        "; Secure"; // cookies set over https are Secure, as the real services set them
        if (!simControl)
            appendRequestLog(request, answer);
        const int delay = simControl ? 0 : m_options.latencyMs;
        if (delay <= 0) {
            if (guard)
                writeResponse(guard, answer);
        } else {
            QTimer::singleShot(delay, this, [this, guard, answer] {
                if (guard)
                    writeResponse(guard, answer);
            });
        }
    };
    if (response.deferred) {
        // The handler answers later (it waits for another HTTP server); the socket may be gone by then.
        const auto start = std::move(response.deferred);
        start(finish);
    } else {
        finish(response);
    }
    return true;
}

bool SimServer::servesOnHost(const Request &request) const
{
    const SimService host = serviceOfHost(request.tlsHost);
    const SimService path = serviceOfPath(request.path());
    if (host == SimService::InsightlyCrm || host == SimService::InsightlyApi) {
        // The instance lives on one pod; the other pods have no instance of this world.
        const QString pod = m_world.insightly.pod.isEmpty() ? QStringLiteral("na1") : m_world.insightly.pod;
        if (request.tlsHost.section(u'.', 1, 1) != pod)
            return false;
    }
    if (path == host)
        return true;
    // The My Apps launcher link also answers on the identity host (where the launcher sends the browser).
    return path == SimService::MyApps && host == SimService::Identity;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, Response::text(404, "not found"));
}

void SimServer::writeResponse(QTcpSocket *socket, const Response &response)
{
    if (response.resetConnection) {
        socket->abort();
        return;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool close = false;
    for (const auto &h : response.headers) {
        out += h.first + ": " + h.second + "\r\n";
        if (h.first.compare("Connection", Qt::CaseInsensitive) == 0 &&
            h.second.compare("close", Qt::CaseInsensitive) == 0)
            close = true;
    }
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n\r\n";
    out += response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void SimServer::witnessSecret(const QString &kind, const QString &value)
{
    if (value.isEmpty())
        return;
    m_witnessedSecrets.emplace_back(kind, value);
    if (m_witnessedSecrets.size() > 10000)
        m_witnessedSecrets.pop_front();
}

void SimServer::registerSimRoutes()
{
    route("GET", QStringLiteral("/_sim/state"),
          [this](const Request &) { return Response::json(200, stateJson()); });
    route("GET", QStringLiteral("/_sim/secrets"), [this](const Request &) {
        QJsonArray secrets;
        for (const auto &[kind, value] : m_witnessedSecrets)
            secrets.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}});
        return Response::json(200, QJsonObject{{QStringLiteral("secrets"), secrets}});
    });
    route("GET", QStringLiteral("/_sim/knobs"), [this](const Request &) {
        return Response::json(
            200, QJsonObject{{QStringLiteral("latencyMs"), m_options.latencyMs},
                             {QStringLiteral("writeQuota"), m_options.writeQuota},
                             {QStringLiteral("writeQuotaWindowS"), m_options.writeQuotaWindowS},
                             {QStringLiteral("faultRate"), m_options.faultRate},
                             {QStringLiteral("replicationDelayMs"), m_options.replicationDelayMs},
                             {QStringLiteral("tokenLifetimeS"), m_options.tokenLifetimeS}});
    });
    // Tests that run the simulator out of process change knobs here (in-process tests use options()).
    route("POST", QStringLiteral("/_sim/knobs"), [this](const Request &request) {
        bool ok = false;
        const QJsonObject o = request.jsonBody(&ok);
        if (!ok)
            return Response::text(400, "expected a JSON object");
        if (o.contains(QStringLiteral("latencyMs")))
            m_options.latencyMs = o.value(QStringLiteral("latencyMs")).toInt();
        if (o.contains(QStringLiteral("writeQuota")))
            m_options.writeQuota = o.value(QStringLiteral("writeQuota")).toInt();
        if (o.contains(QStringLiteral("writeQuotaWindowS")))
            m_options.writeQuotaWindowS = qMax(1, o.value(QStringLiteral("writeQuotaWindowS")).toInt());
        if (o.contains(QStringLiteral("faultRate")))
            m_options.faultRate = o.value(QStringLiteral("faultRate")).toDouble();
        if (o.contains(QStringLiteral("replicationDelayMs")))
            m_options.replicationDelayMs = o.value(QStringLiteral("replicationDelayMs")).toInt();
        if (o.contains(QStringLiteral("tokenLifetimeS")))
            m_options.tokenLifetimeS = o.value(QStringLiteral("tokenLifetimeS")).toInt();
        return Response::noContent();
    });
}

} // namespace sim
