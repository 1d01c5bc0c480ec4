// The simulator's test knobs that no module test covered: /_sim/knobs (read and change at run time),
// INSIGHTLY_SIM_REQUEST_LOG, what the request log leaves out or marks, --password for both sign-ins,
// --seed-users/--seed-groups, the write-quota window, and randomSeed.
#include "SimFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

const QString kClient = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");

HttpReply passwordGrant(SimFixture &sim, const QString &upn, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), kClient);
    form.addQueryItem(QStringLiteral("username"), upn);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    return sim.request("POST", QStringLiteral("/contoso.example/oauth2/v2.0/token"),
                       form.toString(QUrl::FullyEncoded).toUtf8(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpReply insightlyLogin(SimFixture &sim, const QString &email, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), email);
    form.addQueryItem(QStringLiteral("password"), password);
    return sim.request("POST", QStringLiteral("/User/Login"), form.toString(QUrl::FullyEncoded).toUtf8(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QList<QJsonObject> readLog(const QString &path)
{
    QList<QJsonObject> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    return entries;
}

QJsonObject batchOf(const QJsonArray &requests)
{
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

QJsonObject patchJobTitle(const QString &id, const QString &title)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("method"), QStringLiteral("PATCH")},
                       {QStringLiteral("url"), QStringLiteral("/users/user@contoso.example")},
                       {QStringLiteral("headers"),
                        QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                       {QStringLiteral("body"), QJsonObject{{QStringLiteral("jobTitle"), title}}}};
}

const QString kWriteScopes = QStringLiteral("https://graph.microsoft.com/User.ReadWrite.All");

} // namespace

class TestSimKnobs : public QObject
{
    Q_OBJECT
private slots:
    void knobsEndpointReportsAndChangesOptions();
    void knobsEndpointRejectsNonObjects();
    void simControlRoutesIgnoreFaultsAndLatency();
    void requestLogFromEnvironment();
    void requestLogMarksBatchItemsAndResets();
    void passwordKnobAppliesToBothSignIns();
    void seedCountsShapeTheDirectory_data();
    void seedCountsShapeTheDirectory();
    void writeQuotaWindowRecovers();
    void randomSeedMakesTheWorldRepeatable();

private:
    std::unique_ptr<SimFixture> startSim(const sim::SimOptions &options = {})
    {
        auto sim = std::make_unique<SimFixture>(options);
        QString error;
        if (!sim->start(&error))
            qWarning() << "simulator did not start:" << error;
        return sim;
    }
};

void TestSimKnobs::knobsEndpointReportsAndChangesOptions()
{
    sim::SimOptions options;
    options.latencyMs = 0;
    options.tokenLifetimeS = 1234;
    options.replicationDelayMs = 5;
    auto sim = startSim(options);
    HttpReply knobs = sim->request("GET", QStringLiteral("/_sim/knobs"));
    QCOMPARE(knobs.status, 200);
    QCOMPARE(knobs.json().value(QStringLiteral("tokenLifetimeS")).toInt(), 1234);
    QCOMPARE(knobs.json().value(QStringLiteral("replicationDelayMs")).toInt(), 5);
    QCOMPARE(knobs.json().value(QStringLiteral("writeQuota")).toInt(), 0);

    const QJsonObject change{
        {QStringLiteral("writeQuota"), 1},      {QStringLiteral("writeQuotaWindowS"), 120},
        {QStringLiteral("tokenLifetimeS"), 77}, {QStringLiteral("replicationDelayMs"), 0},
        {QStringLiteral("latencyMs"), 1},       {QStringLiteral("faultRate"), 0.0}};
    QCOMPARE(sim->request("POST", QStringLiteral("/_sim/knobs"), QJsonDocument(change).toJson(),
                          {{"Content-Type", "application/json"}})
                 .status,
             204);
    knobs = sim->request("GET", QStringLiteral("/_sim/knobs"));
    for (auto it = change.begin(); it != change.end(); ++it)
        QCOMPARE(knobs.json().value(it.key()).toDouble(), it.value().toDouble());

    // The new values act: a token lives 77 s, and the second Graph write is throttled with Retry-After.
    const HttpReply token =
        passwordGrant(*sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"));
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 77);
    const QString bearer = sim->token(QStringLiteral("admin@contoso.example"), kWriteScopes);
    const QJsonObject body{{QStringLiteral("jobTitle"), QStringLiteral("Knob")}};
    QCOMPARE(sim->graph("PATCH", QStringLiteral("/users/user@contoso.example"), body, bearer).status, 204);
    const HttpReply throttled =
        sim->graph("PATCH", QStringLiteral("/users/user@contoso.example"), body, bearer);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(
        throttled.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("Request_ThrottledTemporarily"));
    const int retryAfter = throttled.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 120, throttled.header("retry-after").constData());
}

void TestSimKnobs::knobsEndpointRejectsNonObjects()
{
    auto sim = startSim();
    QCOMPARE(
        sim->request("POST", QStringLiteral("/_sim/knobs"), "[1,2]", {{"Content-Type", "application/json"}})
            .status,
        400);
    QCOMPARE(sim->request("POST", QStringLiteral("/_sim/knobs"), "latencyMs=5").status, 400);
    QCOMPARE(
        sim->request("GET", QStringLiteral("/_sim/knobs")).json().value(QStringLiteral("latencyMs")).toInt(),
        0);
}

