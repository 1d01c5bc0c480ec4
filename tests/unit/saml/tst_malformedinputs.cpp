// Bounded input: every field and file the wizard reads, fed malformed, truncated, hostile and huge inputs.
// Each is answered by its own message (a code, and a sentence, a cause and an action), fast, without a crash.
#include "core/TextLimits.h"
#include "insightly/InsightlyUrls.h"
#include "insightly/ScimInputs.h"
#include "saml/FederationMetadata.h"
#include "saml/SamlResponseCheck.h"
#include "saml/SigningCertificate.h"
#include "saml/UntrustedParsing.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcorotask.h>

using namespace insightly;

namespace {

enum class Field { ScimUrl, ScimToken, SignInUrl, Certificate, Metadata, SamlResponse };

// What the wizard answers for `input` in `field`.
UserMessage answer(Field field, const QByteArray &input)
{
    switch (field) {
    case Field::ScimUrl:
        return ScimInputs::validateTenantUrl(QString::fromUtf8(input)).error;
    case Field::ScimToken:
        return ScimInputs::validateSecretToken(QString::fromUtf8(input)).error;
    case Field::SignInUrl:
        return InsightlyUrls::validateSignInPageUrl(QString::fromUtf8(input)).error;
    case Field::Certificate:
        return SigningCertificate::load(input).error;
    case Field::Metadata:
        return FederationMetadata::parse(input).error;
    case Field::SamlResponse: {
        SamlResponseExpectations expected;
        expected.now = QDateTime::currentDateTimeUtc();
        const SamlResponseReport report = SamlResponseCheck::check(input, expected);
        const SamlCheckRow *decode = report.row(QString::fromLatin1(SamlCheckId::Decode));
        return decode ? decode->failure : UserMessage{};
    }
    }
    return {};
}

QByteArray repeated(const QByteArray &unit, qsizetype times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += unit;
    return out;
}

QByteArray metadataWith(const QByteArray &certificateBase64)
{
    QByteArray key;
    if (!certificateBase64.isEmpty())
        key =
            "<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data>"
            "<X509Certificate>" +
            certificateBase64 + "</X509Certificate></X509Data></KeyInfo></KeyDescriptor>";
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
           "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
           "entityID=\"https://sts.windows.net/t/\">"
           "<IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">" +
           key +
           "<SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
           "Location=\"https://login.microsoftonline.com/t/saml2\"/></IDPSSODescriptor></EntityDescriptor>";
}

const QByteArray billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                 "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                 "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                                 "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">&lol3;"
                                 "</EntityDescriptor>";
const QByteArray externalEntity =
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
    "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">&x;"
    "</EntityDescriptor>";

QByteArray deepNesting(int depth, const QByteArray &root)
{
    return root + repeated("<a>", depth) + repeated("</a>", depth);
}

QByteArray manyAttributes(int count)
{
    QByteArray attributes;
    for (int i = 0; i < count; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"1\"";
    return "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"" + attributes + "/>";
}

const QByteArray samlRoot = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">";

} // namespace

Q_DECLARE_METATYPE(Field)

class TestMalformedInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QByteArray m_leafDer;
    QByteArray m_leafPem;
    QByteArray m_caPem;
    QByteArray m_keyPem;
    QByteArray m_pkcs12;

    QByteArray openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_work.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return process.readAllStandardOutput();
    }
    QByteArray file(const QString &name)
    {
        QFile f(m_work.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase();
    void eachIsAnsweredByItsOwnMessage_data();
    void eachIsAnsweredByItsOwnMessage();
    void validInputsStillPass();
    void parsingOffTheGuiThreadGivesTheSameAnswers();
};

void TestMalformedInputs::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is needed to make test certificates");
    QVERIFY(m_work.isValid());
    // A leaf certificate (no basicConstraints, like Entra's), a CA certificate, their key, a .pfx.
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Test Root CA"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-days"),
             QStringLiteral("30")});
    openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("key.pem"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Microsoft Azure Federated SSO Certificate"),
             QStringLiteral("-out"), QStringLiteral("leaf.csr")});
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("leaf.csr"), QStringLiteral("-signkey"), QStringLiteral("key.pem"),
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), QStringLiteral("leaf.der")});
    openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
             QStringLiteral("key.pem"), QStringLiteral("-in"), QStringLiteral("ca.pem"),
             QStringLiteral("-passout"), QStringLiteral("pass:x"), QStringLiteral("-out"),
             QStringLiteral("bundle.pfx")});
    m_leafDer = file(QStringLiteral("leaf.der"));
    m_caPem = file(QStringLiteral("ca.pem"));
    m_keyPem = file(QStringLiteral("key.pem"));
    m_pkcs12 = file(QStringLiteral("bundle.pfx"));
    QVERIFY(!m_leafDer.isEmpty() && !m_caPem.isEmpty() && !m_keyPem.isEmpty() && !m_pkcs12.isEmpty());
    m_leafPem = SigningCertificate::fromDer(m_leafDer).toBase64Cer();
    QVERIFY(!m_leafPem.isEmpty());
}

