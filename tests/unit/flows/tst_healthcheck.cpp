// `--check`'s verdict (flows/HealthCheck) against the simulator: a healthy setup, an expiring certificate, no
// saved session and no setup at all — each with its exit status, its action and JSON that matches the schema.
// The admin is signed in once by the fixture; the check then signs in silently from the keychain, as the
// scheduled run does.
#include "CheckJsonSchema.h"
#include "CheckSession.h"
#include "StatusTestWorld.h"
#include "entra/CloudEndpoints.h"
#include "flows/HealthCheck.h"

class TestHealthCheck : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void healthySetupExitsZero();
    void expiringCertificateWarnsOrFails_data();
    void expiringCertificateWarnsOrFails();
    void noSavedSessionCannotTell();
    void noSetupCannotTell();
    void unknownTenantCannotTell();

private:
    static HealthVerdict check(SetupStepsFixture &f, SetupStateStore *store,
                               const HealthCheck::Options &options = {})
    {
        HealthCheck check(&f.wizard->network(), &f.wizard->secrets(), store,
                          entra::CloudEndpoints::forCloud(entra::Cloud::Global));
        return f.run(check.run(options), 180000);
    }
};

void TestHealthCheck::healthySetupExitsZero()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    QCOMPARE(assignSome(f), QString());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return simJob(f)
                       .value(QStringLiteral("status"))
                       .toObject()
                       .value(QStringLiteral("lastExecution"))
                       .toObject()
                       .value(QStringLiteral("state"))
                       .toString() == QLatin1String("Succeeded");
        },
        30000));
    QCOMPARE(checksession::keepWizardSession(f), QString());

    const HealthVerdict verdict = check(f, f.store.get());
    QVERIFY(f.finished);
    QVERIFY2(verdict.status == HealthVerdict::Status::Healthy, qPrintable(verdict.toTable()));
    QCOMPARE(verdict.exitCode(), 0);
    QVERIFY(verdict.findings.isEmpty());
    QCOMPARE(verdict.tenantId, f.sim->tenantId());
    QCOMPARE(verdict.rows.size(), StatusRow::allIds().size());

    const QJsonObject json = verdict.toJson();
    QCOMPARE(checkschema::violations(json), QStringList());
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 0);
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson()) + verdict.toTable();
    QVERIFY(!text.contains(scim.token));
}

void TestHealthCheck::expiringCertificateWarnsOrFails_data()
{
    QTest::addColumn<int>("validityDays");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("30 days: warning") << 30 << 1;
    QTest::newRow("10 days: failing") << 10 << 2;
}

void TestHealthCheck::expiringCertificateWarnsOrFails()
{
    QFETCH(int, validityDays);
    QFETCH(int, exitCode);
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, validityDays), QString());
    QCOMPARE(checksession::keepWizardSession(f), QString());

    const HealthVerdict verdict = check(f, f.store.get());
    QVERIFY(f.finished);
    QVERIFY2(verdict.exitCode() == exitCode, qPrintable(verdict.toTable()));
    bool named = false;
    for (const HealthVerdict::Finding &finding : verdict.findings)
        if (finding.check == QLatin1String("certificate")) {
            named = true;
            QCOMPARE(int(finding.status), exitCode);
            QCOMPARE(finding.action, StatusRowRules::rotateCertificateAction());
        }
    QVERIFY2(named, qPrintable(verdict.toTable()));
    QVERIFY(verdict.actions().contains(StatusRowRules::rotateCertificateAction()));
    QCOMPARE(checkschema::violations(verdict.toJson()), QStringList());
}

void TestHealthCheck::noSavedSessionCannotTell()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    // A setup of another tenant, saved on this computer, whose session was never kept in the keychain.
    QTemporaryDir dir;
    SetupStateStore store(dir.path());
    const QString tenant = checksession::saveSetupWithoutSession(store, QStringLiteral("Fabrikam"));

    const HealthVerdict verdict = check(f, &store);
    QVERIFY(f.finished);
    QCOMPARE(verdict.exitCode(), 3);
    QCOMPARE(verdict.findings.size(), 1);
    QCOMPARE(verdict.findings.constFirst().check, QStringLiteral("session"));
    QVERIFY(!verdict.findings.constFirst().action.isEmpty());
    QCOMPARE(verdict.tenantId, tenant);
    QCOMPARE(checkschema::violations(verdict.toJson()), QStringList());
}

void TestHealthCheck::noSetupCannotTell()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    QTemporaryDir empty;
    SetupStateStore store(empty.path());
    const HealthVerdict verdict = check(f, &store);
    QCOMPARE(verdict.exitCode(), 3);
    QCOMPARE(verdict.findings.constFirst().check, QStringLiteral("setup"));
    QCOMPARE(checkschema::violations(verdict.toJson()), QStringList());
}

void TestHealthCheck::unknownTenantCannotTell()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    HealthCheck::Options options;
    options.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
    const HealthVerdict verdict = check(f, f.store.get(), options);
    QCOMPARE(verdict.exitCode(), 3);
    QVERIFY2(verdict.findings.constFirst().summary.contains(f.sim->tenantId().toLower()),
             qPrintable(verdict.toTable()));
}

QTEST_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
