// The status flow (SetupStatusReport + StatusRowRules) against the simulator: a tenant set up with the entra
// operations themselves, an empty one, a short-lived certificate, a quarantined job, a failing Graph call,
// thousands of assignments, a SetupState that lost the app — and never a secret in the report.
#include "StatusTestWorld.h"

class TestSetupStatusReport : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullySetUpTenantIsAllOk();
    void nothingSetUpSaysNotFoundAndNotApplicable();
    void certificateExpiringSoonWarnsWithRotateAction();
    void expiredCertificateIsAnError();
    void quarantinedProvisioningIsAnErrorWithTheReason();
    void reportHoldsNoSecret();
    void oneFailingGraphCallLeavesTheOtherRowsFilled();
    void thousandsOfAssignmentsAreCountedByPages();
    void findsTheAppWhenSetupStateLostIt();
};

void TestSetupStatusReport::fullySetUpTenantIsAllOk()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    QCOMPARE(assignSome(f), QString());
    // One provisioning cycle after the assignments (the simulator's cycle is 500 ms).
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonObject status = simJob(f).value(QStringLiteral("status")).toObject();
            return status.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString() == QLatin1String("Succeeded") &&
                   status.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("countEntitled"))
                           .toInt() >= 3;
        },
        30000));

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QVERIFY(!report.wasCancelled());
    for (const StatusRow &row : report.rows())
        QVERIFY2(row.level == Level::Ok, qPrintable(describe(report)));

    const StatusRow &certificate = report.row(Id::Certificate);
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(), simActiveThumbprint(f));
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(),
             f.store->state().certificateThumbprint);
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() > 3 * 365 - 3);
    QCOMPARE(certificate.values.value(QStringLiteral("notificationEmails")).toStringList(),
             QStringList{QStringLiteral("admin@contoso.example")});
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(),
             simAssignments(f, QStringLiteral("User")));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(),
             simAssignments(f, QStringLiteral("Group")));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(), 3);
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(), 1);
    QCOMPARE(report.row(Id::Provisioning).values.value(QStringLiteral("jobId")).toString(),
             f.store->state().synchronizationJobId);
    QCOMPARE(report.row(Id::Provisioning).values.value(QStringLiteral("code")).toString(),
             QStringLiteral("Active"));
    QVERIFY(report.row(Id::ScimToken).values.value(QStringLiteral("stored")).toBool());
    QCOMPARE(report.row(Id::Application).values.value(QStringLiteral("servicePrincipalId")).toString(),
             f.store->state().servicePrincipalId);
    QCOMPARE(report.row(Id::Tenant).values.value(QStringLiteral("admin")).toString(),
             QStringLiteral("admin@contoso.example"));
    QCOMPARE(report.row(Id::SamlSettings).values.value(QStringLiteral("mismatch")).toBool(), false);
    for (const StatusRow &row : report.rows())
        QVERIFY2(row.action.isEmpty(), qPrintable(row.title));
}

void TestSetupStatusReport::nothingSetUpSaysNotFoundAndNotApplicable()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QCOMPARE(report.row(Id::Tenant).level, Level::Ok);
    const StatusRow &app = report.row(Id::Application);
    QCOMPARE(app.level, Level::Error);
    QVERIFY(app.error.isEmpty()); // a finding, not a failure to read
    QCOMPARE(app.action, StatusRowRules::runNewSetupAction(StatusRowRules::tr(
                             "Step 1 adds Insightly SAML from the Microsoft Entra gallery.")));
    for (const Id id : {Id::Instance, Id::SamlSettings, Id::Certificate, Id::SignInTest, Id::EnforceSaml,
                        Id::Provisioning, Id::ScimToken, Id::Assignments})
        QVERIFY2(report.row(id).level == Level::NotApplicable, qPrintable(describe(report)));
    QVERIFY(f.store->state().servicePrincipalId.isEmpty()); // nothing recorded, nothing created
    QCOMPARE(f.graphWrites(), 0);
}

void TestSetupStatusReport::certificateExpiringSoonWarnsWithRotateAction()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &certificate = report.row(Id::Certificate);
    QVERIFY2(certificate.level == Level::Warning, qPrintable(describe(report)));
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() < 60);
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() >= 28);
    QCOMPARE(certificate.action, StatusRowRules::rotateCertificateAction());
    QVERIFY(certificate.action.contains(QStringLiteral("Rotate the SAML signing certificate")));
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(), simActiveThumbprint(f));
    // The other rows are not dragged down by it.
    QCOMPARE(report.row(Id::SamlSettings).level, Level::Ok);
    QCOMPARE(report.row(Id::Application).level, Level::Ok);
}

void TestSetupStatusReport::expiredCertificateIsAnError()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    const CertificateInventory inventory = f.run(CertificateReader::read(f.context()));
    QVERIFY(inventory.ok());
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(45);
    const StatusRow expired = StatusRowRules::certificate(inventory, f.store->state(), later);
    QCOMPARE(expired.level, Level::Error);
    QCOMPARE(expired.action, StatusRowRules::rotateCertificateAction());
    QVERIFY(expired.summary.contains(QStringLiteral("expired")));
    const StatusRow now =
        StatusRowRules::certificate(inventory, f.store->state(), QDateTime::currentDateTimeUtc());
    QCOMPARE(now.level, Level::Warning);
}

