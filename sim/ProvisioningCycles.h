#pragma once

#include "ProvisioningEngine.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace sim {
class SimServer;
} // namespace sim

namespace sim::sync {

// The provisioning cycles of the jobs, for ProvisioningEngine: a cycle reconciles every entitled user (a few
// at a time), disables users no longer entitled, then updates the job's synchronizationStatus. At most one
// cycle runs per job.
class ProvisioningCycles
{
public:
    // Provisions (or deprovisions) one user of a job and records it; `done` gets what it did.
    using ProvisionOne =
        std::function<void(const ScimTarget &target, const QString &jobId, const QString &userId,
                           bool entitled, std::function<void(const UserOutcome &)> done)>;

    ProvisioningCycles(SimServer &server, ProvisionOne provisionOne);

    // Starts a cycle of the job, unless one runs, the job is not started or is quarantined, or it has no
    // credentials.
    void run(const QString &jobId);

private:
    struct Cycle {
        ScimTarget target;
        QList<QPair<QString, bool>> pending; // user id, entitled
        int inFlight = 0;
        bool stop = false; // the token was refused: start nothing more
        int entitled = 0;
        qint64 beganMs = 0;
        QList<UserOutcome> outcomes;
    };
    void pump(const QString &jobId);
    void finish(const QString &jobId);

    SimServer &m_server;
    ProvisionOne m_provisionOne;
    QHash<QString, Cycle> m_cycles; // running cycles by job id (at most one per job)
};

} // namespace sim::sync
