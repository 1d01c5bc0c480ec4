// End to end: `insightly-sso-setup --demo --probe-scim URL` as an admin runs it — the built executable, whose
// demo world (its own simulator, proxy and CA, app/ only) loads the world this test set up (the simulator's
// --state-dir, handed over in INSIGHTLY_DEMO_STATE_DIR); the URL is the production form
// (https://crm.na1.insightly.com/scim/v2), the token from INSIGHTLY_SCIM_TOKEN, never on the command line.
#include "ScimSimSetup.h"
#include "SimFixture.h"
#include "UnresponsiveServers.h"
#include "insightly/ScimProbe.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestE2eProbeScim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void goodTokenExitsZeroWithEveryRow();
    void wrongTokenExitsOneWithTheTokenCause();
    void wrongPathExitsOneWithNotFoundCause();
    void serverDownExitsOneAtTcp();
    void silentServerExitsOneWithTimeout();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run probe(const QString &url, const QString &token);

    QTemporaryDir m_stateDir;
    std::unique_ptr<testsupport::SimFixture> m_sim;
    testsupport::ScimSim m_scim;
};

void TestE2eProbeScim::initTestCase()
{
    if (!QFile::exists(QStringLiteral(INSIGHTLY_APP_PATH)))
        QSKIP("the insightly-sso-setup executable is not built");
    QVERIFY(m_stateDir.isValid());
    sim::SimOptions options = insightlytest::options();
    options.stateDir = m_stateDir.path();
    m_sim = std::make_unique<testsupport::SimFixture>(options);
    QString error;
    QVERIFY2(testsupport::startSimWithScim(*m_sim, &m_scim, &error), qPrintable(error));
}

TestE2eProbeScim::Run TestE2eProbeScim::probe(const QString &url, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSIGHTLY_SCIM_TOKEN"), token);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("INSIGHTLY_DEMO_STATE_DIR"), m_stateDir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(INSIGHTLY_APP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--probe-scim"), url});
    // The simulator lives in this process: keep its event loop turning while the probe runs.
    [&] { QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)); }();
    Run run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestE2eProbeScim::goodTokenExitsZeroWithEveryRow()
{
    const Run run = probe(m_scim.endpoint.toString(), m_scim.token);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    // Every row passed, TLS included: the demo CA is trusted by the application, and only by it.
    QCOMPARE(run.out.count(QStringLiteral("\u2713")), 5);
    for (insightly::ScimCheckId id :
         {insightly::ScimCheckId::HostLookup, insightly::ScimCheckId::TcpConnect, insightly::ScimCheckId::Tls,
          insightly::ScimCheckId::ServiceProviderConfig, insightly::ScimCheckId::UserLookup})
        QVERIFY2(run.out.contains(QStringLiteral("\u2713 ") + insightly::ScimProbe::title(id)),
                 qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("\u2717")));
    QVERIFY(!run.out.contains(m_scim.token) && !run.err.contains(m_scim.token));
}

void TestE2eProbeScim::wrongTokenExitsOneWithTheTokenCause()
{
    const QString wrong = QStringLiteral("wrong-token-for-the-probe-9876");
    const Run run = probe(m_scim.endpoint.toString(), wrong);
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("\u2717")));
    QVERIFY2(run.out.contains(QStringLiteral("401")), qPrintable(run.out));
    QVERIFY(run.out.contains(QString::fromLatin1(insightly::ScimProbeCode::TokenRejected)));
    QVERIFY(!run.out.contains(wrong) && !run.err.contains(wrong));
    QVERIFY(!run.out.contains(m_scim.token) && !run.err.contains(m_scim.token));
}

void TestE2eProbeScim::wrongPathExitsOneWithNotFoundCause()
{
    QUrl wrong = m_scim.endpoint;
    wrong.setPath(QStringLiteral("/scim/v1"));
    const Run run = probe(wrong.toString(), m_scim.token);
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QString::fromLatin1(insightly::ScimProbeCode::WrongPath)), qPrintable(run.out));
}

void TestE2eProbeScim::serverDownExitsOneAtTcp()
{
    const quint16 port = testsupport::refusingLoopbackPort();
    QVERIFY(port != 0);
    const Run run = probe(testsupport::loopbackScimUrl(port).toString(), m_scim.token);
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QString::fromLatin1(insightly::ScimProbeCode::ConnectionRefused)),
             qPrintable(run.out));
}

void TestE2eProbeScim::silentServerExitsOneWithTimeout()
{
    // Accepts connections and never answers: the check times out (the command line's default 10 s).
    testsupport::SilentServer silent;
    QVERIFY(silent.listen());
    const Run run = probe(silent.scimUrl().toString(), m_scim.token);
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QString::fromLatin1(insightly::ScimProbeCode::Timeout)), qPrintable(run.out));
    QVERIFY(!run.out.contains(m_scim.token) && !run.err.contains(m_scim.token));
}

QTEST_MAIN(TestE2eProbeScim)
#include "tst_e2e_probescim.moc"
