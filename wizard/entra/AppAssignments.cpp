#include "entra/AppAssignments.h"

#include "core/SetupStateStore.h"
#include "entra/GraphBatch.h"
#include "entra/GraphClient.h"
#include "entra/GraphPager.h"

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcAssignments, "insightly.entra.assignments")

namespace insightly::entra {

namespace {
constexpr int kBatchSize = 20; // Graph's $batch limit: https://learn.microsoft.com/graph/json-batching
// How often a run saves which principals are done (and once more at its end): appended to the setup's marks
// (SetupStateStore::markAssigned), a cost that does not grow with the queue — rewriting the whole SetupState
// file, queue included, once a second was most of the client's CPU and memory at 50,000. Once a second rather
// than after every batch because each save also tells the pages that the setup changed. A principal assigned
// in the last interval before a crash is sent again on resume, and Graph's "already exists" answer counts it
// as done: no gaps, no duplicates.
constexpr qint64 kSaveIntervalMs = 1000;
} // namespace

AppRoleAssignment AppRoleAssignment::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("id")).toString(), json.value(QLatin1String("principalId")).toString(),
            json.value(QLatin1String("principalType")).toString(),
            json.value(QLatin1String("principalDisplayName")).toString(),
            json.value(QLatin1String("appRoleId")).toString()};
}

struct AppAssignments::Run {
    SetupStateStore *store = nullptr;
    QList<QList<QString>> chunks; // pending principal ids, 20 each
    int nextChunk = 0;
    int doneAtStart = 0;
    int doneThisRun = 0;
    int doneEntries = 0; // queue entries done (before or during this run), for the progress
    // Pending principal -> its entries in the queue (it may be there twice).
    QHash<QString, int> pendingCounts;
    QSet<QString> assignedNotSaved;      // answered as assigned, not yet marked done in the store
    QHash<QString, GraphResult> lastLag; // principal -> its latest replication-lag answer
    int waiting = 0;                     // principals waiting out replication
    int lagRetries = 0;                  // replication waits so far (the pause grows with it)
    QElapsedTimer lagClock;              // since the first replication-lag answer
    QElapsedTimer sinceSave;
    BulkResult result;
    QElapsedTimer clock;
};

AppAssignments::AppAssignments(GraphClient *graph, const QString &servicePrincipalId, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_servicePrincipalId(servicePrincipalId)
{
}

AppAssignments::~AppAssignments()
{
    cancel();
}

QString AppAssignments::chooseAppRole(const QJsonArray &appRoles)
{
    for (const QJsonValue &value : appRoles) {
        const QJsonObject role = value.toObject();
        const bool forUsers =
            role.value(QLatin1String("allowedMemberTypes")).toArray().contains(QStringLiteral("User"));
        if (role.value(QLatin1String("displayName")).toString() == QLatin1String("User") && forUsers &&
            role.value(QLatin1String("isEnabled")).toBool(true))
            return role.value(QLatin1String("id")).toString();
    }
    return QString::fromLatin1(kDefaultAccessRoleId);
}

QCoro::Task<GraphResult> AppAssignments::resolveAppRole()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,appRoles"));
    GraphRequest request =
        GraphRequest::get(QStringLiteral("/servicePrincipals/") + m_servicePrincipalId, query);
    // Right after Step 1 the new service principal may answer 404 for a while.
    request.consistencyRetries = ConsistencyRetry::NotFound;
    request.cancel = m_cancel;
    const GraphResult result = co_await m_graph->send(request);
    if (result.ok())
        m_appRoleId = chooseAppRole(result.json.value(QLatin1String("appRoles")).toArray());
    co_return result;
}

QCoro::Task<QList<AppRoleAssignment>> AppAssignments::currentAssignments(GraphResult *result)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
    GraphResult outcome;
    const QJsonArray items = co_await GraphPager::getAll(
        *m_graph,
        GraphRequest::get(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_servicePrincipalId),
                          query),
        &outcome);
    if (result)
        *result = outcome;
    QList<AppRoleAssignment> list;
    for (const QJsonValue &value : items)
        list << AppRoleAssignment::fromJson(value.toObject());
    co_return list;
}

QCoro::Task<GraphResult> AppAssignments::remove(QString assignmentId)
{
    co_return co_await m_graph->send(
        GraphRequest::del(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/%2")
                              .arg(m_servicePrincipalId, assignmentId)));
}

