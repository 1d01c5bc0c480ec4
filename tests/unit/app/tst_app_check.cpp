// The real executable without any display server (no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY): --help,
// --version, --probe-scim and --check run on a QCoreApplication and exit normally; --check's exit status,
// table and JSON (validated against docs/check.schema.json) when no setup exists and when a setup exists
// but no session was saved.
#include "CheckJsonSchema.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

class TestAppCheck : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_home.isValid()); }

    void versionWithoutDisplay()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exit, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Insightly SSO Setup ")), qPrintable(r.out + r.err));
    }

    void helpWithoutDisplayListsCheck()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exit, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        for (const char *option : {"--check", "--json", "--quiet", "--instance", "--notify", "--probe-scim"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void probeScimWithoutDisplay()
    {
        // A port that was just free: the probe reports the refused connection and exits 1 (not a crash).
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const Result r =
            run({QStringLiteral("--probe-scim"), QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(port)},
                {{QStringLiteral("INSIGHTLY_SCIM_TOKEN"), QStringLiteral("probe-token-for-the-test-1234")}});
        QCOMPARE(r.exit, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("\u2717")), qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QStringLiteral("probe-token-for-the-test-1234")));
    }

    void checkWithoutSetupCannotTell()
    {
        const Result r = run({QStringLiteral("--check")});
        QCOMPARE(r.exit, QProcess::NormalExit);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("No setup was found on this computer.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Action: ")));
    }

    void checkJsonMatchesTheSchema()
    {
        const Result r = run({QStringLiteral("--check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(checkschema::violations(json), QStringList());
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("cannotTell"));
    }

    void checkWithSetupButNoSessionCannotTell()
    {
        const QString tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
        const QString folder =
            m_home.filePath(QStringLiteral("data/Insightly SSO Setup/insightly-sso-setup/setups"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + u'/' + tenant + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("tenantId"), tenant},
                                      {QStringLiteral("tenantDisplayName"), QStringLiteral("Fabrikam")}})
                .toJson());
        file.close();

        const Result r =
            run({QStringLiteral("--check"), QStringLiteral("--json"), QStringLiteral("--tenant"), tenant});
        QCOMPARE(r.code, 3);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(checkschema::violations(json), QStringList());
        QCOMPARE(json.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString(),
                 tenant);
        const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("check")).toString(), QStringLiteral("session"));
        QVERIFY(!finding.value(QStringLiteral("action")).toString().isEmpty());

        // --quiet prints the headline only.
        const Result quiet = run({QStringLiteral("--check"), QStringLiteral("--quiet")});
        QCOMPARE(quiet.code, 3);
        QVERIFY2(quiet.out.startsWith(QStringLiteral("Insightly SSO: Cannot tell (Fabrikam)")),
                 qPrintable(quiet.out));
        QVERIFY(quiet.out.count(u'\n') <= 3);
    }

    void checkOptionsNeedCheck()
    {
        const Result r = run({QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--json")), qPrintable(r.err));
    }

private:
    struct Result {
        QProcess::ExitStatus exit = QProcess::CrashExit;
        int code = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments, const QList<QPair<QString, QString>> &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        for (const auto &[name, value] : extra)
            env.insert(name, value);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INSIGHTLY_APP_EXECUTABLE), arguments);
        Result r;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            r.err = QStringLiteral("did not finish");
            return r;
        }
        r.exit = process.exitStatus();
        r.code = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAppCheck)
#include "tst_app_check.moc"
