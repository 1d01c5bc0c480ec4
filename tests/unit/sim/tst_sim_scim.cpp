// Tests of the simulated Insightly's SCIM 2.0 Users over loopback HTTP, as Entra's provisioning uses them:
// create, read, filter, page, replace, patch (with Entra's quirks) and delete.
#include "tst_sim_scim_support.h"

#include <QTest>

using namespace insightlytest;
using namespace scimtest;

class TestSimScim : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
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

private:
    std::unique_ptr<SimFixture> m_sim;
    ScimCalls m_calls;
    QByteArray m_certificatePem;
};

void TestSimScim::initTestCase() {
    m_certificatePem = makeCertificate().certificatePem;
}

void TestSimScim::init() {
    QString error;
    QVERIFY2(startWithScim(m_sim, m_calls, m_certificatePem, &error), qPrintable(error));
}

void TestSimScim::cleanup() {
    const QStringList wrong = stopAndTakeWrongContentTypes(m_sim, m_calls);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestSimScim::createUserAppearsInInsightly() {
    const int before = int(m_sim->server().world().insightly.users.size());
    const HttpReply r =
        m_calls.scim("POST", QStringLiteral("/Users"),
                     newUser(QStringLiteral("new.hire@contoso.example"), QStringLiteral("New"),
                             QStringLiteral("Hire"), QStringLiteral("ext-1")));
    QCOMPARE(r.status, 201);
    const QJsonObject user = r.json();
    const QString id = user.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject meta = user.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("resourceType")).toString(), QStringLiteral("User"));
    QCOMPARE(meta.value(QStringLiteral("location")).toString(),
             m_sim->baseUrl().toString() + QStringLiteral("/scim/v2/Users/") + id);
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
    const HttpReply rest =
        m_sim->request("GET", QStringLiteral("/v3.1/Users?top=500"), {},
                       {{"Authorization", "Basic " + (s.apiKey.toLatin1() + ":").toBase64()}});
    QVERIFY(rest.body.contains("new.hire@contoso.example"));
}

void TestSimScim::createAdoptsExistingInsightlyUser() {
    sim::InsightlyState &s = m_sim->server().world().insightly;
    const sim::InsightlyUser existing = s.users.at(1); // a seeded user mirrored from the directory
    const int before = int(s.users.size());
    const QString id =
        m_calls.createUser(newUser(existing.email.toLower(), QStringLiteral("Renamed"), existing.lastName));
    QVERIFY(!id.isEmpty());
    QCOMPARE(int(s.users.size()), before);
    const sim::InsightlyUser *adopted = s.userById(existing.userId);
    QCOMPARE(adopted->scimId, id);
    QCOMPARE(adopted->firstName, QStringLiteral("Renamed"));
}

void TestSimScim::createValidation_data() {
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no userName") << "userName"
                                 << "userName";
    QTest::newRow("no name") << "name"
                             << "name.givenName";
}

void TestSimScim::createValidation() {
    QFETCH(QString, remove);
    QFETCH(QString, fragment);
    QJsonObject user = newUser(QStringLiteral("x@contoso.example"));
    user.remove(remove);
    const HttpReply r = m_calls.scim("POST", QStringLiteral("/Users"), user);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidValue"));
    QVERIFY(r.json().value(QStringLiteral("detail")).toString().contains(fragment));
    QVERIFY(m_sim->server().world().insightly.scimUsers.isEmpty());
    QCOMPARE(m_sim
                 ->request("POST", QStringLiteral("/scim/v2/Users"), "{not json",
                           {{"Authorization", "Bearer " + m_calls.token}})
                 .status,
             400);
}

void TestSimScim::uniqueUserName() {
    QVERIFY(!m_calls.createUser(newUser(QStringLiteral("dup@contoso.example"))).isEmpty());
    const HttpReply r =
        m_calls.scim("POST", QStringLiteral("/Users"), newUser(QStringLiteral("DUP@contoso.example")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("uniqueness"));
    QCOMPARE(m_sim->server().world().insightly.scimUsers.size(), 1);
}

void TestSimScim::getById() {
    const QString id = m_calls.createUser(newUser(QStringLiteral("get@contoso.example")));
    const HttpReply r = m_calls.scim("GET", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("userName")).toString(), QStringLiteral("get@contoso.example"));
    const HttpReply projected = m_calls.scim("GET", QStringLiteral("/Users/%1?attributes=userName").arg(id));
    QVERIFY(!projected.json().contains(QStringLiteral("emails")));
    QVERIFY(projected.json().contains(QStringLiteral("id")));
    const HttpReply missing = m_calls.scim("GET", QStringLiteral("/Users/does-not-exist"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), QByteArray("application/scim+json"));
    QCOMPARE(missing.json().value(QStringLiteral("status")).toString(), QStringLiteral("404"));
    QVERIFY(missing.json()
                .value(QStringLiteral("schemas"))
                .toArray()
                .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")));
}

void TestSimScim::filters_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("userNames");
    QTest::newRow("userName, other case")
        << "userName eq \"ANN@contoso.example\"" << QStringList{QStringLiteral("ann@contoso.example")};
    QTest::newRow("externalId") << "externalId eq \"e-bob\""
                                << QStringList{QStringLiteral("bob@contoso.example")};
    QTest::newRow("externalId is case-exact") << "externalId eq \"E-BOB\"" << QStringList{};
    QTest::newRow("work email") << "emails[type eq \"work\"].value eq \"cy@contoso.example\""
                                << QStringList{QStringLiteral("cy@contoso.example")};
    QTest::newRow("and") << "userName eq \"ann@contoso.example\" and externalId eq \"e-ann\""
                         << QStringList{QStringLiteral("ann@contoso.example")};
    QTest::newRow("and, no match") << "userName eq \"ann@contoso.example\" and externalId eq \"e-bob\""
                                   << QStringList{};
}

