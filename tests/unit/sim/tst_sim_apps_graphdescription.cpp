// Checks the simulated enterprise-application Graph API against Microsoft's Graph v1.0 description
// (graph-openapi/Applications.json): every route the simulator serves exists there with its method, and every
// property the simulator answers with is a property of the documented type.
#include "AppsTestWorld.h"
#include "ScimTestDouble.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

class TestSimAppsGraphDescription : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void routesExist_data();
    void routesExist();
    void answersUseDocumentedProperties();
    void acceptedActionParametersAreDocumented();

private:
    QSet<QString> properties(const QString &schema) const;
    void checkObject(const QJsonObject &object, const QString &schema, const QString &where);
    QJsonObject m_description;
};

void TestSimAppsGraphDescription::initTestCase() {
    QFile file(QDir(QStringLiteral(INSIGHTLY_SHARED_DIR))
                   .filePath(QStringLiteral("graph-openapi/Applications.json")));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("graph-openapi/Applications.json not available (INSIGHTLY_SHARED_DIR)");
    m_description = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_description.contains(QStringLiteral("paths")));
}

QSet<QString> TestSimAppsGraphDescription::properties(const QString &schema) const {
    const QJsonObject schemas = m_description.value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("schemas"))
                                    .toObject();
    QSet<QString> names;
    std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &s) {
        if (s.contains(QStringLiteral("$ref"))) {
            walk(schemas.value(s.value(QStringLiteral("$ref")).toString().section(u'/', -1)).toObject());
            return;
        }
        for (const QJsonValue &part : s.value(QStringLiteral("allOf")).toArray())
            walk(part.toObject());
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            names.insert(it.key());
    };
    walk(schemas.value(schema).toObject());
    return names;
}

void TestSimAppsGraphDescription::checkObject(const QJsonObject &object, const QString &schema,
                                              const QString &where) {
    QVERIFY2(!object.isEmpty(), qPrintable(where + QStringLiteral(" is empty")));
    const QSet<QString> known = properties(schema);
    QVERIFY2(!known.isEmpty(), qPrintable(schema));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1String("@odata.")))
            continue;
        QVERIFY2(known.contains(it.key()),
                 qPrintable(QStringLiteral("%1: '%2' is not a property of %3").arg(where, it.key(), schema)));
    }
}

void TestSimAppsGraphDescription::routesExist_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    const QString sp = QStringLiteral("/servicePrincipals/{servicePrincipal-id}");
    const QString sync = sp + QStringLiteral("/synchronization");
    const QString job = sync + QStringLiteral("/jobs/{synchronizationJob-id}");
    const QList<QPair<QString, QString>> routes{
        {QStringLiteral("get"), QStringLiteral("/applicationTemplates")},
        {QStringLiteral("get"), QStringLiteral("/applicationTemplates/{applicationTemplate-id}")},
        {QStringLiteral("post"),
         QStringLiteral("/applicationTemplates/{applicationTemplate-id}/microsoft.graph.instantiate")},
        {QStringLiteral("get"), QStringLiteral("/applications")},
        {QStringLiteral("get"), QStringLiteral("/applications/{application-id}")},
        {QStringLiteral("patch"), QStringLiteral("/applications/{application-id}")},
        {QStringLiteral("delete"), QStringLiteral("/applications/{application-id}")},
        {QStringLiteral("get"), QStringLiteral("/servicePrincipals")},
        {QStringLiteral("get"), sp},
        {QStringLiteral("patch"), sp},
        {QStringLiteral("delete"), sp},
        {QStringLiteral("post"), sp + QStringLiteral("/microsoft.graph.addTokenSigningCertificate")},
        {QStringLiteral("get"), sp + QStringLiteral("/appRoleAssignedTo")},
        {QStringLiteral("post"), sp + QStringLiteral("/appRoleAssignedTo")},
        {QStringLiteral("get"), sp + QStringLiteral("/appRoleAssignedTo/{appRoleAssignment-id}")},
        {QStringLiteral("delete"), sp + QStringLiteral("/appRoleAssignedTo/{appRoleAssignment-id}")},
        {QStringLiteral("get"), sync},
        {QStringLiteral("get"), sync + QStringLiteral("/templates")},
        {QStringLiteral("get"), sync + QStringLiteral("/templates/{synchronizationTemplate-id}")},
        {QStringLiteral("get"), sync + QStringLiteral("/jobs")},
        {QStringLiteral("post"), sync + QStringLiteral("/jobs")},
        {QStringLiteral("post"), sync + QStringLiteral("/jobs/microsoft.graph.validateCredentials")},
        {QStringLiteral("get"), job},
        {QStringLiteral("delete"), job},
        {QStringLiteral("get"), job + QStringLiteral("/schema")},
        {QStringLiteral("post"), job + QStringLiteral("/microsoft.graph.start")},
        {QStringLiteral("post"), job + QStringLiteral("/microsoft.graph.pause")},
        {QStringLiteral("post"), job + QStringLiteral("/microsoft.graph.restart")},
        {QStringLiteral("post"), job + QStringLiteral("/microsoft.graph.validateCredentials")},
        {QStringLiteral("post"), job + QStringLiteral("/microsoft.graph.provisionOnDemand")},
        {QStringLiteral("put"), sync + QStringLiteral("/secrets")},
    };
    for (const auto &[method, path] : routes)
        QTest::newRow(qPrintable(method + u' ' + path)) << method << path;
}

