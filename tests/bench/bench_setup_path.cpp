// Benchmark of the first-time setup's critical path (issue 13, item 2): Steps 1–4 through the entra/
// operations the pages call, against the simulator set to 100 ms per request and a 20 s replication delay,
// with the product's own retry and polling policies. For each step: the wall time, the Graph requests sent
// and the sequential Graph round trips — the longest chain of requests where each one started after the
// previous one had answered (requests in flight together count once). Prints a table and, with
// INSIGHTLY_BENCH_OUT, writes JSON with every request and its place in the chain (BENCHMARKS.md derives the
// minimum from it). Asserts only that every step succeeded, never a time.
#include "AssignTestWorld.h"
#include "ScimSimSetup.h"
#include "SetupStepsFixture.h"
#include "entra/AppAssignments.h"
#include "entra/GalleryApplication.h"
#include "entra/Provisioning.h"
#include "entra/SamlConfiguration.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SigningCertificates.h"

#include <QChildEvent>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>
#include <cstdio>

using namespace insightly;
using namespace insightly::entra;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

// Watches one QNetworkAccessManager: a reply is its child from the moment the request is created (ChildAdded)
// until it is deleted, and the manager's finished() says when it answered.
class RequestTimeline : public QObject
{
public:
    struct Entry {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString method;
        QString path;
        int status = 0;
        int depth = 0;
    };

    explicit RequestTimeline(QNetworkAccessManager *manager)
        : m_manager(manager)
    {
        m_clock.start();
        manager->installEventFilter(this);
        connect(manager, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const auto it = m_started.find(reply);
            if (it == m_started.end())
                return;
            const QUrl url = reply->url();
            if (url.path().startsWith(QLatin1String("/v1.0/"))) {
                Entry e;
                e.startMs = it.value();
                e.endMs = m_clock.elapsed();
                e.method = QString::fromLatin1(
                    reply->operation() == QNetworkAccessManager::GetOperation      ? "GET"
                    : reply->operation() == QNetworkAccessManager::PostOperation   ? "POST"
                    : reply->operation() == QNetworkAccessManager::PutOperation    ? "PUT"
                    : reply->operation() == QNetworkAccessManager::DeleteOperation ? "DELETE"
                                                                                   : "CUSTOM");
                if (reply->operation() == QNetworkAccessManager::CustomOperation)
                    e.method = QString::fromLatin1(
                        reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
                e.path = url.path();
                e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                m_entries.append(e);
            }
            m_started.erase(it);
        });
    }

    // Takes the requests answered since the last call, each with its depth in the chain.
    QList<Entry> take()
    {
        QList<Entry> entries = std::exchange(m_entries, {});
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.startMs < b.startMs; });
        for (qsizetype i = 0; i < entries.size(); ++i) {
            int depth = 0;
            for (qsizetype j = 0; j < entries.size(); ++j)
                if (j != i && entries[j].endMs <= entries[i].startMs)
                    depth = qMax(depth, entries[j].depth);
            entries[i].depth = depth + 1;
        }
        return entries;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_manager && event->type() == QEvent::ChildAdded)
            m_started.insert(static_cast<QChildEvent *>(event)->child(), m_clock.elapsed());
        return QObject::eventFilter(watched, event);
    }

private:
    QNetworkAccessManager *m_manager;
    QElapsedTimer m_clock;
    QHash<QObject *, qint64> m_started;
    QList<Entry> m_entries;
};

struct StepFigures {
    QString name;
    double seconds = 0;
    int requests = 0;
    int sequential = 0;
    QJsonArray log;
};

StepFigures figures(const QString &name, double seconds, const QList<RequestTimeline::Entry> &entries)
{
    StepFigures f{name, seconds, int(entries.size()), 0, {}};
    for (const auto &e : entries) {
        f.sequential = qMax(f.sequential, e.depth);
        f.log.append(QJsonObject{{QStringLiteral("depth"), e.depth},
                                 {QStringLiteral("method"), e.method},
                                 {QStringLiteral("path"), e.path},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("startMs"), e.startMs},
                                 {QStringLiteral("endMs"), e.endMs}});
    }
    return f;
}

} // namespace

class BenchSetupPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstTimeSetup();
};

