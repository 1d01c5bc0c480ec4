#pragma once

#include "core/SetupState.h"
#include "core/UserMessage.h"
#include "entra/AppAssignments.h"
#include "entra/GraphClient.h"
#include "entra/ProvisionOnDemand.h"
#include "entra/Provisioning.h"
#include "flows/FlowContext.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <qcorotask.h>

namespace insightly {

// Step 4 — who may sign in to Insightly through Entra: the bulk assignment of users and groups through the
// queue kept in SetupState (resumed after an interruption: nothing twice, nothing lost), the current
// assignments and their removal, provision on demand, and the provisioning job's status. Step::Assign is
// complete once at least one principal is assigned. One thing runs at a time; `stage()` and `statusText()`
// always describe what is true now, so a page never keeps a stale sentence.
class AssignFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,         // nothing read yet
        Reading,      // reading the current assignments
        Assigning,    // working through the queue
        Removing,     // removing chosen assignments
        Provisioning, // provisioning chosen users on demand
        Ready,        // the current assignments are known
    };
    Q_ENUM(Stage)

    explicit AssignFlow(FlowContext context, QObject *parent = nullptr);
    ~AssignFlow() override;

    // Signed in and the Insightly SAML app known. Otherwise `why` says what to do.
    bool canAssign(UserMessage *why = nullptr) const;
    // The signed-in Graph client, for the page's principal picker; null before sign-in.
    entra::GraphClient *graph() const { return m_context.graph(); }

    Stage stage() const { return m_stage; }
    bool isBusy() const;
    qsizetype pendingAssignments() const;
    const QList<entra::AppRoleAssignment> &current() const { return m_current; }
    bool hasAssignments() const { return !m_current.isEmpty(); }
    const entra::BulkProgress &lastProgress() const { return m_progress; }
    // One sentence for the state now: what runs, how fast, what is left, or what is assigned.
    QString statusText() const;
    // "12 per second — about 4 seconds left — 1 failed": the rate line of a bulk run.
    static QString describeProgress(const entra::BulkProgress &progress);

    // Appends `entries` to SetupState's queue (a principal already queued is not added twice) and works
    // through the queue. Then reads the current assignments again.
    QCoro::Task<entra::BulkResult> assign(QList<SetupState::Assignment> entries);
    // Works through what an earlier, interrupted run left in the queue (nothing to do when it is empty),
    // then reads the current assignments.
    QCoro::Task<entra::BulkResult> resume();
    // Reads every current assignment; marks Step::Assign completed when there is at least one.
    QCoro::Task<UserMessage> reload();
    // Removes the assignments with these ids (already gone counts as removed) and drops their principals from
    // the queue, so that a later resume does not assign them again.
    QCoro::Task<UserMessage> remove(QStringList assignmentIds);
    // Provisions the chosen assigned users now; each answer is also signalled as it arrives.
    QCoro::Task<QList<entra::OnDemandOutcome>> provisionOnDemand(QStringList userIds);
    // The provisioning job of Step 3 (SetupState's job id): its state, last cycle and counts.
    QCoro::Task<entra::ProvisioningStatusResult> readProvisioningStatus();
    bool hasProvisioningJob() const;

    // The display name of an assigned principal, else the id.
    QString displayName(const QString &principalId) const;

public Q_SLOTS:
    void cancel(); // stops the bulk run (what is done stays saved) or the on-demand calls

Q_SIGNALS:
    void stageChanged(insightly::AssignFlow::Stage stage);
    void progressChanged(const insightly::entra::BulkProgress &progress);
    void currentChanged();
    void userProvisioned(const insightly::entra::OnDemandOutcome &outcome);
    void failed(const insightly::UserMessage &message);

private:
    bool ensureServices(UserMessage *why);
    void setStage(Stage stage);
    QCoro::Task<entra::BulkResult> runQueue();
    bool alive() const { return !m_destroying; }

    FlowContext m_context;
    QPointer<entra::AppAssignments> m_assignments;
    QPointer<entra::GraphClient> m_assignmentsGraph; // what m_assignments was made for
    QString m_assignmentsSp;
    QPointer<entra::ProvisionOnDemand> m_onDemand;
    QList<entra::AppRoleAssignment> m_current;
    entra::BulkProgress m_progress;
    bool m_cancelled = false;
    Stage m_stage = Stage::Idle;
    bool m_destroying = false;
};

} // namespace insightly
