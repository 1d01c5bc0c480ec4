// Tests of appRoleAssignedTo on simulated service principals (sim/AppsAssignments.cpp).
#include "AppsTestWorld.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimAssignments : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void assignUserAndGroup();
    void duplicateIsRefused();
    void invalidRequests_data();
    void invalidRequests();
    void unknownPrincipalIsNotFound();
    void defaultAccessRoleIsAccepted();
    void listIsPagedAndDeleteRemoves();
    void nonAdminCannotAssign();

private:
    QString roleId(const QString &name) const;
    HttpReply assign(const QString &principalId, const QString &appRoleId,
                     const QString &token = kAdminToken);
    std::unique_ptr<testsupport::SimFixture> m_sim;
    CreatedApp m_app;
    QString m_groupId;
};

void TestSimAssignments::init() {
    QString error;
    QVERIFY2(startWithInsightlyApp(m_sim, &m_app, &error), qPrintable(error));
    sim::DirectoryGroup group;
    group.id = m_sim->server().newGuid();
    group.displayName = QStringLiteral("Sales team");
    group.memberIds = {userId(*m_sim, QStringLiteral("user@contoso.example"))};
    m_sim->server().world().directory.addGroup(group);
    m_groupId = group.id;
}

void TestSimAssignments::cleanup() {
    m_sim.reset();
}

QString TestSimAssignments::roleId(const QString &name) const {
    for (const QJsonValue &v : m_app.servicePrincipal.value(QStringLiteral("appRoles")).toArray())
        if (v.toObject().value(QStringLiteral("displayName")).toString() == name)
            return v.toObject().value(QStringLiteral("id")).toString();
    return {};
}

HttpReply TestSimAssignments::assign(const QString &principalId, const QString &appRoleId,
                                     const QString &token) {
    return m_sim->graph(
        "POST", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId),
        QJsonObject{{QStringLiteral("principalId"), principalId},
                    {QStringLiteral("resourceId"), m_app.servicePrincipalId},
                    {QStringLiteral("appRoleId"), appRoleId}},
        token);
}

void TestSimAssignments::assignUserAndGroup() {
    const QString userRole = roleId(QStringLiteral("User"));
    QVERIFY(!userRole.isEmpty());
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    HttpReply reply = assign(user, userRole);
    QCOMPARE(reply.status, 201);
    QJsonObject a = reply.json();
    QVERIFY(!a.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(a.value(QStringLiteral("principalId")).toString(), user);
    QCOMPARE(a.value(QStringLiteral("principalType")).toString(), QStringLiteral("User"));
    QCOMPARE(a.value(QStringLiteral("principalDisplayName")).toString(),
             m_sim->server().world().directory.userById(user)->displayName);
    QCOMPARE(a.value(QStringLiteral("resourceId")).toString(), m_app.servicePrincipalId);
    QCOMPARE(a.value(QStringLiteral("resourceDisplayName")).toString(), QStringLiteral("Insightly SAML"));
    QCOMPARE(a.value(QStringLiteral("appRoleId")).toString(), userRole);
    QVERIFY(
        QDateTime::fromString(a.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODate).isValid());

    reply = assign(m_groupId, userRole);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("principalType")).toString(), QStringLiteral("Group"));
    QCOMPARE(reply.json().value(QStringLiteral("principalDisplayName")).toString(),
             QStringLiteral("Sales team"));

    // The same principal may hold another role.
    QCOMPARE(assign(user, roleId(QStringLiteral("msiam_access"))).status, 201);
}

void TestSimAssignments::duplicateIsRefused() {
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    QCOMPARE(assign(user, roleId(QStringLiteral("User"))).status, 201);
    const HttpReply reply = assign(user, roleId(QStringLiteral("User")));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    QCOMPARE(errorMessage(reply), QStringLiteral("Permission being assigned already exists on the object."));
    QCOMPARE(m_sim->server().world().apps.appRoleAssignments.size(), 1);
}

