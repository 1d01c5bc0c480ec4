// Tests of the simulated Insightly's SCIM 2.0 service as a whole: bearer-token authentication, discovery,
// Entra's Test Connection and Groups.
#include "tst_sim_scim_support.h"

#include <QTest>

using namespace insightlytest;
using namespace scimtest;

class TestSimScimService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void authentication_data();
    void authentication();
    void discovery();
    void testConnectionFindsNobody();
    void groups();

private:
    std::unique_ptr<SimFixture> m_sim;
    ScimCalls m_calls;
    QByteArray m_certificatePem;
};

void TestSimScimService::initTestCase() {
    m_certificatePem = makeCertificate().certificatePem;
}

void TestSimScimService::init() {
    QString error;
    QVERIFY2(startWithScim(m_sim, m_calls, m_certificatePem, &error), qPrintable(error));
}

void TestSimScimService::cleanup() {
    const QStringList wrong = stopAndTakeWrongContentTypes(m_sim, m_calls);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestSimScimService::authentication_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Bearer wrong-token");
    QTest::newRow("basic") << QByteArray("Basic YWRtaW46ZGVtbw==");
}

void TestSimScimService::authentication() {
    QFETCH(QByteArray, authorization);
    QHash<QByteArray, QByteArray> headers;
    if (!authorization.isEmpty())
        headers.insert("Authorization", authorization);
    for (const QString &path :
         {QStringLiteral("/scim/v2/Users"), QStringLiteral("/scim/v2/Groups"),
          QStringLiteral("/scim/v2/ServiceProviderConfig"), QStringLiteral("/scim/v2/Users/x")}) {
        const HttpReply r = m_sim->request("GET", path, {}, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("content-type"), QByteArray("application/scim+json"));
        QVERIFY(r.json()
                    .value(QStringLiteral("schemas"))
                    .toArray()
                    .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("401"));
    }
    QCOMPARE(m_sim
                 ->request("POST", QStringLiteral("/scim/v2/Users"),
                           QJsonDocument(newUser(QStringLiteral("a@b.example"))).toJson(), headers)
                 .status,
             401);
    QVERIFY(m_sim->server().world().insightly.scimUsers.isEmpty());
}

