// Tests of the simulated synchronization API and provisioning engine (sim/SyncModule.cpp, sim/SyncOnDemand.cpp,
// sim/Provisioning*.cpp) against a SCIM test double.
#include "AppsTestWorld.h"
#include "ScimTestDouble.h"
#include "SyncTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void templatesDescribeTheInsightlyRule();
    void jobLifecycle();
    void secretsAreMaskedAndConfigureTheJob();
    void validateCredentialsProbesScim();
    void validateCredentialsFailures_data();
    void validateCredentialsFailures();
    void syncServiceLagsBehindNewServicePrincipal();
    void engineProvisionsAssignedUsersAndDisablesUnassigned();
    void badTokenQuarantinesUntilRestart();
    void pauseStopsTheSchedule();
    void provisionOnDemand();
    void provisionOnDemandIsRateLimited();
    void nonAdminIsDenied();

private:
    QString syncPath(const QString &suffix = {}) const
    {
        return QStringLiteral("/servicePrincipals/%1/synchronization%2").arg(m_app.servicePrincipalId, suffix);
    }
    QJsonObject createJob();
    void saveSecrets(const QString &token);
    QJsonObject job(const QString &id);
    QString assign(const QString &principalId);
    QString ruleId();

    std::unique_ptr<testsupport::SimFixture> m_sim;
    std::unique_ptr<ScimTestDouble> m_scim;
    CreatedApp m_app;
};

void TestSimSync::init()
{
    sim::SimOptions options;
    options.syncIntervalMs = 300;
    m_sim = std::make_unique<testsupport::SimFixture>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    prepareWorld(m_sim->server());
    m_app = instantiateInsightly(*m_sim);
    QVERIFY(!m_app.servicePrincipalId.isEmpty());
    m_scim = std::make_unique<ScimTestDouble>();
    QVERIFY(m_scim->start() != 0);
}

void TestSimSync::cleanup()
{
    m_sim.reset();
    m_scim.reset();
}

QJsonObject TestSimSync::createJob()
{
    const HttpReply reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs")),
                                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}}, kAdminToken);
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

void TestSimSync::saveSecrets(const QString &token)
{
    const QJsonArray value{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")}, {QStringLiteral("value"), m_scim->baseAddress()}},
                           QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")}, {QStringLiteral("value"), token}},
                           QJsonObject{{QStringLiteral("key"), QStringLiteral("SyncAll")}, {QStringLiteral("value"), QStringLiteral("false")}}};
    QCOMPARE(m_sim->graph("PUT", syncPath(QStringLiteral("/secrets")), QJsonObject{{QStringLiteral("value"), value}}, kAdminToken).status, 204);
}

QJsonObject TestSimSync::job(const QString &id)
{
    return m_sim->graph("GET", syncPath(QStringLiteral("/jobs/") + id), {}, kAdminToken).json();
}

QString TestSimSync::assign(const QString &principalId)
{
    QString roleId;
    for (const QJsonValue &v : m_app.servicePrincipal.value(QStringLiteral("appRoles")).toArray())
        if (v.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("User"))
            roleId = v.toObject().value(QStringLiteral("id")).toString();
    const HttpReply reply = m_sim->graph("POST", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId),
                                         QJsonObject{{QStringLiteral("principalId"), principalId},
                                                     {QStringLiteral("resourceId"), m_app.servicePrincipalId},
                                                     {QStringLiteral("appRoleId"), roleId}}, kAdminToken);
    return reply.json().value(QStringLiteral("id")).toString();
}

