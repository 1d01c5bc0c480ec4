// Tests of the simulator's Graph JSON batching (POST /v1.0/$batch) over loopback HTTP.
#include "IdentityTestFlow.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

const QString writeScopes =
    QStringLiteral("https://graph.microsoft.com/.default https://graph.microsoft.com/User.ReadWrite.All");

QJsonObject getItem(const QString &id, const QString &url) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("url"), url}};
}

QJsonObject patchItem(const QString &id, const QString &url, const QString &jobTitle) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("method"), QStringLiteral("PATCH")},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("headers"),
                        QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                       {QStringLiteral("body"), QJsonObject{{QStringLiteral("jobTitle"), jobTitle}}}};
}

// The responses keyed by id.
QHash<QString, QJsonObject> responsesById(const HttpReply &reply) {
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("responses")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

QString errorMessage(const HttpReply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class TestSimBatch : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void readsInOneBatch();
    void envelopeErrors_data();
    void envelopeErrors();
    void dependsOnFailureGives424();
    void itemsAreThrottledIndividually();
    void batchNeedsAToken();
    void itemsCarryTheOuterToken();
    void itemsAreLogged();

private:
    std::unique_ptr<SimFixture> m_sim;
    QString m_token;
    HttpReply batch(const QJsonArray &requests, const QString &token = {});
};

void TestSimBatch::init() {
    m_sim = std::make_unique<SimFixture>();
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    QVERIFY(!m_token.isEmpty());
}

void TestSimBatch::cleanup() {
    m_sim.reset();
}

HttpReply TestSimBatch::batch(const QJsonArray &requests, const QString &token) {
    return m_sim->graph("POST", QStringLiteral("/$batch"),
                        QJsonObject{{QStringLiteral("requests"), requests}},
                        token.isNull() ? m_token : token);
}

void TestSimBatch::readsInOneBatch() {
    const HttpReply reply =
        batch({getItem(QStringLiteral("1"), QStringLiteral("/me?$select=displayName")),
               getItem(QStringLiteral("2"), QStringLiteral("users?$top=2&$select=id")),
               getItem(QStringLiteral("3"), QStringLiteral("/users/ghost@contoso.example"))});
    QCOMPARE(reply.status, 200);
    const auto responses = responsesById(reply);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(responses[QStringLiteral("1")]
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
             QStringLiteral("Avery Admin"));
    QCOMPARE(responses[QStringLiteral("1")]
                 .value(QStringLiteral("headers"))
                 .toObject()
                 .value(QStringLiteral("Content-Type"))
                 .toString(),
             QStringLiteral("application/json"));
    const QJsonObject page = responses[QStringLiteral("2")].value(QStringLiteral("body")).toObject();
    QCOMPARE(page.value(QStringLiteral("value")).toArray().size(), 2);
    // The nextLink of an item points back at this server, outside the batch.
    const QString next = page.value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY(next.startsWith(m_sim->baseUrl().toString() + QStringLiteral("/v1.0/users?")));
    QCOMPARE(m_sim
                 ->graph("GET",
                         QUrl(next).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded),
                         {}, m_token)
                 .status,
             200);
    QCOMPARE(responses[QStringLiteral("3")].value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(responses[QStringLiteral("3")]
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("Request_ResourceNotFound"));
}

void TestSimBatch::envelopeErrors_data() {
    QTest::addColumn<QJsonArray>("requests");
    QTest::addColumn<QString>("messagePart");
    QJsonArray tooMany;
    for (int i = 1; i <= 21; ++i)
        tooMany.append(getItem(QString::number(i), QStringLiteral("/me")));
    QTest::newRow("21 requests") << tooMany << "limit of 20";
    QTest::newRow("empty") << QJsonArray() << "Invalid batch payload";
    QTest::newRow("duplicate ids") << QJsonArray{getItem(QStringLiteral("1"), QStringLiteral("/me")),
                                                 getItem(QStringLiteral("1"),
                                                         QStringLiteral("/organization"))}
                                   << "unique";
    QJsonObject noHeaders = patchItem(QStringLiteral("1"), QStringLiteral("/me"), QStringLiteral("x"));
    noHeaders.remove(QStringLiteral("headers"));
    QTest::newRow("body without headers") << QJsonArray{noHeaders} << "does not contain Content-Type header";
    QJsonObject dangling = getItem(QStringLiteral("2"), QStringLiteral("/me"));
    dangling.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("9")});
    QTest::newRow("unknown dependency")
        << QJsonArray{getItem(QStringLiteral("1"), QStringLiteral("/me")), dangling} << "unknown request '9'";
    QJsonObject numericId = getItem(QString(), QStringLiteral("/me"));
    numericId.insert(QStringLiteral("id"), 1);
    QTest::newRow("numeric id") << QJsonArray{numericId} << "Invalid batch payload";
    QJsonObject noUrl = getItem(QStringLiteral("1"), QString());
    QTest::newRow("no url") << QJsonArray{noUrl} << "Invalid batch payload";
    QTest::newRow("absolute url")
        << QJsonArray{getItem(QStringLiteral("1"), QStringLiteral("https://graph.microsoft.com/v1.0/me"))}
        << "relative";
}

