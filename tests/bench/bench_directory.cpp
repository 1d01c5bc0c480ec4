// Benchmark of directory scale (issue 13, item 4): a simulated directory of N users and N/10 groups — the
// time from typing in the assignment picker (PrincipalSearchModel over DirectorySearch) to its first results,
// the memory while scrolling the whole-directory listing, and the simulator's own throughput for `$search`,
// `$filter` and paging (one request in flight). Prints a table; with INSIGHTLY_BENCH_OUT appends one JSON
// line. Asserts only that the answers were right, never a time.
//
// INSIGHTLY_BENCH_DIR_USERS (2,000), INSIGHTLY_BENCH_DIR_GROUPS (users / 10), INSIGHTLY_BENCH_RUNS (5 queries
// / requests per figure).
#include "ProcStatus.h"
#include "SetupStepsFixture.h"
#include "entra/PrincipalSearchModel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace insightly;
using namespace insightly::entra;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Turns the event loop until `done()` holds, woken by `sender`'s `signal` (QTest::qWaitFor sleeps 10 ms
// between its turns, which would add tens of milliseconds to every measured request).
template <typename Sender, typename Signal>
bool waitUntil(Sender *sender, Signal signal, const std::function<bool()> &done, int timeoutMs = 120000)
{
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    guard.start(timeoutMs);
    while (!done() && guard.isActive())
        loop.exec();
    return done();
}

// One GET straight to the simulator, answered when QNetworkReply::finished fires.
struct Answer {
    int status = 0;
    QJsonObject json;
};
Answer get(QNetworkAccessManager &network, const QUrl &base, const QString &pathAndQuery,
           const QString &token, bool eventual = false)
{
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (eventual)
        request.setRawHeader("ConsistencyLevel", "eventual");
    QNetworkReply *reply = network.get(request);
    waitUntil(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); });
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QString summary(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("%1 / %2 / %3")
        .arg(values.constFirst(), 0, 'f', 1)
        .arg(values.at(values.size() / 2), 0, 'f', 1)
        .arg(values.constLast(), 0, 'f', 1);
}

} // namespace

class BenchDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pickerAndSimulatorAtScale();
};

