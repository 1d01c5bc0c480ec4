// `insightly-sso-setup --demo --check --json` as a scheduled run executes it: the built executable with no
// display server, its demo world loading the simulated tenant this test set up (INSIGHTLY_DEMO_STATE_DIR),
// the setup file where the app keeps it, and the session only in the keychain (refresh token). A certificate
// with 30 days left: exit status 1, the certificate finding with the rotation action, JSON valid against the
// schema.
#include "CheckJsonSchema.h"
#include "CheckSession.h"
#include "StatusTestWorld.h"

#include <QProcess>

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
        QTemporaryDir simState, home;
        sim::SimOptions options = simOptions();
        options.stateDir = simState.path();
        SetupStepsFixture f(options);
        QCOMPARE(setUpSso(f, 30), QString());
        QCOMPARE(checksession::keepWizardSession(f), QString());
        f.sim->server().saveState();

        // The setup file where the executable keeps it (its AppDataLocation under XDG_DATA_HOME).
        const QString setups =
            home.filePath(QStringLiteral("data/Insightly SSO Setup/insightly-sso-setup/setups"));
        QVERIFY(QDir().mkpath(setups));
        const QString tenant = f.sim->tenantId().toLower();
        QVERIFY(QFile::copy(f.store->currentFilePath(), setups + u'/' + tenant + QStringLiteral(".json")));

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("INSIGHTLY_DEMO_STATE_DIR"), simState.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INSIGHTLY_APP_EXECUTABLE),
                      {QStringLiteral("--demo"), QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 180000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 1, qPrintable(out + err));

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
