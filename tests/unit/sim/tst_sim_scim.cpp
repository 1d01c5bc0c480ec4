// Tests of the simulated Insightly's SCIM 2.0 service provider over loopback HTTP, as Entra's provisioning uses it.
#include "tst_sim_insightly_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace insightlytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

QJsonObject newUser(const QString &userName, const QString &given = QStringLiteral("Test"),
                    const QString &family = QStringLiteral("User"), const QString &externalId = {})
{
    QJsonObject u{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                  {QStringLiteral("userName"), userName},
                  {QStringLiteral("active"), true},
                  {QStringLiteral("displayName"), given + u' ' + family},
                  {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), given}, {QStringLiteral("familyName"), family}}},
                  {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                                    {QStringLiteral("type"), QStringLiteral("work")},
                                                                    {QStringLiteral("value"), userName}}}}};
    if (!externalId.isEmpty())
        u.insert(QStringLiteral("externalId"), externalId);
    return u;
}

QJsonObject patchOp(const QJsonArray &operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                       {QStringLiteral("Operations"), operations}};
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value)
{
    QJsonObject o{{QStringLiteral("op"), name}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

QString encoded(const QString &filter)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(filter));
}

} // namespace

class TestSimScim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void authentication_data();
    void authentication();
    void discovery();
    void testConnectionFindsNobody();
    void createUserAppearsInInsightly();
    void createAdoptsExistingInsightlyUser();
    void createValidation_data();
    void createValidation();
    void uniqueUserName();
    void getById();
    void filters_data();
    void filters();
    void invalidFilter();
    void paging();
    void putReplaces();
    void entraPatchDisablesButKeepsUser();
    void entraPatchUpdatesAttributes();
    void patchErrors();
    void deleteUser();
    void groups();

private:
    HttpReply scim(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString createUser(const QJsonObject &user);
    QJsonArray resources(const QString &query);

    std::unique_ptr<SimFixture> m_sim;
    QByteArray m_token;
    QByteArray m_certificatePem;
    QStringList m_wrongContentTypes;   // answers without application/scim+json
};

void TestSimScim::initTestCase()
{
    m_certificatePem = makeCertificate().certificatePem;
}

void TestSimScim::init()
{
    m_sim = std::make_unique<SimFixture>(options());
    QString error;
    QVERIFY2(start(*m_sim, &error), qPrintable(error));
    configure(*m_sim, m_certificatePem, false, true);
    m_token = m_sim->server().world().insightly.scimToken.toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestSimScim::cleanup()
{
    m_sim.reset();
    const QStringList wrong = std::exchange(m_wrongContentTypes, {});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

HttpReply TestSimScim::scim(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QHash<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + m_token}};
    QByteArray payload;
    if (method == "POST" || method == "PUT" || method == "PATCH") {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        headers.insert("Content-Type", "application/scim+json");
    }
    const HttpReply r = m_sim->request(method, QStringLiteral("/scim/v2") + path, payload, headers);
    if (r.status != 204 && r.header("content-type") != "application/scim+json")
        m_wrongContentTypes.append(QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path,
                                                                   QString::fromLatin1(r.header("content-type"))));
    return r;
}

QString TestSimScim::createUser(const QJsonObject &user)
{
    const HttpReply r = scim("POST", QStringLiteral("/Users"), user);
    if (r.status != 201)
        qWarning("create failed: %d %s", r.status, r.body.constData());
    return r.json().value(QStringLiteral("id")).toString();
}

QJsonArray TestSimScim::resources(const QString &query)
{
    const HttpReply r = scim("GET", QStringLiteral("/Users?") + query);
    return r.json().value(QStringLiteral("Resources")).toArray();
}

void TestSimScim::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Bearer wrong-token");
    QTest::newRow("basic") << QByteArray("Basic YWRtaW46ZGVtbw==");
}

