// Step 4 against the simulator: the picker model on a large directory, bulk assignment exactly once (also
// after an interruption), provision on demand, and the lockout preflight.
#include "AssignTestWorld.h"
#include "ScimTestDouble.h"
#include "entra/AppAssignments.h"
#include "entra/PrincipalSearchModel.h"
#include "entra/ProvisionOnDemand.h"
#include "insightly/LockoutCheck.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace insightly;
using namespace insightly::entra;
using assigntest::await;

class TestAssignmentsSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchExpression_data();
    void searchExpression();
    void appRoleIsUserElseDefaultAccess();
    void onDemandAnswerIsParsedTwice();
    void lockoutListPutsTheKeyOwnerFirst();
    void searchModelPagesInAsTheAdminScrolls();
    void assignsFiveHundredUsersAndFiveGroupsExactlyOnce();
    void interruptedRunResumesWithoutGapsOrDuplicates();
    void provisionOnDemandSucceedsForAnAssignedUser();
    void lockoutPreflightListsUnassignedInsightlyUsers();
};

void TestAssignmentsSim::searchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user") << QStringLiteral(" ann ") << int(SetupState::PrincipalType::User)
                          << QStringLiteral("\"displayName:ann\" OR \"mail:ann\" OR \"userPrincipalName:ann\"");
    QTest::newRow("group") << QStringLiteral("sales") << int(SetupState::PrincipalType::Group)
                           << QStringLiteral("\"displayName:sales\" OR \"mail:sales\"");
    QTest::newRow("quote escaped") << QStringLiteral("a\"b") << int(SetupState::PrincipalType::Group)
                                   << QStringLiteral("\"displayName:a\\\"b\" OR \"mail:a\\\"b\"");
    QTest::newRow("empty lists without search") << QStringLiteral("  ") << int(SetupState::PrincipalType::User)
                                                << QString();
}

void TestAssignmentsSim::searchExpression()
{
    QFETCH(QString, typed);
    QFETCH(int, type);
    QFETCH(QString, expected);
    QCOMPARE(DirectorySearch::searchExpression(typed, SetupState::PrincipalType(type)), expected);
    const GraphRequest request = DirectorySearch::firstPage(typed, SetupState::PrincipalType(type));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("$top")), QStringLiteral("50"));
    QCOMPARE(request.query.hasQueryItem(QStringLiteral("$search")), !expected.isEmpty());
}

void TestAssignmentsSim::appRoleIsUserElseDefaultAccess()
{
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("role-user")},
                           {QStringLiteral("displayName"), QStringLiteral("User")},
                           {QStringLiteral("allowedMemberTypes"), QJsonArray{QStringLiteral("User")}},
                           {QStringLiteral("isEnabled"), true}};
    const QJsonObject msiam{{QStringLiteral("id"), QStringLiteral("role-msiam")},
                            {QStringLiteral("displayName"), QStringLiteral("msiam_access")},
                            {QStringLiteral("allowedMemberTypes"), QJsonArray{QStringLiteral("User")}},
                            {QStringLiteral("isEnabled"), true}};
    QCOMPARE(AppAssignments::chooseAppRole(QJsonArray{msiam, user}), QStringLiteral("role-user"));
    QCOMPARE(AppAssignments::chooseAppRole(QJsonArray{msiam}), QString::fromLatin1(kDefaultAccessRoleId));
    QCOMPARE(AppAssignments::chooseAppRole(QJsonArray{}), QStringLiteral("00000000-0000-0000-0000-000000000000"));
}

void TestAssignmentsSim::onDemandAnswerIsParsedTwice()
{
    const QJsonObject key{{QStringLiteral("result"), QStringLiteral("Failure")},
                          {QStringLiteral("details"), QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("SystemForCrossDomainIdentityManagementBadResponse")},
                                                                  {QStringLiteral("errorMessage"), QStringLiteral("HTTP 500")}}}};
    const QJsonObject value{
        {QStringLiteral("provisioningSteps"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("EntryImport")},
                                {QStringLiteral("provisioningStepType"), QStringLiteral("import")},
                                {QStringLiteral("status"), QStringLiteral("success")},
                                {QStringLiteral("description"), QStringLiteral("Retrieved ann")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("EntryExport")},
                                {QStringLiteral("status"), QStringLiteral("failure")}}}}};
    const QJsonObject answer{
        {QStringLiteral("key"), QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact))},
        {QStringLiteral("value"), QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))}};
    const OnDemandOutcome outcome = OnDemandOutcome::fromAnswer(answer);
    QCOMPARE(outcome.result, QStringLiteral("Failure"));
    QVERIFY(!outcome.succeeded());
    QCOMPARE(outcome.errorCode, QStringLiteral("SystemForCrossDomainIdentityManagementBadResponse"));
    QCOMPARE(outcome.steps.size(), 2);
    QCOMPARE(outcome.steps.at(0).name, QStringLiteral("EntryImport"));
    QCOMPARE(outcome.steps.at(0).description, QStringLiteral("Retrieved ann"));
    QCOMPARE(outcome.steps.at(1).status, QStringLiteral("failure"));
    QVERIFY(OnDemandOutcome::fromAnswer({}).result.isEmpty()); // no answer: no invented result
}

