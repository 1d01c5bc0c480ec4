// GraphContract against the Graph v1.0 description (read at run time from the shared folder, skipped without
// it): every Graph call the wizard makes is accepted, and each kind of mistake is reported as its kind.
#include "GraphContract.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::ContractProblem;
using testsupport::GraphContract;

namespace {

const QString sp = QStringLiteral("/v1.0/servicePrincipals/6f1c1a0e-34b2-4a3e-9a57-1b2c3d4e5f60");
const QString job = sp + QStringLiteral("/synchronization/jobs/insightly.0f6e7c2d1a3b4c5d.1b2c3d4e");

QJsonValue json(const char *text)
{
    if (!*text)
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data is not JSON: %s", text);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QString describe(const QList<ContractProblem> &problems)
{
    QStringList lines;
    for (const ContractProblem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

QJsonObject assignmentItem(int id)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("url"), QStringLiteral("/servicePrincipals/6f1c1a0e/appRoleAssignedTo")},
        {QStringLiteral("headers"),
         QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("principalId"), QStringLiteral("u%1").arg(id)},
                                             {QStringLiteral("resourceId"), QStringLiteral("6f1c1a0e")},
                                             {QStringLiteral("appRoleId"), QStringLiteral("r1")}}}};
}

} // namespace

class TestGraphContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsTheWizardsCalls_data();
    void acceptsTheWizardsCalls();
    void reportsMistakes_data();
    void reportsMistakes();
    void batchOfTwentyOneIsInvalid();
    void requestLogReportsExactlyTheBadLines();
    void unreadableLogIsAnError();

private:
    GraphContract m_contract;
};

void TestGraphContract::initTestCase()
{
    const QString folder = QStringLiteral(INSIGHTLY_SHARED_DIR "/graph-openapi");
    if (!QDir(folder).exists())
        QSKIP(
            "../shared/graph-openapi not found: the Graph contract check needs the project's shared folder");
    QString error;
    QVERIFY2(m_contract.load(folder, &error), qPrintable(error));
    // The five modules hold well over a thousand paths; far fewer means a module was not indexed.
    QVERIFY2(m_contract.pathCount() > 1000, qPrintable(QString::number(m_contract.pathCount())));
    QVERIFY(m_contract.operationCount() > m_contract.pathCount());
}

