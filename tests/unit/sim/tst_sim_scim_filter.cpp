// Tests of the SCIM filter and PATCH engines of the simulated Insightly (RFC 7644 plus Entra's habits).
#include "ScimFilter.h"
#include "ScimPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sim::scim;

namespace {

QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *const kUser = R"({
  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
  "id": "1f0c", "externalId": "AbC-1", "userName": "Megan.Bowen@contoso.example", "active": true,
  "name": {"givenName": "Megan", "familyName": "Bowen"},
  "emails": [{"type": "work", "value": "megan.bowen@contoso.example", "primary": true},
             {"type": "home", "value": "megan@home.example"}],
  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales"}
})";

QJsonObject patchOf(const char *operations) {
    return json((QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":)") +
                 operations + "}")
                    .constData());
}

} // namespace

class TestSimScimFilter : public QObject {
    Q_OBJECT
private slots:
    void attributePaths_data();
    void attributePaths();
    void filters_data();
    void filters();
    void refusedFilters_data();
    void refusedFilters();
    void patchEntraActiveString();
    void patchPathlessValueObjectWithDottedKeys();
    void patchWorkEmailCreatedWhenMissing();
    void patchWorkEmailReplacedInPlace();
    void patchExtensionAttribute();
    void patchMembersAddAndRemove();
    void patchRemoveSubAttribute();
    void patchFailuresLeaveResourceUntouched_data();
    void patchFailuresLeaveResourceUntouched();
};

void TestSimScimFilter::attributePaths_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("valueFilter");
    QTest::addColumn<QString>("sub");
    QTest::newRow("plain") << "userName"
                           << ""
                           << "userName"
                           << ""
                           << "";
    QTest::newRow("sub") << "name.givenName"
                         << ""
                         << "name"
                         << ""
                         << "givenName";
    QTest::newRow("filtered sub") << R"(emails[type eq "work"].value)"
                                  << ""
                                  << "emails"
                                  << R"(type eq "work")"
                                  << "value";
    QTest::newRow("core urn stripped") << "urn:ietf:params:scim:schemas:core:2.0:User:userName"
                                       << ""
                                       << "userName"
                                       << ""
                                       << "";
    QTest::newRow("extension") << "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"
                               << "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
                               << "manager"
                               << ""
                               << "value";
    QTest::newRow("whole extension") << "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
                                     << "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
                                     << ""
                                     << ""
                                     << "";
}

void TestSimScimFilter::attributePaths() {
    QFETCH(QString, text);
    AttributePath path;
    QString error;
    QVERIFY2(parseAttributePath(text, &path, &error), qPrintable(error));
    QTEST(path.schema, "schema");
    QTEST(path.attribute, "attribute");
    QTEST(path.valueFilter, "valueFilter");
    QTEST(path.subAttribute, "sub");
}

void TestSimScimFilter::filters_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matches");
    QTest::newRow("userName, other case") << R"(userName eq "megan.bowen@CONTOSO.example")" << true;
    QTest::newRow("userName, other user") << R"(userName eq "adele.vance@contoso.example")" << false;
    QTest::newRow("operator case") << R"(userName EQ "Megan.Bowen@contoso.example")" << true;
    QTest::newRow("externalId is case-exact") << R"(externalId eq "abc-1")" << false;
    QTest::newRow("externalId exact") << R"(externalId eq "AbC-1")" << true;
    QTest::newRow("id") << R"(id eq "1f0c")" << true;
    QTest::newRow("work email") << R"(emails[type eq "work"].value eq "MEGAN.BOWEN@contoso.example")" << true;
    QTest::newRow("work email is not the home one")
        << R"(emails[type eq "work"].value eq "megan@home.example")" << false;
    QTest::newRow("any email") << R"(emails.value eq "megan@home.example")" << true;
    QTest::newRow("and, both hold") << R"(userName eq "megan.bowen@contoso.example" and active eq true)"
                                    << true;
    QTest::newRow("and, one fails") << R"(userName eq "megan.bowen@contoso.example" and active eq false)"
                                    << false;
    QTest::newRow("sub-attribute") << R"(name.familyName eq "bowen")" << true;
    QTest::newRow("extension")
        << R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "sales")" << true;
    QTest::newRow("escaped quote") << R"(userName eq "a\"b")" << false;
    QTest::newRow("starts with") << R"(userName sw "megan")" << true;
    QTest::newRow("present") << "title pr" << false;
    QTest::newRow("Entra test connection GUID")
        << R"(userName eq "3c9ab3e4-9f02-4f8b-a3a5-6e5e2b0c1d7a")" << false;
}

