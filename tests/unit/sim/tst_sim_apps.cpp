// Tests of simulated applications and service principals (sim/AppsModule.cpp, sim/AppsServicePrincipals.cpp).
#include "AppsTestWorld.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimApps : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void nonAdminCannotWrite();
    void newObjectsAnswer404UntilReplicated();
    void applicationQueries();
    void patchRefusesUnknownAndReadOnlyProperties();
    void identifierUrisNeedVerifiedDomainOrSamlMode();
    void samlExemptionReplicatesToo();
    void replyUrlsAreValidatedAndMirrored();
    void servicePrincipalQueriesAndPatch();
    void notificationEmailAddressesAtMostFive();
    void deletingSamlServicePrincipalIsRefused();
    void deletingApplicationRemovesBoth();
    void writeQuotaAnswers429();
    void latencyStillAnswers();

private:
    std::unique_ptr<testsupport::SimFixture> m_sim;
};

void TestSimApps::init() {
    m_sim = std::make_unique<testsupport::SimFixture>();
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    prepareWorld(m_sim->server());
}

void TestSimApps::cleanup() {
    m_sim.reset();
}

void TestSimApps::nonAdminCannotWrite() {
    HttpReply reply = m_sim->graph(
        "POST",
        QStringLiteral("/applicationTemplates/%1/instantiate").arg(sim::apps::insightlySamlTemplateId()),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}}, kUserToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("Authorization_RequestDenied"));
    const CreatedApp created = instantiateInsightly(*m_sim);
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kUserToken);
    QCOMPARE(reply.status, 403);
    reply = m_sim->graph("DELETE", QStringLiteral("/applications/") + created.applicationId, {}, kUserToken);
    QCOMPARE(reply.status, 403);
    // Reading is allowed.
    QCOMPARE(
        m_sim
            ->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {}, kUserToken)
            .status,
        200);
}

void TestSimApps::newObjectsAnswer404UntilReplicated() {
    m_sim->server().options().replicationDelayMs = 1500;
    const CreatedApp created = instantiateInsightly(*m_sim);
    QVERIFY(!created.applicationId.isEmpty());
    HttpReply reply =
        m_sim->graph("GET", QStringLiteral("/applications/") + created.applicationId, {}, kAdminToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(errorMessage(reply).contains(created.applicationId));
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kAdminToken);
    QCOMPARE(reply.status, 404);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sim
                       ->graph("GET", QStringLiteral("/applications/") + created.applicationId, {},
                               kAdminToken)
                       .status == 200;
        },
        30000));
    QCOMPARE(m_sim
                 ->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {},
                         kAdminToken)
                 .status,
             200);
}

