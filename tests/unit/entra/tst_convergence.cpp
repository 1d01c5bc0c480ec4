// The first-time setup's operations (Steps 1–4) against a simulated tenant that fails one Graph request in
// five (503, 504, connection reset), lags 3 s behind every new object, allows 60 writes per second and hands
// out 6-second tokens. A step that fails with "run this step again" is re-run as an admin would click Retry
// — at most kMaximumRetries times — and the tenant must end with exactly one app, one active certificate, one
// started job and every requested assignment once.
#include "GraphClientTestBase.h"
#include "SetupStepsFixture.h"
#include "entra/AdminAssignment.h"
#include "entra/AppAssignments.h"
#include "entra/GalleryApplication.h"
#include "entra/Provisioning.h"
#include "entra/SamlConfiguration.h"
#include "entra/SigningCertificates.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QtTest>

using namespace insightly;
using namespace insightly::entra;

namespace {

// Three full setups (about 30 s each here, more on a loaded machine) must not meet QtTest's watchdog (5
// minutes per test function, all its data rows together), read when the first test function starts.
[[maybe_unused]] const bool kLongerWatchdog = [] {
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "840000");
    return true;
}();

constexpr int kMaximumRetries = 5;
constexpr int kUsers = 300;
constexpr int kGroups = 3;
// The tenant's write quota: 60 writes per 1 s (Graph's is 3,000 per 150 s, 20 per second): Step 4's 303
// writes still span several windows, paced by the client to this quota as before with 60 per 5 s.
constexpr int kWriteQuota = 60;
constexpr int kWriteQuotaWindowS = 1;
// How long a new object stays invisible (Entra's can be 20 s or more): longer than the operations' first
// waits (polls and replication retries from 200 ms), so the steps still meet objects that answer 404 and
// creates answered 5xx that they must look for before posting again; nothing asserted here depends on the
// delay's length, only on its being longer than those first waits (and shorter than the graces below).
constexpr int kReplicationDelayMs = 3000;
// Access tokens live this long (refreshed at half their lifetime, or after a 401): several over the run.
constexpr int kTokenLifetimeS = 6;

// What one attempt of a step says: empty = done, else the message the wizard would show.
struct Attempt {
    bool done = false;
    QString problem;
};

Attempt attemptOf(const OperationFailure &failure)
{
    if (!failure.failed())
        return {true, {}};
    return {false, failure.error.toDiagnostics()};
}

QString sp(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

class TestConvergence : public GraphClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpRig()); }
    void cleanup() { tearDownRig(); }

    // Focused, against a scripted Graph.
    void duplicateAndReplicationAnswersToAnAssignment();
    void jobCreationAnswered504IsLookedForBeforePostingAgain();
    void jobCreationThatNeverLandsIsPostedAtMostThreeTimes();
    void bulkWaitsOutAFreshServicePrincipalAndAnExpiredToken();
    void certificateCreateAnswered504IsLookedForThenPostedAtMostThreeTimes();

    // The whole setup against the simulator.
    void fullSetupConvergesUnderFaults_data();
    void fullSetupConvergesUnderFaults();

private:
    // Runs `attempt` until it is done, re-running it after a failure at most kMaximumRetries times; the
    // retries are counted in m_retries[name]. False (with the last problem) when it never converged.
    template <typename Make> bool converge(SetupStepsFixture &f, const QString &name, Make attempt)
    {
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run <= kMaximumRetries; ++run) {
            const Attempt outcome = f.run(attempt(), 300000);
            m_seconds[name] = clock.elapsed() / 1000.0;
            if (!f.finished) {
                m_problem = name + QStringLiteral(": did not finish");
                return false;
            }
            if (outcome.done)
                return true;
            qInfo().noquote() << name << "failed, retrying:" << outcome.problem;
            m_problem = name + QStringLiteral(": ") + outcome.problem;
            ++m_retries[name];
        }
        return false;
    }

    QMap<QString, int> m_retries;
    QMap<QString, double> m_seconds; // for the log only
    QString m_problem;
};

namespace {

GraphResult answer(int status, const QString &code = {}, const QString &message = {})
{
    GraphResult r;
    r.status = status;
    r.errorCode = code;
    r.errorMessage = message;
    return r;
}

QJsonObject list(const QJsonArray &values)
{
    return QJsonObject{{QStringLiteral("value"), values}};
}

} // namespace