void BenchDirectory::pickerAndSimulatorAtScale()
{
    const int users = envInt("INSIGHTLY_BENCH_DIR_USERS", 2000);
    const int groups = envInt("INSIGHTLY_BENCH_DIR_GROUPS", qMax(5, users / 10));
    const int runs = envInt("INSIGHTLY_BENCH_RUNS", 5);
    sim::SimOptions options;
    options.seedUsers = users;
    options.seedGroups = groups;
    SetupStepsFixture f(options);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(f.start(), QString());
    const double startSeconds = clock.elapsed() / 1000.0;
    const long rssSeeded = benchsupport::procStatusKiB("VmRSS");

    // The picker: type a term, wait for the first row.
    const QStringList terms{QStringLiteral("Ana"),   QStringLiteral("smith"), QStringLiteral("Marco"),
                            QStringLiteral("chen"),  QStringLiteral("Lena"),  QStringLiteral("Pedro"),
                            QStringLiteral("garcia")};
    PrincipalSearchModel model;
    model.setGraph(f.graph());
    QList<double> firstResultsMs;
    for (int i = 0; i < runs; ++i) {
        clock.restart();
        model.setQuery(terms.at(i % terms.size()));
        QVERIFY2(waitUntil(&model, &QAbstractItemModel::rowsInserted, [&] { return model.rowCount() > 0; }),
                 qPrintable(terms.at(i % terms.size())));
        firstResultsMs << clock.nsecsElapsed() / 1e6;
        QVERIFY(waitUntil(&model, &PrincipalSearchModel::loadingChanged, [&] { return !model.isLoading(); }));
    }

    // Scrolling: the empty query lists the directory page by page as the view reaches the end.
    model.setQuery(QString());
    QVERIFY(waitUntil(&model, &PrincipalSearchModel::loadingChanged,
                      [&] { return model.rowCount() > 0 && !model.isLoading(); }));
    const long rssBeforeScroll = benchsupport::procStatusKiB("VmRSS");
    const int scrollPages = qMin(40, users / DirectorySearch::kPageSize);
    clock.restart();
    for (int page = 0; page < scrollPages && model.canFetchMore({}); ++page) {
        model.fetchMore({});
        QVERIFY(waitUntil(&model, &PrincipalSearchModel::loadingChanged, [&] { return !model.isLoading(); }));
    }
    const double scrollSeconds = clock.elapsed() / 1000.0;
    const int scrolledRows = model.rowCount();
    const long rssAfterScroll = benchsupport::procStatusKiB("VmRSS");

    // The simulator alone: one request in flight, straight HTTP.
    const QString token = f.sim->token();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // straight to the loopback base URL, past the application proxy
    const QUrl base = f.sim->baseUrl();
    auto timed = [&](const std::function<bool(int)> &one) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            clock.restart();
            if (!one(i))
                return QList<double>{};
            ms << clock.nsecsElapsed() / 1e6;
        }
        return ms;
    };
    const QList<double> searchMs = timed([&](int i) {
        const Answer reply =
            get(network, base,
                QStringLiteral("/v1.0/users?$search=%1&$top=25&$select=id,displayName")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                        QStringLiteral("\"displayName:%1\"").arg(terms.at(i % terms.size()))))),
                token, true);
        if (reply.status != 200 || reply.json.value(QStringLiteral("value")).toArray().isEmpty())
            qWarning("$search: %d", reply.status);
        return reply.status == 200 && !reply.json.value(QStringLiteral("value")).toArray().isEmpty();
    });
    const QList<double> filterMs = timed([&](int i) {
        const Answer reply =
            get(network, base,
                QStringLiteral("/v1.0/users?$filter=%1&$top=25&$select=id,displayName")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                        QStringLiteral("startswith(displayName,'%1')").arg(terms.at(i % terms.size()))))),
                token);
        if (reply.status != 200)
            qWarning("$filter: %d", reply.status);
        return reply.status == 200;
    });
    QString next = QStringLiteral("/v1.0/users?$top=100&$select=id,displayName,userPrincipalName");
    const QList<double> pageMs = timed([&](int) {
        const Answer reply = get(network, base, next, token);
        const QUrl link(reply.json.value(QStringLiteral("@odata.nextLink")).toString());
        if (reply.status != 200 || reply.json.value(QStringLiteral("value")).toArray().size() != 100 ||
            !link.isValid())
            return false;
        next = link.path() + QLatin1Char('?') + link.query(QUrl::FullyEncoded);
        return true;
    });
    QVERIFY2(!searchMs.isEmpty() && !filterMs.isEmpty() && !pageMs.isEmpty(), "a simulator request failed");

    std::printf(
        "\nDirectory of %d users and %d groups (simulator started and signed in in %.1f s; VmRSS %ld KiB)\n",
        users, groups, startSeconds, rssSeeded);
    std::printf("| figure | min / median / max (ms) |\n|---|---|\n");
    std::printf("| picker: typing to first results | %s |\n", qPrintable(summary(firstResultsMs)));
    std::printf("| simulator: $search (1 in flight) | %s |\n", qPrintable(summary(searchMs)));
    std::printf("| simulator: $filter startswith (1 in flight) | %s |\n", qPrintable(summary(filterMs)));
    std::printf("| simulator: next page of 100 (1 in flight) | %s |\n", qPrintable(summary(pageMs)));
    std::printf("Scrolling the whole-directory listing: %d rows in %.1f s, VmRSS %ld → %ld KiB\n\n",
                scrolledRows, scrollSeconds, rssBeforeScroll, rssAfterScroll);
    std::fflush(stdout);
    if (const QString out = qEnvironmentVariable("INSIGHTLY_BENCH_OUT"); !out.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("users"), users},
                                             {QStringLiteral("groups"), groups},
                                             {QStringLiteral("startSeconds"), startSeconds},
                                             {QStringLiteral("rssSeededKiB"), qint64(rssSeeded)},
                                             {QStringLiteral("firstResultsMs"), toJson(firstResultsMs)},
                                             {QStringLiteral("searchMs"), toJson(searchMs)},
                                             {QStringLiteral("filterMs"), toJson(filterMs)},
                                             {QStringLiteral("pageMs"), toJson(pageMs)},
                                             {QStringLiteral("scrolledRows"), scrolledRows},
                                             {QStringLiteral("rssBeforeScrollKiB"), qint64(rssBeforeScroll)},
                                             {QStringLiteral("rssAfterScrollKiB"), qint64(rssAfterScroll)}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
    }
}

QTEST_MAIN(BenchDirectory)
#include "bench_directory.moc"