void TestSimScim::authentication()
{
    QFETCH(QByteArray, authorization);
    QHash<QByteArray, QByteArray> headers;
    if (!authorization.isEmpty())
        headers.insert("Authorization", authorization);
    for (const QString &path : {QStringLiteral("/scim/v2/Users"), QStringLiteral("/scim/v2/Groups"),
                                QStringLiteral("/scim/v2/ServiceProviderConfig"), QStringLiteral("/scim/v2/Users/x")}) {
        const HttpReply r = m_sim->request("GET", path, {}, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("content-type"), QByteArray("application/scim+json"));
        QVERIFY(r.json().value(QStringLiteral("schemas")).toArray().contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("401"));
    }
    QCOMPARE(m_sim->request("POST", QStringLiteral("/scim/v2/Users"), QJsonDocument(newUser(QStringLiteral("a@b.example"))).toJson(), headers).status, 401);
    QVERIFY(m_sim->server().world().insightly.scimUsers.isEmpty());
}

void TestSimScim::discovery()
{
    const HttpReply config = scim("GET", QStringLiteral("/ServiceProviderConfig"));
    QCOMPARE(config.status, 200);
    QCOMPARE(config.header("content-type"), QByteArray("application/scim+json"));
    QVERIFY(config.json().value(QStringLiteral("patch")).toObject().value(QStringLiteral("supported")).toBool());
    QVERIFY(config.json().value(QStringLiteral("filter")).toObject().value(QStringLiteral("supported")).toBool());
    QCOMPARE(config.json().value(QStringLiteral("authenticationSchemes")).toArray().first().toObject()
                 .value(QStringLiteral("type")).toString(), QStringLiteral("oauthbearertoken"));

    const HttpReply schemas = scim("GET", QStringLiteral("/Schemas"));
    QCOMPARE(schemas.status, 200);
    QStringList ids;
    for (const QJsonValue &s : schemas.json().value(QStringLiteral("Resources")).toArray())
        ids.append(s.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")));
    QVERIFY(ids.contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")));
    const QJsonArray userAttributes = schemas.json().value(QStringLiteral("Resources")).toArray().first().toObject()
                                          .value(QStringLiteral("attributes")).toArray();
    QVERIFY(std::any_of(userAttributes.begin(), userAttributes.end(), [](const QJsonValue &a) {
        return a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("userName")
               && a.toObject().value(QStringLiteral("required")).toBool();
    }));

    const HttpReply types = scim("GET", QStringLiteral("/ResourceTypes"));
    QCOMPARE(types.status, 200);
    QCOMPARE(types.json().value(QStringLiteral("totalResults")).toInt(), 2);
}

void TestSimScim::testConnectionFindsNobody()
{
    const HttpReply r = scim("GET", QStringLiteral("/Users?filter=") + encoded(QStringLiteral("userName eq \"%1\"").arg(m_sim->server().newGuid())));
    QCOMPARE(r.status, 200);
    const QJsonObject list = r.json();
    QVERIFY(list.value(QStringLiteral("schemas")).toArray().contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")));
    QCOMPARE(list.value(QStringLiteral("totalResults")).toInt(), 0);
    QCOMPARE(list.value(QStringLiteral("startIndex")).toInt(), 1);
    QVERIFY(list.value(QStringLiteral("Resources")).isArray());
    QVERIFY(list.value(QStringLiteral("Resources")).toArray().isEmpty());
    // Groups too, with Entra's excludedAttributes.
    const HttpReply g = scim("GET", QStringLiteral("/Groups?excludedAttributes=members&filter=") + encoded(QStringLiteral("displayName eq \"x\"")));
    QCOMPARE(g.status, 200);
    QCOMPARE(g.json().value(QStringLiteral("totalResults")).toInt(), 0);
}

void TestSimScim::createUserAppearsInInsightly()
{
    const int before = int(m_sim->server().world().insightly.users.size());
    const HttpReply r = scim("POST", QStringLiteral("/Users"),
                             newUser(QStringLiteral("new.hire@contoso.example"), QStringLiteral("New"), QStringLiteral("Hire"), QStringLiteral("ext-1")));
    QCOMPARE(r.status, 201);
    const QJsonObject user = r.json();
    const QString id = user.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject meta = user.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("resourceType")).toString(), QStringLiteral("User"));
    QCOMPARE(meta.value(QStringLiteral("location")).toString(), m_sim->baseUrl().toString() + QStringLiteral("/scim/v2/Users/") + id);
    QCOMPARE(r.header("location"), meta.value(QStringLiteral("location")).toString().toUtf8());
    QVERIFY(!meta.value(QStringLiteral("created")).toString().isEmpty());
    QCOMPARE(user.value(QStringLiteral("active")), QJsonValue(true));
    QCOMPARE(user.value(QStringLiteral("externalId")).toString(), QStringLiteral("ext-1"));

    sim::InsightlyState &s = m_sim->server().world().insightly;
    QCOMPARE(int(s.users.size()), before + 1);
    const sim::InsightlyUser *mirrored = s.userByEmail(QStringLiteral("new.hire@contoso.example"));
    QVERIFY(mirrored);
    QCOMPARE(mirrored->scimId, id);
    QCOMPARE(mirrored->firstName, QStringLiteral("New"));
    QVERIFY(mirrored->active && !mirrored->administrator);
    // REST v3.1 lists it.
    const HttpReply rest = m_sim->request("GET", QStringLiteral("/v3.1/Users?top=500"), {},
                                          {{"Authorization", "Basic " + (s.apiKey.toLatin1() + ":").toBase64()}});
    QVERIFY(rest.body.contains("new.hire@contoso.example"));
}

void TestSimScim::createAdoptsExistingInsightlyUser()
{
    sim::InsightlyState &s = m_sim->server().world().insightly;
    const sim::InsightlyUser existing = s.users.at(1);   // a seeded user mirrored from the directory
    const int before = int(s.users.size());
    const QString id = createUser(newUser(existing.email.toLower(), QStringLiteral("Renamed"), existing.lastName));
    QVERIFY(!id.isEmpty());
    QCOMPARE(int(s.users.size()), before);
    const sim::InsightlyUser *adopted = s.userById(existing.userId);
    QCOMPARE(adopted->scimId, id);
    QCOMPARE(adopted->firstName, QStringLiteral("Renamed"));
}

void TestSimScim::createValidation_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no userName") << "userName" << "userName";
    QTest::newRow("no name") << "name" << "name.givenName";
}

