// Tests of insightly/ScimProbeCli (the --probe-scim mode): exit statuses, where the token comes from, what is
// printed.
#include "HttpDouble.h"
#include "ScimSimSetup.h"

#include "insightly/ScimInputs.h"
#include "insightly/ScimProbe.h"
#include "insightly/ScimProbeCli.h"

#include <QBuffer>
#include <QTest>
#include <QTextStream>

using namespace insightly;

namespace {

const char *const kVariable = "INSIGHTLY_SCIM_TOKEN";

struct CliRun {
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestScimProbeCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void tokenFromEnvironment();
    void tokenFromStandardInput();
    void environmentWinsOverStandardInput();
    void wrongTokenFails();
    void serverDownFails();
    void badInput_data();
    void badInput();

private:
    CliRun run(const QString &url, const QByteArray &stdinText = {});

    std::unique_ptr<testsupport::SimFixture> m_sim;
    testsupport::ScimSim m_scim;
};

void TestScimProbeCli::initTestCase() {
    m_sim = std::make_unique<testsupport::SimFixture>(insightlytest::options());
    QString error;
    QVERIFY2(testsupport::startSimWithScim(*m_sim, &m_scim, &error), qPrintable(error));
}

void TestScimProbeCli::init() {
    qunsetenv(kVariable);
}

void TestScimProbeCli::cleanupTestCase() {
    qunsetenv(kVariable);
    m_sim.reset();
}

CliRun TestScimProbeCli::run(const QString &url, const QByteArray &stdinText) {
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer input;
    input.setData(stdinText);
    ScimProbeCliOptions options;
    options.checkTimeout = std::chrono::seconds(60);
    result.status = runScimProbeCli(url, out, err, &input, options);
    out.flush();
    err.flush();
    return result;
}

void TestScimProbeCli::tokenFromEnvironment() {
    qputenv(kVariable, m_scim.token.toUtf8());
    const CliRun r = run(m_scim.endpoint.toString());
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(QStringLiteral("\u2713 ")), 5); // TLS included: the simulator's CA is trusted here
    QCOMPARE(r.out.count(QStringLiteral("\u2013 ")), 0);
    QCOMPARE(r.out.count(QStringLiteral("\u2717 ")), 0);
    QVERIFY(r.out.contains(QStringLiteral("INSIGHTLY_SCIM_TOKEN")));
    QVERIFY(r.out.contains(ScimInputs::maskedToken(m_scim.token)));
    QVERIFY(r.out.contains(QStringLiteral(" ms)")));
    QVERIFY(!r.out.contains(m_scim.token) && !r.err.contains(m_scim.token));
}

void TestScimProbeCli::tokenFromStandardInput() {
    const CliRun r = run(m_scim.endpoint.toString(), m_scim.token.toUtf8() + "\nsecond line is ignored\n");
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("standard input")));
    QVERIFY(!r.out.contains(m_scim.token) && !r.err.contains(m_scim.token));
}

void TestScimProbeCli::environmentWinsOverStandardInput() {
    qputenv(kVariable, "wrong-token-from-the-environment-0000");
    const CliRun r = run(m_scim.endpoint.toString(), m_scim.token.toUtf8() + '\n');
    QCOMPARE(r.status, 1); // the environment's (wrong) token was used, standard input was not read
    QVERIFY(!r.out.contains(QStringLiteral("wrong-token-from-the-environment")));
}

void TestScimProbeCli::wrongTokenFails() {
    const QString wrong = QStringLiteral("WrongTokenWrongTokenWrongToken1234");
    const CliRun r = run(m_scim.endpoint.toString(), wrong.toUtf8() + '\n');
    QCOMPARE(r.status, 1);
    QCOMPARE(r.out.count(QStringLiteral("\u2717 ")), 2);
    QVERIFY(r.out.contains(QStringLiteral("Cause: ")));
    QVERIFY(r.out.contains(QStringLiteral("Fix: ")));
    QVERIFY(r.out.contains(QLatin1String(ScimProbeCode::TokenRejected)));
    QVERIFY(!r.out.contains(wrong) && !r.err.contains(wrong));
    QVERIFY(r.out.contains(ScimInputs::maskedToken(wrong)));
}

void TestScimProbeCli::serverDownFails() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    qputenv(kVariable, m_scim.token.toUtf8());
    const CliRun r = run(QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(port));
    QCOMPARE(r.status, 1);
    QVERIFY(r.out.contains(QLatin1String(ScimProbeCode::ConnectionRefused)));
    QCOMPARE(r.out.count(QStringLiteral("\u2013 ")), 3);
}

void TestScimProbeCli::badInput_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("stdinText");
    QTest::addColumn<QString>("code");
    QTest::newRow("url ends in /Users") << QStringLiteral("https://crm.na1.insightly.com/scim/v2/Users")
                                        << QByteArray("token-token-token-token\n")
                                        << QString::fromLatin1(ScimInputCode::UrlResourcePath);
    QTest::newRow("http") << QStringLiteral("http://crm.na1.insightly.com/scim/v2")
                          << QByteArray("token-token-token-token\n")
                          << QString::fromLatin1(ScimInputCode::UrlHttp);
    QTest::newRow("empty url") << QString() << QByteArray("token-token-token-token\n")
                               << QString::fromLatin1(ScimInputCode::UrlEmpty);
    QTest::newRow("no token") << QStringLiteral("https://crm.na1.insightly.com/scim/v2") << QByteArray()
                              << QString::fromLatin1(ScimInputCode::TokenEmpty);
    QTest::newRow("url as token") << QStringLiteral("https://crm.na1.insightly.com/scim/v2")
                                  << QByteArray("https://crm.na1.insightly.com/scim/v2\n")
                                  << QString::fromLatin1(ScimInputCode::TokenIsUrl);
}

void TestScimProbeCli::badInput() {
    QFETCH(QString, url);
    QFETCH(QByteArray, stdinText);
    QFETCH(QString, code);
    const CliRun r = run(url, stdinText);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(code), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // nothing probed
}

QTEST_GUILESS_MAIN(TestScimProbeCli)
#include "tst_scimprobecli.moc"