void TestMalformedInputs::eachIsAnsweredByItsOwnMessage_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, Field field, const QByteArray &input, const char *code) {
        QTest::newRow(name) << field << input << QString::fromLatin1(code);
    };
    using namespace CertificateLoadError;
    const QByteArray leafBase64 = m_leafDer.toBase64();
    const QByteArray metadata = metadataWith(leafBase64);

    // Certificate files.
    row("certificate: empty", Field::Certificate, {}, Empty);
    row("certificate: only whitespace", Field::Certificate, " \r\n\t ", Empty);
    row("certificate: truncated PEM", Field::Certificate, m_leafPem.left(m_leafPem.size() / 2), Truncated);
    row("certificate: PEM with a damaged body", Field::Certificate,
        QByteArray(m_leafPem).replace(40, 8, "!!**??##"), NotACertificate);
    row("certificate: truncated DER", Field::Certificate, m_leafDer.left(m_leafDer.size() / 2), Truncated);
    row("certificate: DER with an impossible length", Field::Certificate,
        QByteArray("\x30\x85\x01\x02\x03\x04\x05", 7), NotACertificate);
    row("certificate: PKCS#12 (.pfx)", Field::Certificate, m_pkcs12, Pkcs12);
    row("certificate: a CA certificate", Field::Certificate, m_caPem, CertificateAuthority);
    row("certificate: a private key", Field::Certificate, m_keyPem, PrivateKey);
    row("certificate: federation metadata instead", Field::Certificate, metadata,
        CertificateLoadError::FederationMetadata);
    row("certificate: 50 MB of empty DER sequences", Field::Certificate,
        repeated(QByteArray("\x30\x00", 2), 25 * 1024 * 1024), TooLarge);
    row("certificate: just over 1 MiB of Base64", Field::Certificate, QByteArray(1024 * 1024 + 1, 'A'),
        TooLarge);
    row("certificate: 17 certificates", Field::Certificate, repeated(m_leafDer, 17), TooMany);
    row("certificate: an HTML page", Field::Certificate, "<!DOCTYPE html><html><body>Sign in</body></html>",
        NotACertificate);
    row("certificate: Base64 of random bytes", Field::Certificate,
        QByteArray("\x01\x02\x03garbage-bytes").toBase64(), NotACertificate);
    row("certificate: non-UTF-8 binary", Field::Certificate, QByteArray("\xff\xfe\x00\x41\x80\x81", 6),
        NotACertificate);

    // Federation metadata files.
    using namespace FederationMetadataError;
    row("metadata: empty", Field::Metadata, {}, FederationMetadataError::Empty);
    row("metadata: truncated", Field::Metadata, metadata.left(metadata.size() / 2), Malformed);
    row("metadata: without a certificate", Field::Metadata, metadataWith({}), NoSigningCertificate);
    row("metadata: entity expansion (billion laughs)", Field::Metadata, billionLaughs, DocumentType);
    row("metadata: external entity", Field::Metadata, externalEntity, DocumentType);
    row("metadata: 100,000 levels deep", Field::Metadata,
        deepNesting(100000, "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">") +
            "</EntityDescriptor>",
        TooDeep);
    row("metadata: 200,000 attributes", Field::Metadata, manyAttributes(200000), TooManyAttributes);
    row("metadata: 300,000 elements", Field::Metadata,
        "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">" + repeated("<a/>", 300000) +
            "</EntityDescriptor>",
        TooManyElements);
    row("metadata: not UTF-8", Field::Metadata,
        QByteArray(metadata).replace("https://sts", "h\xe9\xe9ps://sts"), NotUtf8);
    row("metadata: an HTML page", Field::Metadata, "<html><body><p>Sign in to your account</p></body></html>",
        NotMetadata);
    row("metadata: 50 MB", Field::Metadata, QByteArray(50 * 1024 * 1024, ' '),
        FederationMetadataError::TooLarge);
    row("metadata: a damaged certificate", Field::Metadata, metadataWith(leafBase64.left(200)),
        BadCertificate);
    row("metadata: a PEM certificate instead", Field::Metadata, m_leafPem, Malformed);
    row("metadata: an undeclared entity", Field::Metadata,
        "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">&boom;</EntityDescriptor>",
        Malformed);

    // SAML responses, as captured or pasted.
    row("SAML response: not Base64", Field::SamlResponse, "this is not base64 at all!", "saml.decode");
    row("SAML response: Base64 of text", Field::SamlResponse, QByteArray("plain words, no XML").toBase64(),
        "saml.malformed");
    row("SAML response: another XML document", Field::SamlResponse,
        QByteArray("<note><to>x</to></note>").toBase64(), "saml.not-a-response");
    row("SAML response: truncated", Field::SamlResponse,
        QByteArray(samlRoot + "<saml:Issuer xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\">htt")
            .toBase64(),
        "saml.malformed");
    row("SAML response: 2 MB", Field::SamlResponse, QByteArray(2 * 1024 * 1024, 'Q'), "saml.too-large");
    row("SAML response: entity expansion", Field::SamlResponse,
        QByteArray(billionLaughs).replace("EntityDescriptor", "Response").toBase64(), "saml.document-type");
    row("SAML response: 100,000 levels deep", Field::SamlResponse,
        (deepNesting(100000, samlRoot) + "</samlp:Response>").toBase64(), "saml.too-complex");
    row("SAML response: not UTF-8", Field::SamlResponse,
        QByteArray(samlRoot + "\xff\xfe</samlp:Response>").toBase64(), "saml.not-utf8");

    // Pasted values.
    row("SCIM URL: empty", Field::ScimUrl, "", ScimInputCode::UrlEmpty);
    row("SCIM URL: a NUL inside", Field::ScimUrl, QByteArray("https://crm.na1.insightly.com/scim\0/v2", 38),
        TextLimitError::ControlCharacter);
    row("SCIM URL: an escape character", Field::ScimUrl, "https://crm.na1.insightly.com/\x1b[31mscim",
        TextLimitError::ControlCharacter);
    row("SCIM URL: 10 KB", Field::ScimUrl, "https://crm.na1.insightly.com/scim/" + QByteArray(10 * 1024, 'a'),
        TextLimitError::TooLong);
    row("SCIM token: a NUL inside", Field::ScimToken, QByteArray("9b1f0c3e7a5d4b2f\0evil-header", 28),
        TextLimitError::ControlCharacter);
    row("SCIM token: DEL inside", Field::ScimToken,
        "9b1f0c3e7a5d\x7f"
        "4b2f8e6c",
        TextLimitError::ControlCharacter);
    row("SCIM token: 10 MB", Field::ScimToken, QByteArray(10 * 1024 * 1024, 'f'), TextLimitError::TooLong);
    row("SCIM token: a URL", Field::ScimToken, "https://crm.na1.insightly.com/scim/v2",
        ScimInputCode::TokenIsUrl);
    row("SCIM token: empty", Field::ScimToken, "   ", ScimInputCode::TokenEmpty);
    row("Sign-in page URL: empty", Field::SignInUrl, "", SignInUrlCode::Empty);
}