QString TestSimSync::ruleId()
{
    const QJsonObject created = createJob();
    const HttpReply schema = m_sim->graph("GET", syncPath(QStringLiteral("/jobs/%1/schema").arg(created.value(QStringLiteral("id")).toString())), {}, kAdminToken);
    return schema.json().value(QStringLiteral("synchronizationRules")).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

void TestSimSync::templatesDescribeTheInsightlyRule()
{
    const HttpReply reply = m_sim->graph("GET", syncPath(QStringLiteral("/templates")), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray templates = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(templates.size(), 1);
    const QJsonObject t = templates.first().toObject();
    QCOMPARE(t.value(QStringLiteral("id")).toString(), QStringLiteral("insightlySaml"));
    QCOMPARE(t.value(QStringLiteral("factoryTag")).toString(), QStringLiteral("insightlySaml"));
    const QJsonObject rule = t.value(QStringLiteral("schema")).toObject().value(QStringLiteral("synchronizationRules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("sourceDirectoryName")).toString(), QStringLiteral("Azure Active Directory"));
    const QJsonObject mapping = rule.value(QStringLiteral("objectMappings")).toArray().first().toObject();
    QCOMPARE(mapping.value(QStringLiteral("sourceObjectName")).toString(), QStringLiteral("User"));
    QCOMPARE(mapping.value(QStringLiteral("targetObjectName")).toString(), sim::sync::kScimUserObject);
    QVERIFY(!QUuid::fromString(rule.value(QStringLiteral("id")).toString()).isNull());

    // An app without provisioning offers no template.
    const HttpReply other = m_sim->graph("POST", QStringLiteral("/applicationTemplates/9c1f0d47-2b3a-4e65-8f1c-6a7d5e4b3c21/instantiate"),
                                         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly")}}, kAdminToken);
    QCOMPARE(other.status, 201);
    const QString otherSp = other.json().value(QStringLiteral("servicePrincipal")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/servicePrincipals/%1/synchronization/templates").arg(otherSp), {}, kAdminToken)
                 .json().value(QStringLiteral("value")).toArray().size(), 0);
}

void TestSimSync::jobLifecycle()
{
    const QJsonObject created = createJob();
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("insightlySaml.")));
    QVERIFY(id.endsWith(m_sim->tenantId()));
    QCOMPARE(created.value(QStringLiteral("templateId")).toString(), QStringLiteral("insightlySaml"));
    QCOMPARE(created.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Disabled"));
    QCOMPARE(created.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("NotConfigured"));
    QVERIFY(!created.contains(QStringLiteral("servicePrincipalId")));

    HttpReply reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs")), QJsonObject{{QStringLiteral("templateId"), QStringLiteral("dataBricks")}}, kAdminToken);
    QCOMPARE(reply.status, 400);
    // Graph allows a second job from the same template.
    const QString second = createJob().value(QStringLiteral("id")).toString();
    QVERIFY(!second.isEmpty() && second != id);
    reply = m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}, kAdminToken);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);

    reply = m_sim->graph("GET", syncPath(QStringLiteral("/jobs/%1/schema").arg(id)), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("synchronizationRules")).toArray().size(), 1);
    QCOMPARE(m_sim->graph("DELETE", syncPath(QStringLiteral("/jobs/") + second), {}, kAdminToken).status, 204);
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs/") + second), {}, kAdminToken).status, 404);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(second)), QJsonObject{}, kAdminToken).status, 404);
}

void TestSimSync::secretsAreMaskedAndConfigureTheJob()
{
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(QStringLiteral("s3cret-token"));
    HttpReply reply = m_sim->graph("GET", syncPath(QStringLiteral("/secrets")), {}, kAdminToken);
    QCOMPARE(reply.status, 200);
    QHash<QString, QString> values;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray())
        values.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject().value(QStringLiteral("value")).toString());
    QCOMPARE(values.value(QStringLiteral("SecretToken")), QStringLiteral("*"));
    QCOMPARE(values.value(QStringLiteral("BaseAddress")), m_scim->baseAddress());
    QCOMPARE(values.value(QStringLiteral("SyncAll")), QStringLiteral("false"));
    QVERIFY(!reply.body.contains("s3cret-token"));
    QCOMPARE(job(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("NotRun"));

    reply = m_sim->graph("PUT", syncPath(QStringLiteral("/secrets")),
                         QJsonObject{{QStringLiteral("value"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("TenantUrl")},
                                                                                      {QStringLiteral("value"), QStringLiteral("x")}}}}},
                         kAdminToken);
    QCOMPARE(reply.status, 400);
    // An empty value removes a secret (Terraform's delete).
    reply = m_sim->graph("PUT", syncPath(QStringLiteral("/secrets")),
                         QJsonObject{{QStringLiteral("value"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                                                                      {QStringLiteral("value"), QString()}}}}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(job(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("NotConfigured"));
}

void TestSimSync::validateCredentialsProbesScim()
{
    const QString id = createJob().value(QStringLiteral("id")).toString();
    const QJsonObject body{{QStringLiteral("useSavedCredentials"), false},
                           {QStringLiteral("credentials"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                                                                  {QStringLiteral("value"), m_scim->baseAddress()}},
                                                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                                                                  {QStringLiteral("value"), m_scim->token}}}}};
    HttpReply reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/validateCredentials").arg(id)), body, kAdminToken);
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
    reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/microsoft.graph.validateCredentials").arg(id)),
                         QJsonObject{{QStringLiteral("useSavedCredentials"), true}}, kAdminToken);
    QCOMPARE(reply.status, 204);
    reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/validateCredentials")),
                         QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}, {QStringLiteral("useSavedCredentials"), true}},
                         kAdminToken);
    QCOMPARE(reply.status, 204);
    QCOMPARE(m_scim->requests.size(), 3);
}

