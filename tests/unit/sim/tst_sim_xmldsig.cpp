// Tests of sim/XmlDsig: enveloped RSA-SHA256 signatures as the simulated Entra puts on SAML responses and
// metadata.
#include "Certificates.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QByteArray kResponse =
    "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_resp1\" Version=\"2.0\">"
    "<Issuer xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">https://sts.windows.net/t/</Issuer>"
    "<Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\" Version=\"2.0\">"
    "<Issuer>https://sts.windows.net/t/</Issuer>"
    "<Subject><NameID>ann@contoso.example</NameID></Subject>"
    "</Assertion></samlp:Response>";

sim::GeneratedCertificate makeCertificate(const QString &name) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return sim::generateSelfSignedCertificate(name, now.addSecs(-60), now.addDays(30));
}

} // namespace

class TestSimXmlDsig : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void signAndVerifyRoundTrip();
    void signatureSitsAfterIssuer();
    void xmlsecCommandLineAcceptsSignature();
    void tamperedDocumentFails();
    void wrongCertificateFails();
    void unsignedDocumentFails();
    void signatureMovedToAnotherElementFails();
    void duplicateIdsFail();
    void unknownReferenceIdFails();
    void realEntraMetadataVerifiesOnlyWithItsSigningCertificate();

private:
    sim::GeneratedCertificate m_signer;
    sim::GeneratedCertificate m_other;
};

void TestSimXmlDsig::initTestCase() {
    m_signer = makeCertificate(QStringLiteral("Signer"));
    m_other = makeCertificate(QStringLiteral("Other"));
    QVERIFY(!m_signer.certificateDer.isEmpty() && !m_other.certificateDer.isEmpty());
}

void TestSimXmlDsig::signAndVerifyRoundTrip() {
    QString error;
    const QByteArray signedXml = sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem,
                                                             m_signer.certificateDer, &error);
    QVERIFY2(!signedXml.isEmpty(), qPrintable(error));
    QVERIFY(signedXml.contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
    QVERIFY(signedXml.contains("http://www.w3.org/2001/10/xml-exc-c14n#"));
    QVERIFY(signedXml.contains("http://www.w3.org/2001/04/xmlenc#sha256"));
    QVERIFY(signedXml.contains("URI=\"#_a1\""));
    QVERIFY(signedXml.contains(m_signer.certificateDer.toBase64().left(40)));
    QVERIFY2(sim::xmldsig::verifyWithCertificate(signedXml, m_signer.certificateDer, &error),
             qPrintable(error));
}

void TestSimXmlDsig::signatureSitsAfterIssuer() {
    const QByteArray signedXml =
        sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer);
    QXmlStreamReader reader(signedXml);
    QStringList assertionChildren;
    int depth = 0;
    bool inAssertion = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (reader.name() == QLatin1String("Assertion"))
                inAssertion = true;
            else if (inAssertion && depth == 3)
                assertionChildren.append(reader.name().toString() + u'@' + reader.namespaceUri().toString());
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("Assertion"))
                inAssertion = false;
            --depth;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(assertionChildren,
             (QStringList{QStringLiteral("Issuer@urn:oasis:names:tc:SAML:2.0:assertion"),
                          QStringLiteral("Signature@http://www.w3.org/2000/09/xmldsig#"),
                          QStringLiteral("Subject@urn:oasis:names:tc:SAML:2.0:assertion")}));
}

void TestSimXmlDsig::xmlsecCommandLineAcceptsSignature() {
    const QString xmlsec = QStandardPaths::findExecutable(QStringLiteral("xmlsec1"));
    if (xmlsec.isEmpty())
        QSKIP("xmlsec1 command not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile doc(dir.filePath(QStringLiteral("signed.xml")));
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(doc.open(QIODevice::WriteOnly) && cert.open(QIODevice::WriteOnly));
    doc.write(sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer));
    cert.write(m_signer.certificatePem);
    doc.close();
    cert.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(xmlsec, {QStringLiteral("--verify"), QStringLiteral("--enabled-key-data"),
                     QStringLiteral("key-name"), QStringLiteral("--id-attr:ID"),
                     QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion:Assertion"),
                     QStringLiteral("--pubkey-cert-pem"), cert.fileName(), doc.fileName()});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray output = p.readAll();
    QVERIFY2(p.exitCode() == 0 && output.startsWith("OK"), output.constData());
}

