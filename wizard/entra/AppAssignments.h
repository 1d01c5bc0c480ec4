#pragma once

#include "core/SetupState.h"
#include "entra/GraphTypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <qcorotask.h>

namespace insightly {
class SetupStateStore;
}

namespace insightly::entra {

class CancelToken;
class GraphClient;

// "Default Access": the role Graph accepts when an app defines no user-assignable role
// (https://learn.microsoft.com/graph/api/resources/approleassignment).
inline constexpr auto kDefaultAccessRoleId = "00000000-0000-0000-0000-000000000000";

struct AppRoleAssignment {
    QString id;
    QString principalId;
    QString principalType; // "User" or "Group"
    QString principalDisplayName;
    QString appRoleId;
    static AppRoleAssignment fromJson(const QJsonObject &json);
};

struct BulkProgress {
    int total = 0;        // entries in the queue
    int done = 0;         // assigned (now or before)
    int failed = 0;       // this run, not retried further
    double perSecond = 0; // this run's rate
    qint64 etaMs = -1;    // -1 = unknown
    // Entra does not know the app (or a principal) on the replica yet (404 / "Not a valid reference
    // update" right after creation): this many are waiting to be sent again, with a growing pause.
    int waitingForReplication = 0;
};

struct BulkResult {
    BulkProgress progress;
    bool cancelled = false;
    QList<GraphResult> failures; // one per principal that could not be assigned
    bool ok() const { return !cancelled && failures.isEmpty(); }
};

// The enterprise application's user and group assignments
// (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto): which app role to use,
// what is assigned, removal, and the bulk run over SetupState's assignment queue — `$batch` of 20, several
// batches in flight (GraphClient's concurrency), writes paced under the tenant quota by GraphClient's
// WritePacer, only failed items retried, "already assigned" counted as done. Which principals are done is
// saved in SetupState once a second and when the run ends (cancel included), so an interrupted run resumes
// without gaps or duplicates (one assigned just before a crash is sent again and answers "already exists").
// A service principal created moments ago answers 404 (and a fresh principal "Not a valid reference update")
// until it replicates: the app role is read with replication retries, and such items are sent again after
// a growing pause (RetryPolicy's consistency delays, within its consistencyBudget) while the rest go on.
class AppAssignments : public QObject
{
    Q_OBJECT
public:
    AppAssignments(GraphClient *graph, const QString &servicePrincipalId, QObject *parent = nullptr);
    ~AppAssignments() override;

    // Reads the service principal's appRoles: `User` if enabled for users, else Default Access.
    QCoro::Task<GraphResult> resolveAppRole();
    QString appRoleId() const { return m_appRoleId; }
    void setAppRoleId(const QString &id) { m_appRoleId = id; }
    static QString chooseAppRole(const QJsonArray &appRoles);

    // Every current assignment, page by page.
    QCoro::Task<QList<AppRoleAssignment>> currentAssignments(GraphResult *result = nullptr);
    QCoro::Task<GraphResult> remove(QString assignmentId);

    // Whether an answer to an assignment means the principal holds the role now (a duplicate counts).
    static bool isAssignedAnswer(const GraphResult &result);
    // Whether an answer to an assignment means Entra has not replicated the app or the principal yet.
    static bool isReplicationLag(const GraphResult &result);
    GraphRequest assignRequest(const QString &principalId) const;

    // Sets GraphClient's write pacer to the tenant quota
    // (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits) over a window
    // a little longer than Graph's: the pacer counts a write when it is sent, Graph when it arrives, and the
    // time on the way varies (2 % of the window, at least 500 ms, covers it on a loaded machine).
    static void paceForTenantQuota(GraphClient *graph, int quota = 3000,
                                   std::chrono::milliseconds window = std::chrono::seconds(150));

    void setBatchesInFlight(int n) { m_batchesInFlight = qMax(1, n); }
    // Works through the queue's pending entries; resolves the app role first when not set.
    QCoro::Task<BulkResult> assignQueued(SetupStateStore *store);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(const insightly::entra::BulkProgress &progress);

private:
    struct Run;
    QCoro::Task<> worker(Run *run);
    QCoro::Task<bool> waitBeforeResending(Run *run, QList<QString> lagging);
    QCoro::Task<GraphResult> readAppRole(Run *run, int pending);
    void saveAssigned(Run &run);
    void report(Run &run);

    QPointer<GraphClient> m_graph;
    QString m_servicePrincipalId;
    QString m_appRoleId;
    int m_batchesInFlight = 6;
    QPointer<CancelToken> m_cancel;
    bool m_running = false;
};

} // namespace insightly::entra
