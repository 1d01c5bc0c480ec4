// Tests of the simulated synchronization API (sim/SyncModule.cpp) against a SCIM test double: templates,
// jobs, secrets, Test Connection, the sync service's replication lag, roles.
#include "SyncTemplates.h"
#include "SyncTestWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace appstest;
using testsupport::HttpReply;

class TestSimSync : public QObject, public SyncTestWorld {
    Q_OBJECT
private slots:
    void init() { QVERIFY(start()); }
    void cleanup() {
        m_sim.reset();
        m_scim.reset();
    }
    void templatesDescribeTheInsightlyRule();
    void jobLifecycle();
    void secretsAreMaskedAndConfigureTheJob();
    void validateCredentialsProbesScim();
    void validateCredentialsFailures_data();
    void validateCredentialsFailures();
    void syncServiceLagsBehindNewServicePrincipal();
    void nonAdminIsDenied();
};

void TestSimSync::templatesDescribeTheInsightlyRule() {
    const HttpReply reply = m_sim->graph("GET", syncPath(QStringLiteral("/templates")), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray templates = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(templates.size(), 1);
    const QJsonObject t = templates.first().toObject();
    QCOMPARE(t.value(QStringLiteral("id")).toString(), QStringLiteral("insightlySaml"));
    QCOMPARE(t.value(QStringLiteral("factoryTag")).toString(), QStringLiteral("insightlySaml"));
    const QJsonObject rule = t.value(QStringLiteral("schema"))
                                 .toObject()
                                 .value(QStringLiteral("synchronizationRules"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(rule.value(QStringLiteral("sourceDirectoryName")).toString(),
             QStringLiteral("Azure Active Directory"));
    const QJsonObject mapping = rule.value(QStringLiteral("objectMappings")).toArray().first().toObject();
    QCOMPARE(mapping.value(QStringLiteral("sourceObjectName")).toString(), QStringLiteral("User"));
    QCOMPARE(mapping.value(QStringLiteral("targetObjectName")).toString(), sim::sync::kScimUserObject);
    QVERIFY(!QUuid::fromString(rule.value(QStringLiteral("id")).toString()).isNull());

    // An app without provisioning offers no template.
    const HttpReply other = m_sim->graph(
        "POST", QStringLiteral("/applicationTemplates/9c1f0d47-2b3a-4e65-8f1c-6a7d5e4b3c21/instantiate"),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly")}}, kAdminToken);
    QCOMPARE(other.status, 201);
    const QString otherSp = other.json()
                                .value(QStringLiteral("servicePrincipal"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    QCOMPARE(m_sim
                 ->graph("GET",
                         QStringLiteral("/servicePrincipals/%1/synchronization/templates").arg(otherSp), {},
                         kAdminToken)
                 .json()
                 .value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             0);
}

void TestSimSync::jobLifecycle() {
    const QJsonObject created = createJob();
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("insightlySaml.")));
    QVERIFY(id.endsWith(m_sim->tenantId()));
    QCOMPARE(created.value(QStringLiteral("templateId")).toString(), QStringLiteral("insightlySaml"));
    QCOMPARE(created.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(created.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("NotConfigured"));
    QVERIFY(!created.contains(QStringLiteral("servicePrincipalId")));

    HttpReply reply =
        m_sim->graph("POST", syncPath(QStringLiteral("/jobs")),
                     QJsonObject{{QStringLiteral("templateId"), QStringLiteral("dataBricks")}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    // Graph allows a second job from the same template.
    const QString second = createJob().value(QStringLiteral("id")).toString();
    QVERIFY(!second.isEmpty() && second != id);
    reply = m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);

    reply = m_sim->graph("GET", syncPath(QStringLiteral("/jobs/%1/schema").arg(id)), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("synchronizationRules")).toArray().size(), 1);
    QCOMPARE(m_sim->graph("DELETE", syncPath(QStringLiteral("/jobs/") + second), {}, kAdminToken).status,
             204);
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs/") + second), {}, kAdminToken).status, 404);
    QCOMPARE(m_sim
                 ->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(second)), QJsonObject{},
                         kAdminToken)
                 .status,
             404);
}

void TestSimSync::secretsAreMaskedAndConfigureTheJob() {
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(QStringLiteral("s3cret-token"));
    // What was stored, as the simulator's own state shows it (Graph v1.0 has no GET …/secrets).
    const QJsonObject stored = m_sim->request("GET", QStringLiteral("/_sim/state"))
                                   .json()
                                   .value(QStringLiteral("apps"))
                                   .toObject()
                                   .value(QStringLiteral("synchronizationSecrets"))
                                   .toObject()
                                   .value(m_app.servicePrincipalId)
                                   .toObject();
    QCOMPARE(stored.value(QStringLiteral("SecretToken")).toString(), QStringLiteral("s3cret-token"));
    QCOMPARE(stored.value(QStringLiteral("BaseAddress")).toString(), m_scim->baseAddress());
    QCOMPARE(stored.value(QStringLiteral("SyncAll")).toString(), QStringLiteral("false"));
    // What Graph shows of them: GET …/synchronization, the token masked.
    HttpReply reply = m_sim->graph("GET", syncPath(), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QHash<QString, QString> values;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("secrets")).toArray())
        values.insert(v.toObject().value(QStringLiteral("key")).toString(),
                      v.toObject().value(QStringLiteral("value")).toString());
    QCOMPARE(values.value(QStringLiteral("SecretToken")), QStringLiteral("*"));
    QCOMPARE(values.value(QStringLiteral("BaseAddress")), m_scim->baseAddress());
    QCOMPARE(values.value(QStringLiteral("SyncAll")), QStringLiteral("false"));
    QVERIFY(!reply.body.contains("s3cret-token"));
    // The route Graph v1.0 does not describe is not served.
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/secrets")), {}, kAdminToken).status, 405);
    QCOMPARE(job(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("NotRun"));

    reply =
        m_sim->graph("PUT", syncPath(QStringLiteral("/secrets")),
                     QJsonObject{{QStringLiteral("value"),
                                  QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("TenantUrl")},
                                                         {QStringLiteral("value"), QStringLiteral("x")}}}}},
                     kAdminToken);
    QCOMPARE(reply.status, 400);
    // An empty value removes a secret (Terraform's delete).
    reply = m_sim->graph(
        "PUT", syncPath(QStringLiteral("/secrets")),
        QJsonObject{{QStringLiteral("value"),
                     QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                            {QStringLiteral("value"), QString()}}}}},
        kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(job(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("NotConfigured"));
}