void TestConvergence::duplicateAndReplicationAnswersToAnAssignment()
{
    // Graph's duplicate answers: 400 Request_MultipleObjectsWithSameKeyValue, the same text without that
    // code, and 409.
    const QString exists = QStringLiteral("Permission being assigned already exists on the object.");
    QVERIFY(AppAssignments::isAssignedAnswer(answer(201)));
    QVERIFY(AppAssignments::isAssignedAnswer(
        answer(400, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"), exists)));
    QVERIFY(AppAssignments::isAssignedAnswer(answer(400, QStringLiteral("Request_BadRequest"), exists)));
    QVERIFY(AppAssignments::isAssignedAnswer(answer(409, QStringLiteral("Conflict"), exists)));
    QVERIFY(!AppAssignments::isAssignedAnswer(
        answer(400, QStringLiteral("Request_BadRequest"), QStringLiteral("Not a valid reference update."))));
    QVERIFY(!AppAssignments::isAssignedAnswer(answer(404, QStringLiteral("Request_ResourceNotFound"))));
    QVERIFY(!AppAssignments::isAssignedAnswer(answer(0)));

    QVERIFY(AppAssignments::isReplicationLag(answer(404, QStringLiteral("Request_ResourceNotFound"))));
    QVERIFY(AppAssignments::isReplicationLag(
        answer(400, QStringLiteral("Request_BadRequest"), QStringLiteral("Not a valid reference update."))));
    QVERIFY(!AppAssignments::isReplicationLag(
        answer(400, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"), exists)));
    QVERIFY(!AppAssignments::isReplicationLag(answer(403, QStringLiteral("Authorization_RequestDenied"))));
}

void TestConvergence::jobCreationAnswered504IsLookedForBeforePostingAgain()
{
    // The gateway times out, but the job was made: the next listing shows it.
    bool landed = false;
    int posts = 0;
    const QJsonObject job{{QStringLiteral("id"), QStringLiteral("insightlySaml.job1")},
                          {QStringLiteral("templateId"), QStringLiteral("insightlySaml")}};
    m_server->setHandler([&](const RecordedRequest &r) {
        const QString path = r.path();
        if (path.endsWith(QLatin1String("/synchronization/templates")))
            return ScriptedReply::json(
                200, list({QJsonObject{{QStringLiteral("id"), QStringLiteral("insightlySaml")},
                                       {QStringLiteral("default"), true}}}));
        if (path.endsWith(QLatin1String("/synchronization/jobs")) && r.method == "POST") {
            ++posts;
            landed = true;
            return ScriptedReply::graphError(504, QStringLiteral("UnknownError"),
                                             QStringLiteral("Gateway timeout."));
        }
        if (path.endsWith(QLatin1String("/synchronization/jobs")))
            return ScriptedReply::json(200, list(landed ? QJsonArray{job} : QJsonArray{}));
        if (path.endsWith(QLatin1String("/synchronization/jobs/insightlySaml.job1")))
            return ScriptedReply::json(200, job);
        return ScriptedReply::graphError(500, QStringLiteral("Unexpected"), path);
    });
    GraphClient *graph = makeClient();
    Provisioning provisioning(graph, QStringLiteral("sp-1"));
    const ProvisioningJobResult result = await(provisioning.ensureJob());
    QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
    QCOMPARE(result.jobId, QStringLiteral("insightlySaml.job1"));
    QCOMPARE(posts, 1);
}

void TestConvergence::jobCreationThatNeverLandsIsPostedAtMostThreeTimes()
{
    int posts = 0;
    m_server->setHandler([&](const RecordedRequest &r) {
        const QString path = r.path();
        if (path.endsWith(QLatin1String("/synchronization/templates")))
            return ScriptedReply::json(
                200, list({QJsonObject{{QStringLiteral("id"), QStringLiteral("insightlySaml")},
                                       {QStringLiteral("default"), true}}}));
        if (path.endsWith(QLatin1String("/synchronization/jobs")) && r.method == "POST") {
            ++posts;
            return ScriptedReply::graphError(503, QStringLiteral("serviceNotAvailable"),
                                             QStringLiteral("Unavailable."));
        }
        if (path.endsWith(QLatin1String("/synchronization/jobs")))
            return ScriptedReply::json(200, list({}));
        return ScriptedReply::graphError(500, QStringLiteral("Unexpected"), path);
    });
    Provisioning provisioning(makeClient(), QStringLiteral("sp-1"));
    const ProvisioningJobResult result = await(provisioning.ensureJob());
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty()); // "run this step again", with Graph's request-id
    QCOMPARE(posts, 3);
}

void TestConvergence::bulkWaitsOutAFreshServicePrincipalAndAnExpiredToken()
{
    // The service principal answers 404 twice (not replicated), then its assignments answer 404 once more in
    // the first $batch; one principal was assigned already (400 duplicate); the token expires mid-run (401).
    int roleReads = 0;
    int batches = 0;
    QSet<QString> assigned;
    int posted = 0;
    m_server->setHandler([&](const RecordedRequest &r) {
        const QString path = r.path();
        if (path == QLatin1String("/v1.0/servicePrincipals/sp-1")) {
            if (++roleReads <= 2)
                return ScriptedReply::graphError(404, QStringLiteral("Request_ResourceNotFound"),
                                                 QStringLiteral("Resource 'sp-1' does not exist."));
            return ScriptedReply::json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("sp-1")},
                                                        {QStringLiteral("appRoles"), QJsonArray{}}});
        }
        if (path == QLatin1String("/v1.0/$batch")) {
            ++batches;
            if (batches == 2 && r.header("authorization") == "Bearer token-1")
                return ScriptedReply::graphError(
                    401, QStringLiteral("InvalidAuthenticationToken"),
                    QStringLiteral("Lifetime validation failed, the token is expired."));
            QJsonArray responses;
            for (const QJsonValue &v : r.json().value(QStringLiteral("requests")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString principal = item.value(QStringLiteral("body"))
                                              .toObject()
                                              .value(QStringLiteral("principalId"))
                                              .toString();
                int status = 201;
                QJsonObject body{{QStringLiteral("id"), QStringLiteral("a-") + principal}};
                if (batches == 1) {
                    status = 404;
                    body = QJsonObject{
                        {QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("Request_ResourceNotFound")},
                                     {QStringLiteral("message"), QStringLiteral("Not found.")}}}};
                } else if (assigned.contains(principal) || principal == QLatin1String("u-7")) {
                    status = 400;
                    body = QJsonObject{
                        {QStringLiteral("error"),
                         QJsonObject{
                             {QStringLiteral("code"), QStringLiteral("Request_BadRequest")},
                             {QStringLiteral("message"),
                              QStringLiteral("Permission being assigned already exists on the object.")}}}};
                } else {
                    assigned.insert(principal);
                    ++posted;
                }
                responses.append(QJsonObject{{QStringLiteral("id"), item.value(QStringLiteral("id"))},
                                             {QStringLiteral("status"), status},
                                             {QStringLiteral("body"), body}});
            }
            return ScriptedReply::json(200, QJsonObject{{QStringLiteral("responses"), responses}});
        }
        return ScriptedReply::graphError(500, QStringLiteral("Unexpected"), path);
    });
    GraphClient *graph = makeClient();
    QTemporaryDir dir;
    SetupStateStore store(dir.path());
    store.load(QStringLiteral("tenant-1"));
    QStringList ids;
    for (int i = 0; i < 45; ++i)
        ids << QStringLiteral("u-%1").arg(i);
    store.update([&](SetupState &s) {
        for (const QString &id : std::as_const(ids))
            s.assignmentQueue << SetupState::Assignment{id, SetupState::PrincipalType::User, false};
    });
    AppAssignments assignments(graph, QStringLiteral("sp-1"));
    assignments.setBatchesInFlight(1);
    int mostWaiting = 0;
    connect(&assignments, &AppAssignments::progressChanged, this,
            [&](const BulkProgress &p) { mostWaiting = std::max(mostWaiting, p.waitingForReplication); });
    const BulkResult result = await(assignments.assignQueued(&store));
    QVERIFY2(result.ok(), result.failures.isEmpty()
                              ? "cancelled"
                              : qPrintable(result.failures.first().userMessage().toDiagnostics()));
    QCOMPARE(store.state().pendingAssignments(), 0);
    QCOMPARE(result.progress.done, 45);
    QCOMPARE(roleReads, 3);
    QVERIFY(mostWaiting > 0); // the page could say what it waits for
    QCOMPARE(m_tokens.rejected, QStringList{QStringLiteral("token-1")});
    QCOMPARE(posted, 44); // u-7 was assigned already
}

void TestConvergence::certificateCreateAnswered504IsLookedForThenPostedAtMostThreeTimes()
{
    SetupStepsFixture f;
    const QString error = f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OperationContext context = f.context();
    context.convergence.landedGrace = std::chrono::milliseconds(400);
    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context));
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));

    // Every addTokenSigningCertificate answers 504: looked for after each, sent three times, then a failure
    // that says to run the step again.
    f.sim->server().options().failGraphPathPattern = QStringLiteral("/addTokenSigningCertificate$");
    f.sim->server().options().failStatus = 504;
    f.sim->server().options().failCode = QStringLiteral("UnknownError");
    const CertificateResult failed = f.run(SigningCertificates::ensureActive(context, {}));
    QVERIFY(f.finished);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(f.graphWrites(QStringLiteral("/addTokenSigningCertificate")), 3);

    // Retry once Graph answers: one certificate, active.
    f.sim->server().options().failGraphPathPattern.clear();
    const CertificateResult done = f.run(SigningCertificates::ensureActive(context, {}));
    QVERIFY2(done.ok(), qPrintable(done.error.toDiagnostics()));
    QCOMPARE(f.graphWrites(QStringLiteral("/addTokenSigningCertificate")), 4);
    const QJsonObject sp = f.sim->server().world().apps.servicePrincipals.constFirst().json;
    int verifyKeys = 0;
    for (const QJsonValue &key : sp.value(QLatin1String("keyCredentials")).toArray())
        verifyKeys +=
            key.toObject().value(QLatin1String("usage")).toString() == QLatin1String("Verify") ? 1 : 0;
    QCOMPARE(verifyKeys, 1);
}