bool AppAssignments::isAssignedAnswer(const GraphResult &result)
{
    if (result.ok())
        return true;
    // A duplicate: Graph answers 400 Request_MultipleObjectsWithSameKeyValue "Permission being assigned
    // already exists on the object" (409 has been seen too).
    return (result.status == 400 &&
            (result.errorCode == QLatin1String("Request_MultipleObjectsWithSameKeyValue") ||
             result.errorMessage.contains(QLatin1String("already exists"), Qt::CaseInsensitive))) ||
           result.status == 409;
}

bool AppAssignments::isReplicationLag(const GraphResult &result)
{
    return result.status == 404 ||
           (result.status == 400 &&
            result.errorMessage.contains(QLatin1String("Not a valid reference update"), Qt::CaseInsensitive));
}

GraphRequest AppAssignments::assignRequest(const QString &principalId) const
{
    GraphRequest request = GraphRequest::post(
        QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_servicePrincipalId),
        QJsonObject{{QStringLiteral("principalId"), principalId},
                    {QStringLiteral("resourceId"), m_servicePrincipalId},
                    {QStringLiteral("appRoleId"), m_appRoleId}},
        RepeatSafety::SafeToRepeat); // a repeated assignment answers "already exists", which counts as done
    return request;
}

void AppAssignments::paceForTenantQuota(GraphClient *graph, int quota, std::chrono::milliseconds window)
{
    const auto pacedWindow =
        window + std::max<std::chrono::milliseconds>(std::chrono::milliseconds(500), window / 50);
    graph->setWriteQuota(quota, pacedWindow);
}

void AppAssignments::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QCoro::Task<BulkResult> AppAssignments::assignQueued(SetupStateStore *store)
{
    QPointer<AppAssignments> self(this);
    Run run;
    run.store = store;
    if (m_running) {
        run.result.cancelled = true;
        co_return run.result;
    }
    m_running = true;
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel = new CancelToken(this);
    QList<QString> pending;
    for (const SetupState::Assignment &entry : store->state().assignmentQueue) {
        if (entry.done)
            ++run.doneAtStart;
        else if (int &entries = run.pendingCounts[entry.principalId]; entries++ == 0)
            pending << entry.principalId; // the queue may name a principal twice; one write is enough
    }
    run.doneEntries = run.doneAtStart;
    run.result.progress.total = int(store->state().assignmentQueue.size());
    for (qsizetype i = 0; i < pending.size(); i += kBatchSize)
        run.chunks << pending.mid(i, kBatchSize);
    run.clock.start();
    run.sinceSave.start();
    report(run);
    if (m_appRoleId.isEmpty() && !pending.isEmpty()) {
        const GraphResult role = co_await readAppRole(&run, int(pending.size()));
        if (!self)
            co_return run.result;
        if (!role.ok()) {
            if (!role.cancelled)
                run.result.failures << role;
            run.result.cancelled = isCancelled(m_cancel);
            m_running = false;
            report(run);
            co_return run.result;
        }
    }

    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < m_batchesInFlight && i < run.chunks.size(); ++i)
        workers.push_back(worker(&run)); // tasks start at once: several batches are in flight
    for (QCoro::Task<> &task : workers)
        co_await task;
    if (!self)
        co_return run.result;
    saveAssigned(run);
    run.result.cancelled = isCancelled(m_cancel);
    m_running = false;
    report(run);
    qCInfo(lcAssignments) << "bulk assignment ended:" << run.doneThisRun << "assigned this run,"
                          << run.result.failures.size() << "failed, cancelled:" << run.result.cancelled;
    co_return run.result;
}

QCoro::Task<> AppAssignments::worker(Run *run)
{
    QPointer<AppAssignments> self(this);
    while (self && !isCancelled(m_cancel) && run->nextChunk < run->chunks.size()) {
        const QList<QString> chunk = run->chunks.at(run->nextChunk++);
        QList<GraphRequest> requests;
        for (const QString &id : chunk)
            requests << assignRequest(id);
        const QList<GraphResult> results = co_await GraphBatch::send(*m_graph, requests, m_cancel);
        if (!self)
            co_return;
        QSet<QString> finished;
        QList<QString> lagging;
        for (int i = 0; i < chunk.size() && i < results.size(); ++i) {
            const GraphResult &answer = results.at(i);
            if (isAssignedAnswer(answer)) {
                finished.insert(chunk.at(i));
                run->lastLag.remove(chunk.at(i));
            } else if (isReplicationLag(answer) && !isCancelled(m_cancel)) {
                lagging << chunk.at(i);
                run->lastLag.insert(chunk.at(i), answer);
            } else if (!answer.cancelled && !isCancelled(m_cancel)) {
                run->lastLag.remove(chunk.at(i));
                run->result.failures << answer;
            }
        }
        for (const QString &id : std::as_const(finished))
            run->doneEntries += run->pendingCounts.take(id); // once per principal, whatever its answers
        run->assignedNotSaved.unite(finished);
        run->doneThisRun += int(finished.size());
        if (run->sinceSave.elapsed() >= kSaveIntervalMs)
            saveAssigned(*run);
        report(*run);
        if (!lagging.isEmpty() && !co_await waitBeforeResending(run, lagging))
            co_return;
    }
}

