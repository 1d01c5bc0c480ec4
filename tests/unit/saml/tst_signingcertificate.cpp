#include "saml/SigningCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using insightly::CertificateLoadResult;
using insightly::SigningCertificate;

namespace {

const QString kFixtures = QStringLiteral(INSIGHTLY_SHARED_DIR "/fixtures/entra-metadata/");
const QString kRotatedThumbprint = QStringLiteral("815D70419E644F95BE30F309616EBDA58C5B591B");
const QString kOldThumbprint = QStringLiteral("9B6A4331329E0D853B20BD364CD7131D3652942F");

QByteArray readFixture(const QString &name)
{
    QFile file(kFixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QByteArray wrap(const QByteArray &base64, int column, const QByteArray &eol)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += column)
        out += base64.mid(i, column) + eol;
    return out;
}

QByteArray pem(const QByteArray &der, const QByteArray &eol = "\n")
{
    return "-----BEGIN CERTIFICATE-----" + eol + wrap(der.toBase64(), 64, eol) + "-----END CERTIFICATE-----" +
           eol;
}

// The X509Certificate values in document order, as Base64 text.
QList<QByteArray> certificatesInXml(const QByteArray &xml)
{
    QList<QByteArray> found;
    static const QRegularExpression re(QStringLiteral("X509Certificate>([^<]+)<"));
    auto it = re.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        const QByteArray value = it.next().captured(1).toLatin1();
        if (!found.contains(value))
            found << value;
    }
    return found;
}

QStringList thumbprints(const CertificateLoadResult &result)
{
    QStringList list;
    for (const auto &certificate : result.certificates)
        list << certificate.thumbprint();
    return list;
}

} // namespace