void TestMalformedInputs::eachIsAnsweredByItsOwnMessage()
{
    QFETCH(Field, field);
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    const UserMessage message = answer(field, input);
    QVERIFY2(!message.isEmpty(), "accepted");
    QCOMPARE(message.code, code);
    QVERIFY(!message.what.isEmpty());
    QVERIFY(!message.why.isEmpty());
    QVERIFY(!message.action.isEmpty());
    // Nothing of a huge input is echoed back into the message.
    QVERIFY(message.toDiagnostics().size() < 4096);
}

void TestMalformedInputs::validInputsStillPass()
{
    QVERIFY(SigningCertificate::load(m_leafPem).ok());
    QVERIFY(SigningCertificate::load(m_leafDer).ok());
    QVERIFY(SigningCertificate::load(m_leafPem + m_caPem).ok()); // a chain with its CA: the leaf is there
    QVERIFY(FederationMetadata::parse(metadataWith(m_leafDer.toBase64())).ok());
    QVERIFY(
        ScimInputs::validateSecretToken(QStringLiteral("9b1f0c3e7a5d4b2f8e6c1a0d3b5f7e9c")).error.isEmpty());
    QVERIFY(checkPastedToken(QString(TextLimits::tokenChars, u'a'), QStringLiteral("x")).isEmpty());
    QVERIFY(!checkPastedToken(QString(TextLimits::tokenChars + 1, u'a'), QStringLiteral("x")).isEmpty());
}

void TestMalformedInputs::parsingOffTheGuiThreadGivesTheSameAnswers()
{
    const QByteArray metadata = metadataWith(m_leafDer.toBase64());
    const FederationMetadataResult parsed = QCoro::waitFor(parseFederationMetadataAsync(metadata));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.metadata.samlSigningCertificates().first().thumbprint(),
             SigningCertificate::fromDer(m_leafDer).thumbprint());
    const FederationMetadataResult refused = QCoro::waitFor(parseFederationMetadataAsync(billionLaughs));
    QCOMPARE(refused.error.code, QString::fromLatin1(FederationMetadataError::DocumentType));

    const CertificateLoadResult loaded = QCoro::waitFor(loadCertificatesAsync(m_leafPem));
    QVERIFY(loaded.ok());
    const CertificateLoadResult key = QCoro::waitFor(loadCertificatesAsync(m_keyPem));
    QCOMPARE(key.error.code, QString::fromLatin1(CertificateLoadError::PrivateKey));

    SamlResponseExpectations expected;
    expected.now = QDateTime::currentDateTimeUtc();
    const SamlResponseReport report = QCoro::waitFor(checkSamlResponseAsync("not base64!", expected));
    QVERIFY(!report.allPassed());
    QCOMPARE(report.rows.first().failure.code, QStringLiteral("saml.decode"));
}

QTEST_GUILESS_MAIN(TestMalformedInputs)
#include "tst_malformedinputs.moc"