void TestSimSync::validateCredentialsProbesScim() {
    const QString id = createJob().value(QStringLiteral("id")).toString();
    const QJsonObject body{{QStringLiteral("useSavedCredentials"), false},
                           {QStringLiteral("credentials"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                                   {QStringLiteral("value"), m_scim->baseAddress()}},
                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                                   {QStringLiteral("value"), m_scim->token}}}}};
    HttpReply reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/validateCredentials").arg(id)),
                                   body, kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(m_scim->requests.size(), 1);
    const RecordedScimRequest probe = m_scim->requests.first();
    QCOMPARE(probe.method, QByteArray("GET"));
    QCOMPARE(probe.path, QStringLiteral("/scim/Users"));
    QVERIFY2(probe.filter.startsWith(QLatin1String("userName eq \"")), qPrintable(probe.filter));
    QVERIFY(!QUuid::fromString(probe.filter.mid(13, 36)).isNull());
    QCOMPARE(probe.authorization, "Bearer " + m_scim->token.toUtf8());

    // The prefixed action, the collection-level action and saved credentials work too.
    saveSecrets(m_scim->token);
    reply =
        m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/microsoft.graph.validateCredentials").arg(id)),
                     QJsonObject{{QStringLiteral("useSavedCredentials"), true}}, kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/validateCredentials")),
                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")},
                                     {QStringLiteral("useSavedCredentials"), true}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(m_scim->requests.size(), 3);
}

void TestSimSync::validateCredentialsFailures_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong token") << QStringLiteral("stale") << 0 << false
                                 << QStringLiteral(
                                        "SystemForCrossDomainIdentityManagementCredentialValidationFailure")
                                 << QStringLiteral("Unauthorized (401)");
    QTest::newRow("wrong path") << QString() << 404 << false
                                << QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible")
                                << QStringLiteral("HTTP/404");
    QTest::newRow("server error") << QString() << 500 << false
                                  << QStringLiteral("CredentialValidationUnavailable")
                                  << QStringLiteral("InternalServerError (500)");
    QTest::newRow("nobody listening")
        << QString() << 0 << true << QStringLiteral("CredentialValidationUnavailable")
        << QStringLiteral("An error occurred while sending the request");
}

void TestSimSync::validateCredentialsFailures() {
    QFETCH(QString, token);
    QFETCH(int, listStatus);
    QFETCH(bool, unreachable);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    m_scim->listStatusOverride = listStatus;
    QString base = m_scim->baseAddress();
    if (unreachable) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        base = QStringLiteral("http://127.0.0.1:%1/scim").arg(closed.serverPort());
        closed.close();
    }
    const QString id = createJob().value(QStringLiteral("id")).toString();
    const QJsonObject body{
        {QStringLiteral("credentials"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                {QStringLiteral("value"), base}},
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                {QStringLiteral("value"), token.isEmpty() ? m_scim->token : token}}}}};
    const HttpReply reply = m_sim->graph(
        "POST", syncPath(QStringLiteral("/jobs/%1/validateCredentials").arg(id)), body, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), code);
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QVERIFY(!errorMessage(reply).contains(m_scim->token));
    if (!unreachable)
        QVERIFY(errorMessage(reply).contains(QLatin1String("/scim/Users")));
}

void TestSimSync::syncServiceLagsBehindNewServicePrincipal() {
    m_sim->server().options().replicationDelayMs = 3000;
    const CreatedApp fresh = instantiateInsightly(*m_sim, QStringLiteral("Fresh"));
    const QString base =
        QStringLiteral("/servicePrincipals/%1/synchronization").arg(fresh.servicePrincipalId);
    QCOMPARE(m_sim->graph("GET", base + QStringLiteral("/templates"), {}, kAdminToken).status, 404);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sim
                       ->graph("GET", QStringLiteral("/servicePrincipals/") + fresh.servicePrincipalId, {},
                               kAdminToken)
                       .status == 200;
        },
        30000));
    // Graph knows the SP now, the synchronization service not yet.
    QCOMPARE(m_sim->graph("GET", base + QStringLiteral("/templates"), {}, kAdminToken).status, 403);
    QCOMPARE(m_sim
                 ->graph("POST", base + QStringLiteral("/jobs"),
                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                         kAdminToken)
                 .status,
             409);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sim
                       ->graph("POST", base + QStringLiteral("/jobs"),
                               QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                               kAdminToken)
                       .status == 201;
        },
        30000));
}

void TestSimSync::nonAdminIsDenied() {
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}, kUserToken).status, 403);
    QCOMPARE(m_sim
                 ->graph("POST", syncPath(QStringLiteral("/jobs")),
                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                         kUserToken)
                 .status,
             403);
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}).status, 401);
}

QTEST_GUILESS_MAIN(TestSimSync)
#include "tst_sim_sync.moc"
