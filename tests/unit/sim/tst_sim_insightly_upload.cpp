// Tests of the pieces behind the certificate upload of the simulated Insightly: the multipart/form-data
// parser and the reader of certificate / metadata files.
#include "Certificates.h"
#include "InsightlyCertificateFile.h"
#include "MultipartForm.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace sim;

class TestSimInsightlyUpload : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void boundaryFromContentType_data();
    void boundaryFromContentType();
    void parsesFieldsAndFiles();
    void keepsBinaryBytes();
    void toleratesPreambleAndHeaderCase();
    void rejectsMalformedBodies_data();
    void rejectsMalformedBodies();
    void readsEveryCertificateFormat_data();
    void readsEveryCertificateFormat();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void metadataTakesIdpSigningCertificatesOnly();
    void realEntraFiles();

private:
    GeneratedCertificate m_first;
    GeneratedCertificate m_second;
};

void TestSimInsightlyUpload::initTestCase() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_first = generateSelfSignedCertificate(QStringLiteral("First"), now.addDays(-1), now.addYears(1));
    m_second = generateSelfSignedCertificate(QStringLiteral("Second"), now.addDays(-1), now.addYears(2));
    QVERIFY(!m_first.certificateDer.isEmpty() && !m_second.certificateDer.isEmpty());
}

void TestSimInsightlyUpload::boundaryFromContentType_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("chromium") << QByteArray("multipart/form-data; boundary=----WebKitFormBoundaryAbC123")
                              << QByteArray("----WebKitFormBoundaryAbC123");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"a b;c\"") << QByteArray("a b;c");
    QTest::newRow("upper case type, charset first")
        << QByteArray("Multipart/Form-Data; charset=utf-8; boundary=xyz") << QByteArray("xyz");
    QTest::newRow("not multipart") << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
}

void TestSimInsightlyUpload::boundaryFromContentType() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(multipartBoundary(contentType), boundary);
}

void TestSimInsightlyUpload::parsesFieldsAndFiles() {
    const QByteArray body =
        "--XX\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nhello world\r\n"
        "--XX\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"Insightly SAML.cer\"\r\n"
        "Content-Type: application/x-x509-ca-cert\r\n\r\nline1\r\nline2\r\n"
        "--XX\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n";
    QList<MultipartPart> parts;
    QString error;
    QVERIFY2(parseMultipartForm(body, "XX", &parts, &error), qPrintable(error));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0].name, QStringLiteral("comment"));
    QVERIFY(!parts[0].isFile);
    QCOMPARE(parts[0].data, QByteArray("hello world"));
    QCOMPARE(parts[1].name, QStringLiteral("certificate"));
    QCOMPARE(parts[1].fileName, QStringLiteral("Insightly SAML.cer"));
    QCOMPARE(parts[1].contentType, QByteArray("application/x-x509-ca-cert"));
    QCOMPARE(parts[1].data, QByteArray("line1\r\nline2"));
    QVERIFY(parts[2].isFile);
    QVERIFY(parts[2].fileName.isEmpty());
    QVERIFY(parts[2].data.isEmpty());
}

void TestSimInsightlyUpload::keepsBinaryBytes() {
    // DER with NUL bytes, CR/LF and a shorter lookalike of the boundary.
    QByteArray binary = m_first.certificateDer;
    binary += QByteArray("\0\r\n----WebKit\r\x01\xff", 17);
    QList<MultipartPart> parts;
    QString error;
    const QByteArray boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    const QByteArray safe =
        "--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"c.der\"\r\n\r\n" + binary +
        "\r\n--" + boundary + "--\r\n";
    QVERIFY2(parseMultipartForm(safe, boundary, &parts, &error), qPrintable(error));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().data, binary);
}

void TestSimInsightlyUpload::toleratesPreambleAndHeaderCase() {
    const QByteArray body =
        "preamble text\r\n--b1\r\ncontent-disposition: form-data; NAME=\"x\"\r\n\r\nv\r\n--b1--\r\nepilogue";
    QList<MultipartPart> parts;
    QVERIFY(parseMultipartForm(body, "b1", &parts));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().name, QStringLiteral("x"));
    QCOMPARE(parts.first().data, QByteArray("v"));
}

void TestSimInsightlyUpload::rejectsMalformedBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no boundary at all") << QByteArray("just text");
    QTest::newRow("no closing delimiter")
        << QByteArray("--b1\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue without end");
    QTest::newRow("headers never end") << QByteArray("--b1\r\nContent-Disposition: form-data; name=\"x\"");
    QTest::newRow("empty") << QByteArray();
}