void TestAssignmentsSim::lockoutListPutsTheKeyOwnerFirst()
{
    auto user = [](const QString &email, bool active, bool admin = false) {
        InsightlyUser u;
        u.email = email;
        u.active = active;
        u.administrator = admin;
        return u;
    };
    const QList<InsightlyUser> users{user(QStringLiteral("zed@contoso.example"), true),
                                     user(QStringLiteral("Ann@Contoso.example"), true),
                                     user(QStringLiteral("gone@contoso.example"), false),
                                     user(QStringLiteral("boss@contoso.example"), true, true),
                                     user(QStringLiteral("Me@contoso.example"), true, true)};
    const QList<LockoutRisk> risks =
        LockoutCheck::usersWithoutAccess(users, {QStringLiteral("ann@contoso.example")}, QStringLiteral("me@CONTOSO.example"));
    QStringList emails;
    for (const LockoutRisk &r : risks)
        emails << r.insightlyUser.email;
    QCOMPARE(emails, (QStringList{QStringLiteral("Me@contoso.example"), QStringLiteral("boss@contoso.example"),
                                  QStringLiteral("zed@contoso.example")}));
    QVERIFY(risks.first().isKeyOwner);
    QVERIFY(!risks.at(1).isKeyOwner);
}

void TestAssignmentsSim::searchModelPagesInAsTheAdminScrolls()
{
    sim::SimOptions options;
    options.seedUsers = 50000;
    assigntest::World world;
    QString error;
    QVERIFY2(world.start(options, &error), qPrintable(error));

    PrincipalSearchModel model;
    model.setGraph(world.graph.get());
    model.setQuery(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 60000);
    QVERIFY(model.canFetchMore({}));
    // Only the first page of users (and of groups) was read: never the whole directory.
    QCOMPARE(model.pagesFetched(), 2);
    QVERIFY(model.rowCount() <= 2 * DirectorySearch::kPageSize);
    const int groups = int(world.sim->server().world().directory.groups.size());
    QCOMPARE(model.rowCount(), DirectorySearch::kPageSize + groups);

    // Scrolling: each fetchMore reads one more page and grows the model by at most one page.
    for (int i = 1; i <= 5; ++i) {
        const int before = model.rowCount();
        const int pagesBefore = model.pagesFetched();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.pagesFetched() == pagesBefore + 1, 60000);
        QCOMPARE(model.rowCount(), before + DirectorySearch::kPageSize);
    }
    QCOMPARE(model.rowCount(), 6 * DirectorySearch::kPageSize + groups);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.principal(row).id);
    QCOMPARE(ids.size(), model.rowCount()); // pages follow each other without repeats

    // Typing: a stale answer of an earlier keystroke never lands in the model.
    const sim::DirectoryUser &someone = world.sim->server().world().directory.users.at(1234);
    const QString term = someone.userPrincipalName; // startsWith on the UPN: exactly this user
    model.setQuery(QStringLiteral("a"));
    model.setQuery(term);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.pagesFetched() >= 2, 60000);
    QVERIFY(model.rowCount() > 0);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const DirectoryPrincipal &p = model.principal(row);
        found = found || p.id == someone.id;
        const bool matches = p.displayName.contains(term.section(u'.', 0, 0), Qt::CaseInsensitive) ||
                             p.address().startsWith(term.section(u'.', 0, 0), Qt::CaseInsensitive);
        QVERIFY2(matches, qPrintable(p.displayName + QStringLiteral(" / ") + p.address()));
    }
    QVERIFY(found);
    QCOMPARE(model.query(), term);
}

