// Benchmark of the bulk assignment (issues 7 and 13): the simulator set like the real service (300 ms per
// request, the tenant write quota) — AppAssignments over SetupState's queue against one request at a time.
// The bulk run talks to the simulator as its own process (insightly-sso-sim, as a company's network: its
// proxy and CA), so the peak memory printed is the client's alone, and the simulator's is printed beside it.
// Prints a table; asserts only correctness (every user assigned exactly once), never a time. See README.md.
#include "ApplicationTemplates.h"
#include "AssignTestWorld.h"
#include "SimProcess.h"
#include "entra/AppAssignments.h"
#include "entra/CloudEndpoints.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <cmath>
#include <cstdio>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifndef INSIGHTLY_SIM_EXECUTABLE
#error "INSIGHTLY_SIM_EXECUTABLE must name the simulator executable"
#endif

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

class FixedToken : public AccessTokenProvider
{
public:
    explicit FixedToken(QString token)
        : m_token(std::move(token))
    {
    }
    QCoro::Task<AccessTokenResult> accessToken() override
    {
        AccessTokenResult r;
        r.token = m_token;
        co_return r;
    }
    void rejectAccessToken(const QString &) override {}

private:
    QString m_token;
};

// The admin's access token from the simulator's /token (resource-owner password grant, the wizard's scopes).
QString adminToken(benchsupport::SimProcess &sim)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    form.addQueryItem(QStringLiteral("username"), QStringLiteral("admin@contoso.example"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("demo"));
    form.addQueryItem(QStringLiteral("scope"),
                      wizardScopes(CloudEndpoints::forCloud(Cloud::Global)).join(u' '));
    QJsonObject json;
    sim.request("POST", QStringLiteral("/organizations/oauth2/v2.0/token"),
                form.toString(QUrl::FullyEncoded).toUtf8(),
                {{"Content-Type", "application/x-www-form-urlencoded"}}, &json);
    return json.value(QStringLiteral("access_token")).toString();
}

// Every item of a Graph collection, page by page (on the loopback origin), handed to `each`: no page is kept,
// so reading 50,000 users does not leave their JSON in the client's heap.
void forEachGraphItem(benchsupport::SimProcess &sim, const QString &token, QString path,
                      const std::function<void(const QJsonObject &)> &each)
{
    while (!path.isEmpty()) {
        QJsonObject page;
        if (sim.request("GET", path, {}, {{"Authorization", "Bearer " + token.toLatin1()}}, &page) != 200)
            break;
        for (const QJsonValue &value : page.value(QStringLiteral("value")).toArray())
            each(value.toObject());
        path = page.value(QStringLiteral("@odata.nextLink")).toString();
    }
}