void TestSimInsightlyUpload::rejectsMalformedBodies() {
    QFETCH(QByteArray, body);
    QList<MultipartPart> parts;
    QString error;
    QVERIFY(!parseMultipartForm(body, "b1", &parts, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimInsightlyUpload::readsEveryCertificateFormat_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("expectFirst");
    const QByteArray b64 = m_first.certificateDer.toBase64();
    QTest::newRow("PEM") << m_first.certificatePem << true;
    QTest::newRow("PEM with CRLF and BOM")
        << QByteArray("\xEF\xBB\xBF") + QByteArray(m_first.certificatePem).replace("\n", "\r\n") << true;
    QTest::newRow("two PEM blocks: the first counts")
        << m_first.certificatePem + m_second.certificatePem << true;
    QTest::newRow("PEM after text") << "Subject: CN=First\n" + m_first.certificatePem << true;
    QTest::newRow("DER") << m_first.certificateDer << true;
    QTest::newRow("one-line Base64") << b64 << true;
    QTest::newRow("Base64 with trailing newline") << b64 + "\r\n" << true;
    const QByteArray metadata =
        "<?xml version=\"1.0\"?><EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
        "entityID=\"x\">"
        "<RoleDescriptor><KeyDescriptor use=\"signing\"><KeyInfo "
        "xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data>"
        "<X509Certificate>" +
        m_second.certificateDer.toBase64() +
        "</X509Certificate></X509Data></KeyInfo></KeyDescriptor></RoleDescriptor>"
        "<IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        "<KeyDescriptor use=\"encryption\"><KeyInfo "
        "xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>" +
        m_second.certificateDer.toBase64() +
        "</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"
        "<KeyDescriptor use=\"signing\"><KeyInfo "
        "xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>\n" +
        b64 +
        "\n</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"
        "<KeyDescriptor use=\"signing\"><KeyInfo "
        "xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>" +
        m_second.certificateDer.toBase64() +
        "</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"
        "</IDPSSODescriptor></EntityDescriptor>";
    QTest::newRow("metadata: first IdP signing certificate") << metadata << true;
}

void TestSimInsightlyUpload::readsEveryCertificateFormat() {
    QFETCH(QByteArray, file);
    QFETCH(bool, expectFirst);
    QString error;
    const QByteArray der = readUploadedCertificate(file, &error);
    QVERIFY2(!der.isEmpty(), qPrintable(error));
    QCOMPARE(der, expectFirst ? m_first.certificateDer : m_second.certificateDer);
    CertificateSummary summary;
    QVERIFY(summarizeCertificate(der, &summary));
    QCOMPARE(summary.subject, QStringLiteral("CN=First"));
    QCOMPARE(summary.thumbprint, certificateThumbprint(m_first.certificateDer));
    QCOMPARE(summary.keyType, QStringLiteral("RSA"));
    QVERIFY(summary.notAfter > QDateTime::currentDateTimeUtc().addDays(300));
}

void TestSimInsightlyUpload::rejectsBadFiles_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("empty") << QByteArray("  \r\n") << QStringLiteral("empty");
    QTest::newRow("private key PEM") << m_first.privateKeyPem
                                     << QStringLiteral("does not contain a certificate");
    QTest::newRow("text") << QByteArray("hello, this is not a certificate")
                          << QStringLiteral("not a certificate");
    QTest::newRow("Base64 of junk") << QByteArray("aGVsbG8gd29ybGQ=") << QStringLiteral("valid X.509");
    QTest::newRow("truncated DER") << m_first.certificateDer.left(200) << QStringLiteral("valid X.509");
    QTest::newRow("broken XML") << QByteArray("<EntityDescriptor><IDPSSODescriptor>")
                                << QStringLiteral("well-formed");
    QTest::newRow("XML that is no metadata")
        << QByteArray("<html><body>hi</body></html>") << QStringLiteral("not SAML federation metadata");
    QTest::newRow("metadata without IdP signing key")
        << QByteArray("<EntityDescriptor "
                      "xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><SPSSODescriptor/></EntityDescriptor>")
        << QStringLiteral("no signing certificate");
}

void TestSimInsightlyUpload::rejectsBadFiles() {
    QFETCH(QByteArray, file);
    QFETCH(QString, errorFragment);
    QString error;
    QVERIFY(readUploadedCertificate(file, &error).isEmpty());
    QVERIFY2(error.contains(errorFragment, Qt::CaseInsensitive), qPrintable(error));
}

void TestSimInsightlyUpload::metadataTakesIdpSigningCertificatesOnly() {
    const QByteArray metadata =
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
        "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
        "<md:SPSSODescriptor><md:KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>" +
        m_second.certificateDer.toBase64() +
        "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor></md:SPSSODescriptor>"
        "<md:IDPSSODescriptor><md:KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>" +
        m_first.certificateDer.toBase64() +
        "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor></md:IDPSSODescriptor></"
        "md:EntityDescriptor>";
    const QList<QByteArray> certificates = metadataSigningCertificates(metadata, nullptr);
    QCOMPARE(certificates.size(), 1);
    QCOMPARE(certificates.first(), m_first.certificateDer);
}

void TestSimInsightlyUpload::realEntraFiles() {
    const QDir dir(QStringLiteral(INSIGHTLY_SHARED_DIR "/fixtures/entra-metadata"));
    QFile cer(dir.filePath(QStringLiteral("app-signing-cert-base64.cer")));
    QFile xml(dir.filePath(QStringLiteral("app-metadata-two-certs.xml")));
    if (!cer.exists() || !xml.exists())
        QSKIP("the shared Entra metadata fixtures are not available");
    QVERIFY(cer.open(QIODevice::ReadOnly) && xml.open(QIODevice::ReadOnly));
    QString error;
    CertificateSummary summary;
    QVERIFY(summarizeCertificate(readUploadedCertificate(cer.readAll(), &error), &summary));
    QCOMPARE(summary.thumbprint, QStringLiteral("815D70419E644F95BE30F309616EBDA58C5B591B"));
    QCOMPARE(summary.subject, QStringLiteral("CN=Microsoft Azure Federated SSO Certificate"));
    QCOMPARE(summary.notAfter.date(), QDate(2027, 5, 7));

    const QByteArray metadata = xml.readAll();
    const QList<QByteArray> all = metadataSigningCertificates(metadata, &error);
    QCOMPARE(all.size(), 2);
    QVERIFY(summarizeCertificate(readUploadedCertificate(metadata, &error), &summary));
    QCOMPARE(summary.thumbprint, QStringLiteral("9B6A4331329E0D853B20BD364CD7131D3652942F"));
}

QTEST_GUILESS_MAIN(TestSimInsightlyUpload)
#include "tst_sim_insightly_upload.moc"