class TestSigningCertificate : public QObject
{
    Q_OBJECT

private:
    QByteArray m_fixtureDer;
    QByteArray m_oldDer;
    // A macro, not a function: QSKIP returns from the function it stands in, and only the test function's own
    // return ends the test.
#define REQUIRE_FIXTURES()                                                                                   \
    if (m_fixtureDer.isEmpty())                                                                              \
    QSKIP("The real Entra metadata (INSIGHTLY_SHARED_DIR/fixtures/entra-metadata) is not on this machine; "  \
          "skipping the tests that read it")
    // Runs openssl with `arguments`; returns its stdout, or nothing when it fails.
    std::optional<QByteArray> openssl(const QStringList &arguments, const QString &workDir)
    {
        QProcess process;
        process.setWorkingDirectory(workDir);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << "failed:" << process.readAllStandardError();
            return std::nullopt;
        }
        return process.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        const QByteArray cer = readFixture(QStringLiteral("app-signing-cert-base64.cer"));
        if (cer.isEmpty())
            return;
        const CertificateLoadResult loaded = SigningCertificate::load(cer);
        QVERIFY(loaded.ok());
        m_fixtureDer = loaded.certificates.first().toDer();
        const auto inMetadata = certificatesInXml(readFixture(QStringLiteral("app-metadata-two-certs.xml")));
        QCOMPARE(inMetadata.size(), 2);
        m_oldDer = QByteArray::fromBase64(inMetadata.first());
    }

    void fixtureFields()
    {
        REQUIRE_FIXTURES();
        const auto result =
            SigningCertificate::load(readFixture(QStringLiteral("app-signing-cert-base64.cer")));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.certificates.size(), 1);
        const SigningCertificate &certificate = result.certificates.first();
        QCOMPARE(certificate.thumbprint(), kRotatedThumbprint);
        QCOMPARE(certificate.subjectCommonName(),
                 QStringLiteral("Microsoft Azure Federated SSO Certificate"));
        QVERIFY(certificate.issuer().contains(QStringLiteral("Microsoft Azure Federated SSO Certificate")));
        QCOMPARE(certificate.notBefore().date(), QDate(2024, 5, 7));
        QCOMPARE(certificate.notAfter().date(), QDate(2027, 5, 7));
        QCOMPARE(certificate.keyAlgorithm(), SigningCertificate::KeyAlgorithm::Rsa);
        QCOMPARE(certificate.keyAlgorithmName(), QStringLiteral("RSA"));
        QCOMPARE(certificate.keySizeBits(), 2048);
        QVERIFY(!certificate.serialNumber().isEmpty());
        QVERIFY(!certificate.serialNumber().contains(u':'));
    }

    void exportMatchesPortalDownloadByteForByte()
    {
        REQUIRE_FIXTURES();
        const QByteArray cer = readFixture(QStringLiteral("app-signing-cert-base64.cer"));
        const SigningCertificate certificate = SigningCertificate::fromDer(m_fixtureDer);
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.toBase64Cer(SigningCertificate::LineEnding::Lf), cer);
        QByteArray crlf = cer;
        crlf.replace("\n", "\r\n");
        QCOMPARE(certificate.toBase64Cer(SigningCertificate::LineEnding::CrLf), crlf);
        QCOMPARE(certificate.toDer(), m_fixtureDer);
        for (const QByteArray &line : certificate.toBase64Cer().split('\n'))
            QVERIFY(line.size() <= 64);
    }

    void validityAndDaysLeft()
    {
        REQUIRE_FIXTURES();
        const SigningCertificate certificate = SigningCertificate::fromDer(m_fixtureDer);
        const QDateTime notAfter = certificate.notAfter();
        QVERIFY(certificate.isValidAt(utc(2025, 1, 1)));
        QVERIFY(!certificate.isValidAt(utc(2024, 5, 6)));
        QVERIFY(!certificate.isValidAt(utc(2027, 5, 8)));
        QVERIFY(certificate.isValidAt(certificate.notBefore()));
        QVERIFY(certificate.isValidAt(notAfter));
        QVERIFY(!certificate.isValidAt(notAfter.addSecs(1)));
        QCOMPARE(certificate.daysLeft(notAfter.addDays(-10).addSecs(-3600)), 10);
        QCOMPARE(certificate.daysLeft(notAfter.addDays(-10)), 10);
        QCOMPARE(certificate.daysLeft(notAfter.addSecs(-60)), 0);
        QCOMPARE(certificate.daysLeft(notAfter.addSecs(60)), -1);
        QCOMPARE(certificate.daysLeft(notAfter.addDays(3)), -3);
        QVERIFY(!SigningCertificate().isValidAt(utc(2025, 1, 1)));
    }

    void shapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        if (readFixture(QStringLiteral("app-signing-cert-base64.cer")).isEmpty())
            return;
        const QByteArray der =
            SigningCertificate::load(readFixture(QStringLiteral("app-signing-cert-base64.cer")))
                .certificates.first()
                .toDer();
        const QByteArray b64 = der.toBase64();
        QTest::newRow("pem-lf") << pem(der);
        QTest::newRow("pem-crlf") << pem(der, "\r\n");
        QTest::newRow("pem-no-final-newline") << pem(der).trimmed();
        QTest::newRow("pem-with-text-around")
            << ("Subject: CN=Microsoft Azure Federated SSO Certificate\r\nBag attributes\n" + pem(der) +
                "trailing notes\n");
        QTest::newRow("pem-with-bom") << ("\xEF\xBB\xBF" + pem(der));
        QTest::newRow("pem-76-columns")
            << ("-----BEGIN CERTIFICATE-----\n" + wrap(b64, 76, "\n") + "-----END CERTIFICATE-----\n");
        QTest::newRow("der") << der;
        QTest::newRow("base64-one-line") << b64;
        QTest::newRow("base64-one-line-json-spaces") << ("  " + b64 + "\n");
        QTest::newRow("base64-wrapped-lf") << wrap(b64, 64, "\n");
        QTest::newRow("base64-wrapped-crlf") << wrap(b64, 76, "\r\n");
        QTest::newRow("base64-of-pem") << pem(der).toBase64();
    }

    void shapes()
    {
        REQUIRE_FIXTURES();
        QFETCH(QByteArray, input);
        const CertificateLoadResult result = SigningCertificate::load(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(thumbprints(result), QStringList{kRotatedThumbprint});
    }

    void metadataCertificates()
    {
        REQUIRE_FIXTURES();
        const auto inMetadata = certificatesInXml(readFixture(QStringLiteral("app-metadata-two-certs.xml")));
        const auto first = SigningCertificate::load(inMetadata.at(0));
        const auto second = SigningCertificate::load(inMetadata.at(1));
        QCOMPARE(thumbprints(first), QStringList{kOldThumbprint});
        QCOMPARE(thumbprints(second), QStringList{kRotatedThumbprint});
        const SigningCertificate &old = first.certificates.first();
        QCOMPARE(old.notBefore().date(), QDate(2022, 9, 28));
        QCOMPARE(old.notAfter().date(), QDate(2025, 9, 28));
        QVERIFY(old.isValidAt(utc(2025, 1, 1)));
        QVERIFY(!old.isValidAt(utc(2026, 1, 1)));
        QCOMPARE(old.daysLeft(utc(2025, 9, 1)), 27);
    }

    void severalCertificates_data()
    {
        QTest::addColumn<QByteArray>("input");
        if (readFixture(QStringLiteral("app-metadata-two-certs.xml")).isEmpty())
            return;
        const auto inMetadata = certificatesInXml(readFixture(QStringLiteral("app-metadata-two-certs.xml")));
        const QByteArray a = QByteArray::fromBase64(inMetadata.at(0));
        const QByteArray b = QByteArray::fromBase64(inMetadata.at(1));
        QTest::newRow("two-pem-blocks") << pem(a) + pem(b);
        QTest::newRow("two-pem-blocks-crlf-with-text")
            << "first:\r\n" + pem(a, "\r\n") + "second:\r\n" + pem(b, "\r\n");
        QTest::newRow("two-pem-blocks-no-newline-between") << pem(a).trimmed() + pem(b).trimmed();
        QTest::newRow("concatenated-der") << a + b;
        QTest::newRow("two-base64-lines") << a.toBase64() + "\n" + b.toBase64() + "\n";
        QTest::newRow("base64-of-concatenated-der") << (a + b).toBase64();
    }

    void severalCertificates()
    {
        REQUIRE_FIXTURES();
        QFETCH(QByteArray, input);
        const CertificateLoadResult result = SigningCertificate::load(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(thumbprints(result), (QStringList{kOldThumbprint, kRotatedThumbprint}));
    }

    void generatedCertificates_data()
    {
        QTest::addColumn<QStringList>("newKey");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::newRow("rsa-3072") << QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:3072")}
                                  << QStringLiteral("RSA") << 3072;
        QTest::newRow("ec-p256") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                QStringLiteral("-pkeyopt"),
                                                QStringLiteral("ec_paramgen_curve:prime256v1")}
                                 << QStringLiteral("EC") << 256;
        QTest::newRow("dsa-2048") << QStringList{QStringLiteral("-newkey"),
                                                 QStringLiteral("dsa:dsaparam.pem")}
                                  << QStringLiteral("DSA") << 2048;
    }

    void generatedCertificates()
    {
        QFETCH(QStringList, newKey);
        QFETCH(QString, algorithm);
        QFETCH(int, bits);
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed; cannot generate test certificates");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (algorithm == QStringLiteral("DSA")) {
            QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-genparam"),
                             QStringLiteral("-algorithm"), QStringLiteral("DSA"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("dsa_paramgen_bits:2048"), QStringLiteral("-out"),
                             QStringLiteral("dsaparam.pem")},
                            dir.path())
                        .has_value());
        }
        QStringList arguments{QStringLiteral("req"), QStringLiteral("-x509")};
        arguments << newKey << QStringList{QStringLiteral("-nodes"),
                                           QStringLiteral("-keyout"),
                                           QStringLiteral("key.pem"),
                                           QStringLiteral("-out"),
                                           QStringLiteral("cert.pem"),
                                           QStringLiteral("-days"),
                                           QStringLiteral("30"),
                                           QStringLiteral("-subj"),
                                           QStringLiteral("/CN=Insightly Test Signing/O=Contoso")};
        QVERIFY(openssl(arguments, dir.path()).has_value());
        const std::optional<QByteArray> facts =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("cert.pem"),
                     QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1"),
                     QStringLiteral("-serial")},
                    dir.path());
        QVERIFY(facts.has_value());
        const QString text = QString::fromLatin1(*facts);
        const QString expectedThumbprint = QRegularExpression(QStringLiteral("Fingerprint=([0-9A-F:]+)"))
                                               .match(text)
                                               .captured(1)
                                               .remove(u':');
        const QString expectedSerial =
            QRegularExpression(QStringLiteral("serial=([0-9A-F]+)")).match(text).captured(1);
        QVERIFY(!expectedThumbprint.isEmpty());

        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray keyPem = keyFile.readAll();
        const QByteArray certPem = certFile.readAll();

        // The certificate alone, and the certificate bundled with its key, both give the certificate.
        for (const QByteArray &input : {certPem, keyPem + certPem}) {
            const CertificateLoadResult result = SigningCertificate::load(input);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error.toDiagnostics()));
            QCOMPARE(result.certificates.size(), 1);
            const SigningCertificate &certificate = result.certificates.first();
            QCOMPARE(certificate.thumbprint(), expectedThumbprint);
            QCOMPARE(certificate.serialNumber().remove(QRegularExpression(QStringLiteral("^0+"))),
                     QString(expectedSerial).remove(QRegularExpression(QStringLiteral("^0+"))));
            QCOMPARE(certificate.subjectCommonName(), QStringLiteral("Insightly Test Signing"));
            QVERIFY(certificate.issuer().contains(QStringLiteral("Insightly Test Signing")));
            QCOMPARE(certificate.keyAlgorithmName(), algorithm);
            QCOMPARE(certificate.keySizeBits(), bits);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(certificate.isValidAt(now));
            QVERIFY(certificate.daysLeft(now) >= 28 && certificate.daysLeft(now) <= 30);
            // The export reloads to the same certificate.
            QCOMPARE(thumbprints(SigningCertificate::load(
                         certificate.toBase64Cer(SigningCertificate::LineEnding::CrLf))),
                     QStringList{expectedThumbprint});
        }

        // OpenSSL's "TRUSTED CERTIFICATE" form (certificate + trust settings) gives the certificate too.
        const std::optional<QByteArray> trusted =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("cert.pem"),
                     QStringLiteral("-addtrust"), QStringLiteral("serverAuth"), QStringLiteral("-trustout")},
                    dir.path());
        QVERIFY(trusted.has_value());
        QVERIFY(trusted->contains("BEGIN TRUSTED CERTIFICATE"));
        QCOMPARE(thumbprints(SigningCertificate::load(*trusted)), QStringList{expectedThumbprint});

        // The key alone is refused with the private-key message.
        const CertificateLoadResult keyOnly = SigningCertificate::load(keyPem);
        QVERIFY(!keyOnly.ok());
        QCOMPARE(keyOnly.error.code, QString::fromLatin1(insightly::CertificateLoadError::PrivateKey));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const QString empty = QString::fromLatin1(insightly::CertificateLoadError::Empty);
        const QString privateKey = QString::fromLatin1(insightly::CertificateLoadError::PrivateKey);
        const QString truncatedCode = QString::fromLatin1(insightly::CertificateLoadError::Truncated);
        const QString notCert = QString::fromLatin1(insightly::CertificateLoadError::NotACertificate);
        QTest::newRow("empty") << QByteArray() << empty;
        QTest::newRow("whitespace-only") << QByteArray(" \r\n\t\n") << empty;
        QTest::newRow("bom-only") << QByteArray("\xEF\xBB\xBF\n") << empty;
        QTest::newRow("pkcs8-private-key")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE "
                          "KEY-----\n")
            << privateKey;
        QTest::newRow("rsa-private-key-crlf")
            << QByteArray("-----BEGIN RSA PRIVATE KEY-----\r\nMIIEpAIBAAKCAQEA\r\n"
                          "-----END RSA PRIVATE KEY-----\r\n")
            << privateKey;
        QTest::newRow("encrypted-private-key")
            << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkq\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n")
            << privateKey;
        QTest::newRow("certificate-request")
            << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nMIICWjCCAUICAQAw\n-----END CERTIFICATE "
                          "REQUEST-----\n")
            << notCert;
        QTest::newRow("pem-garbage-body")
            << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n")
            << notCert;
        QTest::newRow("pem-valid-base64-not-der")
            << QByteArray("-----BEGIN CERTIFICATE-----\nSGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n")
            << notCert;
        QTest::newRow("plain-text") << QByteArray("Hello, this is my certificate!") << notCert;
        QTest::newRow("json") << QByteArray("{\"key\": null}") << notCert;
        QTest::newRow("der-sequence-not-a-certificate") << QByteArray("\x30\x03\x02\x01\x05", 5) << notCert;
        QTest::newRow("binary-junk") << QByteArray("\x01\x02\x03\xff\xfe", 5) << notCert;
        QTest::newRow("metadata-xml")
            << QByteArray("<?xml version=\"1.0\"?><EntityDescriptor "
                          "xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>")
            << QString::fromLatin1(insightly::CertificateLoadError::FederationMetadata);
        QTest::newRow("pfx-shape") << QByteArray("\x30\x06\x02\x01\x03\x30\x01\x00", 8)
                                   << QStringLiteral("certificate.pkcs12");

        const QByteArray cer = readFixture(QStringLiteral("app-signing-cert-base64.cer"));
        if (cer.isEmpty())
            return;
        const QByteArray der = SigningCertificate::load(cer).certificates.first().toDer();
        QTest::newRow("pem-without-end") << cer.left(cer.indexOf("-----END")) << truncatedCode;
        QTest::newRow("pem-cut-in-half") << cer.left(cer.size() / 2) << truncatedCode;
        QTest::newRow("pem-body-cut-but-armoured")
            << ("-----BEGIN CERTIFICATE-----\n" + wrap(der.left(400).toBase64(), 64, "\n") +
                "-----END CERTIFICATE-----\n")
            << truncatedCode;
        QTest::newRow("der-truncated") << der.left(der.size() - 10) << truncatedCode;
        QTest::newRow("der-header-only") << der.left(3) << truncatedCode;
        QTest::newRow("base64-truncated") << der.left(500).toBase64() << truncatedCode;
        QTest::newRow("second-der-truncated") << der + der.left(100) << truncatedCode;
    }

    void badInputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const CertificateLoadResult result = SigningCertificate::load(input);
        QVERIFY(!result.ok());
        QVERIFY(result.certificates.isEmpty());
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.what.isEmpty());
        QVERIFY(!result.error.why.isEmpty());
        QVERIFY(!result.error.action.isEmpty());
    }

    void messagesNameTheProblem()
    {
        QVERIFY(SigningCertificate::load("-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----")
                    .error.what.startsWith(QStringLiteral("This is a private key, not a certificate")));
        QVERIFY(SigningCertificate::load("hello").error.what.startsWith(
            QStringLiteral("This file is not a certificate")));
        QVERIFY(SigningCertificate::load("").error.what.contains(QStringLiteral("empty")));
    }

    void normalizedThumbprint()
    {
        QCOMPARE(SigningCertificate::normalizedThumbprint(QStringLiteral("81:5d:70 41")),
                 QStringLiteral("815D7041"));
    }
};

QTEST_GUILESS_MAIN(TestSigningCertificate)
#include "tst_signingcertificate.moc"
