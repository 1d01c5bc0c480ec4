// Benchmark of the first-time setup's critical path (issue 13, item 2): Steps 1–4 through the entra/
// operations the pages call, against the simulator set to 100 ms per request and a 20 s replication delay,
// with the product's own retry and polling policies (Step 2 as SamlConfiguration::applyWithCertificate). For
// each step: the wall time, the Graph requests sent and the sequential Graph round trips — the longest chain
// of requests where each one started after the previous one had answered (requests in flight together count
// once). Prints a table and, with INSIGHTLY_BENCH_OUT, writes JSON with every request and its place in the
// chain (BENCHMARKS.md derives the minimum from it). Asserts only that every step succeeded, never a time.
#include "SetupPathRun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

using namespace insightly;
using namespace insightly::entra;
using insightlytest::StepFigures;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
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
        QList<StepFigures> steps;
        insightlytest::runFirstTimeSetup(f, context, assignUsers, &steps);
        if (QTest::currentTestFailed())
            return;

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