void TestAssignmentsSim::assignsFiveHundredUsersAndFiveGroupsExactlyOnce()
{
    sim::SimOptions options;
    options.seedUsers = 600;
    options.seedGroups = 5;
    // A tight quota, so that pacing and 429 handling take part: 505 writes span four 1 s windows (a 2 s
    // window only doubled the wait).
    options.writeQuota = 150;
    options.writeQuotaWindowS = 1;
    assigntest::World world;
    QString error;
    QVERIFY2(world.start(options, &error), qPrintable(error));
    AppAssignments::paceForTenantQuota(world.graph.get(), 150, std::chrono::seconds(1));

    const QStringList users = world.seededUserIds(500);
    QCOMPARE(users.size(), 500);
    QStringList groups;
    for (const sim::DirectoryGroup &g : world.sim->server().world().directory.groups)
        groups << g.id;
    QCOMPARE(groups.size(), 5);

    auto store = world.newStore();
    assigntest::queueUsers(*store, users);
    assigntest::queueUsers(*store, groups, SetupState::PrincipalType::Group);

    AppAssignments assignments(world.graph.get(), world.app.servicePrincipalId);
    QVERIFY(await(assignments.resolveAppRole()).ok());
    // One user is assigned already (by someone else): Graph refuses the duplicate, which counts as done.
    QVERIFY(await(world.graph->send(assignments.assignRequest(users.at(42)))).ok());

    QSignalSpy progress(&assignments, &AppAssignments::progressChanged);
    const BulkResult result = await(assignments.assignQueued(store.get()));
    QVERIFY(result.ok());
    QCOMPARE(result.progress.done, 505);
    QCOMPARE(store->state().pendingAssignments(), 0);
    QVERIFY(progress.count() >= 505 / 20);

    const QHash<QString, int> counts = world.assignmentCounts();
    QCOMPARE(counts.size(), 505);
    for (const QString &id : users + groups)
        QCOMPARE(counts.value(id), 1);
    const QList<AppRoleAssignment> current = await(assignments.currentAssignments());
    QCOMPARE(current.size(), 505);
    for (const AppRoleAssignment &a : current)
        QCOMPARE(a.appRoleId, assignments.appRoleId());
}

void TestAssignmentsSim::interruptedRunResumesWithoutGapsOrDuplicates()
{
    sim::SimOptions options;
    options.seedUsers = 2100;
    options.latencyMs = 20;
    assigntest::World world;
    QString error;
    QVERIFY2(world.start(options, &error), qPrintable(error));
    const QStringList users = world.seededUserIds(2000);
    QCOMPARE(users.size(), 2000);
    {
        auto store = world.newStore();
        assigntest::queueUsers(*store, users);
    }

    int doneWhenStopped = 0;
    {
        auto store = world.newStore();
        QCOMPARE(store->state().pendingAssignments(), 2000);
        AppAssignments first(world.graph.get(), world.app.servicePrincipalId);
        connect(&first, &AppAssignments::progressChanged, &first, [&first](const BulkProgress &p) {
            if (p.done >= 700)
                first.cancel(); // the "crash": stop with batches in flight
        });
        const BulkResult stopped = await(first.assignQueued(store.get()));
        QVERIFY(stopped.cancelled);
        doneWhenStopped = stopped.progress.done;
        QVERIFY(doneWhenStopped >= 700);
        QVERIFY2(doneWhenStopped < 2000, "the run finished before it could be interrupted");
    }

    // A new process: the queue comes back from disk; a new client and a new run finish it.
    auto store = world.newStore();
    QCOMPARE(int(store->state().pendingAssignments()), 2000 - doneWhenStopped);
    auto graph = world.newGraph();
    AppAssignments second(graph.get(), world.app.servicePrincipalId);
    const BulkResult finished = await(second.assignQueued(store.get()));
    QVERIFY(finished.ok());
    QCOMPARE(finished.progress.done, 2000);
    QCOMPARE(store->state().pendingAssignments(), 0);

    const QHash<QString, int> counts = world.assignmentCounts();
    QCOMPARE(counts.size(), 2000);
    for (const QString &id : users)
        QCOMPARE(counts.value(id), 1);
}