void TestSimApps::applicationQueries() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    instantiateInsightly(*m_sim, QStringLiteral("Other app"));
    HttpReply reply = m_sim->graph("GET",
                                   QStringLiteral("/applications?$filter=appId%20eq%20'") + created.appId +
                                       QStringLiteral("'&$select=id,appId,displayName"),
                                   {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QStringLiteral("id")).toString(), created.applicationId);
    QVERIFY(!value.first().toObject().contains(QStringLiteral("web")));
    reply = m_sim->graph("GET",
                         QStringLiteral("/applications?$filter=applicationTemplateId%20eq%20'") +
                             sim::apps::insightlySamlTemplateId() + u'\'',
                         {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);
    reply = m_sim->graph("GET", QStringLiteral("/applications?$filter=contains(displayName,'Insightly')"), {},
                         kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_UnsupportedQuery"));
}

void TestSimApps::patchRefusesUnknownAndReadOnlyProperties() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    HttpReply reply = m_sim->graph("PATCH", QStringLiteral("/applications/") + created.applicationId,
                                   QJsonObject{{QStringLiteral("identifierUri"), QJsonArray{}}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QVERIFY(errorMessage(reply).contains(QLatin1String("Invalid property")));
    reply = m_sim->graph(
        "PATCH", QStringLiteral("/applications/") + created.applicationId,
        QJsonObject{{QStringLiteral("appId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
        kAdminToken);
    QCOMPARE(reply.status, 400);
    QVERIFY(errorMessage(reply).contains(QLatin1String("read-only")));
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("appRoleAssignmentRequired"), QStringLiteral("no")}},
                         kAdminToken);
    QCOMPARE(reply.status, 400);
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{}}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QVERIFY(errorMessage(reply).contains(QLatin1String("identifierUris")));
}

void TestSimApps::identifierUrisNeedVerifiedDomainOrSamlMode() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    const QString signInUrl = QStringLiteral("http://127.0.0.1:9/user/saml?instanceId=123456");
    const QString appPath = QStringLiteral("/applications/") + created.applicationId;
    HttpReply reply =
        m_sim->graph("PATCH", appPath, QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{signInUrl}}},
                     kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("HostNameNotOnVerifiedDomain"));
    QCOMPARE(errorMessage(reply),
             QStringLiteral("Values of identifierUris property must use a verified domain of the "
                            "organization or its subdomain: '%1'")
                 .arg(signInUrl));
    // A verified domain (or a subdomain of one) needs no exemption.
    reply = m_sim->graph("PATCH", appPath,
                         QJsonObject{{QStringLiteral("identifierUris"),
                                      QJsonArray{QStringLiteral("https://crm.contoso.example/saml")}}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("PATCH", appPath,
                         QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{signInUrl}}}, kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("GET", appPath + QStringLiteral("?$select=identifierUris"), {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("identifierUris")).toArray(), QJsonArray{signInUrl});
    // The SP's servicePrincipalNames follow.
    reply = m_sim->graph(
        "GET",
        QStringLiteral("/servicePrincipals/%1?$select=servicePrincipalNames").arg(created.servicePrincipalId),
        {}, kAdminToken);
    QVERIFY(reply.json().value(QStringLiteral("servicePrincipalNames")).toArray().contains(signInUrl));
    // A host-only identifier ending in '/' is refused with its own code.
    reply = m_sim->graph("PATCH", appPath,
                         QJsonObject{{QStringLiteral("identifierUris"),
                                      QJsonArray{QStringLiteral("https://crm.contoso.example/")}}},
                         kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("IdentifierUrisEndsWithSlash"));
}

void TestSimApps::samlExemptionReplicatesToo() {
    m_sim->server().options().replicationDelayMs = 1500;
    const CreatedApp created = instantiateInsightly(*m_sim);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sim->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {},
                                kAdminToken)
                           .status == 200 &&
                   m_sim->graph("GET", QStringLiteral("/applications/") + created.applicationId, {},
                                kAdminToken)
                           .status == 200;
        },
        30000));
    const QString signInUrl = QStringLiteral("http://127.0.0.1:9/user/saml?instanceId=42");
    HttpReply reply = m_sim->graph(
        "PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
        QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}}, kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("PATCH", QStringLiteral("/applications/") + created.applicationId,
                         QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{signInUrl}}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("HostNameNotOnVerifiedDomain"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sim
                       ->graph("PATCH", QStringLiteral("/applications/") + created.applicationId,
                               QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{signInUrl}}},
                               kAdminToken)
                       .status == 204;
        },
        30000));
}

void TestSimApps::replyUrlsAreValidatedAndMirrored() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    const QString appPath = QStringLiteral("/applications/") + created.applicationId;
    for (const QString &bad :
         {QStringLiteral("ftp://crm.example/acs"), QStringLiteral("http://crm.example/acs"),
          QStringLiteral("not a url"), QStringLiteral("https://crm.example/") + QString(260, u'a')}) {
        const HttpReply reply =
            m_sim->graph("PATCH", appPath,
                         QJsonObject{{QStringLiteral("web"),
                                      QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{bad}}}}},
                         kAdminToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorMessage(reply), QStringLiteral("One or more properties contains invalid values."));
    }
    const QString acs = QStringLiteral("http://127.0.0.1:9/user/saml?instanceId=7");
    HttpReply reply = m_sim->graph(
        "PATCH", appPath,
        QJsonObject{{QStringLiteral("web"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{acs}}}}},
        kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("GET", appPath, {}, kAdminToken);
    const QJsonObject web = reply.json().value(QStringLiteral("web")).toObject();
    QCOMPARE(web.value(QStringLiteral("redirectUris")).toArray(), QJsonArray{acs});
    QVERIFY(web.contains(QStringLiteral("implicitGrantSettings"))); // merged, not replaced
    reply = m_sim->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {},
                         kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("replyUrls")).toArray(), QJsonArray{acs});
}