void TestSimScimFilter::filters() {
    QFETCH(QString, filter);
    QFETCH(bool, matches);
    Filter f;
    QString error;
    QVERIFY2(f.parse(filter, &error), qPrintable(error));
    QCOMPARE(f.matches(json(kUser)), matches);
}

void TestSimScimFilter::refusedFilters_data() {
    QTest::addColumn<QString>("filter");
    QTest::newRow("or") << R"(userName eq "a" or userName eq "b")";
    QTest::newRow("not") << "not (userName eq \"a\")";
    QTest::newRow("grouping") << "(userName eq \"a\")";
    QTest::newRow("unquoted string") << "userName eq megan";
    QTest::newRow("unknown operator") << R"(userName like "a")";
    QTest::newRow("no value") << "userName eq";
    QTest::newRow("unterminated") << R"(userName eq "abc)";
    QTest::newRow("empty") << "  ";
}

void TestSimScimFilter::refusedFilters() {
    QFETCH(QString, filter);
    Filter f;
    QString error;
    QVERIFY(!f.parse(filter, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimScimFilter::patchEntraActiveString() {
    QJsonObject user = json(kUser);
    QString type, detail;
    QVERIFY2(
        applyPatch(user, patchOf(R"([{"op":"Replace","path":"active","value":"False"}])"), &type, &detail),
        qPrintable(detail));
    QCOMPARE(user.value(QStringLiteral("active")), QJsonValue(false));
    QVERIFY(applyPatch(user, patchOf(R"([{"op":"replace","value":{"active":"True"}}])"), &type, &detail));
    QCOMPARE(user.value(QStringLiteral("active")), QJsonValue(true));
}

void TestSimScimFilter::patchPathlessValueObjectWithDottedKeys() {
    QJsonObject user = json(kUser);
    QString type, detail;
    QVERIFY2(applyPatch(user,
                        patchOf(R"([{"op":"Replace","value":{"name.givenName":"Meg","displayName":"Meg Bowen",
                                          "name":{"familyName":"Bowen-Smith"}}}])"),
                        &type, &detail),
             qPrintable(detail));
    const QJsonObject name = user.value(QStringLiteral("name")).toObject();
    QCOMPARE(name.value(QStringLiteral("givenName")).toString(), QStringLiteral("Meg"));
    QCOMPARE(name.value(QStringLiteral("familyName")).toString(), QStringLiteral("Bowen-Smith"));
    QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Meg Bowen"));
}

void TestSimScimFilter::patchWorkEmailCreatedWhenMissing() {
    QJsonObject user = json(kUser);
    user.remove(QStringLiteral("emails"));
    QString type, detail;
    QVERIFY2(
        applyPatch(
            user,
            patchOf(R"([{"op":"Add","path":"emails[type eq \"work\"].value","value":"m@contoso.example"}])"),
            &type, &detail),
        qPrintable(detail));
    const QJsonArray emails = user.value(QStringLiteral("emails")).toArray();
    QCOMPARE(emails.size(), 1);
    QCOMPARE(emails[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("work"));
    QCOMPARE(emails[0].toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("m@contoso.example"));
}

