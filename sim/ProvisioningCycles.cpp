// One provisioning cycle of a job: every entitled user reconciled over SCIM (a few requests at a time), users
// no longer entitled disabled, then the job's synchronizationStatus updated as Entra reports it.
#include "ProvisioningCycles.h"

#include "AppsGraph.h"
#include "SimServer.h"
#include "SyncTemplates.h"

#include <QJsonArray>

namespace sim::sync {

namespace {

const QString kProvisioned = QStringLiteral("_provisioned");
constexpr int kMaxConcurrentUsers = 4;

} // namespace

ProvisioningCycles::ProvisioningCycles(SimServer &server, ProvisionOne provisionOne)
    : m_server(server)
    , m_provisionOne(std::move(provisionOne))
{
}

void ProvisioningCycles::run(const QString &jobId)
{
    if (m_cycles.contains(jobId))
        return;
    QJsonObject *job = jobById(m_server, jobId);
    if (!job)
        return;
    const QJsonObject schedule = job->value(QStringLiteral("schedule")).toObject();
    const QJsonObject status = job->value(QStringLiteral("status")).toObject();
    // Quarantined jobs wait for a restart (Entra retries them about once a day).
    if (schedule.value(QStringLiteral("state")).toString() != QLatin1String("Active") ||
        status.value(QStringLiteral("code")).toString() == QLatin1String("Quarantine"))
        return;
    const QString spId = job->value(QStringLiteral("servicePrincipalId")).toString();
    Cycle cycle;
    cycle.target = ProvisioningEngine::savedTarget(m_server, spId);
    if (!cycle.target.isComplete())
        return;
    const QStringList entitled = ProvisioningEngine::entitledUserIds(m_server, spId);
    for (const QString &id : entitled)
        cycle.pending.append({id, true});
    const QJsonObject provisioned = job->value(kProvisioned).toObject();
    for (auto it = provisioned.begin(); it != provisioned.end(); ++it)
        if (!entitled.contains(it.key()) && it.value().toObject().value(QStringLiteral("active")).toBool())
            cycle.pending.append({it.key(), false});
    cycle.entitled = int(entitled.size());
    cycle.beganMs = m_server.nowMs();
    QJsonObject active = status;
    active.insert(QStringLiteral("code"), QStringLiteral("Active"));
    job->insert(QStringLiteral("status"), active);
    m_cycles.insert(jobId, cycle);
    pump(jobId);
}

void ProvisioningCycles::pump(const QString &jobId)
{
    auto it = m_cycles.find(jobId);
    if (it == m_cycles.end())
        return;
    if ((it->pending.isEmpty() || it->stop) && it->inFlight == 0) {
        finish(jobId);
        return;
    }
    while (!it->stop && !it->pending.isEmpty() && it->inFlight < kMaxConcurrentUsers) {
        const QPair<QString, bool> next = it->pending.takeFirst();
        const QString userId = next.first;
        const bool entitled = next.second;
        ++it->inFlight;
        const ScimTarget target = it->target;
        m_provisionOne(target, jobId, userId, entitled, [this, jobId](const UserOutcome &outcome) {
            auto cycle = m_cycles.find(jobId);
            if (cycle == m_cycles.end())
                return;
            --cycle->inFlight;
            cycle->outcomes.append(outcome);
            if (outcome.unauthorized)
                cycle->stop = true;
            pump(jobId);
        });
        it = m_cycles.find(jobId); // m_provisionOne may have answered at once
        if (it == m_cycles.end())
            return;
    }
}

void ProvisioningCycles::finish(const QString &jobId)
{
    const Cycle cycle = m_cycles.take(jobId);
    QJsonObject *job = jobById(m_server, jobId);
    if (!job)
        return;
    const qint64 now = m_server.nowMs();
    int exported = 0;
    int failures = 0;
    const UserOutcome *refused = nullptr;
    const UserOutcome *firstFailure = nullptr;
    for (const UserOutcome &o : cycle.outcomes) {
        if (o.result == QLatin1String("Failure")) {
            ++failures;
            if (!firstFailure)
                firstFailure = &o;
            if (o.unauthorized && !refused)
                refused = &o;
        } else if (o.result == QLatin1String("Success")) {
            ++exported;
        }
    }
    const bool completeFailure = refused || (failures > 0 && failures == int(cycle.outcomes.size()));
    const QString state = completeFailure ? QStringLiteral("Failed")
                          : failures > 0  ? QStringLiteral("EntryLevelErrors")
                                          : QStringLiteral("Succeeded");
    const UserOutcome *reported = refused ? refused : firstFailure;
    const QJsonValue error = reported
                                 ? QJsonValue(QJsonObject{{QStringLiteral("code"), reported->errorCode},
                                                          {QStringLiteral("message"), reported->errorMessage},
                                                          {QStringLiteral("tenantActionable"), true}})
                                 : QJsonValue();
    const QJsonObject execution{
        {QStringLiteral("activityIdentifier"), m_server.newGuid()},
        {QStringLiteral("countEntitled"), cycle.entitled},
        {QStringLiteral("countEntitledForProvisioning"), cycle.entitled},
        {QStringLiteral("countEscrowed"), failures},
        {QStringLiteral("countEscrowedRaw"), failures},
        {QStringLiteral("countExported"), exported},
        {QStringLiteral("countExports"), exported},
        {QStringLiteral("countImported"), int(cycle.outcomes.size())},
        {QStringLiteral("countImportedDeltas"), int(cycle.outcomes.size())},
        {QStringLiteral("countImportedReferenceDeltas"), 0},
        {QStringLiteral("error"), error},
        {QStringLiteral("state"), state},
        {QStringLiteral("timeBegan"), apps::graphTime(cycle.beganMs)},
        {QStringLiteral("timeEnded"), apps::graphTime(now)},
    };

    QJsonObject status = job->value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("lastExecution"), execution);
    status.insert(
        QStringLiteral("countSuccessiveCompleteFailures"),
        completeFailure ? status.value(QStringLiteral("countSuccessiveCompleteFailures")).toInt() + 1 : 0);
    if (!completeFailure) {
        status.insert(QStringLiteral("lastSuccessfulExecution"), execution);
        if (exported > 0)
            status.insert(QStringLiteral("lastSuccessfulExecutionWithExports"), execution);
    }
    if (state == QLatin1String("Succeeded")) {
        if (status.value(QStringLiteral("steadyStateFirstAchievedTime"))
                .toString()
                .startsWith(QLatin1String("0001")))
            status.insert(QStringLiteral("steadyStateFirstAchievedTime"), apps::graphTime(now));
        status.insert(QStringLiteral("steadyStateLastAchievedTime"), apps::graphTime(now));
    }
    if (refused) {
        // Invalid credentials quarantine the job
        // (https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-quarantine-status).
        QJsonObject quarantine = status.value(QStringLiteral("quarantine")).toObject();
        const QString began = quarantine.value(QStringLiteral("seriesBegan")).toString();
        status.insert(QStringLiteral("code"), QStringLiteral("Quarantine"));
        status.insert(
            QStringLiteral("quarantine"),
            QJsonObject{{QStringLiteral("currentBegan"), apps::graphTime(now)},
                        {QStringLiteral("error"), error},
                        {QStringLiteral("nextAttempt"), apps::graphTime(now + 24LL * 3600 * 1000)},
                        {QStringLiteral("reason"), QStringLiteral("EncounteredQuarantineException")},
                        {QStringLiteral("seriesBegan"), began.isEmpty() ? apps::graphTime(now) : began},
                        {QStringLiteral("seriesCount"),
                         quarantine.value(QStringLiteral("seriesCount")).toInt() + 1}});
    } else {
        status.insert(QStringLiteral("code"), QStringLiteral("Active"));
        status.insert(QStringLiteral("quarantine"), QJsonValue());
    }
    int synchronized = 0;
    const QJsonObject provisioned = job->value(kProvisioned).toObject();
    for (auto it = provisioned.begin(); it != provisioned.end(); ++it)
        if (it.value().toObject().value(QStringLiteral("active")).toBool())
            ++synchronized;
    status.insert(
        QStringLiteral("synchronizedEntryCountByType"),
        QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("User to ") + kScimUserObject},
                               {QStringLiteral("value"), synchronized}}});
    job->insert(QStringLiteral("status"), status);
    m_server.saveState();
}

} // namespace sim::sync