void TestSimKnobs::simControlRoutesIgnoreFaultsAndLatency()
{
    sim::SimOptions options;
    options.faultRate = 1.0;
    auto sim = startSim(options);
    const QString token = sim->token();
    // Every Graph request fails…
    const HttpReply graph = sim->graph("GET", QStringLiteral("/me"), {}, token);
    QVERIFY2(graph.status == 503 || graph.status == 504 || graph.status == 0,
             qPrintable(QString::number(graph.status)));
    // …but the control routes, the identity platform and Insightly answer.
    QCOMPARE(sim->request("GET", QStringLiteral("/_sim/state")).status, 200);
    QCOMPARE(sim->request("GET", QStringLiteral("/_sim/knobs")).status, 200);
    QCOMPARE(insightlyLogin(*sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo")).status,
             302);

    // A latency far beyond the client's patience does not delay /_sim/ routes (the /_sim/ call allows 5 s;
    // the Graph call 1 s).
    sim->server().options().faultRate = 0.0;
    sim->server().options().latencyMs = 60000;
    QCOMPARE(sim->request("GET", QStringLiteral("/_sim/knobs"), {}, {}, 5000).status, 200);
    const HttpReply delayed = sim->request("GET", QStringLiteral("/v1.0/me"), {},
                                           {{"Authorization", "Bearer " + token.toLatin1()}}, 1000);
    QCOMPARE(delayed.status, 0); // the client gave up long before the delayed answer
    sim->server().options().latencyMs = 0;
}

void TestSimKnobs::requestLogFromEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("env-log.jsonl"));
    qputenv("INSIGHTLY_SIM_REQUEST_LOG", path.toLocal8Bit());
    auto sim = startSim();
    qunsetenv("INSIGHTLY_SIM_REQUEST_LOG");
    QCOMPARE(sim->server().options().requestLog, path);
    const QString token = sim->token();
    QCOMPARE(sim->graph("GET", QStringLiteral("/organization"), {}, token).status, 200);
    QCOMPARE(sim->request("GET", QStringLiteral("/_sim/state")).status, 200); // control routes are not logged
    const QList<QJsonObject> entries = readLog(path);
    QCOMPARE(entries.size(), 2); // /token and /organization
    QVERIFY(
        entries.at(0).value(QStringLiteral("url")).toString().endsWith(QLatin1String("/oauth2/v2.0/token")));
    QCOMPARE(entries.at(1).value(QStringLiteral("url")).toString(),
             sim->baseUrl().toString() + QStringLiteral("/v1.0/organization"));
    QCOMPARE(entries.at(1).value(QStringLiteral("status")).toInt(), 200);

    // An explicit requestLog wins over the environment.
    const QString explicitPath = dir.filePath(QStringLiteral("explicit.jsonl"));
    qputenv("INSIGHTLY_SIM_REQUEST_LOG", path.toLocal8Bit());
    sim::SimOptions options;
    options.requestLog = explicitPath;
    auto second = startSim(options);
    qunsetenv("INSIGHTLY_SIM_REQUEST_LOG");
    QCOMPARE(second->request("GET", QStringLiteral("/v1.0/me")).status, 401);
    QCOMPARE(readLog(explicitPath).size(), 1);
    QCOMPARE(readLog(path).size(), 2);
}

void TestSimKnobs::requestLogMarksBatchItemsAndResets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.requestLog = dir.filePath(QStringLiteral("log.jsonl"));
    options.randomSeed = 7;
    auto sim = startSim(options);
    const QString token = sim->token(QStringLiteral("admin@contoso.example"), kWriteScopes);
    const HttpReply batch = sim->graph("POST", QStringLiteral("/$batch"),
                                       batchOf({patchJobTitle(QStringLiteral("a"), QStringLiteral("One")),
                                                patchJobTitle(QStringLiteral("b"), QStringLiteral("Two"))}),
                                       token);
    QCOMPARE(batch.status, 200);
    QList<QJsonObject> entries = readLog(options.requestLog);
    int items = 0;
    for (const QJsonObject &e : entries)
        if (e.value(QStringLiteral("batchItem")).toBool()) {
            ++items;
            QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
            QCOMPARE(e.value(QStringLiteral("status")).toInt(), 204);
        }
    QCOMPARE(items, 2);
    QCOMPARE(QUrl(entries.constLast().value(QStringLiteral("url")).toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority), QStringLiteral("/v1.0/$batch"));
    QVERIFY(!entries.constLast().contains(QStringLiteral("batchItem")));

    // A connection reset has no HTTP status: the log says 0. Faults are random; ask until one is a reset.
    sim->server().options().faultRate = 1.0;
    bool sawReset = false;
    for (int i = 0; i < 60 && !sawReset; ++i)
        sawReset = sim->graph("GET", QStringLiteral("/me"), {}, token).status == 0;
    sim->server().options().faultRate = 0.0;
    QVERIFY(sawReset);
    entries = readLog(options.requestLog);
    QCOMPARE(entries.constLast().value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(QUrl(entries.constLast().value(QStringLiteral("url")).toString()).path(), QStringLiteral("/v1.0/me"));
}