void TestSimApps::servicePrincipalQueriesAndPatch() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    const CreatedApp other = instantiateInsightly(*m_sim, QStringLiteral("Second"));
    HttpReply reply = m_sim->graph(
        "PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
        QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("SAML2")}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("GET",
                         QStringLiteral("/servicePrincipals?$filter=preferredSingleSignOnMode%20eq%20'saml'"),
                         {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QStringLiteral("id")).toString(), created.servicePrincipalId);
    reply = m_sim->graph(
        "GET",
        QStringLiteral("/servicePrincipals?$filter=applicationTemplateId%20eq%20'%1'&$select=id,appId")
            .arg(sim::apps::insightlySamlTemplateId()),
        {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);
    reply =
        m_sim->graph("GET", QStringLiteral("/servicePrincipals?$filter=appId%20eq%20'%1'").arg(other.appId),
                     {}, kAdminToken);
    value = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Second"));
    reply = m_sim->graph("GET", QStringLiteral("/servicePrincipals?$filter=displayName%20eq%20'Second'"), {},
                         kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 1);
}

void TestSimApps::notificationEmailAddressesAtMostFive() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("admin%1@contoso.example").arg(i));
    HttpReply reply =
        m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                     QJsonObject{{QStringLiteral("notificationEmailAddresses"), six}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    six.removeLast();
    reply = m_sim->graph("PATCH", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId,
                         QJsonObject{{QStringLiteral("notificationEmailAddresses"), six}}, kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("GET",
                         QStringLiteral("/servicePrincipals/%1?$select=notificationEmailAddresses")
                             .arg(created.servicePrincipalId),
                         {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("notificationEmailAddresses")).toArray(), six);
}

void TestSimApps::deletingSamlServicePrincipalIsRefused() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    const HttpReply reply = m_sim->graph(
        "DELETE", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {}, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("DeletingSamlSpNotAllowed"));
    QCOMPARE(m_sim->server().world().apps.servicePrincipals.size(), 1);
}

void TestSimApps::deletingApplicationRemovesBoth() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    HttpReply reply =
        m_sim->graph("DELETE", QStringLiteral("/applications/") + created.applicationId, {}, kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(
        m_sim->graph("GET", QStringLiteral("/applications/") + created.applicationId, {}, kAdminToken).status,
        404);
    QCOMPARE(m_sim
                 ->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {},
                         kAdminToken)
                 .status,
             404);
    QCOMPARE(m_sim->graph("DELETE", QStringLiteral("/applications/") + created.applicationId, {}, kAdminToken)
                 .status,
             404);
}

void TestSimApps::writeQuotaAnswers429() {
    const CreatedApp created = instantiateInsightly(*m_sim);
    m_sim->server().options().writeQuota = 2;
    const QString path = QStringLiteral("/servicePrincipals/") + created.servicePrincipalId;
    const QJsonObject body{{QStringLiteral("notes"), QStringLiteral("x")}};
    QCOMPARE(m_sim->graph("PATCH", path, body, kAdminToken).status, 204);
    QCOMPARE(m_sim->graph("PATCH", path, body, kAdminToken).status, 204);
    const HttpReply reply = m_sim->graph("PATCH", path, body, kAdminToken);
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
    // Reads are not writes.
    QCOMPARE(m_sim->graph("GET", path, {}, kAdminToken).status, 200);
}

void TestSimApps::latencyStillAnswers() {
    m_sim->server().options().latencyMs = 200;
    const CreatedApp created = instantiateInsightly(*m_sim);
    QVERIFY(!created.servicePrincipalId.isEmpty());
    QCOMPARE(m_sim
                 ->graph("GET", QStringLiteral("/servicePrincipals/") + created.servicePrincipalId, {},
                         kAdminToken)
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSimApps)
#include "tst_sim_apps.moc"