void TestSimAppsGraphDescription::routesExist() {
    QFETCH(QString, method);
    QFETCH(QString, path);
    const QJsonObject item = m_description.value(QStringLiteral("paths")).toObject().value(path).toObject();
    QVERIFY2(!item.isEmpty(), qPrintable(path));
    QVERIFY2(item.contains(method), qPrintable(method + u' ' + path));
}

void TestSimAppsGraphDescription::answersUseDocumentedProperties() {
    sim::SimOptions options;
    options.syncIntervalMs = 200;
    testsupport::SimFixture simulator(options);
    QString error;
    QVERIFY2(simulator.start(&error), qPrintable(error));
    prepareWorld(simulator.server());
    ScimTestDouble scim;
    QVERIFY(scim.start() != 0);

    HttpReply reply = simulator.graph("GET", QStringLiteral("/applicationTemplates"), {}, kAdminToken);
    for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray())
        checkObject(v.toObject(), QStringLiteral("microsoft.graph.applicationTemplate"),
                    QStringLiteral("template"));

    reply = simulator.graph(
        "POST",
        QStringLiteral("/applicationTemplates/%1/instantiate").arg(sim::apps::insightlySamlTemplateId()),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}}, kAdminToken);
    QCOMPARE(reply.status, 201);
    checkObject(reply.json(), QStringLiteral("microsoft.graph.applicationServicePrincipal"),
                QStringLiteral("instantiate"));
    const QString spId = reply.json()
                             .value(QStringLiteral("servicePrincipal"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString();
    const QString appObjectId =
        reply.json().value(QStringLiteral("application")).toObject().value(QStringLiteral("id")).toString();

    reply = simulator.graph(
        "POST", QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(spId),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}}, kAdminToken);
    checkObject(reply.json(), QStringLiteral("microsoft.graph.selfSignedCertificate"),
                QStringLiteral("addTokenSigningCertificate"));

    const QJsonObject sp =
        simulator.graph("GET", QStringLiteral("/servicePrincipals/") + spId, {}, kAdminToken).json();
    checkObject(sp, QStringLiteral("microsoft.graph.servicePrincipal"), QStringLiteral("servicePrincipal"));
    checkObject(sp.value(QStringLiteral("keyCredentials")).toArray().first().toObject(),
                QStringLiteral("microsoft.graph.keyCredential"), QStringLiteral("keyCredential"));
    checkObject(sp.value(QStringLiteral("passwordCredentials")).toArray().first().toObject(),
                QStringLiteral("microsoft.graph.passwordCredential"), QStringLiteral("passwordCredential"));
    checkObject(sp.value(QStringLiteral("appRoles")).toArray().first().toObject(),
                QStringLiteral("microsoft.graph.appRole"), QStringLiteral("appRole"));
    checkObject(sp.value(QStringLiteral("info")).toObject(),
                QStringLiteral("microsoft.graph.informationalUrl"), QStringLiteral("info"));
    const QJsonObject app =
        simulator.graph("GET", QStringLiteral("/applications/") + appObjectId, {}, kAdminToken).json();
    checkObject(app, QStringLiteral("microsoft.graph.application"), QStringLiteral("application"));
    checkObject(app.value(QStringLiteral("web")).toObject(), QStringLiteral("microsoft.graph.webApplication"),
                QStringLiteral("web"));
    checkObject(app.value(QStringLiteral("api")).toObject(), QStringLiteral("microsoft.graph.apiApplication"),
                QStringLiteral("api"));

    const QString userId = appstest::userId(simulator, QStringLiteral("user@contoso.example"));
    reply = simulator.graph(
        "POST", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(spId),
        QJsonObject{{QStringLiteral("principalId"), userId},
                    {QStringLiteral("resourceId"), spId},
                    {QStringLiteral("appRoleId"), QStringLiteral("00000000-0000-0000-0000-000000000000")}},
        kAdminToken);
    checkObject(reply.json(), QStringLiteral("microsoft.graph.appRoleAssignment"),
                QStringLiteral("appRoleAssignment"));

    const QString sync = QStringLiteral("/servicePrincipals/%1/synchronization").arg(spId);
    const QJsonObject synchronizationTemplate =
        simulator.graph("GET", sync + QStringLiteral("/templates"), {}, kAdminToken)
            .json()
            .value(QStringLiteral("value"))
            .toArray()
            .first()
            .toObject();
    checkObject(synchronizationTemplate, QStringLiteral("microsoft.graph.synchronizationTemplate"),
                QStringLiteral("template"));
    const QJsonObject schema = synchronizationTemplate.value(QStringLiteral("schema")).toObject();
    checkObject(schema, QStringLiteral("microsoft.graph.synchronizationSchema"), QStringLiteral("schema"));
    const QJsonObject rule =
        schema.value(QStringLiteral("synchronizationRules")).toArray().first().toObject();
    checkObject(rule, QStringLiteral("microsoft.graph.synchronizationRule"), QStringLiteral("rule"));
    const QJsonObject mapping = rule.value(QStringLiteral("objectMappings")).toArray().first().toObject();
    checkObject(mapping, QStringLiteral("microsoft.graph.objectMapping"), QStringLiteral("objectMapping"));
    checkObject(mapping.value(QStringLiteral("attributeMappings")).toArray().first().toObject(),
                QStringLiteral("microsoft.graph.attributeMapping"), QStringLiteral("attributeMapping"));
    checkObject(schema.value(QStringLiteral("directories")).toArray().first().toObject(),
                QStringLiteral("microsoft.graph.directoryDefinition"), QStringLiteral("directory"));

    const QJsonObject job =
        simulator
            .graph("POST", sync + QStringLiteral("/jobs"),
                   QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}}, kAdminToken)
            .json();
    checkObject(job, QStringLiteral("microsoft.graph.synchronizationJob"), QStringLiteral("job"));
    checkObject(job.value(QStringLiteral("schedule")).toObject(),
                QStringLiteral("microsoft.graph.synchronizationSchedule"), QStringLiteral("schedule"));
    checkObject(job.value(QStringLiteral("status")).toObject(),
                QStringLiteral("microsoft.graph.synchronizationStatus"), QStringLiteral("status"));

    const QJsonArray secrets{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                         {QStringLiteral("value"), scim.baseAddress()}},
                             QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                         {QStringLiteral("value"), scim.token}}};
    QCOMPARE(simulator
                 .graph("PUT", sync + QStringLiteral("/secrets"),
                        QJsonObject{{QStringLiteral("value"), secrets}}, kAdminToken)
                 .status,
             204);
    for (const QJsonValue &v :
         simulator.graph("GET", sync, {}, kAdminToken).json().value(QStringLiteral("secrets")).toArray())
        checkObject(v.toObject(), QStringLiteral("microsoft.graph.synchronizationSecretKeyStringValuePair"),
                    QStringLiteral("secret"));
    const QString jobPath = sync + QStringLiteral("/jobs/") + job.value(QStringLiteral("id")).toString();
    QCOMPARE(simulator.graph("POST", jobPath + QStringLiteral("/start"), QJsonObject{}, kAdminToken).status,
             204);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return simulator.graph("GET", jobPath, {}, kAdminToken)
                .json()
                .value(QStringLiteral("status"))
                .toObject()
                .value(QStringLiteral("lastExecution"))
                .isObject();
        },
        30000));
    const QJsonObject status =
        simulator.graph("GET", jobPath, {}, kAdminToken).json().value(QStringLiteral("status")).toObject();
    checkObject(status.value(QStringLiteral("lastExecution")).toObject(),
                QStringLiteral("microsoft.graph.synchronizationTaskExecution"),
                QStringLiteral("lastExecution"));
    const QJsonArray codes = m_description.value(QStringLiteral("components"))
                                 .toObject()
                                 .value(QStringLiteral("schemas"))
                                 .toObject()
                                 .value(QStringLiteral("microsoft.graph.synchronizationStatusCode"))
                                 .toObject()
                                 .value(QStringLiteral("enum"))
                                 .toArray();
    QVERIFY(codes.contains(status.value(QStringLiteral("code"))));

    const QString ruleId = rule.value(QStringLiteral("id")).toString();
    reply = simulator.graph(
        "POST", jobPath + QStringLiteral("/provisionOnDemand"),
        QJsonObject{{QStringLiteral("parameters"),
                     QJsonArray{QJsonObject{{QStringLiteral("ruleId"), ruleId},
                                            {QStringLiteral("subjects"),
                                             QJsonArray{QJsonObject{{QStringLiteral("objectId"), userId},
                                                                    {QStringLiteral("objectTypeName"),
                                                                     QStringLiteral("User")}}}}}}}},
        kAdminToken);
    QCOMPARE(reply.status, 200);
    checkObject(reply.json(), QStringLiteral("microsoft.graph.stringKeyStringValuePair"),
                QStringLiteral("provisionOnDemand"));
}