void TestGraphContract::acceptsTheWizardsCalls_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonValue>("body");

    // Row names say what the call is for, in the order of the setup: "gallery:" Step 1 (the gallery app),
    // "SAML:" and "certificate:" Step 2, "provisioning:" Step 3, "assignment:", "directory:" and "batch:"
    // Step 4, "re-run:" the certificate rotation's reads; unlabelled rows are the sign-in checks.
    const auto row = [](const char *name, const char *method, const QString &url, const char *body = "") {
        QTest::newRow(name) << QString::fromLatin1(method) << url << json(body);
    };
    // Step 1 — https://learn.microsoft.com/graph/api/applicationtemplate-instantiate
    row("gallery: template by displayName", "GET",
        QStringLiteral("/v1.0/applicationTemplates?$filter=displayName%20eq%20'Insightly%20SAML'"));
    row("gallery: template contains, ordered, paged", "GET",
        QStringLiteral("/v1.0/"
                       "applicationTemplates?$filter=contains(displayName,'insightly')&$orderby=displayName&$"
                       "top=5&$skip=0"));
    row("gallery: instantiate", "POST", QStringLiteral("/v1.0/applicationTemplates/a1b2c3/instantiate"),
        R"({"displayName":"Insightly SAML"})");
    row("gallery: instantiate, namespaced", "POST",
        QStringLiteral("/v1.0/applicationTemplates/a1b2c3/microsoft.graph.instantiate"),
        R"({"displayName":"Insightly SAML"})");
    row("gallery: poll application", "GET", QStringLiteral("/v1.0/applications/0a1b2c3d"));
    row("gallery: poll service principal", "GET", sp);
    row("gallery: application by appId", "GET",
        QStringLiteral("/v1.0/applications(appId='11112222-3333')?$select=id,appId"));
    row("gallery: delete application", "DELETE", QStringLiteral("/v1.0/applications/0a1b2c3d"));
    // Step 2, SAML — https://learn.microsoft.com/graph/application-saml-sso-configure-api
    row("SAML: single sign-on mode", "PATCH", sp, R"({"preferredSingleSignOnMode":"saml"})");
    row("SAML: identifier and reply URL", "PATCH", QStringLiteral("/v1.0/applications/0a1b2c3d"),
        R"({"identifierUris":["https://contoso.insightly.com/"],"web":{"redirectUris":["https://contoso.insightly.com/"]}})");
    // Step 2, certificate — https://learn.microsoft.com/graph/api/serviceprincipal-addtokensigningcertificate
    row("certificate: add signing certificate", "POST", sp + QStringLiteral("/addTokenSigningCertificate"),
        R"({"displayName":"CN=Insightly SAML","endDateTime":"2029-01-01T00:00:00Z"})");
    row("certificate: read keyCredentials", "GET", sp + QStringLiteral("?$select=keyCredentials"));
    row("certificate: activate thumbprint", "PATCH", sp,
        R"({"preferredTokenSigningKeyThumbprint":"DA20FCA6F3C1"})");
    row("certificate: notification addresses", "PATCH", sp,
        R"({"notificationEmailAddresses":["admin@contoso.com"]})");
    row("certificate: remove old certificate", "PATCH", sp,
        R"({"keyCredentials":[{"customKeyIdentifier":"2iD8","displayName":"CN=Insightly SAML","endDateTime":"2029-01-01T00:00:00Z",
            "key":"MIIC","keyId":"k1","startDateTime":"2026-01-01T00:00:00Z","type":"AsymmetricX509Cert","usage":"Verify"}],
            "passwordCredentials":[{"customKeyIdentifier":"2iD8","keyId":"k2","displayName":"CN=Insightly SAML",
            "endDateTime":"2029-01-01T00:00:00Z","startDateTime":"2026-01-01T00:00:00Z"}]})");
    row("re-run: locate SP by template", "GET",
        QStringLiteral("/v1.0/servicePrincipals?$filter=applicationTemplateId%20eq%20'a1b2c3'"));
    row("re-run: read certificates", "GET",
        sp + QStringLiteral("?$select=keyCredentials,passwordCredentials,preferredTokenSigningKeyThumbprint,"
                            "notificationEmailAddresses"));
    // Step 3 — https://learn.microsoft.com/graph/api/resources/synchronization-overview
    row("provisioning: templates", "GET", sp + QStringLiteral("/synchronization/templates"));
    row("provisioning: create job", "POST", sp + QStringLiteral("/synchronization/jobs"),
        R"({"templateId":"insightly"})");
    row("provisioning: list jobs", "GET", sp + QStringLiteral("/synchronization/jobs"));
    row("provisioning: job status", "GET", job);
    row("provisioning: test connection", "POST", job + QStringLiteral("/validateCredentials"),
        R"({"useSavedCredentials":false,"credentials":[{"key":"BaseAddress","value":"https://scim"},{"key":"SecretToken","value":"t"}]})");
    row("provisioning: test connection, namespaced", "POST",
        job + QStringLiteral("/microsoft.graph.validateCredentials"), R"({"useSavedCredentials":true})");
    row("provisioning: save secrets", "PUT", sp + QStringLiteral("/synchronization/secrets"),
        R"({"value":[{"key":"BaseAddress","value":"https://scim"},{"key":"SecretToken","value":"t"},
            {"key":"SyncNotificationSettings","value":"{\"Enabled\":true}"},{"key":"SyncAll","value":"false"}]})");
    row("provisioning: start", "POST", job + QStringLiteral("/start"));
    row("provisioning: start with empty object", "POST", job + QStringLiteral("/start"), "{}");
    row("provisioning: pause", "POST", job + QStringLiteral("/pause"));
    row("provisioning: restart", "POST", job + QStringLiteral("/restart"),
        R"({"criteria":{"resetScope":"Full"}})");
    row("provisioning: restart, combined scopes", "POST", job + QStringLiteral("/restart"),
        R"({"criteria":{"resetScope":"Watermark, Escrows,QuarantineState"}})");
    row("provisioning: schema", "GET", job + QStringLiteral("/schema"));
    row("provisioning: provision on demand", "POST", job + QStringLiteral("/provisionOnDemand"),
        R"({"parameters":[{"ruleId":"r1","subjects":[{"objectId":"u1","objectTypeName":"User"}]}]})");
    // Step 4, assignments — https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto
    row("assignment: assign", "POST", sp + QStringLiteral("/appRoleAssignedTo"),
        R"({"principalId":"u1","resourceId":"6f1c","appRoleId":"r1"})");
    row("assignment: list assignments", "GET", sp + QStringLiteral("/appRoleAssignedTo?$top=999"));
    row("assignment: unassign", "DELETE", sp + QStringLiteral("/appRoleAssignedTo/a1"));
    // Step 4, directory search — https://learn.microsoft.com/graph/paging
    row("directory: search users", "GET",
        QStringLiteral("/v1.0/users?$search=%22displayName:ann%22%20OR%20%22mail:ann%22"
                       "&$select=id,displayName,userPrincipalName,mail&$top=25&$count=true"));
    row("directory: search groups", "GET",
        QStringLiteral(
            "/v1.0/groups?$search=%22displayName:sales%22&$select=id,displayName&$top=25&$count=true"));
    row("directory: next page", "GET",
        QStringLiteral("/v1.0/users?$select=id&$top=25&$skiptoken=X%27abc%27"));
    row("directory: next page as full link", "GET",
        QStringLiteral("https://graph.microsoft.com/v1.0/users?$skiptoken=abc"));
    row("user by UPN", "GET", QStringLiteral("/v1.0/users/admin@contoso.example?$select=id,displayName"));
    // Sign-in checks: the admin's directory roles
    row("organization", "GET", QStringLiteral("/v1.0/organization?$select=id,displayName,verifiedDomains"));
    row("me", "GET", QStringLiteral("/v1.0/me?$select=id,displayName,userPrincipalName"));
    row("me memberOf", "GET", QStringLiteral("/v1.0/me/memberOf"));
    row("me memberOf directory roles", "GET",
        QStringLiteral("/v1.0/me/memberOf/microsoft.graph.directoryRole?$select=displayName,roleTemplateId"));
    // Step 4, $batch — https://learn.microsoft.com/graph/json-batching
    row("batch: two assignments and a read", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"POST","url":"/servicePrincipals/6f1c/appRoleAssignedTo",
            "headers":{"Content-Type":"application/json"},"body":{"principalId":"u1","resourceId":"6f1c","appRoleId":"r1"}},
            {"id":"2","method":"POST","url":"servicePrincipals/6f1c/appRoleAssignedTo","dependsOn":["1"],
            "headers":{"content-type":"application/json"},"body":{"principalId":"g1","resourceId":"6f1c","appRoleId":"r1"}},
            {"id":"3","method":"GET","url":"/users/u1?$select=id,displayName"}]})");
}