QCoro::Task<GraphResult> AppAssignments::readAppRole(Run *run, int pending)
{
    QPointer<AppAssignments> self(this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,appRoles"));
    GraphRequest request =
        GraphRequest::get(QStringLiteral("/servicePrincipals/") + m_servicePrincipalId, query);
    request.cancel = m_cancel;
    for (;;) {
        const GraphResult result = co_await m_graph->send(request);
        if (!self)
            co_return result;
        if (result.ok()) {
            m_appRoleId = chooseAppRole(result.json.value(QLatin1String("appRoles")).toArray());
            run->waiting = 0;
            co_return result;
        }
        // 404: the application was created moments ago and this replica does not know it yet. Waited out
        // here rather than inside GraphClient, so that the page shows what it is waiting for.
        const RetryPolicy policy = m_graph->retryPolicy();
        if (!run->lagClock.isValid())
            run->lagClock.start();
        if (result.status != 404 || run->lagClock.elapsed() >= policy.consistencyBudget.count()) {
            run->waiting = 0;
            co_return result;
        }
        run->waiting = pending;
        report(*run);
        const std::chrono::milliseconds delay = policy.consistencyDelay(++run->lagRetries);
        qCInfo(lcAssignments) << "the application is not readable yet; reading it again in" << delay.count()
                              << "ms";
        if (!co_await sleepUnlessCancelled(delay, m_cancel) || !self) {
            GraphResult cancelled = result;
            cancelled.cancelled = true;
            co_return cancelled;
        }
    }
}

QCoro::Task<bool> AppAssignments::waitBeforeResending(Run *run, QList<QString> lagging)
{
    QPointer<AppAssignments> self(this);
    const RetryPolicy policy = m_graph ? m_graph->retryPolicy() : RetryPolicy{};
    if (!run->lagClock.isValid())
        run->lagClock.start();
    if (run->lagClock.elapsed() >= policy.consistencyBudget.count()) {
        // Waited long enough: these stay queued (not done) and the run reports Entra's last answer.
        for (const QString &id : std::as_const(lagging))
            run->result.failures << run->lastLag.value(id);
        report(*run);
        co_return true;
    }
    const std::chrono::milliseconds delay = policy.consistencyDelay(++run->lagRetries);
    qCInfo(lcAssignments) << lagging.size() << "assignment(s) wait" << delay.count()
                          << "ms for Microsoft Entra's replication";
    run->waiting += int(lagging.size());
    report(*run);
    const bool slept = co_await sleepUnlessCancelled(delay, m_cancel);
    if (!self)
        co_return false;
    run->waiting -= int(lagging.size());
    if (!slept) {
        report(*run);
        co_return false;
    }
    // Sent again by whichever worker is free (this one included), in chunks of at most kBatchSize.
    run->chunks << lagging;
    co_return true;
}

void AppAssignments::saveAssigned(Run &run)
{
    run.sinceSave.restart();
    if (run.assignedNotSaved.isEmpty())
        return;
    run.store->markAssigned(std::exchange(run.assignedNotSaved, {}));
}

void AppAssignments::report(Run &run)
{
    BulkProgress &p = run.result.progress;
    p.done = run.doneEntries;
    p.failed = int(run.result.failures.size());
    p.waitingForReplication = run.waiting;
    const double seconds = run.clock.isValid() ? run.clock.elapsed() / 1000.0 : 0.0;
    p.perSecond = seconds > 0.5 ? run.doneThisRun / seconds : 0.0;
    const int remaining = p.total - p.done - p.failed;
    p.etaMs = p.perSecond > 0 ? qint64(remaining / p.perSecond * 1000) : -1;
    Q_EMIT progressChanged(p);
}

} // namespace insightly::entra
