// Benchmark of the bulk assignment (issue 7): the simulator set like the real service (300 ms per request,
// the tenant write quota) — AppAssignments over SetupState's queue against one request at a time. Prints a
// table; asserts only correctness (every user assigned exactly once), never a time. See README.md.
#include "AssignTestWorld.h"
#include "entra/AppAssignments.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <cstdio>

using namespace insightly;
using namespace insightly::entra;
using assigntest::await;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Peak resident memory of this process (client and simulator together), in KiB.
long hwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

struct Settings {
    int users = envInt("INSIGHTLY_BENCH_USERS", 300);
    // 0 = no baseline (the growth runs of scripts/bench.sh measure the bulk run alone).
    int baselineUsers = qEnvironmentVariableIsSet("INSIGHTLY_BENCH_BASELINE_USERS") &&
                                qEnvironmentVariableIntValue("INSIGHTLY_BENCH_BASELINE_USERS") == 0
                            ? 0
                            : envInt("INSIGHTLY_BENCH_BASELINE_USERS", 20);
    int latencyMs = envInt("INSIGHTLY_BENCH_LATENCY_MS", 300);
    // The real quota is 3,000 writes per 150 s for 5,000 users; a smaller run scales both down.
    int quota = envInt("INSIGHTLY_BENCH_QUOTA", qMax(20, int(std::lround(3000.0 * users / 5000))));
    int windowS = envInt("INSIGHTLY_BENCH_WINDOW_S", qMax(1, int(std::lround(150.0 * users / 5000))));
};

struct LogCount {
    int writes = 0;
    int throttled = 0;
};

// Assignment writes in the simulator's request log (batch items included) and how many were answered 429.
LogCount countWrites(const QString &path)
{
    LogCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return count;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        if (entry.value(QStringLiteral("method")).toString() != QLatin1String("POST") ||
            !entry.value(QStringLiteral("url")).toString().contains(QLatin1String("appRoleAssignedTo")))
            continue;
        ++count.writes;
        count.throttled += entry.value(QStringLiteral("status")).toInt() == 429 ? 1 : 0;
    }
    return count;
}

// Where the bulk run's time went: the writes before the longest pause without progress (the pacer waiting
// for the quota window to free), the pause, and the writes after it.
struct Phases {
    int firstWave = 0;
    double firstWaveS = 0;
    double pauseS = 0;
    int secondWave = 0;
    double secondWaveS = 0;
};

Phases phasesOf(const QList<std::pair<qint64, int>> &progress) // (ms since start, principals done)
{
    Phases p;
    if (progress.isEmpty())
        return p;
    qsizetype pauseEnd = 0;
    qint64 longest = -1;
    for (qsizetype i = 1; i < progress.size(); ++i) {
        if (progress[i].second > progress[i - 1].second &&
            progress[i].first - progress[i - 1].first > longest) {
            longest = progress[i].first - progress[i - 1].first;
            pauseEnd = i;
        }
    }
    if (pauseEnd == 0) {
        p.firstWave = progress.constLast().second;
        p.firstWaveS = progress.constLast().first / 1000.0;
        return p;
    }
    p.firstWave = progress[pauseEnd - 1].second;
    p.firstWaveS = progress[pauseEnd - 1].first / 1000.0;
    p.pauseS = longest / 1000.0;
    p.secondWave = progress.constLast().second - p.firstWave;
    p.secondWaveS = (progress.constLast().first - progress[pauseEnd].first) / 1000.0;
    return p;
}

// The least time the quota allows for `writes` writes: `quota` at once, the next ones a window later…,
// plus one round trip.
double leastSeconds(int writes, int quota, int windowS, int latencyMs)
{
    const int windows = (writes + quota - 1) / quota - 1;
    return windows * double(windowS) + latencyMs / 1000.0;
}

} // namespace

class BenchAssignments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkAgainstOneAtATime();
};