void TestSimSync::validateCredentialsFailures_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong token") << QStringLiteral("stale") << 0 << false
                                 << QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure")
                                 << QStringLiteral("Unauthorized (401)");
    QTest::newRow("wrong path") << QString() << 404 << false
                                << QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible")
                                << QStringLiteral("HTTP/404");
    QTest::newRow("server error") << QString() << 500 << false << QStringLiteral("CredentialValidationUnavailable")
                                  << QStringLiteral("InternalServerError (500)");
    QTest::newRow("nobody listening") << QString() << 0 << true << QStringLiteral("CredentialValidationUnavailable")
                                      << QStringLiteral("An error occurred while sending the request");
}

void TestSimSync::validateCredentialsFailures()
{
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
    const QJsonObject body{{QStringLiteral("credentials"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                                                                  {QStringLiteral("value"), base}},
                                                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                                                                  {QStringLiteral("value"), token.isEmpty() ? m_scim->token : token}}}}};
    const HttpReply reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/validateCredentials").arg(id)), body, kAdminToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), code);
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QVERIFY(!errorMessage(reply).contains(m_scim->token));
    if (!unreachable)
        QVERIFY(errorMessage(reply).contains(QLatin1String("/scim/Users")));
}

void TestSimSync::syncServiceLagsBehindNewServicePrincipal()
{
    m_sim->server().options().replicationDelayMs = 3000;
    const CreatedApp fresh = instantiateInsightly(*m_sim, QStringLiteral("Fresh"));
    const QString base = QStringLiteral("/servicePrincipals/%1/synchronization").arg(fresh.servicePrincipalId);
    QCOMPARE(m_sim->graph("GET", base + QStringLiteral("/templates"), {}, kAdminToken).status, 404);
    QVERIFY(QTest::qWaitFor([&] {
        return m_sim->graph("GET", QStringLiteral("/servicePrincipals/") + fresh.servicePrincipalId, {}, kAdminToken).status == 200;
    }, 30000));
    // Graph knows the SP now, the synchronization service not yet.
    QCOMPARE(m_sim->graph("GET", base + QStringLiteral("/templates"), {}, kAdminToken).status, 403);
    QCOMPARE(m_sim->graph("POST", base + QStringLiteral("/jobs"), QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                          kAdminToken).status, 409);
    QVERIFY(QTest::qWaitFor([&] {
        return m_sim->graph("POST", base + QStringLiteral("/jobs"), QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                            kAdminToken).status == 201;
    }, 30000));
}