void TestGraphContract::acceptsTheWizardsCalls()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QJsonValue, body);
    const QList<ContractProblem> problems = m_contract.check(method, url, body);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestGraphContract::reportsMistakes_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<int>("kind");

    const auto row = [](const char *name, const char *method, const QString &url, const char *body,
                        ContractProblem::Kind kind) {
        QTest::newRow(name) << QString::fromLatin1(method) << url << json(body) << int(kind);
    };
    row("misspelt collection", "GET", QStringLiteral("/v1.0/servicePrinciples/abc"), "",
        ContractProblem::UnknownPath);
    row("misspelt navigation", "GET", sp + QStringLiteral("/synchronisation/jobs"), "",
        ContractProblem::UnknownPath);
    row("misspelt action", "POST", sp + QStringLiteral("/addTokenSigningCert"), R"({"displayName":"CN=x"})",
        ContractProblem::UnknownPath);
    row("wrong namespace", "POST", job + QStringLiteral("/microsoft.graf.start"), "",
        ContractProblem::UnknownPath);
    row("beta path", "GET", QStringLiteral("/beta/users"), "", ContractProblem::UnknownPath);
    row("trailing slash", "GET", QStringLiteral("/v1.0/users/"), "", ContractProblem::UnknownPath);
    row("delete a gallery template", "DELETE", QStringLiteral("/v1.0/applicationTemplates/a1b2c3"), "",
        ContractProblem::MethodNotAllowed);
    row("PUT a service principal", "PUT", sp, R"({"preferredSingleSignOnMode":"saml"})",
        ContractProblem::MethodNotAllowed);
    row("GET an action", "GET", job + QStringLiteral("/validateCredentials"), "",
        ContractProblem::MethodNotAllowed);
    row("PATCH secrets", "PATCH", sp + QStringLiteral("/synchronization/secrets"), R"({"value":[]})",
        ContractProblem::MethodNotAllowed);
    row("identifierUri", "PATCH", QStringLiteral("/v1.0/applications/0a1b2c3d"),
        R"({"identifierUri":["https://x/"]})", ContractProblem::UnknownBodyProperty);
    row("web.redirectUri", "PATCH", QStringLiteral("/v1.0/applications/0a1b2c3d"),
        R"({"web":{"redirectUri":["https://x/"]}})", ContractProblem::UnknownBodyProperty);
    row("keyCredentials[].thumbprint", "PATCH", sp,
        R"({"keyCredentials":[{"keyId":"k1","thumbprint":"DA20"}]})", ContractProblem::UnknownBodyProperty);
    row("credentials[].val", "POST", job + QStringLiteral("/validateCredentials"),
        R"({"credentials":[{"key":"BaseAddress","val":"https://scim"}]})",
        ContractProblem::UnknownBodyProperty);
    row("action parameter misspelt", "POST", sp + QStringLiteral("/addTokenSigningCertificate"),
        R"({"displayName":"CN=x","endDate":"2029-01-01T00:00:00Z"})", ContractProblem::UnknownBodyProperty);
    row("unknown @odata.type", "POST", sp + QStringLiteral("/appRoleAssignedTo"),
        R"({"@odata.type":"#microsoft.graph.appRoleAssignmentt","principalId":"u1"})",
        ContractProblem::UnknownBodyProperty);
    row("misspelt secret key", "PUT", sp + QStringLiteral("/synchronization/secrets"),
        R"({"value":[{"key":"BaseAddress","value":"https://scim"},{"key":"SecretTokne","value":"t"}]})",
        ContractProblem::UnknownEnumValue);
    row("unknown restart scope", "POST", job + QStringLiteral("/restart"),
        R"({"criteria":{"resetScope":"Watermark,Everything"}})", ContractProblem::UnknownEnumValue);
    row("query option on an action", "POST", job + QStringLiteral("/start?$select=id"), "",
        ContractProblem::UnknownQueryOption);
    row("$skip on users", "GET", QStringLiteral("/v1.0/users?$skip=25"), "",
        ContractProblem::UnknownQueryOption);
    row("made-up query option", "GET", sp + QStringLiteral("?$fields=keyCredentials"), "",
        ContractProblem::UnknownQueryOption);
    row("body on DELETE", "DELETE", sp + QStringLiteral("/appRoleAssignedTo/a1"), R"({"id":"a1"})",
        ContractProblem::BodyNotAllowed);
    row("body on start", "POST", job + QStringLiteral("/start"), R"({"force":true})",
        ContractProblem::BodyNotAllowed);
    row("batch item with a bad path", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"GET","url":"/servicePrincipal/6f1c"}]})",
        ContractProblem::UnknownPath);
    row("batch item with /v1.0 in its url", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"GET","url":"/v1.0/users"}]})", ContractProblem::UnknownPath);
    row("batch item with an unknown body property", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"POST","url":"/servicePrincipals/6f1c/appRoleAssignedTo",
            "headers":{"Content-Type":"application/json"},"body":{"principalId":"u1","roleId":"r1"}}]})",
        ContractProblem::UnknownBodyProperty);
    row("batch item body without Content-Type", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"POST","url":"/servicePrincipals/6f1c/appRoleAssignedTo",
            "body":{"principalId":"u1","resourceId":"6f1c","appRoleId":"r1"}}]})",
        ContractProblem::InvalidBatch);
    row("batch item depends on nothing", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"GET","url":"/users","dependsOn":["9"]}]})",
        ContractProblem::InvalidBatch);
    row("batch ids repeat", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"GET","url":"/users"},{"id":"1","method":"GET","url":"/groups"}]})",
        ContractProblem::InvalidBatch);
    row("batch id is a number", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":1,"method":"GET","url":"/users"}]})", ContractProblem::InvalidBatch);
    row("batch inside a batch", "POST", QStringLiteral("/v1.0/$batch"),
        R"({"requests":[{"id":"1","method":"POST","url":"/$batch","headers":{"Content-Type":"application/json"},"body":{"requests":[]}}]})",
        ContractProblem::InvalidBatch);
    row("empty batch", "POST", QStringLiteral("/v1.0/$batch"), R"({"requests":[]})",
        ContractProblem::InvalidBatch);
    row("GET a batch", "GET", QStringLiteral("/v1.0/$batch"), "", ContractProblem::MethodNotAllowed);
}