void TestSimScim::createValidation()
{
    QFETCH(QString, remove);
    QFETCH(QString, fragment);
    QJsonObject user = newUser(QStringLiteral("x@contoso.example"));
    user.remove(remove);
    const HttpReply r = scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidValue"));
    QVERIFY(r.json().value(QStringLiteral("detail")).toString().contains(fragment));
    QVERIFY(m_sim->server().world().insightly.scimUsers.isEmpty());
    QCOMPARE(m_sim->request("POST", QStringLiteral("/scim/v2/Users"), "{not json", {{"Authorization", "Bearer " + m_token}}).status, 400);
}

void TestSimScim::uniqueUserName()
{
    QVERIFY(!createUser(newUser(QStringLiteral("dup@contoso.example"))).isEmpty());
    const HttpReply r = scim("POST", QStringLiteral("/Users"), newUser(QStringLiteral("DUP@contoso.example")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("uniqueness"));
    QCOMPARE(m_sim->server().world().insightly.scimUsers.size(), 1);
}

void TestSimScim::getById()
{
    const QString id = createUser(newUser(QStringLiteral("get@contoso.example")));
    const HttpReply r = scim("GET", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("userName")).toString(), QStringLiteral("get@contoso.example"));
    const HttpReply projected = scim("GET", QStringLiteral("/Users/%1?attributes=userName").arg(id));
    QVERIFY(!projected.json().contains(QStringLiteral("emails")));
    QVERIFY(projected.json().contains(QStringLiteral("id")));
    const HttpReply missing = scim("GET", QStringLiteral("/Users/does-not-exist"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), QByteArray("application/scim+json"));
    QCOMPARE(missing.json().value(QStringLiteral("status")).toString(), QStringLiteral("404"));
    QVERIFY(missing.json().value(QStringLiteral("schemas")).toArray().contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")));
}

void TestSimScim::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("userNames");
    QTest::newRow("userName, other case") << "userName eq \"ANN@contoso.example\"" << QStringList{QStringLiteral("ann@contoso.example")};
    QTest::newRow("externalId") << "externalId eq \"e-bob\"" << QStringList{QStringLiteral("bob@contoso.example")};
    QTest::newRow("externalId is case-exact") << "externalId eq \"E-BOB\"" << QStringList{};
    QTest::newRow("work email") << "emails[type eq \"work\"].value eq \"cy@contoso.example\"" << QStringList{QStringLiteral("cy@contoso.example")};
    QTest::newRow("and") << "userName eq \"ann@contoso.example\" and externalId eq \"e-ann\"" << QStringList{QStringLiteral("ann@contoso.example")};
    QTest::newRow("and, no match") << "userName eq \"ann@contoso.example\" and externalId eq \"e-bob\"" << QStringList{};
}