void TestSimKnobs::passwordKnobAppliesToBothSignIns()
{
    sim::SimOptions options;
    options.password = QStringLiteral("Knob-pass-9");
    auto sim = startSim(options);
    HttpReply reply = passwordGrant(*sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{50126});
    QCOMPARE(passwordGrant(*sim, QStringLiteral("user@contoso.example"), options.password).status, 200);

    reply = insightlyLogin(*sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"));
    QCOMPARE(reply.status, 200); // the login page again, with an error
    QVERIFY(reply.body.contains("The email address or password you entered is incorrect."));
    reply = insightlyLogin(*sim, QStringLiteral("admin@contoso.example"), options.password);
    QCOMPARE(reply.status, 302);
    // The sign-in page shows the password, so that a demo user can read it.
    const HttpReply page = sim->request(
        "GET", QStringLiteral("/organizations/oauth2/v2.0/authorize?client_id=%1&response_type=code"
                              "&redirect_uri=http%3A%2F%2Flocalhost&scope=openid"
                              "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                              "&code_challenge_method=S256")
                   .arg(kClient));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Knob-pass-9"));
}

void TestSimKnobs::seedCountsShapeTheDirectory_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("groups");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("small") << 7 << 3;
    QTest::newRow("more groups") << 30 << 12;
}

void TestSimKnobs::seedCountsShapeTheDirectory()
{
    QFETCH(int, users);
    QFETCH(int, groups);
    sim::SimOptions options;
    options.seedUsers = users;
    options.seedGroups = groups;
    auto sim = startSim(options);
    const QString token = sim->token(QStringLiteral("admin@contoso.example"),
                                     QStringLiteral("https://graph.microsoft.com/User.Read.All "
                                                    "https://graph.microsoft.com/Group.Read.All"));
    const QHash<QByteArray, QByteArray> eventual{{"ConsistencyLevel", "eventual"}};
    HttpReply reply = sim->graph("GET", QStringLiteral("/users/$count"), {}, token, eventual);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed().toInt(), users + 2); // plus admin@ and user@
    reply = sim->graph("GET", QStringLiteral("/groups/$count"), {}, token, eventual);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed().toInt(), groups);
    // Seeded groups have direct members (so that a group assignment provisions someone).
    for (const sim::DirectoryGroup &group : sim->server().world().directory.groups) {
        QVERIFY2(!group.memberIds.isEmpty(), qPrintable(group.displayName));
        for (const QString &member : group.memberIds)
            QVERIFY(sim->server().world().directory.userById(member));
    }
}

void TestSimKnobs::writeQuotaWindowRecovers()
{
    sim::SimOptions options;
    options.writeQuota = 2;
    options.writeQuotaWindowS = 1;
    auto sim = startSim(options);
    const QString token = sim->token(QStringLiteral("admin@contoso.example"), kWriteScopes);
    const QJsonObject body{{QStringLiteral("jobTitle"), QStringLiteral("Quota")}};
    const QString path = QStringLiteral("/users/user@contoso.example");
    QCOMPARE(sim->graph("PATCH", path, body, token).status, 204);
    QCOMPARE(sim->graph("PATCH", path, body, token).status, 204);
    const HttpReply throttled = sim->graph("PATCH", path, body, token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("retry-after"), QByteArray("1"));
    // Items of a $batch count one by one, and each throttled item carries its own Retry-After.
    const HttpReply batch =
        sim->graph("POST", QStringLiteral("/$batch"),
                   batchOf({patchJobTitle(QStringLiteral("1"), QStringLiteral("B"))}), token);
    QCOMPARE(batch.status, 200);
    const QJsonObject item = batch.json().value(QStringLiteral("responses")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("status")).toInt(), 429);
    QVERIFY(item.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("Retry-After")));
    // Once the window has passed, writes go through again.
    QVERIFY(QTest::qWaitFor([&] { return sim->graph("PATCH", path, body, token).status == 204; }, 30000));
}

void TestSimKnobs::randomSeedMakesTheWorldRepeatable()
{
    auto snapshot = [this](quint32 seed) {
        sim::SimOptions options;
        options.randomSeed = seed;
        options.seedUsers = 5;
        options.seedGroups = 2;
        auto sim = startSim(options);
        QStringList ids{sim->tenantId()};
        for (const sim::DirectoryUser &u : sim->server().world().directory.users)
            ids << u.id;
        for (const sim::DirectoryGroup &g : sim->server().world().directory.groups)
            ids << g.id;
        return ids;
    };
    const QStringList first = snapshot(4242);
    QCOMPARE(first.size(), 1 + 7 + 2);
    QCOMPARE(snapshot(4242), first);
    QVERIFY(snapshot(4243) != first);
}

QTEST_GUILESS_MAIN(TestSimKnobs)
#include "tst_sim_knobs.moc"