void TestSimBatch::envelopeErrors() {
    QFETCH(QJsonArray, requests);
    QFETCH(QString, messagePart);
    const HttpReply reply = batch(requests);
    QCOMPARE(reply.status, 400);
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    const HttpReply notJson = m_sim->request(
        "POST", QStringLiteral("/v1.0/$batch"), "nope",
        {{"Authorization", "Bearer " + m_token.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(notJson.status, 400);
}

void TestSimBatch::dependsOnFailureGives424() {
    QJsonObject second = patchItem(QStringLiteral("2"), QStringLiteral("/users/user@contoso.example"),
                                   QStringLiteral("After 1"));
    second.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("1")});
    QJsonObject third = patchItem(QStringLiteral("3"), QStringLiteral("/users/user@contoso.example"),
                                  QStringLiteral("After 4"));
    third.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("4")});
    // Listed before its dependency: the batch still runs 4 first.
    const HttpReply reply =
        batch({getItem(QStringLiteral("1"), QStringLiteral("/users/ghost@contoso.example")), second, third,
               getItem(QStringLiteral("4"), QStringLiteral("/me"))});
    QCOMPARE(reply.status, 200);
    const auto responses = responsesById(reply);
    QCOMPARE(responses[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(responses[QStringLiteral("2")].value(QStringLiteral("status")).toInt(), 424);
    QCOMPARE(responses[QStringLiteral("3")].value(QStringLiteral("status")).toInt(), 204);
    QCOMPARE(responses[QStringLiteral("4")].value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->jobTitle,
             QStringLiteral("After 4"));
    QJsonObject cycleA = getItem(QStringLiteral("a"), QStringLiteral("/me"));
    cycleA.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("b")});
    QJsonObject cycleB = getItem(QStringLiteral("b"), QStringLiteral("/me"));
    cycleB.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("a")});
    QCOMPARE(batch({cycleA, cycleB}).status, 400);
}

void TestSimBatch::itemsAreThrottledIndividually() {
    m_sim->server().options().writeQuota = 2;
    m_sim->server().options().writeQuotaWindowS = 60;
    QJsonArray requests;
    for (int i = 1; i <= 4; ++i)
        requests.append(patchItem(QString::number(i), QStringLiteral("/users/user@contoso.example"),
                                  QStringLiteral("T%1").arg(i)));
    requests.append(getItem(QStringLiteral("5"), QStringLiteral("/me")));
    const HttpReply reply = batch(requests);
    QCOMPARE(reply.status, 200);
    const auto responses = responsesById(reply);
    QCOMPARE(responses[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 204);
    QCOMPARE(responses[QStringLiteral("2")].value(QStringLiteral("status")).toInt(), 204);
    for (const char *id : {"3", "4"}) {
        const QJsonObject item = responses[QLatin1String(id)];
        QCOMPARE(item.value(QStringLiteral("status")).toInt(), 429);
        const int retryAfter = item.value(QStringLiteral("headers"))
                                   .toObject()
                                   .value(QStringLiteral("Retry-After"))
                                   .toString()
                                   .toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(item.value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("Request_ThrottledTemporarily"));
    }
    QCOMPARE(responses[QStringLiteral("5")].value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->jobTitle,
             QStringLiteral("T2"));
}

void TestSimBatch::batchNeedsAToken() {
    const HttpReply reply = batch({getItem(QStringLiteral("1"), QStringLiteral("/me"))}, QStringLiteral(""));
    QCOMPARE(reply.status, 401);
}

void TestSimBatch::itemsCarryTheOuterToken() {
    const QString userToken = m_sim->token(QStringLiteral("user@contoso.example"));
    const HttpReply reply =
        batch({getItem(QStringLiteral("1"), QStringLiteral("/me?$select=userPrincipalName"))}, userToken);
    QCOMPARE(responsesById(reply)[QStringLiteral("1")]
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("userPrincipalName"))
                 .toString(),
             QStringLiteral("user@contoso.example"));
    // An item's own Authorization header does not override the outer one.
    QJsonObject item = getItem(QStringLiteral("1"), QStringLiteral("/me?$select=userPrincipalName"));
    item.insert(QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + m_token}});
    const HttpReply again = batch({item}, userToken);
    QCOMPARE(responsesById(again)[QStringLiteral("1")]
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("userPrincipalName"))
                 .toString(),
             QStringLiteral("user@contoso.example"));
    const HttpReply nested = batch(
        {QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("url"), QStringLiteral("/$batch")},
                     {QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                     {QStringLiteral("body"), QJsonObject{{QStringLiteral("requests"), QJsonArray()}}}}});
    QCOMPARE(responsesById(nested)[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 400);
}

void TestSimBatch::itemsAreLogged() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.requestLog = dir.filePath(QStringLiteral("log.jsonl"));
    m_sim = std::make_unique<SimFixture>(options);
    QVERIFY(m_sim->start());
    m_token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    QCOMPARE(batch({getItem(QStringLiteral("1"), QStringLiteral("/organization")),
                    patchItem(QStringLiteral("2"), QStringLiteral("/users/user@contoso.example"),
                              QStringLiteral("Logged"))})
                 .status,
             200);
    QFile file(options.requestLog);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> items;
    QJsonObject outer;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(QStringLiteral("batchItem")).toBool())
            items << entry;
        else if (QUrl(entry.value(QStringLiteral("url")).toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority) == QLatin1String("/v1.0/$batch"))
            outer = entry;
    }
    QCOMPARE(items.size(), 2);
    QCOMPARE(QUrl(items.at(0).value(QStringLiteral("url")).toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority), QStringLiteral("/v1.0/organization"));
    QCOMPARE(items.at(0).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(items.at(1).value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(
        items.at(1).value(QStringLiteral("body")).toObject().value(QStringLiteral("jobTitle")).toString(),
        QStringLiteral("Logged"));
    QCOMPARE(outer.value(QStringLiteral("status")).toInt(), 200);
}

QTEST_GUILESS_MAIN(TestSimBatch)
#include "tst_sim_batch.moc"