// The client's memory from here on: freed heap given back (glibc), and the peak (VmHWM) reset to the current
// resident size (Linux: "5" in /proc/self/clear_refs), so that the peak read after the run is the run's own.
void startMemoryMeasurement()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
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

    // Bulk: $batch of 20, several in flight, paced under the quota, against the simulator in its own process.
    const QString requestLog = logs.filePath(QStringLiteral("bulk.jsonl"));
    QStringList simArguments{QStringLiteral("--latency-ms"),       QString::number(s.latencyMs),
                             QStringLiteral("--seed-users"),       QString::number(s.users + 10),
                             QStringLiteral("--seed-groups"),      QStringLiteral("0"),
                             QStringLiteral("--token-lifetime-s"), QStringLiteral("86400"),
                             QStringLiteral("--request-log"),      requestLog};
    if (const QString caDir = qEnvironmentVariable("INSIGHTLY_SIM_CA_DIR"); !caDir.isEmpty())
        simArguments << QStringLiteral("--ca-dir") << caDir;
    benchsupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral(INSIGHTLY_SIM_EXECUTABLE), simArguments, &error), qPrintable(error));
    const QString token = adminToken(sim);
    QVERIFY2(!token.isEmpty(), "no access token from the simulator");
    QJsonObject instantiated;
    QCOMPARE(sim.request(
                 "POST",
                 QStringLiteral("/v1.0/applicationTemplates/%1/instantiate")
                     .arg(sim::apps::insightlySamlTemplateId()),
                 QJsonDocument(QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}})
                     .toJson(QJsonDocument::Compact),
                 {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}},
                 &instantiated),
             201);
    const QString servicePrincipalId = instantiated.value(QStringLiteral("servicePrincipal"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toString();
    QVERIFY(!servicePrincipalId.isEmpty());
    QStringList users;
    forEachGraphItem(sim, token, QStringLiteral("/v1.0/users?$select=id,userPrincipalName&$top=999"),
                     [&](const QJsonObject &user) {
                         const QString upn = user.value(QStringLiteral("userPrincipalName")).toString();
                         if (users.size() < s.users && !upn.startsWith(QLatin1String("admin@")) &&
                             !upn.startsWith(QLatin1String("user@")))
                             users << user.value(QStringLiteral("id")).toString();
                     });
    QCOMPARE(users.size(), s.users);
    // The write quota from here on: the app's creation above is a write too, and counted in the run's first
    // window it would cost a 429 the bulk run did not cause (the least time assumes a fresh quota).
    QCOMPARE(sim.request("POST", QStringLiteral("/_sim/knobs"),
                         QJsonDocument(QJsonObject{{QStringLiteral("writeQuota"), s.quota},
                                                   {QStringLiteral("writeQuotaWindowS"), s.windowS}})
                             .toJson(QJsonDocument::Compact),
                         {{"Content-Type", "application/json"}}, nullptr),
             204);

    // The client as the wizard has it: GraphClient over the production URLs, through the proxy.
    QNetworkAccessManager network;
    FixedToken tokens(token);
    GraphClient graph(&network, CloudEndpoints::forCloud(Cloud::Global), &tokens);
    RetryPolicy policy;
    policy.maxAttempts = 30;
    policy.initialBackoff = std::chrono::milliseconds(200);
    policy.maxBackoff = std::chrono::milliseconds(5000);
    graph.setRetryPolicy(policy);
    AppAssignments::paceForTenantQuota(&graph, s.quota, std::chrono::seconds(s.windowS));
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    SetupStateStore store(stateDir.path());
    store.load(QStringLiteral("bench-tenant"));
    assigntest::queueUsers(store, users);
    AppAssignments assignments(&graph, servicePrincipalId);
    QVERIFY(await(assignments.resolveAppRole()).ok());
    QElapsedTimer clock;
    QList<std::pair<qint64, int>> progress;
    connect(&assignments, &AppAssignments::progressChanged, this, [&](const BulkProgress &p) {
        if (progress.isEmpty() || progress.constLast().second != p.done)
            progress.append({clock.elapsed(), p.done});
    });
    startMemoryMeasurement();
    const long clientStartKiB = benchsupport::procStatusKiB("VmRSS");
    clock.start();
    const BulkResult result = await(assignments.assignQueued(&store));
    const double bulkSeconds = clock.elapsed() / 1000.0;
    // Measured before the checks below read the simulator's answers into this process.
    const long bulkPeakKiB = benchsupport::procStatusKiB("VmHWM");
    const long clientEndKiB = benchsupport::procStatusKiB("VmRSS");
    const long simPeakKiB = sim.peakKiB();
    QVERIFY(result.ok());
    QHash<QString, int> counts;
    forEachGraphItem(
        sim, token,
        QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo?$top=999").arg(servicePrincipalId),
        [&](const QJsonObject &assignment) {
            ++counts[assignment.value(QStringLiteral("principalId")).toString()];
        });
    QCOMPARE(counts.size(), s.users);
    for (const QString &id : users)
        QCOMPARE(counts.value(id), 1);
    sim.stop();
    const LogCount bulkLog = countWrites(requestLog);
    const double least = leastSeconds(s.users, s.quota, s.windowS, s.latencyMs);
    const double share429 = bulkLog.writes > 0 ? 100.0 * bulkLog.throttled / bulkLog.writes : 0.0;
    if (const QString out = qEnvironmentVariable("INSIGHTLY_BENCH_OUT"); !out.isEmpty()) {
        // One JSON line per run for scripts/bench.sh: time, the least the quota allows, 429s, peak memory of
        // the client (this process) and of the simulator (its own process).
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
                                             {QStringLiteral("simProcess"), true},
                                             {QStringLiteral("clientStartKiB"), qint64(clientStartKiB)},
                                             {QStringLiteral("clientEndKiB"), qint64(clientEndKiB)},
                                             {QStringLiteral("peakKiB"), qint64(bulkPeakKiB)},
                                             {QStringLiteral("simPeakKiB"), qint64(simPeakKiB)}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
    }
    const Phases phases = phasesOf(progress);
    if (s.baselineUsers == 0) {
        std::printf(
            "\nBulk assignment: %d users, latency %d ms, write quota %d per %d s: %.1f s (least %.1f s, "
            "%.2f of the quota's pace), %d writes, %.2f %% answered 429; client memory %ld KiB at the start, "
            "%ld KiB at the end, peak %ld KiB; simulator peak %ld KiB\n"
            "Phases: %d assigned in the first %.1f s, then no progress for %.1f s, then %d in %.1f s\n\n",
            s.users, s.latencyMs, s.quota, s.windowS, bulkSeconds, least, least / bulkSeconds, bulkLog.writes,
            share429, clientStartKiB, clientEndKiB, bulkPeakKiB, simPeakKiB, phases.firstWave,
            phases.firstWaveS, phases.pauseS, phases.secondWave, phases.secondWaveS);
        std::fflush(stdout);
        return;
    }

    // Baseline: one request at a time, no batch, same simulator settings (a fresh quota).
    sim::SimOptions baselineOptions;
    baselineOptions.latencyMs = s.latencyMs;
    baselineOptions.writeQuota = s.quota;
    baselineOptions.writeQuotaWindowS = s.windowS;
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
    std::printf(
        "Bulk phases: %d assigned in the first %.1f s, then no progress for %.1f s (the quota window), "
        "then %d in %.1f s\n\n",
        phases.firstWave, phases.firstWaveS, phases.pauseS, phases.secondWave, phases.secondWaveS);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchAssignments)
#include "bench_assignments.moc"