void TestSimXmlDsig::tamperedDocumentFails() {
    QByteArray signedXml =
        sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer);
    QVERIFY(signedXml.contains("ann@contoso.example"));
    signedXml.replace("ann@contoso.example", "eve@contoso.example");
    QString error;
    QVERIFY(!sim::xmldsig::verifyWithCertificate(signedXml, m_signer.certificateDer, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimXmlDsig::wrongCertificateFails() {
    // The document carries the signer's certificate in KeyInfo; it must not be trusted for itself.
    const QByteArray signedXml =
        sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer);
    QString error;
    QVERIFY(!sim::xmldsig::verifyWithCertificate(signedXml, m_other.certificateDer, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimXmlDsig::unsignedDocumentFails() {
    QString error;
    QVERIFY(!sim::xmldsig::verifyWithCertificate(kResponse, m_signer.certificateDer, &error));
    QVERIFY(error.contains(QLatin1String("no signature")));
    QVERIFY(!sim::xmldsig::verifyWithCertificate("<not xml", m_signer.certificateDer, &error));
}

void TestSimXmlDsig::signatureMovedToAnotherElementFails() {
    // Sign the assertion, then move the whole signature up to the Response: its reference no longer names its
    // parent.
    QByteArray signedXml =
        sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer);
    const QRegularExpression signature(QStringLiteral("<Signature .*</Signature>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    QString text = QString::fromUtf8(signedXml);
    const QRegularExpressionMatch match = signature.match(text);
    QVERIFY(match.hasMatch());
    text.remove(match.capturedStart(), match.capturedLength());
    text.insert(text.indexOf(QLatin1String("<Assertion")), match.captured());
    QString error;
    QVERIFY(!sim::xmldsig::verifyWithCertificate(text.toUtf8(), m_signer.certificateDer, &error));
}

void TestSimXmlDsig::duplicateIdsFail() {
    QByteArray signedXml =
        sim::xmldsig::signEnveloped(kResponse, "_a1", m_signer.privateKeyPem, m_signer.certificateDer);
    signedXml.replace("ID=\"_resp1\"", "ID=\"_a1\"");
    QString error;
    QVERIFY(!sim::xmldsig::verifyWithCertificate(signedXml, m_signer.certificateDer, &error));
    QVERIFY(error.contains(QLatin1String("duplicate ID")));
}

void TestSimXmlDsig::unknownReferenceIdFails() {
    QString error;
    QVERIFY(sim::xmldsig::signEnveloped(kResponse, "_nope", m_signer.privateKeyPem, m_signer.certificateDer,
                                        &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("_nope")));
}

void TestSimXmlDsig::realEntraMetadataVerifiesOnlyWithItsSigningCertificate() {
    QFile file(QDir(QStringLiteral(INSIGHTLY_SHARED_DIR))
                   .filePath(QStringLiteral("fixtures/entra-metadata/app-metadata-two-certs.xml")));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared fixtures not available (INSIGHTLY_SHARED_DIR)");
    const QByteArray metadata = file.readAll();
    const QRegularExpression certificate(QStringLiteral("<X509Certificate>([^<]+)</X509Certificate>"));
    QList<QByteArray> certificates;
    for (auto it = certificate.globalMatch(QString::fromUtf8(metadata)); it.hasNext();) {
        const QByteArray der = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        if (!certificates.contains(der))
            certificates.append(der);
    }
    QCOMPARE(certificates.size(), 2);
    QString error;
    // The first listed certificate (thumbprint 9B6A…942F) signs the document; the newer one does not.
    QCOMPARE(sim::certificateThumbprint(certificates[0]),
             QStringLiteral("9B6A4331329E0D853B20BD364CD7131D3652942F"));
    QVERIFY2(sim::xmldsig::verifyWithCertificate(metadata, certificates[0], &error), qPrintable(error));
    QVERIFY(!sim::xmldsig::verifyWithCertificate(metadata, certificates[1], &error));
}

QTEST_GUILESS_MAIN(TestSimXmlDsig)
#include "tst_sim_xmldsig.moc"
