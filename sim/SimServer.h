#pragma once

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimTls.h"
#include "SimWorld.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sim {

class SimServer;

using Handler = std::function<Response(const Request &)>;

// A part of the simulated world: registers its routes and persists its own part of SimWorld.
class SimModule
{
public:
    explicit SimModule(SimServer &server)
        : m_server(server)
    {
    }
    virtual ~SimModule() = default;
    virtual void registerRoutes() = 0;
    // Fills the module's part of a new world (not called when the world was loaded from --state-dir).
    virtual void seed() {}
    // Called once after the world was seeded or loaded (start timers, etc.).
    virtual void start() {}

protected:
    SimServer &m_server;
};

// The caller of a Graph request, resolved from its bearer token.
struct GraphCaller {
    QString userId;
    QStringList scopes;
    bool hasScope(const QString &scope) const { return scopes.contains(scope, Qt::CaseInsensitive); }
};

class SimProxyServer;

// Which service a host name (or a path on the loopback base URL) belongs to.
enum class SimService { None, Identity, Graph, MyApps, InsightlyCrm, InsightlyApi };

// The host names the simulated world answers for through its proxy, each on port 443 of its own origin.
const QStringList &servedHosts();
SimService serviceOfHost(const QString &host);
// The service whose routes answer `path` ("/v1.0/…" Graph, "/user/saml" Insightly, …).
SimService serviceOfPath(const QString &path);

// One loopback HTTP server for the whole simulated world: identity platform, Graph v1.0, federation
// metadata, IdP-initiated SAML and Insightly. Built on QAbstractHttpServer so that the knobs (latency,
// faults, connection resets) can act on the socket itself.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    using TlsFault = sim::TlsFault;

    // Seeds (or loads from --state-dir), opens the CA and listens on 127.0.0.1 (the base URL and the proxy).
    // Returns false with *error set on failure.
    bool start(QString *error = nullptr);
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    // The simulated world as a corporate network shows it: an HTTP proxy (CONNECT host:443 to a served host,
    // then TLS with a certificate from caCertificate()).
    QUrl proxyUrl() const; // http://127.0.0.1:PROXYPORT
    QSslCertificate caCertificate() const;
    QString caFile() const; // absolute path of ca.pem
    // What the proxy presents for `host` from now on (None = a good certificate); open connections to it end.
    void setTlsFault(const QString &host, TlsFault fault);
    TlsFault tlsFault(const QString &host) const { return m_tlsFaults.value(host.toLower(), TlsFault::None); }
    // The proxy and TLS trust the simulator's own outgoing calls use (SCIM), whatever the process's
    // application proxy: the served hosts through its own proxy, trusting its own CA; loopback directly.
    QNetworkProxy proxyFor(const QUrl &url) const;
    QSslConfiguration outgoingSslConfiguration() const;
    // The origin a service's absolute URLs use for an answer to `request`: https://<its real host> when the
    // request came through the proxy, else the loopback base URL the client used.
    QString originFor(SimService service, const Request &request) const;

    SimOptions &options() { return m_options; }
    const SimOptions &options() const { return m_options; }
    SimWorld &world() { return m_world; }
    const SimWorld &world() const { return m_world; }

    // Routing. `pattern` is a regular expression anchored on the whole decoded path.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    // Dispatches a request through the routes (used by $batch for its items). Applies the write quota
    // for Graph writes but not latency or faults (those act on the outer request).
    Response dispatch(Request request);

    // Graph helpers shared by every Graph module.
    Response graphError(int status, const QString &code, const QString &message,
                        const Request &request) const;
    // Resolves the bearer token; on failure returns the 401 answer Graph gives.
    std::optional<GraphCaller> graphCaller(const Request &request, Response *failure) const;
    // Whether the caller holds a directory role that may manage enterprise applications (Global
    // Administrator, Application Administrator, Cloud Application Administrator).
    bool isApplicationAdmin(const GraphCaller &caller) const;
    // 403 Authorization_RequestDenied, as Graph answers a caller without the needed role or scope.
    Response accessDenied(const Request &request) const;
    // Counts one Graph write against the quota. Returns 0 when allowed, else the Retry-After seconds.
    int consumeWrite();
    // Whether an object created at `createdAtMs` is visible yet (replication delay).
    bool replicated(qint64 createdAtMs) const
    {
        return nowMs() - createdAtMs >= m_options.replicationDelayMs;
    }

    qint64 nowMs() const; // wall clock, ms since epoch
    QString newGuid();
    QRandomGenerator &random() { return m_random; }

    // The whole state as JSON (GET /_sim/state), and persistence to --state-dir.
    QJsonObject stateJson() const;
    void saveState(); // no-op without --state-dir; modules call it after changes

    void appendRequestLog(const Request &request, const Response &response);

    // Every secret the world handed out or received (access and refresh tokens, authorization codes, PKCE
    // verifiers, SAML responses), in memory only, for tests that look for leaks in what a client wrote:
    // GET /_sim/secrets (loopback only) lists them as {"secrets": [{"kind", "value"}, …]}. The newest
    // 10,000 are kept.
    void witnessSecret(const QString &kind, const QString &value);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    Response route(Request &request);
    Response applyKnobs(const Request &request, bool *handled);
    void writeResponse(QTcpSocket *socket, const Response &response);
    void registerSimRoutes();
    bool servesOnHost(const Request &request) const;

    SimOptions m_options;
    SimWorld m_world;
    quint16 m_port = 0;
    SimCertificateAuthority m_ca;
    SimProxyServer *m_proxy = nullptr;
    QHash<QString, TlsFault> m_tlsFaults;
    std::vector<Route> m_routes;
    std::vector<std::unique_ptr<SimModule>> m_modules;
    QRandomGenerator m_random;
    std::deque<qint64> m_writeTimes;
    QFile m_requestLog;
    std::deque<std::pair<QString, QString>> m_witnessedSecrets; // kind, value
};

} // namespace sim