void TestSimScim::filters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, userNames);
    for (const char *name : {"ann", "bob", "cy"})
        QVERIFY(!createUser(newUser(QString::fromLatin1(name) + QStringLiteral("@contoso.example"), QStringLiteral("A"),
                                    QStringLiteral("B"), QStringLiteral("e-") + QString::fromLatin1(name))).isEmpty());
    QStringList found;
    for (const QJsonValue &r : resources(QStringLiteral("filter=") + encoded(filter)))
        found.append(r.toObject().value(QStringLiteral("userName")).toString());
    QCOMPARE(found, userNames);
    // By id, too.
    const QString bobId = resources(QStringLiteral("filter=") + encoded(QStringLiteral("userName eq \"bob@contoso.example\""))).first()
                              .toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(resources(QStringLiteral("filter=") + encoded(QStringLiteral("id eq \"%1\"").arg(bobId))).size(), 1);
}

void TestSimScim::invalidFilter()
{
    const HttpReply r = scim("GET", QStringLiteral("/Users?filter=") + encoded(QStringLiteral("userName eq \"a\" or userName eq \"b\"")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidFilter"));
}

void TestSimScim::paging()
{
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.append(createUser(newUser(QStringLiteral("page%1@contoso.example").arg(i))));
    QStringList seen;
    for (int start = 1; start <= 5; start += 2) {
        const QJsonObject page = scim("GET", QStringLiteral("/Users?startIndex=%1&count=2").arg(start)).json();
        QCOMPARE(page.value(QStringLiteral("totalResults")).toInt(), 5);
        QCOMPARE(page.value(QStringLiteral("startIndex")).toInt(), start);
        QCOMPARE(page.value(QStringLiteral("itemsPerPage")).toInt(), start == 5 ? 1 : 2);
        for (const QJsonValue &r : page.value(QStringLiteral("Resources")).toArray())
            seen.append(r.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(seen, created);   // stable order, no overlap, nothing missed
    const QJsonObject zero = scim("GET", QStringLiteral("/Users?startIndex=0&count=0")).json();
    QCOMPARE(zero.value(QStringLiteral("startIndex")).toInt(), 1);
    QCOMPARE(zero.value(QStringLiteral("totalResults")).toInt(), 5);
    QVERIFY(zero.value(QStringLiteral("Resources")).toArray().isEmpty());
    QCOMPARE(scim("GET", QStringLiteral("/Users?startIndex=9")).json().value(QStringLiteral("Resources")).toArray().size(), 0);
}

void TestSimScim::putReplaces()
{
    const QString id = createUser(newUser(QStringLiteral("put@contoso.example")));
    QJsonObject replacement = newUser(QStringLiteral("put.renamed@contoso.example"), QStringLiteral("Put"), QStringLiteral("Renamed"));
    replacement.insert(QStringLiteral("id"), QStringLiteral("ignored"));
    const HttpReply r = scim("PUT", QStringLiteral("/Users/") + id, replacement);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(r.json().value(QStringLiteral("userName")).toString(), QStringLiteral("put.renamed@contoso.example"));
    QVERIFY(m_sim->server().world().insightly.userByEmail(QStringLiteral("put.renamed@contoso.example")));
    QCOMPARE(scim("PUT", QStringLiteral("/Users/nope"), replacement).status, 404);
}

void TestSimScim::entraPatchDisablesButKeepsUser()
{
    const QString id = createUser(newUser(QStringLiteral("leaver@contoso.example")));
    const HttpReply r = scim("PATCH", QStringLiteral("/Users/") + id,
                             patchOp({op(QStringLiteral("Replace"), QStringLiteral("active"), QStringLiteral("False"))}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("active")), QJsonValue(false));
    const HttpReply still = scim("GET", QStringLiteral("/Users/") + id);
    QCOMPARE(still.status, 200);
    QCOMPARE(still.json().value(QStringLiteral("active")), QJsonValue(false));
    QCOMPARE(resources(QStringLiteral("filter=") + encoded(QStringLiteral("userName eq \"leaver@contoso.example\""))).size(), 1);
    QVERIFY(!m_sim->server().world().insightly.userByEmail(QStringLiteral("leaver@contoso.example"))->active);
    // And back.
    scim("PATCH", QStringLiteral("/Users/") + id, patchOp({op(QStringLiteral("Replace"), {}, QJsonObject{{QStringLiteral("active"), true}})}));
    QVERIFY(m_sim->server().world().insightly.userByEmail(QStringLiteral("leaver@contoso.example"))->active);
}

void TestSimScim::entraPatchUpdatesAttributes()
{
    const QString id = createUser(newUser(QStringLiteral("patch@contoso.example"), QStringLiteral("Pat"), QStringLiteral("Old")));
    const HttpReply r = scim("PATCH", QStringLiteral("/Users/") + id,
                             patchOp({op(QStringLiteral("Replace"), QStringLiteral("name.familyName"), QStringLiteral("New")),
                                      op(QStringLiteral("Replace"), QStringLiteral("emails[type eq \"work\"].value"),
                                         QStringLiteral("patch.new@contoso.example")),
                                      op(QStringLiteral("Add"), QStringLiteral("title"), QStringLiteral("Engineer")),
                                      op(QStringLiteral("Replace"), {}, QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Pat New")}})}));
    QCOMPARE(r.status, 200);
    const QJsonObject user = scim("GET", QStringLiteral("/Users/") + id).json();
    QCOMPARE(user.value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(), QStringLiteral("New"));
    QCOMPARE(user.value(QStringLiteral("emails")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("patch.new@contoso.example"));
    QCOMPARE(user.value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
    QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Pat New"));
    QVERIFY(user.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString() != QStringLiteral("W/\"1\""));
    QCOMPARE(m_sim->server().world().insightly.userByScimId(id)->lastName, QStringLiteral("New"));
}

void TestSimScim::patchErrors()
{
    const QString a = createUser(newUser(QStringLiteral("a@contoso.example")));
    createUser(newUser(QStringLiteral("b@contoso.example")));
    const HttpReply clash = scim("PATCH", QStringLiteral("/Users/") + a,
                                 patchOp({op(QStringLiteral("Replace"), QStringLiteral("userName"), QStringLiteral("B@contoso.example"))}));
    QCOMPARE(clash.status, 409);
    const HttpReply bad = scim("PATCH", QStringLiteral("/Users/") + a, patchOp({op(QStringLiteral("Frobnicate"), QStringLiteral("active"), false)}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidSyntax"));
    QCOMPARE(scim("GET", QStringLiteral("/Users/") + a).json().value(QStringLiteral("userName")).toString(), QStringLiteral("a@contoso.example"));
    QCOMPARE(scim("PATCH", QStringLiteral("/Users/missing"), patchOp({op(QStringLiteral("Replace"), QStringLiteral("active"), false)})).status, 404);
}

void TestSimScim::deleteUser()
{
    const QString id = createUser(newUser(QStringLiteral("gone@contoso.example")));
    const HttpReply r = scim("DELETE", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(scim("GET", QStringLiteral("/Users/") + id).status, 404);
    QCOMPARE(scim("DELETE", QStringLiteral("/Users/") + id).status, 404);
    const sim::InsightlyUser *user = m_sim->server().world().insightly.userByEmail(QStringLiteral("gone@contoso.example"));
    QVERIFY(user);
    QVERIFY(!user->active);
    QVERIFY(user->scimId.isEmpty());
}

void TestSimScim::groups()
{
    const QString ann = createUser(newUser(QStringLiteral("ann@contoso.example")));
    const QString bob = createUser(newUser(QStringLiteral("bob@contoso.example")));
    const QJsonObject group{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                            {QStringLiteral("displayName"), QStringLiteral("Sales")},
                            {QStringLiteral("externalId"), QStringLiteral("g-1")},
                            {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), ann}}}}};
    const HttpReply created = scim("POST", QStringLiteral("/Groups"), group);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(created.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("resourceType")).toString(), QStringLiteral("Group"));
    QCOMPARE(scim("POST", QStringLiteral("/Groups"), group).status, 409);

    const HttpReply listed = scim("GET", QStringLiteral("/Groups?excludedAttributes=members&filter=") + encoded(QStringLiteral("displayName eq \"sales\"")));
    QCOMPARE(listed.json().value(QStringLiteral("totalResults")).toInt(), 1);
    const QJsonObject listedGroup = listed.json().value(QStringLiteral("Resources")).toArray().first().toObject();
    QVERIFY(!listedGroup.contains(QStringLiteral("members")));
    QCOMPARE(listedGroup.value(QStringLiteral("id")).toString(), id);

    QCOMPARE(scim("PATCH", QStringLiteral("/Groups/") + id,
                  patchOp({op(QStringLiteral("Add"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), bob}}})})).status,
             200);
    QCOMPARE(scim("GET", QStringLiteral("/Groups/") + id).json().value(QStringLiteral("members")).toArray().size(), 2);
    QCOMPARE(scim("PATCH", QStringLiteral("/Groups/") + id,
                  patchOp({op(QStringLiteral("Remove"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), ann}}})})).status,
             200);
    QJsonArray members = scim("GET", QStringLiteral("/Groups/") + id).json().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().toObject().value(QStringLiteral("value")).toString(), bob);

    const HttpReply unknownMember = scim("PATCH", QStringLiteral("/Groups/") + id,
                                         patchOp({op(QStringLiteral("Add"), QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("nobody")}}})}));
    QCOMPARE(unknownMember.status, 400);

    // Deleting a user takes it out of its groups.
    QCOMPARE(scim("DELETE", QStringLiteral("/Users/") + bob).status, 204);
    QVERIFY(scim("GET", QStringLiteral("/Groups/") + id).json().value(QStringLiteral("members")).toArray().isEmpty());
    QCOMPARE(scim("DELETE", QStringLiteral("/Groups/") + id).status, 204);
    QCOMPARE(scim("GET", QStringLiteral("/Groups/") + id).status, 404);
}

QTEST_GUILESS_MAIN(TestSimScim)
#include "tst_sim_scim.moc"