void TestAssignmentsSim::provisionOnDemandSucceedsForAnAssignedUser()
{
    sim::SimOptions options;
    options.syncIntervalMs = 300;
    assigntest::World world;
    QString error;
    QVERIFY2(world.start(options, &error), qPrintable(error));
    appstest::ScimTestDouble scim;
    QVERIFY(scim.start() != 0);
    const QString syncPath =
        QStringLiteral("/servicePrincipals/%1/synchronization").arg(world.app.servicePrincipalId);
    const testsupport::HttpReply job =
        world.sim->graph("POST", syncPath + QStringLiteral("/jobs"),
                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                         appstest::kAdminToken);
    QCOMPARE(job.status, 201);
    const QJsonArray secrets{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")}, {QStringLiteral("value"), scim.baseAddress()}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")}, {QStringLiteral("value"), scim.token}}};
    QCOMPARE(world.sim->graph("PUT", syncPath + QStringLiteral("/secrets"),
                              QJsonObject{{QStringLiteral("value"), secrets}}, appstest::kAdminToken)
                 .status,
             204);

    const QString user = world.seededUserIds(1).first();
    auto store = world.newStore();
    assigntest::queueUsers(*store, {user});
    AppAssignments assignments(world.graph.get(), world.app.servicePrincipalId);
    QVERIFY(await(assignments.assignQueued(store.get())).ok());

    ProvisionOnDemand onDemand(world.graph.get(), world.app.servicePrincipalId); // finds the job itself
    QSignalSpy perUser(&onDemand, &ProvisionOnDemand::userProvisioned);
    const QList<OnDemandOutcome> outcomes = await(onDemand.provision({user}));
    QCOMPARE(onDemand.jobId(), job.json().value(QStringLiteral("id")).toString());
    QVERIFY(!onDemand.ruleId().isEmpty());
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(perUser.count(), 1);
    const OnDemandOutcome &outcome = outcomes.first();
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.result + u' ' + outcome.errorCode + u' ' + outcome.errorMessage +
                                             u' ' + QString::fromUtf8(outcome.http.body)));
    QCOMPARE(outcome.principalId, user);
    QVERIFY(!outcome.steps.isEmpty());
    for (const ProvisioningStep &step : outcome.steps)
        QVERIFY(!step.name.isEmpty() && !step.status.isEmpty());
}

void TestAssignmentsSim::lockoutPreflightListsUnassignedInsightlyUsers()
{
    assigntest::World world;
    QString error;
    QVERIFY2(world.start({}, &error), qPrintable(error));
    sim::SimServer &server = world.sim->server();
    InsightlyRestClient rest(&world.sim->network(), InsightlyInstance::forPod(QStringLiteral("na1")),
                             server.world().insightly.apiKey);

    // Nobody assigned: every active Insightly user is at risk, the admin first; the inactive one is not listed.
    LockoutReport report = await(LockoutCheck::run(world.graph.get(), world.app.servicePrincipalId, &rest));
    QVERIFY2(report.ok(), qPrintable(report.error.what + u' ' + report.error.details));
    QVERIFY(!report.atRisk.isEmpty());
    QVERIFY(report.atRisk.first().isKeyOwner);
    QCOMPARE(report.atRisk.first().insightlyUser.email.toLower(), QStringLiteral("admin@contoso.example"));
    QStringList emails;
    for (const LockoutRisk &risk : report.atRisk)
        emails << risk.insightlyUser.email.toLower();
    QVERIFY(emails.contains(QStringLiteral("former.employee@contoso.example")));
    QVERIFY(emails.contains(QStringLiteral("jamie.contractor@fabrikam.example")));
    QVERIFY(!emails.contains(QStringLiteral("robin.departed@contoso.example")));

    // Assign every Insightly user who has an Entra account — half directly, half through a group — except
    // user@contoso.example.
    QStringList direct;
    sim::DirectoryGroup group;
    group.id = server.newGuid();
    group.displayName = QStringLiteral("Insightly users");
    int n = 0;
    for (const sim::InsightlyUser &u : server.world().insightly.users) {
        const sim::DirectoryUser *d = server.world().directory.userByUpn(u.email);
        if (!d || d->userPrincipalName == QLatin1String("user@contoso.example"))
            continue;
        if (n++ % 2 == 0)
            direct << d->id;
        else
            group.memberIds << d->id;
    }
    QVERIFY(!group.memberIds.isEmpty());
    server.world().directory.addGroup(group);
    auto store = world.newStore();
    assigntest::queueUsers(*store, direct);
    assigntest::queueUsers(*store, {group.id}, SetupState::PrincipalType::Group);
    AppAssignments assignments(world.graph.get(), world.app.servicePrincipalId);
    QVERIFY(await(assignments.assignQueued(store.get())).ok());

    report = await(LockoutCheck::run(world.graph.get(), world.app.servicePrincipalId, &rest));
    QVERIFY(report.ok());
    emails.clear();
    for (const LockoutRisk &risk : report.atRisk)
        emails << risk.insightlyUser.email.toLower();
    emails.sort();
    QCOMPARE(emails, (QStringList{QStringLiteral("former.employee@contoso.example"),
                                  QStringLiteral("jamie.contractor@fabrikam.example"),
                                  QStringLiteral("user@contoso.example")}));
    for (const LockoutRisk &risk : report.atRisk) {
        if (risk.insightlyUser.email.compare(QStringLiteral("user@contoso.example"), Qt::CaseInsensitive) == 0) {
            QVERIFY(risk.entraUser.has_value());
            QCOMPARE(risk.entraUser->id, appstest::userId(*world.sim, QStringLiteral("user@contoso.example")));
        } else {
            QVERIFY(!risk.entraUser.has_value());
        }
    }
}

QTEST_GUILESS_MAIN(TestAssignmentsSim)
#include "tst_assignments_sim.moc"