void TestGraphContract::reportsMistakes()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QJsonValue, body);
    QFETCH(int, kind);
    const QList<ContractProblem> problems = m_contract.check(method, url, body);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(ContractProblem::kindName(problems.first().kind),
             ContractProblem::kindName(ContractProblem::Kind(kind)));
}

void TestGraphContract::batchOfTwentyOneIsInvalid()
{
    QJsonArray requests;
    for (int id = 1; id <= 20; ++id)
        requests.append(assignmentItem(id));
    const QString batch = QStringLiteral("/v1.0/$batch");
    QList<ContractProblem> problems =
        m_contract.check(QStringLiteral("POST"), batch, QJsonObject{{QStringLiteral("requests"), requests}});
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    requests.append(assignmentItem(21));
    problems =
        m_contract.check(QStringLiteral("POST"), batch, QJsonObject{{QStringLiteral("requests"), requests}});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, ContractProblem::InvalidBatch);
    QVERIFY2(problems.first().detail.contains(QLatin1String("21")), qPrintable(problems.first().detail));
}

void TestGraphContract::requestLogReportsExactlyTheBadLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QFile log(path);
    QVERIFY(log.open(QIODevice::WriteOnly));
    const QList<QByteArray> lines{
        R"({"method":"POST","url":"/72f988bf/oauth2/v2.0/token","status":200,"body":"grant_type=password"})", // 1 ignored
        R"({"method":"GET","url":"/v1.0/me?$select=id,displayName","status":200})", // 2
        R"({"method":"PATCH","url":"/v1.0/applications/0a1b","status":204,"body":{"identifierUri":["https://x/"]}})", // 3 bad
        R"({"method":"GET","url":"/scim/v2/Users?filter=userName%20eq%20%22a%22","status":200})", // 4 ignored
        R"({"method":"POST","url":"/v1.0/servicePrincipals/6f1c/appRoleAssignedTo","status":201,"body":{"principalId":"u1","resourceId":"6f1c","appRoleId":"r1"},"batchItem":true})", // 5
        R"({"method":"GET","url":"/v1.0/servicePrincipal/6f1c","status":404,"batchItem":true})", // 6
        R"({"method":"POST","url":"/v1.0/$batch","status":200,"body":{"requests":[{"id":"1","method":"POST","url":"/servicePrincipals/6f1c/appRoleAssignedTo","headers":{"Content-Type":"application/json"},"body":{"principalId":"u1","resourceId":"6f1c","appRoleId":"r1"}},{"id":"2","method":"GET","url":"/servicePrincipal/6f1c"}]}})", // 7 bad item
        "not json at all",                                      // 8 unreadable
        R"({"method":"GET","url":"/_sim/state","status":200})", // 9 ignored
        R"({"method":"GET","url":"/v3.1/Users","status":200})", // 10 ignored
        "",                                                     // 11 blank
        R"({"method":"POST","url":"/v1.0/servicePrincipals/6f1c/synchronization/jobs/j1/start?$top=1","status":204,"body":{}})", // 12 bad
        R"({"method":"GET","url":"/v1.0/users?$search=%22displayName:a%22&$count=true","status":200})", // 13
    };
    for (const QByteArray &line : lines)
        log.write(line + '\n');
    log.close();

    const testsupport::RequestLogReport report = m_contract.checkRequestLog(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.checked, 7); // lines 2, 3, 7 (+2 items), 12, 13
    QCOMPARE(report.unknown, 3);
    QCOMPARE(report.ignored, 4);
    QCOMPARE(report.batchItemLines, 2);
    QCOMPARE(report.unreadableLines, QList<int>{8});
    QCOMPARE(report.problems.size(), 3);
    QCOMPARE(report.problems.at(0).line, 3);
    QCOMPARE(report.problems.at(0).status, 204);
    QCOMPARE(report.problems.at(0).problem.kind, ContractProblem::UnknownBodyProperty);
    QCOMPARE(report.problems.at(1).line, 7);
    QCOMPARE(report.problems.at(1).problem.kind, ContractProblem::UnknownPath);
    QCOMPARE(report.problems.at(1).problem.batchItemId, QStringLiteral("2"));
    QCOMPARE(report.problems.at(2).line, 12);
    QCOMPARE(report.problems.at(2).problem.kind, ContractProblem::UnknownQueryOption);
    QVERIFY(!report.clean());
    const QString summary = report.summary();
    QVERIFY2(summary.contains(QLatin1String("line 3:")) && summary.contains(QLatin1String("identifierUri")) &&
                 summary.contains(QLatin1String("line 8:")) && !summary.contains(QLatin1String("line 2:")),
             qPrintable(summary));
}

void TestGraphContract::unreadableLogIsAnError()
{
    const testsupport::RequestLogReport report =
        m_contract.checkRequestLog(QStringLiteral("/nonexistent/requests.jsonl"));
    QVERIFY(!report.error.isEmpty());
    QVERIFY(!report.clean());
    QVERIFY(report.summary().contains(report.error));
}

QTEST_GUILESS_MAIN(TestGraphContract)
#include "tst_graphcontract.moc"
