// Tests of the simulated Entra gallery: applicationTemplates and instantiate (sim/AppsModule.cpp,
// sim/ApplicationTemplates.cpp).
#include "AppsTestWorld.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimTemplates : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_sim = std::make_unique<testsupport::SimFixture>();
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        prepareWorld(m_sim->server());
    }
    void cleanup() { m_sim.reset(); }
    void templatesNeedAToken();
    void templateFilterByName_data();
    void templateFilterByName();
    void templateQueriesGraphRefuses_data();
    void templateQueriesGraphRefuses();
    void templateSelectAndPaging();
    void templateById();
    void instantiateCreatesApplicationAndServicePrincipal();
    void instantiateErrors();

private:
    std::unique_ptr<testsupport::SimFixture> m_sim;
};

void TestSimTemplates::templatesNeedAToken() {
    const HttpReply reply = m_sim->graph("GET", QStringLiteral("/applicationTemplates"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("InvalidAuthenticationToken"));
}

void TestSimTemplates::templateFilterByName_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("eq") << QStringLiteral("displayName eq 'Insightly SAML'")
                        << QStringList{QStringLiteral("Insightly SAML")};
    QTest::newRow("contains") << QStringLiteral("contains(displayName,'insightly')")
                              << QStringList{QStringLiteral("Insightly SAML"), QStringLiteral("Insightly")};
    QTest::newRow("older entry") << QStringLiteral("displayName eq 'Insightly'")
                                 << QStringList{QStringLiteral("Insightly")};
    QTest::newRow("non-gallery") << QStringLiteral("displayName eq 'Custom'")
                                 << QStringList{QStringLiteral("Custom")};
}

void TestSimTemplates::templateFilterByName() {
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    const HttpReply reply = m_sim->graph("GET",
                                         QStringLiteral("/applicationTemplates?$filter=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                                         {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QStringList found;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray())
        found.append(v.toObject().value(QStringLiteral("displayName")).toString());
    QCOMPARE(found, names);
    if (names == QStringList{QStringLiteral("Insightly SAML")}) {
        const QJsonObject t = reply.json().value(QStringLiteral("value")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("supportedSingleSignOnModes")).toArray(),
                 QJsonArray{QStringLiteral("saml")});
        QCOMPARE(t.value(QStringLiteral("supportedProvisioningTypes")).toArray(),
                 QJsonArray{QStringLiteral("sync")});
        QCOMPARE(t.value(QStringLiteral("id")).toString(), sim::apps::insightlySamlTemplateId());
        for (const char *property : {"categories", "publisher", "homePageUrl", "logoUrl", "description"})
            QVERIFY2(t.contains(QLatin1String(property)), property);
    }
    if (names == QStringList{QStringLiteral("Custom")}) {
        const QJsonObject t = reply.json().value(QStringLiteral("value")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("id")).toString(),
                 QStringLiteral("8adf8e6e-67b2-4cf2-a259-e3dc5476c621"));
    }
}

void TestSimTemplates::templateQueriesGraphRefuses_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("filter on publisher")
        << QStringLiteral("$filter=publisher eq 'Insightly'") << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("unknown select") << QStringLiteral("$select=id,nonsense") << QStringLiteral("BadRequest");
    QTest::newRow("bad filter syntax")
        << QStringLiteral("$filter=displayName eq") << QStringLiteral("BadRequest");
}

void TestSimTemplates::templateQueriesGraphRefuses() {
    QFETCH(QString, query);
    QFETCH(QString, code);
    const HttpReply reply =
        m_sim->graph("GET", QStringLiteral("/applicationTemplates?") + query, {}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), code);
}