void TestSimAppsGraphDescription::acceptedActionParametersAreDocumented() {
    // The parameters the simulator's actions accept (anything else is refused with "Invalid property").
    const QList<QPair<QString, QStringList>> actions{
        {QStringLiteral("/applicationTemplates/{applicationTemplate-id}/microsoft.graph.instantiate"),
         {QStringLiteral("displayName")}},
        {QStringLiteral(
             "/servicePrincipals/{servicePrincipal-id}/microsoft.graph.addTokenSigningCertificate"),
         {QStringLiteral("displayName"), QStringLiteral("endDateTime")}},
        {QStringLiteral("/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/"
                        "{synchronizationJob-id}/microsoft.graph.validateCredentials"),
         {QStringLiteral("applicationIdentifier"), QStringLiteral("templateId"),
          QStringLiteral("useSavedCredentials"), QStringLiteral("credentials")}},
        {QStringLiteral("/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/"
                        "{synchronizationJob-id}/microsoft.graph.provisionOnDemand"),
         {QStringLiteral("parameters")}},
        {QStringLiteral("/servicePrincipals/{servicePrincipal-id}/synchronization/secrets"),
         {QStringLiteral("value")}},
    };
    for (const auto &[path, accepted] : actions) {
        const QJsonObject item =
            m_description.value(QStringLiteral("paths")).toObject().value(path).toObject();
        const QJsonObject operation =
            item.value(item.contains(QStringLiteral("post")) ? QStringLiteral("post") : QStringLiteral("put"))
                .toObject();
        const QJsonObject documented = operation.value(QStringLiteral("requestBody"))
                                           .toObject()
                                           .value(QStringLiteral("content"))
                                           .toObject()
                                           .value(QStringLiteral("application/json"))
                                           .toObject()
                                           .value(QStringLiteral("schema"))
                                           .toObject()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        for (const QString &name : accepted)
            QVERIFY2(documented.contains(name), qPrintable(path + QStringLiteral(": ") + name));
    }
}

QTEST_GUILESS_MAIN(TestSimAppsGraphDescription)
#include "tst_sim_apps_graphdescription.moc"
