// `insightly-sso-setup --demo --check --json` as a scheduled run executes it: the built executable with no
// display server, its demo world loading the simulated tenant this test set up (INSIGHTLY_DEMO_STATE_DIR),
// the setup file where the app keeps it, and the session only in the keychain (refresh token). A certificate
// with 30 days left: exit status 1, the certificate finding with the rotation action, JSON valid against the
// schema.
#include "CheckJsonSchema.h"
#include "CheckSession.h"
#include "HeadlessAppRun.h"
#include "StatusTestWorld.h"

class TestAppCheckSim : public QObject, StatusTestWorld
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFile::exists(QStringLiteral(INSIGHTLY_APP_EXECUTABLE)))
            QSKIP("the insightly-sso-setup executable is not built");
    }

    void expiringCertificateExitsOneWithoutDisplay()
    {
        testsupport::HeadlessAppRun app(QStringLiteral(INSIGHTLY_APP_EXECUTABLE));
        sim::SimOptions options = simOptions();
        options.stateDir = app.simStateDir();
        SetupStepsFixture f(options);
        QCOMPARE(setUpSso(f, 30), QString());
        QCOMPARE(checksession::keepWizardSession(f), QString());
        f.sim->server().saveState();
        const QString tenant = f.sim->tenantId().toLower();
        QVERIFY(app.installSetup(f.store->currentFilePath(), tenant));

        const testsupport::HeadlessAppRun::Result run =
            app.run({QStringLiteral("--demo"), QStringLiteral("--check"), QStringLiteral("--json")});
        const QString &out = run.out;
        QVERIFY(run.finished);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 1, qPrintable(out + run.err));

        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(checkschema::violations(json), QStringList());
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QCOMPARE(
            json.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString().toLower(),
            tenant);
        bool certificate = false;
        for (const QJsonValue &finding : json.value(QStringLiteral("findings")).toArray())
            if (finding.toObject().value(QStringLiteral("check")).toString() == QLatin1String("certificate"))
                certificate = finding.toObject().value(QStringLiteral("action")).toString() ==
                              StatusRowRules::rotateCertificateAction();
        QVERIFY2(certificate, qPrintable(out));
        for (const QJsonValue &row : json.value(QStringLiteral("rows")).toArray())
            if (row.toObject().value(QStringLiteral("id")).toString() == QLatin1String("certificate"))
                QCOMPARE(row.toObject()
                             .value(QStringLiteral("values"))
                             .toObject()
                             .value(QStringLiteral("thumbprint"))
                             .toString(),
                         f.store->state().certificateThumbprint);
    }
};

QTEST_MAIN(TestAppCheckSim)
#include "tst_app_check_sim.moc"