void TestSimScimService::discovery() {
    const HttpReply config = m_calls.scim("GET", QStringLiteral("/ServiceProviderConfig"));
    QCOMPARE(config.status, 200);
    QCOMPARE(config.header("content-type"), QByteArray("application/scim+json"));
    QVERIFY(
        config.json().value(QStringLiteral("patch")).toObject().value(QStringLiteral("supported")).toBool());
    QVERIFY(
        config.json().value(QStringLiteral("filter")).toObject().value(QStringLiteral("supported")).toBool());
    QCOMPARE(config.json()
                 .value(QStringLiteral("authenticationSchemes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("oauthbearertoken"));

    const HttpReply schemas = m_calls.scim("GET", QStringLiteral("/Schemas"));
    QCOMPARE(schemas.status, 200);
    QStringList ids;
    for (const QJsonValue &s : schemas.json().value(QStringLiteral("Resources")).toArray())
        ids.append(s.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")));
    QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")));
    const QJsonArray userAttributes = schemas.json()
                                          .value(QStringLiteral("Resources"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("attributes"))
                                          .toArray();
    QVERIFY(std::any_of(userAttributes.begin(), userAttributes.end(), [](const QJsonValue &a) {
        return a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("userName") &&
               a.toObject().value(QStringLiteral("required")).toBool();
    }));

    const HttpReply types = m_calls.scim("GET", QStringLiteral("/ResourceTypes"));
    QCOMPARE(types.status, 200);
    QCOMPARE(types.json().value(QStringLiteral("totalResults")).toInt(), 2);
}

void TestSimScimService::testConnectionFindsNobody() {
    const HttpReply r =
        m_calls.scim("GET", QStringLiteral("/Users?filter=") +
                                encoded(QStringLiteral("userName eq \"%1\"").arg(m_sim->server().newGuid())));
    QCOMPARE(r.status, 200);
    const QJsonObject list = r.json();
    QVERIFY(list.value(QStringLiteral("schemas"))
                .toArray()
                .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")));
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), 0);
    QCOMPARE(list.value(QStringLiteral("startIndex")).toInt(), 1);
    QVERIFY(list.value(QStringLiteral("Resources")).isArray());
    QVERIFY(list.value(QStringLiteral("Resources")).toArray().isEmpty());
    // Groups too, with Entra's excludedAttributes.
    const HttpReply g = m_calls.scim("GET", QStringLiteral("/Groups?excludedAttributes=members&filter=") +
                                                encoded(QStringLiteral("displayName eq \"x\"")));
    QCOMPARE(g.status, 200);
    QCOMPARE(g.json().value(QStringLiteral("totalResults")).toInt(), 0);
}

void TestSimScimService::groups() {
    const QString ann = m_calls.createUser(newUser(QStringLiteral("ann@contoso.example")));
    const QString bob = m_calls.createUser(newUser(QStringLiteral("bob@contoso.example")));
    const QJsonObject group{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
        {QStringLiteral("displayName"), QStringLiteral("Sales")},
        {QStringLiteral("externalId"), QStringLiteral("g-1")},
        {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), ann}}}}};
    const HttpReply created = m_calls.scim("POST", QStringLiteral("/Groups"), group);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(created.json()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("resourceType"))
                 .toString(),
             QStringLiteral("Group"));
    QCOMPARE(m_calls.scim("POST", QStringLiteral("/Groups"), group).status, 409);

    const HttpReply listed =
        m_calls.scim("GET", QStringLiteral("/Groups?excludedAttributes=members&filter=") +
                                encoded(QStringLiteral("displayName eq \"sales\"")));
    QCOMPARE(listed.json().value(QStringLiteral("totalResults")).toInt(), 1);
    const QJsonObject listedGroup =
        listed.json().value(QStringLiteral("Resources")).toArray().first().toObject();
    QVERIFY(!listedGroup.contains(QStringLiteral("members")));
    QCOMPARE(listedGroup.value(QStringLiteral("id")).toString(), id);

    QCOMPARE(m_calls
                 .scim("PATCH", QStringLiteral("/Groups/") + id,
                       patchOp({op(QStringLiteral("Add"), QStringLiteral("members"),
                                   QJsonArray{QJsonObject{{QStringLiteral("value"), bob}}})}))
                 .status,
             200);
    QCOMPARE(m_calls.scim("GET", QStringLiteral("/Groups/") + id)
                 .json()
                 .value(QStringLiteral("members"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(m_calls
                 .scim("PATCH", QStringLiteral("/Groups/") + id,
                       patchOp({op(QStringLiteral("Remove"), QStringLiteral("members"),
                                   QJsonArray{QJsonObject{{QStringLiteral("value"), ann}}})}))
                 .status,
             200);
    QJsonArray members = m_calls.scim("GET", QStringLiteral("/Groups/") + id)
                             .json()
                             .value(QStringLiteral("members"))
                             .toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().toObject().value(QStringLiteral("value")).toString(), bob);

    const HttpReply unknownMember = m_calls.scim(
        "PATCH", QStringLiteral("/Groups/") + id,
        patchOp({op(QStringLiteral("Add"), QStringLiteral("members"),
                    QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("nobody")}}})}));
    QCOMPARE(unknownMember.status, 400);

    // Deleting a user takes it out of its groups.
    QCOMPARE(m_calls.scim("DELETE", QStringLiteral("/Users/") + bob).status, 204);
    QVERIFY(m_calls.scim("GET", QStringLiteral("/Groups/") + id)
                .json()
                .value(QStringLiteral("members"))
                .toArray()
                .isEmpty());
    QCOMPARE(m_calls.scim("DELETE", QStringLiteral("/Groups/") + id).status, 204);
    QCOMPARE(m_calls.scim("GET", QStringLiteral("/Groups/") + id).status, 404);
}

QTEST_GUILESS_MAIN(TestSimScimService)
#include "tst_sim_scim_service.moc"
