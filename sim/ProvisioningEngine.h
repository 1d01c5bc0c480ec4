#pragma once

#include "ProvisioningScim.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace sim {
class SimServer;
struct DirectoryUser;
} // namespace sim

namespace sim::sync {

class ProvisioningCycles;

// The result of "Test Connection" (validateCredentials): empty code = success.
struct ProbeResult {
    QString code;
    QString message;
};

// What provisioning one user did, for provisionOnDemand's answer and a cycle's counts.
struct UserOutcome {
    QString result = QStringLiteral("Success"); // Success | Skipped | Failure
    QString action = QStringLiteral("None");    // Create | Update | Disable | None
    QString scimId;
    QString errorCode;
    QString errorMessage;
    bool unauthorized = false; // the SCIM side refused the token: quarantine
    QJsonArray steps;          // provisioningStep objects
    QJsonArray modifiedProperties;
};

// The simulated Entra provisioning service. Every SimOptions::syncIntervalMs it runs each started job that
// has credentials: the users directly assigned to the app plus direct members of assigned groups are created
// or updated over SCIM, users no longer assigned are disabled (active "False"); the job's status follows.
// Everything is asynchronous: the SCIM side may be this same server. The cycles themselves:
// ProvisioningCycles.
class ProvisioningEngine : public QObject
{
    Q_OBJECT
public:
    explicit ProvisioningEngine(SimServer &server, QObject *parent = nullptr);
    ~ProvisioningEngine() override;

    void start();                       // begins the cycle timer
    void runSoon(const QString &jobId); // a cycle for one job at the next turn of the event loop

    // GET {BaseAddress}/Users?filter=userName eq "<random guid>" must give 200 and an empty ListResponse.
    void probe(const ScimTarget &target, std::function<void(const ProbeResult &)> done);
    // Provisions (or deprovisions) one user for a job now. `done` is not called if the job disappears.
    void provisionUser(const QString &jobId, const QString &userId,
                       std::function<void(const UserOutcome &)> done);

    static ScimTarget savedTarget(const SimServer &server, const QString &spId);
    static QStringList entitledUserIds(const SimServer &server, const QString &spId);

private:
    void tick();
    void reconcile(const ScimTarget &target, const QString &jobId, const QString &userId, bool entitled,
                   std::function<void(const UserOutcome &)> done);
    void recordProvisioned(const QString &jobId, const QString &userId, const UserOutcome &outcome,
                           bool entitled);

    SimServer &m_server;
    ScimClient m_scim;
    QTimer m_timer;
    std::unique_ptr<ProvisioningCycles> m_cycles;
};

// The job with `jobId` in the simulator's state, or nullptr.
QJsonObject *jobById(SimServer &server, const QString &jobId);

} // namespace sim::sync
