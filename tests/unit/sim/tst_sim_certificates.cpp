// Tests of sim/Certificates: the self-signed SAML signing certificates the simulated Entra generates.
#include "Certificates.h"

#include <QDateTime>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

class TestSimCertificates : public QObject {
    Q_OBJECT
private slots:
    void certificateCarriesNameValidityAndKeySize();
    void privateKeyMatchesCertificate();
    void serialsDiffer();
    void thumbprintMatchesOpenSslFingerprint();
};

void TestSimCertificates::certificateCarriesNameValidityAndKeySize() {
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDateTime notAfter = notBefore.addYears(3);
    const sim::GeneratedCertificate generated = sim::generateSelfSignedCertificate(
        QStringLiteral("Microsoft Azure Federated SSO Certificate"), notBefore, notAfter);
    QVERIFY(!generated.certificateDer.isEmpty());
    QVERIFY(generated.certificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(generated.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));

    const QSslCertificate certificate(generated.certificateDer, QSsl::Der);
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Microsoft Azure Federated SSO Certificate")});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             certificate.subjectInfo(QSslCertificate::CommonName));
    QVERIFY(certificate.isSelfSigned());
    QCOMPARE(certificate.effectiveDate().toSecsSinceEpoch(), notBefore.toSecsSinceEpoch());
    QCOMPARE(certificate.expiryDate().toSecsSinceEpoch(), notAfter.toSecsSinceEpoch());
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Rsa);
    QCOMPARE(certificate.publicKey().length(), 2048);
    QCOMPARE(QSslCertificate(generated.certificatePem, QSsl::Pem), certificate);
}

void TestSimCertificates::privateKeyMatchesCertificate() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const sim::GeneratedCertificate generated =
        sim::generateSelfSignedCertificate(QStringLiteral("Insightly SAML"), now, now.addDays(30));
    const QSslKey key(generated.privateKeyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(key.length(), 2048);
    // The same RSA modulus in both: the public half of the private key is the certificate's public key.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl command not installed");
    QTemporaryFile keyFile, certFile;
    QVERIFY(keyFile.open() && certFile.open());
    keyFile.write(generated.privateKeyPem);
    certFile.write(generated.certificatePem);
    keyFile.flush();
    certFile.flush();
    auto modulus = [&](const QStringList &args) {
        QProcess p;
        p.start(openssl, args);
        p.waitForFinished(60000);
        return p.readAllStandardOutput().trimmed();
    };
    const QByteArray fromKey =
        modulus({QStringLiteral("rsa"), QStringLiteral("-noout"), QStringLiteral("-modulus"),
                 QStringLiteral("-in"), keyFile.fileName()});
    const QByteArray fromCert =
        modulus({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-modulus"),
                 QStringLiteral("-in"), certFile.fileName()});
    QVERIFY(fromKey.startsWith("Modulus="));
    QCOMPARE(fromKey, fromCert);
}

void TestSimCertificates::serialsDiffer() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate a(
        sim::generateSelfSignedCertificate(QStringLiteral("A"), now, now.addDays(1)).certificateDer,
        QSsl::Der);
    const QSslCertificate b(
        sim::generateSelfSignedCertificate(QStringLiteral("A"), now, now.addDays(1)).certificateDer,
        QSsl::Der);
    QVERIFY(!a.serialNumber().isEmpty());
    QVERIFY(a.serialNumber() != b.serialNumber());
    QCOMPARE(a.version(), QByteArray("3"));
}

void TestSimCertificates::thumbprintMatchesOpenSslFingerprint() {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl command not installed");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const sim::GeneratedCertificate generated =
        sim::generateSelfSignedCertificate(QStringLiteral("Thumbprint"), now, now.addDays(1));
    QTemporaryFile certFile;
    QVERIFY(certFile.open());
    certFile.write(generated.certificatePem);
    certFile.flush();
    QProcess p;
    p.start(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), certFile.fileName(),
                      QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
    QVERIFY(p.waitForFinished(60000));
    const QString output =
        QString::fromLatin1(p.readAllStandardOutput()).trimmed(); // "sha1 Fingerprint=AB:CD:…"
    const QString expected = output.section(u'=', 1).remove(u':').toUpper();
    QCOMPARE(expected.size(), 40);
    QCOMPARE(sim::certificateThumbprint(generated.certificateDer), expected);
}

QTEST_GUILESS_MAIN(TestSimCertificates)
#include "tst_sim_certificates.moc"
