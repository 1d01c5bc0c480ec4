// Throughput of the simulator on loopback and its memory with many users. The simulator runs in the main
// thread; the load comes from a QNetworkAccessManager in a second thread, with 1 and then 6 requests in
// flight. Prints a table; asserts only that every answer was correct, never a time or a size.
//
// Quick by default (2,000 users, 120 requests per row). INSIGHTLY_BENCH_FULL=1: 50,000 users, 1,200 requests.
#include "ApplicationTemplates.h"
#include "SimServer.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace {

const QString kToken = QStringLiteral("bench-admin-token");

bool fullRun()
{
    return qEnvironmentVariableIntValue("INSIGHTLY_BENCH_FULL") == 1;
}

// Resident set size of this process (the simulator runs in it), in KiB.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// One request the load generator sends; `next` builds it from the previous answer of the same slot.
struct Call {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct LoadResult {
    int sent = 0;
    int wrong = 0;      // answers that failed the scenario's check
    QString firstWrong; // what the first wrong answer was
    qint64 elapsedMs = 0;
};

// Lives in the client thread. Keeps `concurrency` requests in flight until `total` were answered.
class LoadClient : public QObject
{
public:
    std::function<Call(int index, const QJsonObject &previous)> next;
    std::function<bool(int status, const QJsonObject &json)> check;
    std::function<void()> onDone; // called in the client thread once every answer is in

    void run(int total, int concurrency)
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_total = total;
        m_result = {};
        m_timer.start();
        for (int slot = 0; slot < concurrency && m_result.sent < total; ++slot)
            send({});
    }
    QAtomicInt done;
    LoadResult result() const { return m_result; }

private:
    void send(const QJsonObject &previous)
    {
        const Call call = next(m_result.sent++, previous);
        QNetworkRequest request(call.url);
        request.setTransferTimeout(120000);
        request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
        for (const auto &h : call.headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = call.body.isEmpty()
                                   ? m_network->sendCustomRequest(request, call.method)
                                   : m_network->sendCustomRequest(request, call.method, call.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (!check(status, json)) {
                if (m_result.wrong++ == 0)
                    m_result.firstWrong = QStringLiteral("%1 %2").arg(status).arg(
                        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact).left(300)));
            }
            if (++m_answered == m_total) {
                m_result.elapsedMs = m_timer.elapsed();
                m_network.reset();
                done.storeRelease(1);
                onDone();
            } else if (m_result.sent < m_total) {
                send(json);
            }
        });
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    QElapsedTimer m_timer;
    LoadResult m_result;
    int m_total = 0;
    int m_answered = 0;
};

} // namespace

class TestBenchSim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void throughputAndMemory();
    void cleanupTestCase();

private:
    LoadResult load(const QString &name, int total, int concurrency,
                    std::function<Call(int, const QJsonObject &)> next,
                    std::function<bool(int, const QJsonObject &)> check);
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base + pathAndQuery); }

    std::unique_ptr<sim::SimServer> m_server;
    QThread m_clientThread;
    QString m_base;
    QStringList m_rows;
};

void TestBenchSim::initTestCase()
{
    m_clientThread.start();
}

void TestBenchSim::cleanupTestCase()
{
    m_clientThread.quit();
    m_clientThread.wait();
}

