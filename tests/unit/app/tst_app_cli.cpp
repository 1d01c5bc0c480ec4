// The real executable's command line: --version, --help, and refusals with exit status 2 and a message.
#include <QProcess>
#include <QtTest>

class TestAppCli : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const auto [code, out, err] = run({QStringLiteral("--version")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("Insightly SSO Setup")), qPrintable(out));
    }

    void helpListsEveryOption()
    {
        const auto [code, out, err] = run({QStringLiteral("--help")});
        QCOMPARE(code, 0);
        for (const char *option : {"--demo", "--tenant", "--client-id", "--cloud", "--language", "--version",
                                   "--help", "--plan", "--rerun"})
            QVERIFY2(out.contains(QLatin1String(option)), option);
    }

    void helpInGerman()
    {
        const auto [code, out, err] =
            run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(code, 0);
        QVERIFY2(!out.contains(QStringLiteral("Connects Insightly to Microsoft Entra ID")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Verbindet Insightly")), qPrintable(out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("cloud") << QStringList{QStringLiteral("--cloud"), QStringLiteral("moon")}
                               << QStringLiteral("--cloud");
        QTest::newRow("client id") << QStringList{QStringLiteral("--client-id"), QStringLiteral("not-a-guid")}
                                   << QStringLiteral("--client-id");
        QTest::newRow("tenant") << QStringList{QStringLiteral("--tenant"), QStringLiteral("contoso com")}
                                << QStringLiteral("--tenant");
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("klingon!")}
                                  << QStringLiteral("--language");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("rerun without plan")
            << QStringList{QStringLiteral("--rerun"), QStringLiteral("certificate")}
            << QStringLiteral("--rerun");
        QTest::newRow("unknown rerun")
            << QStringList{QStringLiteral("--plan"), QStringLiteral("--rerun"), QStringLiteral("everything")}
            << QStringLiteral("everything");
        QTest::newRow("check and plan")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--plan")} << QStringLiteral("--plan");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto [code, out, err] = run(arguments);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(messagePart), qPrintable(err));
    }

private:
    struct Result {
        int code;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INSIGHTLY_APP_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("did not finish")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

QTEST_MAIN(TestAppCli)
#include "tst_app_cli.moc"
