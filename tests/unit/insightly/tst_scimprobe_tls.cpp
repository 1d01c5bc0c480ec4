// Tests of insightly/ScimProbe's TLS row: certificates made with openssl, served by an in-test TLS double.
#include "ScimProbeTestSupport.h"

#include "Certificates.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSslKey>
#include <QTest>

using namespace insightly;
using namespace testsupport;

class TestScimProbeTls : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void selfSignedCertificateFailsClosed();
    void trustedCertificatePasses();
    void certificateForAnotherHost();
    void expiredCertificate();
    void plainHttpRefused();

private:
    ScimProbeReport probe(const QUrl &base, const QString &token, const ScimProbeOptions &options = {}) {
        return m_runner.run(base, token, options);
    }
    ScimProbeReport probeTrusting(const QSslConfiguration &tls, const QUrl &base) {
        return m_runner.runTrusting(tls, base);
    }

    ProbeRunner m_runner;
};

void TestScimProbeTls::cleanup() {
    const QStringList problems = m_runner.takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestScimProbeTls::selfSignedCertificateFailsClosed() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, {});
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const ScimCheck &row = report.check(ScimCheckId::Tls);
    QCOMPARE(row.failure.code, QLatin1String(ScimProbeCode::TlsUntrusted));
    QVERIFY2(row.seen.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(row.seen));
    QVERIFY(row.seen.contains(QLatin1String("localhost")));
    QVERIFY(server.requests().isEmpty()); // the token never left
}

void TestScimProbeTls::trustedCertificatePasses() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probeTrusting(tls, server.url(QStringLiteral("/scim/v2")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Passed, Passed}));
    const QString seen = report.check(ScimCheckId::Tls).seen;
    QVERIFY2(seen.contains(QLatin1String("certificate for localhost")), qPrintable(seen));
    QVERIFY2(seen.contains(QRegularExpression(QStringLiteral("\\b(29|30) day"))), qPrintable(seen));
    QVERIFY2(seen.contains(QLatin1String("issued by localhost")), qPrintable(seen));
}

void TestScimProbeTls::certificateForAnotherHost() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("scim.other.example"), QStringLiteral("DNS:scim.other.example"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probeTrusting(tls, server.url(QStringLiteral("/scim/v2")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const UserMessage &m = report.check(ScimCheckId::Tls).failure;
    QCOMPARE(m.code, QLatin1String(ScimProbeCode::TlsHostMismatch));
    QVERIFY2(m.what.contains(QLatin1String("scim.other.example")), qPrintable(m.what));
    QVERIFY(server.requests().isEmpty());
}

void TestScimProbeTls::expiredCertificate() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const sim::GeneratedCertificate expired =
        sim::generateSelfSignedCertificate(QStringLiteral("localhost"), now.addDays(-60), now.addDays(-2));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(expired.certificatePem));
    tls.setPrivateKey(QSslKey(expired.privateKeyPem, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report =
        probeTrusting(tls, server.url(QStringLiteral("/scim/v2"), QStringLiteral("localhost")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const ScimCheck &row = report.check(ScimCheckId::Tls);
    QCOMPARE(row.failure.code, QLatin1String(ScimProbeCode::TlsExpired));
    QVERIFY2(row.failure.why.contains(QLatin1String("clock")), qPrintable(row.failure.why));
    QVERIFY2(row.seen.contains(QLatin1String("expired")), qPrintable(row.seen));
    QVERIFY(server.requests().isEmpty());
}

void TestScimProbeTls::plainHttpRefused() {
    HttpDouble server(goodScim);
    // Without the demo option, http is refused before the token is sent, even on this computer.
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, {});
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    QCOMPARE(report.check(ScimCheckId::Tls).failure.code, QLatin1String(ScimProbeCode::NotEncrypted));
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestScimProbeTls)
#include "tst_scimprobe_tls.moc"