void TestSimScimFilter::patchWorkEmailReplacedInPlace() {
    QJsonObject user = json(kUser);
    QString type, detail;
    QVERIFY(applyPatch(
        user,
        patchOf(
            R"([{"op":"Replace","path":"emails[type eq \"work\"].value","value":"new@contoso.example"}])"),
        &type, &detail));
    const QJsonArray emails = user.value(QStringLiteral("emails")).toArray();
    QCOMPARE(emails.size(), 2);
    QCOMPARE(emails[0].toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("new@contoso.example"));
    QCOMPARE(emails[0].toObject().value(QStringLiteral("primary")), QJsonValue(true));
    QCOMPARE(emails[1].toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("megan@home.example"));
}

void TestSimScimFilter::patchExtensionAttribute() {
    QJsonObject user = json(kUser);
    user.insert(QStringLiteral("schemas"),
                QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
    user.remove(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    QString type, detail;
    QVERIFY2(
        applyPatch(
            user,
            patchOf(
                R"([{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"42"}])"),
            &type, &detail),
        qPrintable(detail));
    const QString ext = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    QCOMPARE(user.value(ext).toObject().value(QStringLiteral("employeeNumber")).toString(),
             QStringLiteral("42"));
    QVERIFY(user.value(QStringLiteral("schemas")).toArray().contains(ext));
}

void TestSimScimFilter::patchMembersAddAndRemove() {
    QJsonObject group = json(R"({"id":"g1","displayName":"Sales","members":[{"value":"u1"}]})");
    QString type, detail;
    QVERIFY(applyPatch(
        group,
        patchOf(R"([{"op":"Add","path":"members","value":[{"value":"u2"},{"value":"u1"},{"value":"u3"}]}])"),
        &type, &detail));
    QCOMPARE(group.value(QStringLiteral("members")).toArray().size(), 3); // u1 not twice
    // Entra's default style, then the RFC style.
    QVERIFY(applyPatch(group, patchOf(R"([{"op":"Remove","path":"members","value":[{"value":"u2"}]}])"),
                       &type, &detail));
    QVERIFY(
        applyPatch(group, patchOf(R"([{"op":"remove","path":"members[value eq \"u3\"]"}])"), &type, &detail));
    const QJsonArray members = group.value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("u1"));
    QVERIFY(applyPatch(group, patchOf(R"([{"op":"remove","path":"members"}])"), &type, &detail));
    QVERIFY(!group.contains(QStringLiteral("members")));
}

void TestSimScimFilter::patchRemoveSubAttribute() {
    QJsonObject user = json(kUser);
    QString type, detail;
    QVERIFY(applyPatch(user, patchOf(R"([{"op":"Remove","path":"name.familyName"}])"), &type, &detail));
    QVERIFY(!user.value(QStringLiteral("name")).toObject().contains(QStringLiteral("familyName")));
    QVERIFY(user.value(QStringLiteral("name")).toObject().contains(QStringLiteral("givenName")));
}

void TestSimScimFilter::patchFailuresLeaveResourceUntouched_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("scimType");
    QTest::newRow("no PatchOp schema")
        << QByteArray(R"({"Operations":[{"op":"replace","path":"active","value":false}]})")
        << "invalidSyntax";
    QTest::newRow("unknown op")
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Merge","path":"active","value":false}]})")
        << "invalidSyntax";
    QTest::newRow("remove without path")
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Remove"}]})")
        << "noTarget";
    QTest::newRow("bad path")
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"name..x","value":1}]})")
        << "invalidPath";
    QTest::newRow("second op fails")
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false},{"op":"replace","path":"id","value":"x"}]})")
        << "mutability";
    QTest::newRow("no operations")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]})")
        << "invalidSyntax";
}

void TestSimScimFilter::patchFailuresLeaveResourceUntouched() {
    QFETCH(QByteArray, request);
    QFETCH(QString, scimType);
    QJsonObject user = json(kUser);
    const QJsonObject before = user;
    QString type, detail;
    QVERIFY(!applyPatch(user, QJsonDocument::fromJson(request).object(), &type, &detail));
    QCOMPARE(type, scimType);
    QVERIFY(!detail.isEmpty());
    QCOMPARE(user, before);
}

QTEST_GUILESS_MAIN(TestSimScimFilter)
#include "tst_sim_scim_filter.moc"