void TestSimSync::engineProvisionsAssignedUsersAndDisablesUnassigned()
{
    sim::SimServer &server = m_sim->server();
    const QString ann = ensureUser(server, QStringLiteral("ann@contoso.example"), {});
    const QString bob = ensureUser(server, QStringLiteral("bob@contoso.example"), {});
    const QString cid = ensureUser(server, QStringLiteral("cid@contoso.example"), {});
    sim::DirectoryGroup group;
    group.id = server.newGuid();
    group.displayName = QStringLiteral("Sales");
    group.memberIds = {bob, cid};
    server.world().directory.addGroup(group);
    const QString annAssignment = assign(ann);
    QVERIFY(!annAssignment.isEmpty());
    QVERIFY(!assign(group.id).isEmpty());

    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken).status, 204);
    QVERIFY(QTest::qWaitFor([&] { return m_scim->users.size() == 3; }, 30000));

    const QJsonObject created = m_scim->userByName(QStringLiteral("ann@contoso.example"));
    QCOMPARE(created.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(created.value(QStringLiteral("externalId")).toString(), QStringLiteral("ann"));
    QCOMPARE(created.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ann Tester"));
    QCOMPARE(created.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(), QStringLiteral("Ann"));
    QCOMPARE(created.value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(), QStringLiteral("Tester"));
    const QJsonObject email = created.value(QStringLiteral("emails")).toArray().first().toObject();
    QCOMPARE(email.value(QStringLiteral("type")).toString(), QStringLiteral("work"));
    QCOMPARE(email.value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(email.value(QStringLiteral("value")).toString(), QStringLiteral("ann@contoso.example"));
    for (const RecordedScimRequest &r : m_scim->requests)
        QCOMPARE(r.authorization, "Bearer " + m_scim->token.toUtf8());

    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
        return status.value(QStringLiteral("lastExecution")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("Succeeded")
               && status.value(QStringLiteral("synchronizedEntryCountByType")).toArray().first().toObject().value(QStringLiteral("value")).toInt() == 3;
    }, 30000));
    const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("code")).toString(), QStringLiteral("Active"));
    QVERIFY(!status.value(QStringLiteral("steadyStateLastAchievedTime")).toString().startsWith(QLatin1String("0001")));
    QCOMPARE(status.value(QStringLiteral("countSuccessiveCompleteFailures")).toInt(), 0);
    QCOMPARE(job(id).value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Active"));

    // Unassigning Ann disables her with Entra's string-valued PATCH.
    QCOMPARE(m_sim->graph("DELETE", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/%2").arg(m_app.servicePrincipalId, annAssignment),
                          {}, kAdminToken).status, 204);
    QVERIFY(QTest::qWaitFor([&] { return !m_scim->userByName(QStringLiteral("ann@contoso.example")).value(QStringLiteral("active")).toBool(); }, 30000));
    bool sawDisable = false;
    for (const RecordedScimRequest &r : m_scim->requestsWith("PATCH")) {
        const QJsonObject op = r.body.value(QStringLiteral("Operations")).toArray().first().toObject();
        if (op.value(QStringLiteral("path")).toString() == QLatin1String("active")) {
            QCOMPARE(op.value(QStringLiteral("op")).toString(), QStringLiteral("Replace"));
            QCOMPARE(op.value(QStringLiteral("value")), QJsonValue(QStringLiteral("False")));
            sawDisable = true;
        }
    }
    QVERIFY(sawDisable);
    QCOMPARE(m_scim->requestsWith("POST").size(), 3); // nobody was created twice
}

void TestSimSync::badTokenQuarantinesUntilRestart()
{
    assign(userId(*m_sim, QStringLiteral("user@contoso.example")));
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(QStringLiteral("regenerated-in-insightly"));
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken).status, 204);
    QVERIFY(QTest::qWaitFor([&] {
        return job(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString() == QLatin1String("Quarantine");
    }, 30000));
    const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
    const QJsonObject quarantine = status.value(QStringLiteral("quarantine")).toObject();
    QCOMPARE(quarantine.value(QStringLiteral("reason")).toString(), QStringLiteral("EncounteredQuarantineException"));
    QCOMPARE(quarantine.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure"));
    QVERIFY(quarantine.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("Unauthorized")));
    QCOMPARE(status.value(QStringLiteral("lastExecution")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Failed"));
    QVERIFY(status.value(QStringLiteral("countSuccessiveCompleteFailures")).toInt() >= 1);
    QVERIFY(m_scim->users.isEmpty());

    saveSecrets(m_scim->token);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/restart").arg(id)),
                          QJsonObject{{QStringLiteral("criteria"), QJsonObject{{QStringLiteral("resetScope"), QStringLiteral("Full")}}}},
                          kAdminToken).status, 204);
    QVERIFY(QTest::qWaitFor([&] { return m_scim->users.size() == 1; }, 30000));
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonObject s = job(id).value(QStringLiteral("status")).toObject();
        return s.value(QStringLiteral("code")).toString() == QLatin1String("Active") && s.value(QStringLiteral("quarantine")).isNull()
               && s.value(QStringLiteral("lastExecution")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("Succeeded");
    }, 30000));
}

