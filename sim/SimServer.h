#pragma once

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimWorld.h"

#include <QAbstractHttpServer>
#include <deque>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    explicit SimModule(SimServer &server) : m_server(server) {}
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

// One loopback HTTP server for the whole simulated world: identity platform, Graph v1.0, federation
// metadata, IdP-initiated SAML and Insightly. Built on QAbstractHttpServer so that the knobs (latency,
// faults, connection resets) can act on the socket itself.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Seeds (or loads from --state-dir) and listens on 127.0.0.1. Returns false with *error set on failure.
    bool start(QString *error = nullptr);
    QUrl baseUrl() const;                 // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }

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
    // Whether the caller holds a directory role that may manage enterprise applications (Global Administrator,
    // Application Administrator, Cloud Application Administrator).
    bool isApplicationAdmin(const GraphCaller &caller) const;
    // 403 Authorization_RequestDenied, as Graph answers a caller without the needed role or scope.
    Response accessDenied(const Request &request) const;
    // Counts one Graph write against the quota. Returns 0 when allowed, else the Retry-After seconds.
    int consumeWrite();
    // Whether an object created at `createdAtMs` is visible yet (replication delay).
    bool replicated(qint64 createdAtMs) const { return nowMs() - createdAtMs >= m_options.replicationDelayMs; }

    qint64 nowMs() const;                 // wall clock, ms since epoch
    QString newGuid();
    QRandomGenerator &random() { return m_random; }

    // The whole state as JSON (GET /_sim/state), and persistence to --state-dir.
    QJsonObject stateJson() const;
    void saveState();                     // no-op without --state-dir; modules call it after changes

    void appendRequestLog(const Request &request, const Response &response);

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

    SimOptions m_options;
    SimWorld m_world;
    quint16 m_port = 0;
    std::vector<Route> m_routes;
    std::vector<std::unique_ptr<SimModule>> m_modules;
    QRandomGenerator m_random;
    std::deque<qint64> m_writeTimes;
    QFile m_requestLog;
};

} // namespace sim