void TestSetupStatusReport::quarantinedProvisioningIsAnErrorWithTheReason()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    QCOMPARE(assignSome(f), QString());
    // The admin regenerates the token in Insightly: Entra's saved one is refused and the job is quarantined.
    const testsupport::HttpReply regenerated =
        insightlytest::postForm(*f.sim, QStringLiteral("/settings/Saml/RegenerateToken"), {});
    QVERIFY(regenerated.status == 303 || regenerated.status == 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return simJob(f)
                       .value(QStringLiteral("status"))
                       .toObject()
                       .value(QStringLiteral("code"))
                       .toString() == QLatin1String("Quarantine");
        },
        30000));

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &provisioning = report.row(Id::Provisioning);
    QVERIFY2(provisioning.level == Level::Error, qPrintable(describe(report)));
    QCOMPARE(provisioning.values.value(QStringLiteral("code")).toString(), QStringLiteral("Quarantine"));
    QCOMPARE(provisioning.values.value(QStringLiteral("quarantineReason")).toString(),
             QStringLiteral("EncounteredQuarantineException"));
    QVERIFY(provisioning.summary.contains(QStringLiteral("EncounteredQuarantineException")));
    QVERIFY(!provisioning.action.isEmpty());
    QVERIFY(provisioning.action.contains(QStringLiteral("token"), Qt::CaseInsensitive));
    QVERIFY(report.toPlainText().contains(provisioning.action));
    QCOMPARE(report.row(Id::Certificate).level, Level::Ok);
}

void TestSetupStatusReport::reportHoldsNoSecret()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    const QString apiKey = f.sim->server().world().insightly.apiKey;
    const SecretResult keyStored = f.run(f.wizard->secrets().write(
        SecretKey{f.sim->tenantId(), QStringLiteral("insightly-api-key"), f.store->state().instanceId},
        apiKey.toUtf8()));
    QVERIFY(keyStored.ok);

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QVERIFY2(report.row(Id::ScimToken).values.value(QStringLiteral("stored")).toBool(),
             qPrintable(describe(report)));
    QVERIFY(scim.token.size() > 16);
    for (const QString &text : {report.toPlainText(), report.toHtml()}) {
        QVERIFY(!text.contains(scim.token));
        QVERIFY(!text.contains(scim.token.left(12)));
        QVERIFY(!text.contains(apiKey));
        QVERIFY(!text.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
    }
    QVERIFY(report.toPlainText().contains(StatusRow::titleOf(Id::ScimToken)));
}

void TestSetupStatusReport::oneFailingGraphCallLeavesTheOtherRowsFilled()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    f.sim->server().options().failGraphPathPattern =
        QStringLiteral("^/v1\\.0/servicePrincipals/[^/]+/appRoleAssignedTo$");

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &assignments = report.row(Id::Assignments);
    QVERIFY2(assignments.level == Level::Unknown, qPrintable(describe(report)));
    QCOMPARE(assignments.error.code, QStringLiteral("Authorization_RequestDenied"));
    QVERIFY(!assignments.error.requestId.isEmpty());
    QVERIFY(!assignments.action.isEmpty());
    QVERIFY(report.toPlainText().contains(assignments.error.requestId));
    // Everything else was read.
    QCOMPARE(report.row(Id::Application).level, Level::Ok);
    QCOMPARE(report.row(Id::SamlSettings).level, Level::Ok);
    QCOMPARE(report.row(Id::Certificate).level, Level::Ok);
    QCOMPARE(report.row(Id::Certificate).values.value(QStringLiteral("thumbprint")).toString(),
             simActiveThumbprint(f));
    QCOMPARE(report.row(Id::Provisioning).level, Level::Warning); // not set up, and it says so
    QCOMPARE(report.settledCount(), int(report.rows().size()));
}

void TestSetupStatusReport::thousandsOfAssignmentsAreCountedByPages()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    const QString spId = f.store->state().servicePrincipalId;
    // Written straight into the simulated tenant: the count is what is tested, not 2,530 POSTs.
    auto &assignments = f.sim->server().world().apps.appRoleAssignments;
    for (int i = 0; i < 2530; ++i) {
        const bool group = i >= 2500;
        assignments.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("bulk-%1").arg(i)},
            {QStringLiteral("appRoleId"), QString::fromLatin1(kDefaultAccessRoleId)},
            {QStringLiteral("principalId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("principalType"), group ? QStringLiteral("Group") : QStringLiteral("User")},
            {QStringLiteral("principalDisplayName"), QStringLiteral("Bulk %1").arg(i)},
            {QStringLiteral("resourceId"), spId},
            {QStringLiteral("createdDateTime"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("deletedDateTime"), QJsonValue()}});
    }
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(), 2500);
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(), 30);
    // Three pages of 999, not one request per assignment.
    QFile log(f.logDir.filePath(QStringLiteral("requests.jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    int pages = 0;
    while (!log.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
        if (entry.value(QStringLiteral("url")).toString().contains(QLatin1String("/appRoleAssignedTo")))
            ++pages;
    }
    QCOMPARE(pages, 3);
}

void TestSetupStatusReport::findsTheAppWhenSetupStateLostIt()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    const QString servicePrincipalId = f.store->state().servicePrincipalId;
    // Another computer, or a lost state file: a new report over a SetupState without the app's ids.
    f.store->update([](SetupState &s) {
        s.servicePrincipalId.clear();
        s.appObjectId.clear();
        s.appId.clear();
    });
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QCOMPARE(f.store->state().servicePrincipalId, servicePrincipalId);
    QCOMPARE(report.row(Id::Application).level, Level::Ok);
    QCOMPARE(report.row(Id::Certificate).level, Level::Ok);
}

QTEST_MAIN(TestSetupStatusReport)
#include "tst_setupstatusreport.moc"