void TestSimSync::pauseStopsTheSchedule()
{
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken).status, 204);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/microsoft.graph.pause").arg(id)), QJsonObject{}, kAdminToken).status, 204);
    const QJsonObject paused = job(id);
    QCOMPARE(paused.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Paused"));
    QCOMPARE(paused.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("Paused"));
}

void TestSimSync::provisionOnDemand()
{
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    assign(user);
    const QString rule = ruleId();
    const QString id = createJob().value(QStringLiteral("id")).toString();
    auto onDemand = [&](const QString &objectId, const QString &ruleToUse) {
        return m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/provisionOnDemand").arg(id)),
                            QJsonObject{{QStringLiteral("parameters"),
                                         QJsonArray{QJsonObject{{QStringLiteral("ruleId"), ruleToUse},
                                                                {QStringLiteral("subjects"), QJsonArray{QJsonObject{{QStringLiteral("objectId"), objectId},
                                                                                                                    {QStringLiteral("objectTypeName"), QStringLiteral("User")}}}}}}}},
                            kAdminToken);
    };
    HttpReply reply = onDemand(user, rule);
    QCOMPARE(reply.status, 400); // no credentials saved yet
    saveSecrets(m_scim->token);
    QCOMPARE(onDemand(user, QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 400);

    reply = onDemand(user, rule);
    QCOMPARE(reply.status, 200);
    const QJsonObject key = QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    const QJsonObject value = QJsonDocument::fromJson(reply.json().value(QStringLiteral("value")).toString().toUtf8()).object();
    QCOMPARE(key.value(QStringLiteral("result")).toString(), QStringLiteral("Success"));
    QCOMPARE(value.value(QStringLiteral("action")).toString(), QStringLiteral("Create"));
    QVERIFY(value.value(QStringLiteral("provisioningSteps")).toArray().size() >= 3);
    QCOMPARE(value.value(QStringLiteral("sourceIdentity")).toObject().value(QStringLiteral("id")).toString(), user);
    QCOMPARE(m_scim->users.size(), 1);
    QCOMPARE(value.value(QStringLiteral("targetIdentity")).toObject().value(QStringLiteral("id")).toString(), m_scim->users.constBegin().key());

    reply = onDemand(user, rule);
    const QJsonObject again = QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    QCOMPARE(again.value(QStringLiteral("result")).toString(), QStringLiteral("Skipped"));
    QCOMPARE(again.value(QStringLiteral("details")).toObject().value(QStringLiteral("errorCode")).toString(), QStringLiteral("RedundantExport"));

    const QString stranger = ensureUser(m_sim->server(), QStringLiteral("stranger@contoso.example"), {});
    reply = onDemand(stranger, rule);
    QCOMPARE(reply.status, 200);
    const QJsonObject skipped = QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    QCOMPARE(skipped.value(QStringLiteral("result")).toString(), QStringLiteral("Skipped"));
    QCOMPARE(m_scim->users.size(), 1);
}

void TestSimSync::provisionOnDemandIsRateLimited()
{
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    assign(user);
    const QString rule = ruleId();
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    const QJsonObject body{{QStringLiteral("parameters"),
                            QJsonArray{QJsonObject{{QStringLiteral("ruleId"), rule},
                                                   {QStringLiteral("subjects"), QJsonArray{QJsonObject{{QStringLiteral("objectId"), user},
                                                                                                       {QStringLiteral("objectTypeName"), QStringLiteral("User")}}}}}}}};
    // The window is 10 s; five quick calls on a loaded machine may straddle it, so count until the first 429.
    int accepted = 0;
    HttpReply reply;
    for (int i = 0; i < 12; ++i) {
        reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/provisionOnDemand").arg(id)), body, kAdminToken);
        if (reply.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(reply.status, 429);
    QVERIFY(accepted >= 5);
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
    QCOMPARE(errorCode(reply), QStringLiteral("TooManyRequests"));
}

void TestSimSync::nonAdminIsDenied()
{
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}, kUserToken).status, 403);
    QCOMPARE(m_sim->graph("POST", syncPath(QStringLiteral("/jobs")), QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}},
                          kUserToken).status, 403);
    QCOMPARE(m_sim->graph("GET", syncPath(QStringLiteral("/jobs")), {}).status, 401);
}

QTEST_GUILESS_MAIN(TestSimSync)
#include "tst_sim_sync.moc"