LoadResult TestBenchSim::load(const QString &name, int total, int concurrency,
                              std::function<Call(int, const QJsonObject &)> next,
                              std::function<bool(int, const QJsonObject &)> check)
{
    auto client = std::make_unique<LoadClient>();
    client->next = std::move(next);
    client->check = std::move(check);
    client->moveToThread(&m_clientThread);
    LoadClient *raw = client.get();
    // The simulator answers in this thread, so this thread runs an event loop until the client is done. A real
    // loop, not QTest::qWaitFor: its 10 ms naps between polls would be measured as the simulator's latency.
    QEventLoop loop;
    QTimer::singleShot(15 * 60 * 1000, &loop, &QEventLoop::quit);
    raw->onDone = [&loop] { QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection); };
    QMetaObject::invokeMethod(raw, [raw, total, concurrency] { raw->run(total, concurrency); });
    loop.exec();
    const bool finished = raw->done.loadAcquire() == 1;
    const LoadResult result = raw->result();
    // Delete in the thread that owns it.
    QMetaObject::invokeMethod(
        raw, [raw] { delete raw; }, Qt::BlockingQueuedConnection);
    client.release();
    if (!finished)
        return LoadResult{total, total, QStringLiteral("timed out"), 0};
    const double perSecond = result.elapsedMs > 0 ? 1000.0 * total / double(result.elapsedMs) : 0.0;
    m_rows << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                  .arg(name, -40)
                  .arg(concurrency, 11)
                  .arg(total, 8)
                  .arg(result.elapsedMs, 8)
                  .arg(perSecond, 10, 'f', 0);
    return result;
}