void TestSimTemplates::templateSelectAndPaging() {
    HttpReply reply = m_sim->graph(
        "GET", QStringLiteral("/applicationTemplates?$select=id,displayName&$top=5"), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray page = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().toObject().keys(),
             (QStringList{QStringLiteral("displayName"), QStringLiteral("id")}));
    QString next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY(!next.isEmpty());
    int total = int(page.size());
    while (!next.isEmpty()) {
        reply = m_sim->graph("GET", QUrl(next).path() + u'?' + QUrl(next).query(QUrl::FullyEncoded), {},
                             kAdminToken);
        QCOMPARE(reply.status, 200);
        total += int(reply.json().value(QStringLiteral("value")).toArray().size());
        next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
    }
    QCOMPARE(total, int(sim::apps::applicationTemplates().size()));
    QVERIFY(total >= 14); // the Insightly entries, the non-gallery template and a dozen others
}

void TestSimTemplates::templateById() {
    HttpReply reply =
        m_sim->graph("GET", QStringLiteral("/applicationTemplates/") + sim::apps::insightlySamlTemplateId(),
                     {}, kUserToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Insightly SAML"));
    reply = m_sim->graph(
        "GET", QStringLiteral("/applicationTemplates/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
        {}, kUserToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_ResourceNotFound"));
}

void TestSimTemplates::instantiateCreatesApplicationAndServicePrincipal() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    QVERIFY(!created.applicationId.isEmpty());
    const QJsonObject &app = created.application;
    const QJsonObject &sp = created.servicePrincipal;
    QCOMPARE(app.value(QStringLiteral("displayName")).toString(), QStringLiteral("Insightly SAML"));
    QCOMPARE(app.value(QStringLiteral("applicationTemplateId")).toString(),
             sim::apps::insightlySamlTemplateId());
    QCOMPARE(app.value(QStringLiteral("identifierUris")).toArray(), QJsonArray());
    QCOMPARE(app.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray(),
             QJsonArray());
    QCOMPARE(sp.value(QStringLiteral("appId")).toString(), created.appId);
    QVERIFY(sp.value(QStringLiteral("preferredSingleSignOnMode")).isNull());
    QCOMPARE(sp.value(QStringLiteral("keyCredentials")).toArray(), QJsonArray());
    QCOMPARE(sp.value(QStringLiteral("passwordCredentials")).toArray(), QJsonArray());
    QCOMPARE(sp.value(QStringLiteral("appRoleAssignmentRequired")).toBool(), true);
    QCOMPARE(sp.value(QStringLiteral("servicePrincipalType")).toString(), QStringLiteral("Application"));
    QCOMPARE(sp.value(QStringLiteral("notificationEmailAddresses")).toArray(), QJsonArray());
    QStringList roles;
    for (const QJsonValue &v : sp.value(QStringLiteral("appRoles")).toArray()) {
        roles.append(v.toObject().value(QStringLiteral("displayName")).toString());
        QVERIFY(!QUuid::fromString(v.toObject().value(QStringLiteral("id")).toString()).isNull());
    }
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("User"), QStringLiteral("msiam_access")}));
    QVERIFY(created.applicationId != created.servicePrincipalId);

    // Graph allows a second app of the same name (the wizard must avoid it).
    QVERIFY(!instantiateInsightly(*m_sim).applicationId.isEmpty());
    QCOMPARE(m_sim->server().world().apps.applications.size(), 2);
}

void TestSimTemplates::instantiateErrors() {
    const QString path =
        QStringLiteral("/applicationTemplates/%1/instantiate").arg(sim::apps::insightlySamlTemplateId());
    HttpReply reply = m_sim->graph("POST", path, QJsonObject{}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    reply = m_sim->graph("POST", path,
                         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")},
                                     {QStringLiteral("colour"), QStringLiteral("blue")}},
                         kAdminToken);
    QCOMPARE(reply.status, 400);
    QVERIFY(errorMessage(reply).contains(QLatin1String("colour")));
    reply = m_sim->graph("POST",
                         QStringLiteral("/applicationTemplates/%1/microsoft.graph.instantiate")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")}}, kAdminToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(m_sim->server().world().apps.applications.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimTemplates)
#include "tst_sim_templates.moc"
