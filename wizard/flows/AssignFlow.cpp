#include "flows/AssignFlow.h"

#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "flows/FlowLog.h"

#include <QHash>

namespace insightly {

AssignFlow::AssignFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

AssignFlow::~AssignFlow()
{
    m_destroying = true;
    cancel();
}

void AssignFlow::cancel()
{
    m_cancelled = true;
    if (m_assignments)
        m_assignments->cancel();
    if (m_onDemand)
        m_onDemand->cancel();
}

bool AssignFlow::canAssign(UserMessage *why) const
{
    UserMessage problem;
    const QString spId = m_context.setup ? m_context.setup->state().servicePrincipalId : QString();
    if (!m_context.graph()) {
        problem = {tr("Assignments cannot be made yet."),
                   tr("You are not signed in to Microsoft Entra ID."),
                   tr("Go back to the sign-in step and sign in."),
                   QStringLiteral("assign.not-signed-in"),
                   {},
                   {}};
    } else if (spId.isEmpty()) {
        problem = {tr("Assignments cannot be made yet."),
                   tr("The Insightly SAML enterprise application is not known yet."),
                   tr("Go back to step 1 and add or choose the application."),
                   QStringLiteral("assign.not-ready"),
                   {},
                   {}};
    }
    if (why)
        *why = problem;
    return problem.isEmpty();
}

bool AssignFlow::ensureServices(UserMessage *why)
{
    if (!canAssign(why))
        return false;
    entra::GraphClient *graph = m_context.graph();
    const QString spId = m_context.setup->state().servicePrincipalId;
    // A new sign-in replaces the Graph client, and step 1 may choose another app: start over then.
    if (m_assignments && !m_assignments->isRunning() &&
        (m_assignmentsGraph != graph || m_assignmentsSp != spId)) {
        m_assignments->deleteLater();
        m_assignments = nullptr;
    }
    if (!m_assignments) {
        m_assignments = new entra::AppAssignments(graph, spId, this);
        m_assignmentsGraph = graph;
        m_assignmentsSp = spId;
        entra::AppAssignments::paceForTenantQuota(graph);
        connect(m_assignments, &entra::AppAssignments::progressChanged, this,
                [this](const entra::BulkProgress &progress) {
                    m_progress = progress;
                    Q_EMIT progressChanged(progress);
                });
    }
    return true;
}

void AssignFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool AssignFlow::isBusy() const
{
    return m_stage == Stage::Reading || m_stage == Stage::Assigning || m_stage == Stage::Removing ||
           m_stage == Stage::Provisioning;
}

qsizetype AssignFlow::pendingAssignments() const
{
    return m_context.setup ? m_context.setup->state().pendingAssignments() : 0;
}

QString AssignFlow::describeProgress(const entra::BulkProgress &progress)
{
    QString text = tr("%1 of %2 assigned").arg(progress.done).arg(progress.total);
    text += u' ' + tr("— %n per second", nullptr, qRound(progress.perSecond));
    if (progress.etaMs >= 0)
        text += u' ' + tr("— about %n second(s) left", nullptr, int((progress.etaMs + 999) / 1000));
    if (progress.waitingForReplication > 0)
        text += u' ' + tr("— %n waiting for Entra to replicate", nullptr, progress.waitingForReplication);
    if (progress.failed > 0)
        text += u' ' + tr("— %n failed", nullptr, progress.failed);
    return text;
}

QString AssignFlow::statusText() const
{
    switch (m_stage) {
    case Stage::Idle:
        return {};
    case Stage::Reading:
        return tr("Reading the current assignments…");
    case Stage::Assigning:
        return m_progress.total > 0 ? tr("Assigning: %1").arg(describeProgress(m_progress))
                                    : tr("Assigning…");
    case Stage::Removing:
        return tr("Removing the selected assignments…");
    case Stage::Provisioning:
        return tr("Provisioning the selected users in Insightly now…");
    case Stage::Ready:
        break;
    }
    const qsizetype pending = pendingAssignments();
    if (pending > 0)
        return tr("%n assignment(s) are still queued; they continue when you come back to this step.",
                  nullptr, int(pending));
    if (m_current.isEmpty())
        return tr("Nobody is assigned yet: find users or groups and assign them.");
    int groups = 0;
    for (const entra::AppRoleAssignment &a : m_current)
        groups += a.principalType == QLatin1String("Group") ? 1 : 0;
    const QString users = tr("%n user(s)", nullptr, int(m_current.size()) - groups);
    const QString groupText = tr("%n group(s)", nullptr, groups);
    return tr("Assigned now: %1 and %2.").arg(users, groupText);
}

QString AssignFlow::displayName(const QString &principalId) const
{
    for (const entra::AppRoleAssignment &a : m_current)
        if (a.principalId == principalId)
            return a.principalDisplayName;
    return principalId;
}

QCoro::Task<entra::BulkResult> AssignFlow::assign(QList<SetupState::Assignment> entries)
{
    if (isBusy() || entries.isEmpty())
        co_return entra::BulkResult{};
    UserMessage why;
    if (!ensureServices(&why)) {
        Q_EMIT failed(why);
        co_return entra::BulkResult{};
    }
    m_context.setup->update([&entries](SetupState &state) {
        QHash<QString, qsizetype> queued; // principal -> its place in the queue: thousands are added at once
        queued.reserve(state.assignmentQueue.size() + entries.size());
        for (qsizetype i = state.assignmentQueue.size() - 1; i >= 0; --i)
            queued.insert(state.assignmentQueue.at(i).principalId, i); // the first entry of a principal wins
        for (const SetupState::Assignment &entry : entries) {
            const auto known = queued.constFind(entry.principalId);
            if (known == queued.cend()) {
                queued.insert(entry.principalId, state.assignmentQueue.size());
                state.assignmentQueue.append({entry.principalId, entry.type, false});
            } else {
                state.assignmentQueue[*known].done = false; // sent again: "already assigned" counts as done
            }
        }
    });
    co_return co_await runQueue();
}

QCoro::Task<entra::BulkResult> AssignFlow::resume()
{
    if (isBusy())
        co_return entra::BulkResult{};
    UserMessage why;
    if (!ensureServices(&why)) {
        Q_EMIT failed(why);
        co_return entra::BulkResult{};
    }
    if (pendingAssignments() > 0)
        co_return co_await runQueue();
    co_await reload();
    co_return entra::BulkResult{};
}

QCoro::Task<entra::BulkResult> AssignFlow::runQueue()
{
    QPointer<AssignFlow> self(this);
    m_cancelled = false;
    m_progress = {};
    setStage(Stage::Assigning);
    QPointer<entra::AppAssignments> assignments = m_assignments;
    const entra::BulkResult result = co_await assignments->assignQueued(m_context.setup);
    if (!self || !alive())
        co_return result;
    qCInfo(lcFlows) << "assignments:" << result.progress.done << "of" << result.progress.total << "failed"
                    << result.failures.size() << (result.cancelled ? "cancelled" : "");
    if (!result.failures.isEmpty())
        Q_EMIT failed(result.failures.first().userMessage());
    setStage(Stage::Ready);
    co_await reload();
    co_return result;
}

QCoro::Task<UserMessage> AssignFlow::reload()
{
    QPointer<AssignFlow> self(this);
    UserMessage problem;
    if (!ensureServices(&problem)) {
        Q_EMIT failed(problem);
        co_return problem;
    }
    if (!isBusy())
        setStage(Stage::Reading);
    entra::GraphResult result;
    QPointer<entra::AppAssignments> assignments = m_assignments;
    const QList<entra::AppRoleAssignment> current = co_await assignments->currentAssignments(&result);
    if (!self || !alive())
        co_return problem;
    if (m_stage == Stage::Reading)
        setStage(Stage::Ready);
    if (!result.ok()) {
        problem = result.userMessage();
        Q_EMIT failed(problem);
        co_return problem;
    }
    m_current = current;
    if (!m_current.isEmpty() && !m_context.setup->state().isStepCompleted(SetupState::Step::Assign))
        m_context.setup->markStepCompleted(SetupState::Step::Assign);
    Q_EMIT currentChanged();
    co_return problem;
}

QCoro::Task<UserMessage> AssignFlow::remove(QStringList assignmentIds)
{
    QPointer<AssignFlow> self(this);
    UserMessage problem;
    if (isBusy() || assignmentIds.isEmpty() || !ensureServices(&problem))
        co_return problem;
    QStringList principals;
    for (const entra::AppRoleAssignment &a : std::as_const(m_current))
        if (assignmentIds.contains(a.id))
            principals << a.principalId;
    setStage(Stage::Removing);
    m_cancelled = false;
    QPointer<entra::AppAssignments> assignments = m_assignments;
    for (const QString &id : assignmentIds) {
        if (m_cancelled)
            break;
        const entra::GraphResult result = co_await assignments->remove(id);
        if (!self || !alive())
            co_return problem;
        if (!result.ok() && result.status != 404) { // already gone is what the admin wanted
            problem = result.userMessage();
            break;
        }
    }
    // A removed principal must not come back from the queue on the next run.
    m_context.setup->update([&principals](SetupState &state) {
        state.assignmentQueue.removeIf(
            [&principals](const SetupState::Assignment &a) { return principals.contains(a.principalId); });
    });
    if (!problem.isEmpty())
        Q_EMIT failed(problem);
    setStage(Stage::Ready);
    const UserMessage reading = co_await reload();
    if (!self || !alive())
        co_return problem;
    co_return problem.isEmpty() ? reading : problem;
}

QCoro::Task<QList<entra::OnDemandOutcome>> AssignFlow::provisionOnDemand(QStringList userIds)
{
    QPointer<AssignFlow> self(this);
    if (isBusy())
        co_return QList<entra::OnDemandOutcome>{};
    UserMessage problem;
    if (userIds.isEmpty()) {
        problem = {tr("No user is selected."),
                   tr("Provision on demand works on assigned users."),
                   tr("Select users in the list of current assignments."),
                   QStringLiteral("assign.no-user-selected"),
                   {},
                   {}};
    } else if (ensureServices(&problem) && !hasProvisioningJob()) {
        problem = {tr("Provisioning is not set up yet."),
                   tr("Step 3 has not saved and started provisioning."),
                   tr("Go back to step 3, test and save the SCIM connection."),
                   QStringLiteral("assign.no-provisioning-job"),
                   {},
                   {}};
    }
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        co_return QList<entra::OnDemandOutcome>{};
    }
    const SetupState &state = m_context.setup->state();
    if (m_onDemand && m_onDemand->jobId() != state.synchronizationJobId) {
        m_onDemand->deleteLater();
        m_onDemand = nullptr;
    }
    if (!m_onDemand) {
        m_onDemand = new entra::ProvisionOnDemand(m_context.graph(), state.servicePrincipalId,
                                                  state.synchronizationJobId, this);
        connect(m_onDemand, &entra::ProvisionOnDemand::userProvisioned, this, &AssignFlow::userProvisioned);
    }
    setStage(Stage::Provisioning);
    QPointer<entra::ProvisionOnDemand> onDemand = m_onDemand;
    const QList<entra::OnDemandOutcome> outcomes = co_await onDemand->provision(userIds);
    if (!self || !alive())
        co_return outcomes;
    setStage(Stage::Ready);
    if (!outcomes.isEmpty() && outcomes.first().result.isEmpty() && !outcomes.first().http.ok())
        Q_EMIT failed(outcomes.first().http.userMessage());
    co_return outcomes;
}

bool AssignFlow::hasProvisioningJob() const
{
    return m_context.setup && !m_context.setup->state().synchronizationJobId.isEmpty();
}

QCoro::Task<entra::ProvisioningStatusResult> AssignFlow::readProvisioningStatus()
{
    entra::ProvisioningStatusResult result;
    if (!canAssign(&result.error))
        co_return result;
    if (!hasProvisioningJob()) {
        result.error = {tr("Provisioning is not set up yet."),
                        tr("Step 3 has not saved and started provisioning."),
                        tr("Go back to step 3, test and save the SCIM connection."),
                        QStringLiteral("assign.no-provisioning-job"),
                        {},
                        {}};
        co_return result;
    }
    const SetupState &state = m_context.setup->state();
    auto provisioning = std::make_unique<entra::Provisioning>(m_context.graph(), state.servicePrincipalId);
    result = co_await provisioning->status(state.synchronizationJobId);
    co_return result;
}

} // namespace insightly