void TestSimAssignments::invalidRequests_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown role") << QJsonObject{{QStringLiteral("appRoleId"),
                                                  QUuid::createUuid().toString(QUuid::WithoutBraces)}}
                                  << QStringLiteral("Permission being assigned was not found");
    QTest::newRow("other resource") << QJsonObject{{QStringLiteral("resourceId"),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces)}}
                                    << QStringLiteral("resourceId");
    QTest::newRow("not a guid") << QJsonObject{{QStringLiteral("principalId"), QStringLiteral("ann")}}
                                << QStringLiteral("principalId");
    QTest::newRow("unknown property")
        << QJsonObject{{QStringLiteral("expiresOn"), QStringLiteral("tomorrow")}}
        << QStringLiteral("Invalid property");
}

void TestSimAssignments::invalidRequests() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, messagePart);
    QJsonObject request{
        {QStringLiteral("principalId"), userId(*m_sim, QStringLiteral("user@contoso.example"))},
        {QStringLiteral("resourceId"), m_app.servicePrincipalId},
        {QStringLiteral("appRoleId"), roleId(QStringLiteral("User"))}};
    for (auto it = body.begin(); it != body.end(); ++it)
        request.insert(it.key(), it.value());
    const HttpReply reply = m_sim->graph(
        "POST", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId),
        request, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QVERIFY(m_sim->server().world().apps.appRoleAssignments.isEmpty());
}

void TestSimAssignments::unknownPrincipalIsNotFound() {
    const QString nobody = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpReply reply = assign(nobody, roleId(QStringLiteral("User")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(errorMessage(reply).contains(nobody));
}

void TestSimAssignments::defaultAccessRoleIsAccepted() {
    const HttpReply reply = assign(m_groupId, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("appRoleId")).toString(),
             QStringLiteral("00000000-0000-0000-0000-000000000000"));
}

void TestSimAssignments::listIsPagedAndDeleteRemoves() {
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const QString id =
            appstest::ensureUser(m_sim->server(), QStringLiteral("member%1@contoso.example").arg(i), {});
        const HttpReply reply = assign(id, roleId(QStringLiteral("User")));
        QCOMPARE(reply.status, 201);
        ids.append(reply.json().value(QStringLiteral("id")).toString());
    }
    const QString base =
        QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId);
    HttpReply reply = m_sim->graph("GET", base + QStringLiteral("?$top=2"), {}, kUserToken);
    QCOMPARE(reply.status, 200);
    QStringList seen;
    QString next;
    for (;;) {
        for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray())
            seen.append(v.toObject().value(QStringLiteral("id")).toString());
        next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        QVERIFY(reply.json().value(QStringLiteral("value")).toArray().size() == 2);
        reply = m_sim->graph("GET", QUrl(next).path() + u'?' + QUrl(next).query(QUrl::FullyEncoded), {},
                             kUserToken);
        QCOMPARE(reply.status, 200);
    }
    QCOMPARE(seen, ids);

    reply = m_sim->graph("GET", base + u'/' + ids.at(2), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), ids.at(2));
    QCOMPARE(m_sim->graph("DELETE", base + u'/' + ids.at(2), {}, kAdminToken).status, 204);
    QCOMPARE(m_sim->graph("GET", base + u'/' + ids.at(2), {}, kAdminToken).status, 404);
    QCOMPARE(m_sim->graph("DELETE", base + u'/' + ids.at(2), {}, kAdminToken).status, 404);
    reply = m_sim->graph("GET", base, {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 4);
}

void TestSimAssignments::nonAdminCannotAssign() {
    const HttpReply reply = assign(userId(*m_sim, QStringLiteral("user@contoso.example")),
                                   roleId(QStringLiteral("User")), kUserToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("Authorization_RequestDenied"));
}

QTEST_GUILESS_MAIN(TestSimAssignments)
#include "tst_sim_assignments.moc"