void BenchAssignments::bulkAgainstOneAtATime()
{
    const Settings s;
    QTemporaryDir logs;
    QVERIFY(logs.isValid());

    // Bulk: $batch of 20, several in flight, paced under the quota.
    sim::SimOptions options;
    options.latencyMs = s.latencyMs;
    options.writeQuota = s.quota;
    options.writeQuotaWindowS = s.windowS;
    options.seedUsers = s.users + 10;
    options.requestLog = logs.filePath(QStringLiteral("bulk.jsonl"));
    assigntest::World bulk;
    QString error;
    QVERIFY2(bulk.start(options, &error), qPrintable(error));
    AppAssignments::paceForTenantQuota(bulk.graph.get(), s.quota, std::chrono::seconds(s.windowS));
    const QStringList users = bulk.seededUserIds(s.users);
    QCOMPARE(users.size(), s.users);
    auto store = bulk.newStore();
    assigntest::queueUsers(*store, users);
    AppAssignments assignments(bulk.graph.get(), bulk.app.servicePrincipalId);
    QVERIFY(await(assignments.resolveAppRole()).ok());
    QElapsedTimer clock;
    QList<std::pair<qint64, int>> progress;
    connect(&assignments, &AppAssignments::progressChanged, this, [&](const BulkProgress &p) {
        if (progress.isEmpty() || progress.constLast().second != p.done)
            progress.append({clock.elapsed(), p.done});
    });
    clock.start();
    const BulkResult result = await(assignments.assignQueued(store.get()));
    const double bulkSeconds = clock.elapsed() / 1000.0;
    QVERIFY(result.ok());
    const QHash<QString, int> counts = bulk.assignmentCounts();
    QCOMPARE(counts.size(), s.users);
    for (const QString &id : users)
        QCOMPARE(counts.value(id), 1);
    const LogCount bulkLog = countWrites(options.requestLog);
    const long bulkPeakKiB = hwmKiB();
    const double least = leastSeconds(s.users, s.quota, s.windowS, s.latencyMs);
    const double share429 = bulkLog.writes > 0 ? 100.0 * bulkLog.throttled / bulkLog.writes : 0.0;
    if (const QString out = qEnvironmentVariable("INSIGHTLY_BENCH_OUT"); !out.isEmpty()) {
        // One JSON line per run for scripts/bench.sh: time, the least the quota allows, 429s, peak memory.
        QFile file(out);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("users"), s.users},
                                             {QStringLiteral("quota"), s.quota},
                                             {QStringLiteral("windowS"), s.windowS},
                                             {QStringLiteral("latencyMs"), s.latencyMs},
                                             {QStringLiteral("seconds"), bulkSeconds},
                                             {QStringLiteral("leastSeconds"), least},
                                             {QStringLiteral("writes"), bulkLog.writes},
                                             {QStringLiteral("throttled"), bulkLog.throttled},
                                             {QStringLiteral("peakKiB"), qint64(bulkPeakKiB)}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
    }
    if (s.baselineUsers == 0) {
        std::printf(
            "\nBulk assignment: %d users, latency %d ms, write quota %d per %d s: %.1f s (least %.1f s, "
            "%.2f of the quota's pace), %d writes, %.2f %% answered 429, peak memory %ld KiB\n\n",
            s.users, s.latencyMs, s.quota, s.windowS, bulkSeconds, least, least / bulkSeconds, bulkLog.writes,
            share429, bulkPeakKiB);
        std::fflush(stdout);
        return;
    }

    // Baseline: one request at a time, no batch, same simulator settings (a fresh quota).
    sim::SimOptions baselineOptions = options;
    baselineOptions.seedUsers = s.baselineUsers + 10;
    baselineOptions.requestLog = logs.filePath(QStringLiteral("baseline.jsonl"));
    assigntest::World baseline;
    QVERIFY2(baseline.start(baselineOptions, &error), qPrintable(error));
    AppAssignments::paceForTenantQuota(baseline.graph.get(), s.quota, std::chrono::seconds(s.windowS));
    const QStringList baselineUsers = baseline.seededUserIds(s.baselineUsers);
    AppAssignments single(baseline.graph.get(), baseline.app.servicePrincipalId);
    QVERIFY(await(single.resolveAppRole()).ok());
    clock.restart();
    for (const QString &id : baselineUsers)
        QVERIFY(AppAssignments::isAssignedAnswer(await(baseline.graph->send(single.assignRequest(id)))));
    const double baselineSeconds = clock.elapsed() / 1000.0;
    const QHash<QString, int> baselineCounts = baseline.assignmentCounts();
    QCOMPARE(baselineCounts.size(), s.baselineUsers);
    for (const QString &id : baselineUsers)
        QCOMPARE(baselineCounts.value(id), 1);

    const double bulkRate = s.users / bulkSeconds;
    const double baselineRate = s.baselineUsers / baselineSeconds;
    std::printf("\nAssignment benchmark: latency %d ms, write quota %d per %d s\n", s.latencyMs, s.quota,
                s.windowS);
    std::printf("| run | users | time (s) | least the quota allows (s) | time / least | writes sent | 429 "
                "share | users/s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| bulk ($batch 20, paced) | %d | %.1f | %.1f | %.2f× | %d | %.2f %% | %.1f |\n", s.users,
                bulkSeconds, least, bulkSeconds / least, bulkLog.writes, share429, bulkRate);
    const LogCount baselineLog = countWrites(baselineOptions.requestLog);
    std::printf("| one at a time | %d | %.1f | — | — | %d | %.2f %% | %.1f |\n", s.baselineUsers,
                baselineSeconds, baselineLog.writes,
                baselineLog.writes > 0 ? 100.0 * baselineLog.throttled / baselineLog.writes : 0.0,
                baselineRate);
    std::printf("Rate ratio bulk / one at a time: %.1f×\n", bulkRate / baselineRate);
    const Phases phases = phasesOf(progress);
    std::printf(
        "Bulk phases: %d assigned in the first %.1f s, then no progress for %.1f s (the quota window), "
        "then %d in %.1f s\n\n",
        phases.firstWave, phases.firstWaveS, phases.pauseS, phases.secondWave, phases.secondWaveS);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchAssignments)
#include "bench_assignments.moc"