void TestConvergence::fullSetupConvergesUnderFaults_data()
{
    QTest::addColumn<quint32>("seed");
    // One seed in the default run (each takes about 30 s here, mostly replication delays and the quota);
    // all three with INSIGHTLY_CONVERGENCE_ALL_SEEDS=1.
    QTest::newRow("seed 11") << quint32(11);
    if (qEnvironmentVariableIntValue("INSIGHTLY_CONVERGENCE_ALL_SEEDS") == 1) {
        QTest::newRow("seed 2027") << quint32(2027);
        QTest::newRow("seed 90210") << quint32(90210);
    }
}

void TestConvergence::fullSetupConvergesUnderFaults()
{
    QFETCH(quint32, seed);
    m_retries.clear();
    m_seconds.clear();
    m_problem.clear();

    sim::SimOptions options;
    options.randomSeed = seed;
    options.seedUsers = kUsers + 5;
    options.seedGroups = kGroups + 2;
    options.syncIntervalMs = 1000;
    SetupStepsFixture f(options);
    // Signed in on a calm tenant (sign-in itself is not what is tested here); the faults start right after.
    QString error = f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    sim::SimOptions &knobs = f.sim->server().options();
    knobs.faultRate = 0.2;
    knobs.replicationDelayMs = kReplicationDelayMs;
    knobs.writeQuota = kWriteQuota;
    knobs.writeQuotaWindowS = kWriteQuotaWindowS;
    knobs.tokenLifetimeS = kTokenLifetimeS;
    // The short tokens start with the next refresh: make the current one one of them.
    QString adminId;
    for (const sim::DirectoryUser &u : f.sim->server().world().directory.users)
        if (u.userPrincipalName == QLatin1String("admin@contoso.example"))
            adminId = u.id;
    // signInForTests() asked for ".default"; the wizard's refresh asks for its own scopes, two of which
    // .default does not stand for: granted here as the browser sign-in's consent would have granted them.
    for (auto &grant : f.sim->server().world().directory.refreshTokens)
        grant.scopes << QStringLiteral("User.ReadBasic.All") << QStringLiteral("GroupMember.Read.All");
    const qint64 soon = f.sim->server().nowMs() + kTokenLifetimeS * 1000;
    for (auto &grant : f.sim->server().world().directory.accessTokens)
        grant.expiresAtMs = std::min(grant.expiresAtMs, soon);

    sim::InsightlyState &insightlyState = f.sim->server().world().insightly;
    insightlyState.scimEnabled = true;
    insightlyState.scimToken = QStringLiteral("scim-convergence-%1").arg(seed);
    const QUrl scimUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
    const QString scimToken = insightlyState.scimToken;

    OperationContext context = f.context();
    context.convergence.pollInterval = std::chrono::milliseconds(200);
    context.convergence.confirmations = 3;
    context.convergence.timeout = std::chrono::seconds(90);
    context.convergence.hostNameRetryInitial = std::chrono::milliseconds(200);
    context.convergence.hostNameRetryBudget = std::chrono::seconds(60);
    context.convergence.savedAppGrace = std::chrono::seconds(45);
    // Longer than the replication delay by the same 5 s as before (with 20 s and 25 s): a create that landed
    // is seen before it is sent again, even on a loaded machine.
    context.convergence.landedGrace = std::chrono::milliseconds(kReplicationDelayMs + 5000);
    f.store->update([&](SetupState &s) { s.insightlySignInUrl = f.signInPageUrl(); });

    // Step 1.
    QString templateId;
    QVERIFY2(converge(f, QStringLiteral("step 1 app"),
                      [&]() -> QCoro::Task<Attempt> {
                          const GalleryApplicationResult r = co_await GalleryApplication::ensure(context);
                          if (r.outcome == GalleryApplicationResult::Outcome::ChooseOne)
                              co_return Attempt{false, QStringLiteral("several apps from the template")};
                          templateId = r.galleryTemplate.id;
                          co_return attemptOf(r);
                      }),
             qPrintable(m_problem));
    const QString spId = f.store->state().servicePrincipalId;
    QVERIFY(!spId.isEmpty());

    // Step 2: the SAML settings and the signing certificate side by side, as SamlSetupFlow runs them (one page,
    // one "run this step again").
    QVERIFY2(converge(f, QStringLiteral("step 2 saml"),
                      [&]() -> QCoro::Task<Attempt> {
                          SigningCertificates::Options certificateOptions;
                          certificateOptions.validityDays = 365;
                          const SamlSetupResult setup = co_await SamlConfiguration::applyWithCertificate(
                              context, f.store->state().insightlySignInUrl, certificateOptions);
                          if (setup.saml.failed())
                              co_return attemptOf(setup.saml);
                          co_return attemptOf(setup.certificate);
                      }),
             qPrintable(m_problem));
    // The sign-in test's assignment of the admin.
    QVERIFY2(converge(f, QStringLiteral("step 2 admin assignment"),
                      [&]() -> QCoro::Task<Attempt> {
                          co_return attemptOf(co_await AdminAssignment::ensureAssigned(context, adminId));
                      }),
             qPrintable(m_problem));

    // Step 3: Test Connection, then save and start (the page's two buttons).
    Provisioning provisioning(f.graph(), spId);
    const auto ensureJob = [&]() -> QCoro::Task<QString> {
        const ProvisioningJobResult job =
            co_await provisioning.ensureJob(f.store->state().synchronizationJobId);
        if (job.ok())
            f.store->update([&](SetupState &s) { s.synchronizationJobId = job.jobId; });
        else
            m_problem = job.error.toDiagnostics();
        co_return job.jobId;
    };
    QVERIFY2(converge(f, QStringLiteral("step 3 test connection"),
                      [&]() -> QCoro::Task<Attempt> {
                          const QString jobId = co_await ensureJob();
                          if (jobId.isEmpty())
                              co_return Attempt{false, m_problem};
                          const CredentialTestResult test =
                              co_await provisioning.validateCredentials(jobId, scimUrl, scimToken);
                          co_return Attempt{test.passed, test.reading.toDiagnostics()};
                      }),
             qPrintable(m_problem));
    QVERIFY2(converge(f, QStringLiteral("step 3 save and start"),
                      [&]() -> QCoro::Task<Attempt> {
                          const QString jobId = co_await ensureJob();
                          if (jobId.isEmpty())
                              co_return Attempt{false, m_problem};
                          ProvisioningActionResult step = co_await provisioning.saveCredentials(
                              scimUrl, scimToken, QStringLiteral("admin@contoso.example"));
                          if (step.ok)
                              step = co_await provisioning.start(jobId);
                          co_return Attempt{step.ok, step.error.toDiagnostics()};
                      }),
             qPrintable(m_problem));

    // Step 4: 300 users and a few groups, as the wizard's Assign page queues and runs them.
    QStringList requested;
    for (const sim::DirectoryUser &u : f.sim->server().world().directory.users) {
        if (requested.size() >= kUsers)
            break;
        if (u.id != adminId && !u.userPrincipalName.startsWith(QLatin1String("user@")))
            requested << u.id;
    }
    QStringList groups;
    for (const sim::DirectoryGroup &g : f.sim->server().world().directory.groups)
        if (groups.size() < kGroups)
            groups << g.id;
    QCOMPARE(requested.size(), kUsers);
    QCOMPARE(groups.size(), kGroups);
    f.store->update([&](SetupState &s) {
        for (const QString &id : std::as_const(requested))
            s.assignmentQueue << SetupState::Assignment{id, SetupState::PrincipalType::User, false};
        for (const QString &id : std::as_const(groups))
            s.assignmentQueue << SetupState::Assignment{id, SetupState::PrincipalType::Group, false};
    });
    requested << groups;
    AppAssignments assignments(f.graph(), spId);
    // As the Assign page paces for Graph's documented quota, paced here for this tenant's.
    AppAssignments::paceForTenantQuota(f.graph(), kWriteQuota, std::chrono::seconds(kWriteQuotaWindowS));
    int progressReports = 0;
    connect(&assignments, &AppAssignments::progressChanged, this, [&] { ++progressReports; });
    QVERIFY2(converge(f, QStringLiteral("step 4 assignments"),
                      [&]() -> QCoro::Task<Attempt> {
                          const BulkResult bulk = co_await assignments.assignQueued(f.store.get());
                          if (bulk.ok())
                              co_return Attempt{true, {}};
                          co_return Attempt{false, bulk.cancelled
                                                       ? QStringLiteral("cancelled")
                                                       : bulk.failures.first().userMessage().toDiagnostics()};
                      }),
             qPrintable(m_problem));
    QCOMPARE(f.store->state().pendingAssignments(), 0);
    QVERIFY(progressReports > 0);

    // The tenant, as the simulator holds it.
    const sim::SimWorld &world = f.sim->server().world();
    QCOMPARE(f.appsFromTemplate(templateId), 1);
    const QString appId = f.store->state().appId;
    int applications = 0;
    for (const sim::ApplicationObject &app : world.apps.applications)
        applications += sp(app.json, "appId") == appId ? 1 : 0;
    QCOMPARE(applications, 1);
    QCOMPARE(world.apps.applications.size(), 1);
    QCOMPARE(world.apps.servicePrincipals.size(), 1);

    const QJsonObject spJson = world.apps.servicePrincipals.constFirst().json;
    QCOMPARE(sp(spJson, "id"), spId);
    int verifyKeys = 0;
    for (const QJsonValue &key : spJson.value(QLatin1String("keyCredentials")).toArray())
        verifyKeys += sp(key.toObject(), "usage") == QLatin1String("Verify") ? 1 : 0;
    QCOMPARE(verifyKeys, 1); // one certificate: no stray inactive one from a retry
    QCOMPARE(sp(spJson, "preferredTokenSigningKeyThumbprint").toUpper(),
             f.store->state().certificateThumbprint);

    int jobs = 0;
    for (const QJsonObject &job : world.apps.synchronizationJobs) {
        if (sp(job, "servicePrincipalId") != spId)
            continue;
        ++jobs;
        QCOMPARE(sp(job, "id"), f.store->state().synchronizationJobId);
        QCOMPARE(job.value(QLatin1String("schedule")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("Active"));
    }
    QCOMPARE(jobs, 1);

    QHash<QString, int> held;
    for (const QJsonObject &a : world.apps.appRoleAssignments)
        if (sp(a, "resourceId") == spId)
            ++held[sp(a, "principalId")];
    for (const QString &id : std::as_const(requested))
        QVERIFY2(held.value(id) == 1,
                 qPrintable(QStringLiteral("%1 holds %2 assignment(s)").arg(id).arg(held.value(id))));
    QCOMPARE(held.value(adminId), 1);
    QCOMPARE(held.size(), requested.size() + 1); // nothing else was assigned

    QStringList counts;
    for (auto it = m_retries.cbegin(); it != m_retries.cend(); ++it)
        counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    for (auto it = m_seconds.cbegin(); it != m_seconds.cend(); ++it)
        qInfo().noquote() << it.key() << "took" << it.value() << "s";
    qInfo().noquote() << "seed" << seed << "retries:"
                      << (counts.isEmpty() ? QStringLiteral("none") : counts.join(QStringLiteral(", ")))
                      << "| Graph writes sent:" << f.graphWrites();
}

QTEST_MAIN(TestConvergence)
#include "tst_convergence.moc"