void TestSimScim::filters() {
    QFETCH(QString, filter);
    QFETCH(QStringList, userNames);
    for (const char *name : {"ann", "bob", "cy"})
        QVERIFY(!m_calls
                     .createUser(newUser(QString::fromLatin1(name) + QStringLiteral("@contoso.example"),
                                         QStringLiteral("A"), QStringLiteral("B"),
                                         QStringLiteral("e-") + QString::fromLatin1(name)))
                     .isEmpty());
    QStringList found;
    for (const QJsonValue &r : m_calls.resources(QStringLiteral("filter=") + encoded(filter)))
        found.append(r.toObject().value(QStringLiteral("userName")).toString());
    QCOMPARE(found, userNames);
    // By id, too.
    const QString bobId = m_calls
                              .resources(QStringLiteral("filter=") +
                                         encoded(QStringLiteral("userName eq \"bob@contoso.example\"")))
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    QCOMPARE(m_calls.resources(QStringLiteral("filter=") + encoded(QStringLiteral("id eq \"%1\"").arg(bobId)))
                 .size(),
             1);
}

void TestSimScim::invalidFilter() {
    const HttpReply r =
        m_calls.scim("GET", QStringLiteral("/Users?filter=") +
                                encoded(QStringLiteral("userName eq \"a\" or userName eq \"b\"")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidFilter"));
}

void TestSimScim::paging() {
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.append(m_calls.createUser(newUser(QStringLiteral("page%1@contoso.example").arg(i))));
    const auto pages = [this] {
        QStringList seen;
        for (int start = 1; start <= 5; start += 2) {
            const QJsonObject page =
                m_calls.scim("GET", QStringLiteral("/Users?startIndex=%1&count=2").arg(start)).json();
            if (page.value(QStringLiteral("totalResults")).toInt() != 5 ||
                page.value(QStringLiteral("startIndex")).toInt() != start ||
                page.value(QStringLiteral("itemsPerPage")).toInt() != (start == 5 ? 1 : 2))
                return QStringList{QStringLiteral("bad page at %1").arg(start)};
            for (const QJsonValue &r : page.value(QStringLiteral("Resources")).toArray())
                seen.append(r.toObject().value(QStringLiteral("id")).toString());
        }
        return seen;
    };
    const QStringList seen = pages();
    // Nothing missed, no overlap — in creation order where the creation times differ; users created within
    // the same second come in id order, so compare as sorted lists — and the same order when read again.
    QStringList sortedSeen = seen, sortedCreated = created;
    sortedSeen.sort();
    sortedCreated.sort();
    QCOMPARE(sortedSeen, sortedCreated);
    QCOMPARE(pages(), seen);
    const QJsonObject zero = m_calls.scim("GET", QStringLiteral("/Users?startIndex=0&count=0")).json();
    QCOMPARE(zero.value(QStringLiteral("startIndex")).toInt(), 1);
    QCOMPARE(zero.value(QStringLiteral("totalResults")).toInt(), 5);
    QVERIFY(zero.value(QStringLiteral("Resources")).toArray().isEmpty());
    QCOMPARE(m_calls.scim("GET", QStringLiteral("/Users?startIndex=9"))
                 .json()
                 .value(QStringLiteral("Resources"))
                 .toArray()
                 .size(),
             0);
}

void TestSimScim::putReplaces() {
    const QString id = m_calls.createUser(newUser(QStringLiteral("put@contoso.example")));
    QJsonObject replacement = newUser(QStringLiteral("put.renamed@contoso.example"), QStringLiteral("Put"),
                                      QStringLiteral("Renamed"));
    replacement.insert(QStringLiteral("id"), QStringLiteral("ignored"));
    const HttpReply r = m_calls.scim("PUT", QStringLiteral("/Users/") + id, replacement);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(r.json().value(QStringLiteral("userName")).toString(),
             QStringLiteral("put.renamed@contoso.example"));
    QVERIFY(m_sim->server().world().insightly.userByEmail(QStringLiteral("put.renamed@contoso.example")));
    QCOMPARE(m_calls.scim("PUT", QStringLiteral("/Users/nope"), replacement).status, 404);
}

void TestSimScim::entraPatchDisablesButKeepsUser() {
    const QString id = m_calls.createUser(newUser(QStringLiteral("leaver@contoso.example")));
    const HttpReply r = m_calls.scim(
        "PATCH", QStringLiteral("/Users/") + id,
        patchOp({op(QStringLiteral("Replace"), QStringLiteral("active"), QStringLiteral("False"))}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("active")), QJsonValue(false));
    const HttpReply still = m_calls.scim("GET", QStringLiteral("/Users/") + id);
    QCOMPARE(still.status, 200);
    QCOMPARE(still.json().value(QStringLiteral("active")), QJsonValue(false));
    QCOMPARE(m_calls
                 .resources(QStringLiteral("filter=") +
                            encoded(QStringLiteral("userName eq \"leaver@contoso.example\"")))
                 .size(),
             1);
    QVERIFY(!m_sim->server().world().insightly.userByEmail(QStringLiteral("leaver@contoso.example"))->active);
    // And back.
    m_calls.scim("PATCH", QStringLiteral("/Users/") + id,
                 patchOp({op(QStringLiteral("Replace"), {}, QJsonObject{{QStringLiteral("active"), true}})}));
    QVERIFY(m_sim->server().world().insightly.userByEmail(QStringLiteral("leaver@contoso.example"))->active);
}

void TestSimScim::entraPatchUpdatesAttributes() {
    const QString id = m_calls.createUser(
        newUser(QStringLiteral("patch@contoso.example"), QStringLiteral("Pat"), QStringLiteral("Old")));
    const HttpReply r = m_calls.scim(
        "PATCH", QStringLiteral("/Users/") + id,
        patchOp({op(QStringLiteral("Replace"), QStringLiteral("name.familyName"), QStringLiteral("New")),
                 op(QStringLiteral("Replace"), QStringLiteral("emails[type eq \"work\"].value"),
                    QStringLiteral("patch.new@contoso.example")),
                 op(QStringLiteral("Add"), QStringLiteral("title"), QStringLiteral("Engineer")),
                 op(QStringLiteral("Replace"), {},
                    QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Pat New")}})}));
    QCOMPARE(r.status, 200);
    const QJsonObject user = m_calls.scim("GET", QStringLiteral("/Users/") + id).json();
    QCOMPARE(user.value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(),
             QStringLiteral("New"));
    QCOMPARE(user.value(QStringLiteral("emails"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("patch.new@contoso.example"));
    QCOMPARE(user.value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
    QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Pat New"));
    QVERIFY(user.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString() !=
            QStringLiteral("W/\"1\""));
    QCOMPARE(m_sim->server().world().insightly.userByScimId(id)->lastName, QStringLiteral("New"));
}

void TestSimScim::patchErrors() {
    const QString a = m_calls.createUser(newUser(QStringLiteral("a@contoso.example")));
    m_calls.createUser(newUser(QStringLiteral("b@contoso.example")));
    const HttpReply clash = m_calls.scim("PATCH", QStringLiteral("/Users/") + a,
                                         patchOp({op(QStringLiteral("Replace"), QStringLiteral("userName"),
                                                     QStringLiteral("B@contoso.example"))}));
    QCOMPARE(clash.status, 409);
    const HttpReply bad =
        m_calls.scim("PATCH", QStringLiteral("/Users/") + a,
                     patchOp({op(QStringLiteral("Frobnicate"), QStringLiteral("active"), false)}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidSyntax"));
    QCOMPARE(m_calls.scim("GET", QStringLiteral("/Users/") + a)
                 .json()
                 .value(QStringLiteral("userName"))
                 .toString(),
             QStringLiteral("a@contoso.example"));
    QCOMPARE(m_calls
                 .scim("PATCH", QStringLiteral("/Users/missing"),
                       patchOp({op(QStringLiteral("Replace"), QStringLiteral("active"), false)}))
                 .status,
             404);
}

void TestSimScim::deleteUser() {
    const QString id = m_calls.createUser(newUser(QStringLiteral("gone@contoso.example")));
    const HttpReply r = m_calls.scim("DELETE", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_calls.scim("GET", QStringLiteral("/Users/") + id).status, 404);
    QCOMPARE(m_calls.scim("DELETE", QStringLiteral("/Users/") + id).status, 404);
    const sim::InsightlyUser *user =
        m_sim->server().world().insightly.userByEmail(QStringLiteral("gone@contoso.example"));
    QVERIFY(user);
    QVERIFY(!user->active);
    QVERIFY(user->scimId.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimScim)
#include "tst_sim_scim.moc"