void BenchSetupPath::firstTimeSetup()
{
    const int runs = qMax(1, envInt("INSIGHTLY_BENCH_RUNS", 1));
    const int latencyMs = envInt("INSIGHTLY_BENCH_LATENCY_MS", 100);
    const int replicationMs = envInt("INSIGHTLY_BENCH_REPLICATION_MS", 20000);
    const int assignUsers = envInt("INSIGHTLY_BENCH_ASSIGN_USERS", 20);
    QJsonArray allRuns;
    std::printf("\nFirst-time setup against the simulator: %d ms per request, %d ms replication delay, "
                "%d users assigned in Step 4\n",
                latencyMs, replicationMs, assignUsers);
    std::printf(
        "| run | step | time (s) | Graph requests | sequential round trips |\n|---|---|---:|---:|---:|\n");
    for (int run = 1; run <= runs; ++run) {
        sim::SimOptions options = insightlytest::options();
        options.seedUsers = assignUsers + 10;
        options.latencyMs = latencyMs;
        options.replicationDelayMs = replicationMs;
        SetupStepsFixture f(options);
        insightlytest::addDirectoryUsers(f.sim->server());
        QCOMPARE(f.start(), QString());
        // The product's own policies (the fixture shortens them for the unit tests).
        f.graph()->setRetryPolicy(RetryPolicy{});
        OperationContext context = f.context();
        context.convergence = ConvergencePolicy{};
        RequestTimeline timeline(&f.wizard->network());
        QList<StepFigures> steps;
        QElapsedTimer clock;

        // Step 1: the gallery application.
        clock.start();
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context), 600000);
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
        steps << figures(QStringLiteral("1 gallery app"), clock.elapsed() / 1000.0, timeline.take());

        // Step 2: SAML single sign-on, the signing certificate, the hand-off files.
        clock.restart();
        const SamlConfigurationResult saml =
            f.run(SamlConfiguration::apply(context, f.signInPageUrl()), 600000);
        QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
        SigningCertificates::Options certificateOptions;
        certificateOptions.notificationEmails = {QStringLiteral("admin@contoso.example")};
        const CertificateResult certificate =
            f.run(SigningCertificates::ensureActive(context, certificateOptions), 600000);
        QVERIFY2(!certificate.failed(), qPrintable(certificate.error.toDiagnostics()));
        QTemporaryDir exportDir;
        SamlHandoffFiles::Options exportOptions;
        exportOptions.folder = exportDir.path();
        const HandoffFilesResult files = f.run(SamlHandoffFiles::exportFiles(context, exportOptions), 600000);
        QVERIFY2(files.ok(), qPrintable(files.error.toDiagnostics()));
        steps << figures(QStringLiteral("2 SAML + certificate"), clock.elapsed() / 1000.0, timeline.take());

        // Step 3: SCIM provisioning (Insightly's token read off its settings page first, not counted).
        const testsupport::HttpReply page =
            insightlytest::configure(*f.sim, insightlytest::makeCertificate().certificatePem, false, true);
        const QString token = insightlytest::elementText(page.body, QStringLiteral("scimToken"));
        QVERIFY(!token.isEmpty());
        QUrl endpoint = testsupport::SimFixture::insightlyCrm();
        endpoint.setPath(QStringLiteral("/scim/v2"));
        timeline.take();
        clock.restart();
        Provisioning provisioning(f.graph(), f.store->state().servicePrincipalId);
        const ProvisioningJobResult job = f.run(provisioning.ensureJob(), 600000);
        QVERIFY2(job.ok(), qPrintable(job.error.toDiagnostics()));
        const CredentialTestResult tested =
            f.run(provisioning.validateCredentials(job.jobId, endpoint, token), 600000);
        QVERIFY2(tested.passed, qPrintable(tested.entraMessage));
        const ProvisioningActionResult saved = f.run(
            provisioning.saveCredentials(endpoint, token, QStringLiteral("admin@contoso.example")), 600000);
        QVERIFY2(saved.ok, qPrintable(saved.error.toDiagnostics()));
        const ProvisioningActionResult started = f.run(provisioning.start(job.jobId), 600000);
        QVERIFY2(started.ok, qPrintable(started.error.toDiagnostics()));
        steps << figures(QStringLiteral("3 SCIM provisioning"), clock.elapsed() / 1000.0, timeline.take());

        // Step 4: assign users (the queue the Assign page fills), then read the assignments back.
        QStringList users;
        for (const sim::DirectoryUser &u : f.sim->server().world().directory.users)
            if (users.size() < assignUsers && !u.userPrincipalName.startsWith(QLatin1String("admin@")) &&
                !u.userPrincipalName.startsWith(QLatin1String("user@")))
                users << u.id;
        assigntest::queueUsers(*f.store, users);
        clock.restart();
        AppAssignments assignments(f.graph(), f.store->state().servicePrincipalId);
        const GraphResult role = f.run(assignments.resolveAppRole(), 600000);
        QVERIFY(role.ok());
        const BulkResult bulk = f.run(assignments.assignQueued(f.store.get()), 600000);
        QVERIFY(bulk.ok());
        GraphResult listed;
        const QList<AppRoleAssignment> current = f.run(assignments.currentAssignments(&listed), 600000);
        QVERIFY(listed.ok());
        QVERIFY(current.size() >= users.size());
        steps << figures(QStringLiteral("4 assign users"), clock.elapsed() / 1000.0, timeline.take());

        QJsonArray stepJson;
        int totalRequests = 0;
        int totalSequential = 0;
        double totalSeconds = 0;
        for (const StepFigures &s : std::as_const(steps)) {
            std::printf("| %d | %s | %.1f | %d | %d |\n", run, qPrintable(s.name), s.seconds, s.requests,
                        s.sequential);
            totalRequests += s.requests;
            totalSequential += s.sequential;
            totalSeconds += s.seconds;
            stepJson.append(QJsonObject{{QStringLiteral("step"), s.name},
                                        {QStringLiteral("seconds"), s.seconds},
                                        {QStringLiteral("requests"), s.requests},
                                        {QStringLiteral("sequential"), s.sequential},
                                        {QStringLiteral("log"), s.log}});
        }
        std::printf("| %d | all | %.1f | %d | %d |\n", run, totalSeconds, totalRequests, totalSequential);
        allRuns.append(QJsonObject{{QStringLiteral("steps"), stepJson}});
    }
    std::fflush(stdout);
    if (const QString out = qEnvironmentVariable("INSIGHTLY_BENCH_OUT"); !out.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("latencyMs"), latencyMs},
                                             {QStringLiteral("replicationMs"), replicationMs},
                                             {QStringLiteral("assignUsers"), assignUsers},
                                             {QStringLiteral("runs"), allRuns}})
                       .toJson());
    }
}

QTEST_MAIN(BenchSetupPath)
#include "bench_setup_path.moc"