void TestBenchSim::throughputAndMemory()
{
    const int users = fullRun() ? 50000 : 2000;
    const int requests = fullRun() ? 1200 : 120;

    const qint64 rssBefore = rssKiB();
    sim::SimOptions options;
    options.seedUsers = users;
    options.seedGroups = 20;
    options.randomSeed = 99;
    options.syncIntervalMs = 3600 * 1000;
    m_server = std::make_unique<sim::SimServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const qint64 rssSeeded = rssKiB();
    m_base = m_server->baseUrl().toString();

    sim::DirectoryState &directory = m_server->world().directory;
    QCOMPARE(directory.users.size(), users + 2);
    const sim::DirectoryUser *admin = directory.userByUpn(QStringLiteral("admin@contoso.example"));
    QVERIFY(admin);
    directory.accessTokens.insert(
        kToken, {admin->id,
                 QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"),
                 {QStringLiteral("Application.ReadWrite.All"),
                  QStringLiteral("AppRoleAssignment.ReadWrite.All"), QStringLiteral("User.Read.All")},
                 m_server->nowMs() + 24 * 3600 * 1000});

    // The app whose appRoleAssignedTo the write rows fill.
    QString servicePrincipal, roleId;
    {
        QJsonObject created;
        const LoadResult r = load(
            QStringLiteral("(setup: instantiate)"), 1, 1,
            [this](int, const QJsonObject &) {
                return Call{"POST",
                            url(QStringLiteral("/v1.0/applicationTemplates/%1/instantiate")
                                    .arg(sim::apps::insightlySamlTemplateId())),
                            R"({"displayName":"Insightly SAML"})",
                            {{"Content-Type", "application/json"}}};
            },
            [&created](int status, const QJsonObject &json) {
                created = json;
                return status == 201;
            });
        m_rows.removeLast();
        QCOMPARE(r.wrong, 0);
        const QJsonObject sp = created.value(QStringLiteral("servicePrincipal")).toObject();
        servicePrincipal = sp.value(QStringLiteral("id")).toString();
        for (const QJsonValue &role : sp.value(QStringLiteral("appRoles")).toArray())
            if (role.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("User"))
                roleId = role.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!servicePrincipal.isEmpty() && !roleId.isEmpty());
    }

    const QString firstPage = QStringLiteral("/v1.0/users?$top=100&$select=id,displayName,userPrincipalName");
    auto pageCall = [this, firstPage](int, const QJsonObject &previous) {
        const QString nextLink = previous.value(QStringLiteral("@odata.nextLink")).toString();
        return Call{"GET", nextLink.isEmpty() ? url(firstPage) : QUrl(nextLink), {}, {}};
    };
    auto pageCheck = [](int status, const QJsonObject &json) {
        const QJsonArray value = json.value(QStringLiteral("value")).toArray();
        // A full page of 100, or the last (shorter) page, which has no nextLink.
        return status == 200 && !value.isEmpty() &&
               (value.size() == 100 || !json.contains(QStringLiteral("@odata.nextLink")));
    };
    const QStringList terms{QStringLiteral("user"), QStringLiteral("ann"), QStringLiteral("sales"),
                            QStringLiteral("admin"), QStringLiteral("lee")};
    auto searchCall = [this, terms](int index, const QJsonObject &) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$search"),
                       QStringLiteral("\"displayName:%1\"").arg(terms.at(index % terms.size())));
        q.addQueryItem(QStringLiteral("$top"), QStringLiteral("25"));
        QUrl u = url(QStringLiteral("/v1.0/users"));
        u.setQuery(q);
        return Call{"GET", u, {}, {{"ConsistencyLevel", "eventual"}}};
    };
    auto searchCheck = [](int status, const QJsonObject &json) {
        return status == 200 && json.contains(QStringLiteral("value"));
    };
    // Every write assigns a different user (a duplicate assignment is an error); rows use disjoint users.
    QStringList principals;
    for (const sim::DirectoryUser &u : directory.users)
        principals << u.id;
    QVERIFY(principals.size() >= 2 * requests);
    int writeOffset = 0;
    auto writeCall = [this, &principals, &writeOffset, servicePrincipal, roleId](int index,
                                                                                 const QJsonObject &) {
        const QJsonObject body{{QStringLiteral("principalId"), principals.at(writeOffset + index)},
                               {QStringLiteral("resourceId"), servicePrincipal},
                               {QStringLiteral("appRoleId"), roleId}};
        return Call{"POST",
                    url(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(servicePrincipal)),
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}}};
    };
    auto writeCheck = [servicePrincipal](int status, const QJsonObject &json) {
        return status == 201 && json.value(QStringLiteral("resourceId")).toString() == servicePrincipal;
    };

    for (const int concurrency : {1, 6}) {
        LoadResult r = load(QStringLiteral("GET /users?$top=100 (following nextLink)"), requests, concurrency,
                            pageCall, pageCheck);
        QVERIFY2(r.wrong == 0, qPrintable(r.firstWrong));
        r = load(QStringLiteral("GET /users?$search (ConsistencyLevel)"), requests, concurrency, searchCall,
                 searchCheck);
        QVERIFY2(r.wrong == 0, qPrintable(r.firstWrong));
        r = load(QStringLiteral("POST appRoleAssignedTo"), requests, concurrency, writeCall, writeCheck);
        QVERIFY2(r.wrong == 0, qPrintable(r.firstWrong));
        writeOffset += requests;
    }
    int assignments = 0;
    for (const QJsonObject &a : m_server->world().apps.appRoleAssignments)
        assignments += a.value(QStringLiteral("resourceId")).toString() == servicePrincipal;
    QCOMPARE(assignments, 2 * requests);

    // Memory after 50 searches (the scan allocates per request; this shows whether it is given back).
    const LoadResult searches =
        load(QStringLiteral("(50 searches for the memory row)"), 50, 1, searchCall, searchCheck);
    m_rows.removeLast();
    QCOMPARE(searches.wrong, 0);
    const qint64 rssSearched = rssKiB();

    QTextStream out(stdout);
    out << "\nSimulator throughput on loopback (" << users << " seeded users; "
        << (fullRun() ? "full run" : "quick run, INSIGHTLY_BENCH_FULL=1 for the full one") << ")\n"
        << "| Scenario                                 | In flight   | Requests | Time ms  | Requests/s |\n"
        << "|------------------------------------------|-------------|----------|----------|------------|\n";
    for (const QString &row : std::as_const(m_rows))
        out << row << "\n";
    out << "\nResident memory of the process (KiB; the simulator runs in it)\n"
        << "| Moment                            | VmRSS KiB "
           "|\n|-----------------------------------|-----------|\n"
        << QStringLiteral("| before the simulator              | %1 |\n").arg(rssBefore, 9)
        << QStringLiteral("| after seeding %1 users        | %2 |\n").arg(users, 6).arg(rssSeeded, 9)
        << QStringLiteral("| after the load and 50 searches    | %1 |\n").arg(rssSearched, 9);
    out.flush();
}

QTEST_GUILESS_MAIN(TestBenchSim)
#include "tst_bench_sim.moc"
