#pragma once

#include "ProvisioningEngine.h"
#include "SimHttp.h"

#include <QHash>
#include <QString>
#include <deque>

namespace sim {

class SimServer;
struct SyncContext;

// POST …/synchronization/jobs/{id}/provisionOnDemand (SyncModule routes it here): checks the request, limits
// the calls per job, and has ProvisioningEngine provision the one user now.
class SyncOnDemand
{
public:
    SyncOnDemand(SimServer &server, sync::ProvisioningEngine &engine);
    Response provisionOnDemand(const Request &request, const SyncContext &context, const QString &jobId);

private:
    SimServer &m_server;
    sync::ProvisioningEngine &m_engine;
    QHash<QString, std::deque<qint64>> m_calls; // job id -> times of recent provisionOnDemand calls
};

} // namespace sim
