#include "saml/SamlResponseCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using insightly::SamlCheckRow;
using insightly::SamlResponseCheck;
using insightly::SamlResponseExpectations;
using insightly::SamlResponseReport;

namespace {

const QString kFixtures = QStringLiteral(INSIGHTLY_SHARED_DIR "/fixtures/entra-metadata/");
const QString kOld = QStringLiteral("9B6A4331329E0D853B20BD364CD7131D3652942F");
const QString kNew = QStringLiteral("815D70419E644F95BE30F309616EBDA58C5B591B");
const QString kSignIn = QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456");
const QString kIssuer = QStringLiteral("https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/");
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

// Shaped like the responses Entra posts: samlp prefix on the protocol, default namespace on the assertion.
const char *const kTemplate =
    R"(<samlp:Response ID="_r1" Version="2.0" IssueInstant="{NOW}" Destination="{DESTINATION}" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">{RESPONSE_ISSUER}</Issuer><samlp:Status><samlp:StatusCode Value="{STATUS}"/>{STATUS_MESSAGE}</samlp:Status>{ASSERTION}</samlp:Response>)";

const char *const kAssertion =
    R"(<Assertion ID="_a1" IssueInstant="{NOW}" Version="2.0" xmlns="urn:oasis:names:tc:SAML:2.0:assertion"><Issuer>{ISSUER}</Issuer>{SIGNATURE}<Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{NAMEID}</NameID><SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData NotOnOrAfter="{SUBJECT_UNTIL}" Recipient="{RECIPIENT}"/></SubjectConfirmation></Subject><Conditions NotBefore="{NOT_BEFORE}" NotOnOrAfter="{NOT_AFTER}"><AudienceRestriction><Audience>{AUDIENCE}</Audience></AudienceRestriction></Conditions><AttributeStatement><Attribute Name="http://schemas.microsoft.com/identity/claims/tenantid"><AttributeValue>81c1df79</AttributeValue></Attribute></AttributeStatement><AuthnStatement AuthnInstant="{NOW}" SessionIndex="_a1"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></AuthnStatement></Assertion>)";

const char *const kSignature =
    R"(<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI="#_a1"><DigestValue>AAAA</DigestValue></Reference></SignedInfo><SignatureValue>AAAA</SignatureValue><KeyInfo><X509Data><X509Certificate>{CERT}</X509Certificate></X509Data></KeyInfo></Signature>)";

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

QHash<QString, QString> defaults(const QHash<QString, QByteArray> &certificates, const QDateTime &now = kNow)
{
    return {{QStringLiteral("NOW"), iso(now)},
            {QStringLiteral("DESTINATION"), kSignIn},
            {QStringLiteral("RESPONSE_ISSUER"), kIssuer},
            {QStringLiteral("STATUS"), QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success")},
            {QStringLiteral("STATUS_MESSAGE"), QString()},
            {QStringLiteral("ASSERTION"), QString::fromLatin1(kAssertion)},
            {QStringLiteral("ISSUER"), kIssuer},
            {QStringLiteral("SIGNATURE"), QString::fromLatin1(kSignature)},
            {QStringLiteral("CERT"), QString::fromLatin1(certificates.value(kNew))},
            {QStringLiteral("NAMEID"), QStringLiteral("alice@contoso.example")},
            {QStringLiteral("SUBJECT_UNTIL"), iso(now.addSecs(300))},
            {QStringLiteral("RECIPIENT"), kSignIn},
            {QStringLiteral("NOT_BEFORE"), iso(now.addSecs(-300))},
            {QStringLiteral("NOT_AFTER"), iso(now.addSecs(3600))},
            {QStringLiteral("AUDIENCE"), kSignIn}};
}

// Fills placeholders until none is left (values may contain further placeholders), XML-escaping nothing:
// the test values are chosen to need no escaping except '&', handled here.
QByteArray build(QHash<QString, QString> values)
{
    QString xml = QString::fromLatin1(kTemplate);
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Z_]+)\\}"));
    for (int round = 0; round < 5; ++round) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QString value = it.value();
            if (it.key() == u"DESTINATION" || it.key() == u"RECIPIENT" || it.key() == u"AUDIENCE")
                value.replace(u'&', QStringLiteral("&amp;"));
            xml.replace(u'{' + it.key() + u'}', value);
        }
    }
    if (placeholder.match(xml).hasMatch())
        qFatal("Unfilled placeholder in test SAML response: %s", qPrintable(xml));
    return xml.toUtf8();
}

SamlResponseExpectations expectations(const QString &insightlyThumbprint = {}, const QDateTime &now = kNow,
                                      const QString &active = kNew)
{
    SamlResponseExpectations e;
    e.entityId = kSignIn;
    e.replyUrl = QUrl(kSignIn);
    e.entraIdentifier = kIssuer;
    e.activeThumbprint = active;
    e.insightlyThumbprint = insightlyThumbprint;
    e.now = now;
    return e;
}

QStringList failingRows(const SamlResponseReport &report)
{
    QStringList ids;
    for (const SamlCheckRow &row : report.rows) {
        if (!row.passed)
            ids << row.id;
    }
    return ids;
}

} // namespace

class TestSamlResponseCheck : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QByteArray> m_certificates; // thumbprint → Base64 DER, from the real metadata
    // A macro, not a function: QSKIP returns from the function it stands in, and only the test function's own
    // return ends the test.
#define REQUIRE_FIXTURES()                                                                                   \
    if (m_certificates.size() != 2)                                                                          \
    QSKIP("The real Entra metadata (INSIGHTLY_SHARED_DIR/fixtures/entra-metadata) is not on this machine; "  \
          "skipping the tests that read it")

private slots:
    void initTestCase()
    {
        QFile file(kFixtures + QStringLiteral("app-metadata-two-certs.xml"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        static const QRegularExpression re(QStringLiteral("X509Certificate>([^<]+)<"));
        auto it = re.globalMatch(QString::fromUtf8(file.readAll()));
        while (it.hasNext()) {
            const QByteArray base64 = it.next().captured(1).toLatin1();
            const auto loaded = insightly::SigningCertificate::load(base64);
            QVERIFY(loaded.ok());
            m_certificates.insert(loaded.certificates.first().thumbprint(), base64);
        }
    }

    void rows_data()
    {
        QTest::addColumn<QVariantMap>("overrides");
        QTest::addColumn<QString>("insightlyThumbprint");
        QTest::addColumn<QString>("failingRow"); // empty: every row passes
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("whatContains");
        auto map = [](std::initializer_list<std::pair<const char *, QString>> items) {
            QVariantMap m;
            for (const auto &[key, value] : items)
                m.insert(QString::fromLatin1(key), value);
            return m;
        };
        const QString none;
        QTest::newRow("all-pass") << QVariantMap() << none << none << none << none;
        QTest::newRow("all-pass-insightly-holds-active") << QVariantMap() << kNew << none << none << none;
        QTest::newRow("all-pass-insightly-thumbprint-lower-case-colons")
            << QVariantMap() << QStringLiteral("81:5d:70:41:9e:64:4f:95:be:30:f3:09:61:6e:bd:a5:8c:5b:59:1b")
            << none << none << none;
        QTest::newRow("all-pass-within-skew") << map({{"NOT_BEFORE", iso(kNow.addSecs(240))},
                                                      {"NOT_AFTER", iso(kNow.addSecs(-240))},
                                                      {"SUBJECT_UNTIL", iso(kNow.addSecs(-240))}})
                                              << none << none << none << none;
        QTest::newRow("status-not-success")
            << map({{"STATUS", QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Requester")},
                    {"STATUS_MESSAGE",
                     QStringLiteral("<samlp:StatusMessage>AADSTS50105: Your administrator has configured the "
                                    "application to block users unless they are specifically granted access."
                                    "</samlp:StatusMessage>")}})
            << none << QStringLiteral("status") << QStringLiteral("AADSTS50105")
            << QStringLiteral("Entra did not sign the user in");
        QTest::newRow("response-issuer-other-tenant")
            << map({{"RESPONSE_ISSUER", QStringLiteral("https://sts.windows.net/other/")}}) << none
            << QStringLiteral("issuer") << QStringLiteral("saml.issuer")
            << QStringLiteral("issued by https://sts.windows.net/other/");
        QTest::newRow("assertion-issuer-other-tenant")
            << map({{"ISSUER", QStringLiteral("https://sts.windows.net/other/")}}) << none
            << QStringLiteral("issuer") << QStringLiteral("saml.issuer")
            << QStringLiteral("https://sts.windows.net/other/");
        QTest::newRow("destination-wrong")
            << map({{"DESTINATION", QStringLiteral("https://crm.na1.insightly.com/settings/Saml")}}) << none
            << QStringLiteral("destination") << QStringLiteral("saml.destination")
            << QStringLiteral("Reply URL in Entra is https://crm.na1.insightly.com/settings/Saml");
        QTest::newRow("audience-wrong")
            << map({{"AUDIENCE", QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=999")}})
            << none << QStringLiteral("audience") << QStringLiteral("saml.audience")
            << QStringLiteral("Identifier (Entity ID) in Entra is "
                              "https://crm.na1.insightly.com/user/saml?instanceId=999");
        QTest::newRow("recipient-wrong")
            << map({{"RECIPIENT",
                     QStringLiteral("https://crm.eu1.insightly.com/user/saml?instanceId=123456")}})
            << none << QStringLiteral("recipient") << QStringLiteral("saml.recipient")
            << QStringLiteral("crm.eu1.insightly.com");
        QTest::newRow("recipient-missing")
            << map({{"RECIPIENT", QString()}}) << none << QStringLiteral("recipient")
            << QStringLiteral("saml.recipient") << QStringLiteral("(not present)");
        QTest::newRow("name-id-empty")
            << map({{"NAMEID", QString()}}) << none << QStringLiteral("name-id")
            << QStringLiteral("saml.name-id") << QStringLiteral("no user identifier");
        QTest::newRow("name-id-object-id")
            << map({{"NAMEID", QStringLiteral("2f1e7c2a-9a4b-4a51-bb42-7a0a6a4d3c11")}}) << none
            << QStringLiteral("name-id") << QStringLiteral("saml.name-id")
            << QStringLiteral("not an email address");
        QTest::newRow("subject-expired")
            << map({{"SUBJECT_UNTIL", iso(kNow.addSecs(-301))}}) << none << QStringLiteral("subject-validity")
            << QStringLiteral("saml.expired") << QStringLiteral("expired");
        QTest::newRow("conditions-expired")
            << map({{"NOT_AFTER", iso(kNow.addSecs(-3600))}}) << none << QStringLiteral("conditions-validity")
            << QStringLiteral("saml.expired") << QStringLiteral("expired");
        QTest::newRow("conditions-not-yet-valid")
            << map({{"NOT_BEFORE", iso(kNow.addSecs(301))}}) << none << QStringLiteral("conditions-validity")
            << QStringLiteral("saml.not-yet-valid") << QStringLiteral("valid only from");
        QTest::newRow("entra-signs-with-other-certificate")
            << map({{"CERT", QStringLiteral("{OLD_CERT}")}}) << none << QStringLiteral("signing-certificate")
            << QStringLiteral("saml.certificate-mismatch")
            << QStringLiteral("Entra signs with %1, the active certificate is %2").arg(kOld, kNew);
        QTest::newRow("entra-not-switched-yet-insightly-has-new")
            << map({{"CERT", QStringLiteral("{OLD_CERT}")}}) << kNew << QStringLiteral("signing-certificate")
            << QStringLiteral("saml.certificate-mismatch")
            << QStringLiteral("Insightly holds certificate %1, Entra signs with %2").arg(kNew, kOld);
        QTest::newRow("insightly-holds-old-certificate")
            << QVariantMap() << kOld << QStringLiteral("signing-certificate")
            << QStringLiteral("saml.insightly-certificate")
            << QStringLiteral("Insightly holds certificate %1, Entra signs with %2: upload the new one")
                   .arg(kOld, kNew);
        QTest::newRow("unsigned") << map({{"SIGNATURE", QString()}}) << none
                                  << QStringLiteral("signing-certificate") << QStringLiteral("saml.unsigned")
                                  << QStringLiteral("not signed");
        QTest::newRow("signature-certificate-garbage")
            << map({{"CERT", QStringLiteral("AAAA")}}) << none << QStringLiteral("signing-certificate")
            << QStringLiteral("saml.unreadable-certificate") << QStringLiteral("cannot be read");
    }

    void rows()
    {
        REQUIRE_FIXTURES();
        QFETCH(QVariantMap, overrides);
        QFETCH(QString, insightlyThumbprint);
        QFETCH(QString, failingRow);
        QFETCH(QString, code);
        QFETCH(QString, whatContains);
        auto values = defaults(m_certificates);
        values.insert(QStringLiteral("OLD_CERT"), QString::fromLatin1(m_certificates.value(kOld)));
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            values.insert(it.key(), it.value().toString());

        const SamlResponseReport report =
            SamlResponseCheck::check(build(values).toBase64(), expectations(insightlyThumbprint));
        QCOMPARE(report.rows.size(), 9);
        if (failingRow.isEmpty()) {
            QCOMPARE(failingRows(report), QStringList());
            QVERIFY(report.allPassed());
            QCOMPARE(report.content.nameId, QStringLiteral("alice@contoso.example"));
            for (const SamlCheckRow &row : report.rows) {
                QVERIFY(row.failure.isEmpty());
                QVERIFY(!row.title.isEmpty());
                QVERIFY2(!row.seen.isEmpty() && !row.expected.isEmpty(), qPrintable(row.id));
            }
            return;
        }
        QCOMPARE(failingRows(report), QStringList{failingRow});
        QVERIFY(!report.allPassed());
        const SamlCheckRow *row = report.row(failingRow);
        QVERIFY(row);
        QCOMPARE(row->failure.code, code);
        QVERIFY2(row->failure.what.contains(whatContains), qPrintable(row->failure.what));
        QVERIFY(!row->failure.why.isEmpty());
        QVERIFY(!row->failure.action.isEmpty());
        QVERIFY(!row->seen.isEmpty());
        QVERIFY(!row->expected.isEmpty());
    }

    void postedShapes_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("base64") << 0;
        QTest::newRow("url-encoded") << 1;
        QTest::newRow("wrapped-with-crlf-and-spaces") << 2;
        QTest::newRow("form-body") << 3;
        QTest::newRow("raw-xml") << 4;
    }

    void postedShapes()
    {
        REQUIRE_FIXTURES();
        QFETCH(int, shape);
        auto values = defaults(m_certificates);
        // A NameID whose Base64 holds '+' and '/' so that URL-encoding really changes the text.
        values.insert(QStringLiteral("NAMEID"), QStringLiteral("alice+test@contoso.example"));
        const QByteArray xml = build(values);
        const QByteArray base64 = xml.toBase64();
        QByteArray posted;
        switch (shape) {
        case 0:
            posted = base64;
            break;
        case 1:
            posted = base64.toPercentEncoding();
            QVERIFY(posted.contains('%'));
            break;
        case 2:
            for (qsizetype i = 0; i < base64.size(); i += 76)
                posted += "  " + base64.mid(i, 76) + "\r\n";
            break;
        case 3:
            posted = "SAMLResponse=" + base64.toPercentEncoding() + "&RelayState=abc";
            break;
        default:
            posted = xml;
        }
        const SamlResponseReport report = SamlResponseCheck::check(posted, expectations());
        QCOMPARE(failingRows(report), QStringList());
        QCOMPARE(report.content.nameId, QStringLiteral("alice+test@contoso.example"));
    }

    void refusedSignInWithoutAssertion()
    {
        REQUIRE_FIXTURES();
        auto values = defaults(m_certificates);
        values.insert(QStringLiteral("ASSERTION"), QString());
        values.insert(QStringLiteral("STATUS"),
                      QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Responder"));
        values.insert(
            QStringLiteral("STATUS_MESSAGE"),
            QStringLiteral("<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:RequestDenied\"/>"));
        // The nested StatusCode belongs inside the top one.
        QByteArray xml = build(values);
        xml.replace("status:Responder\"/><samlp:StatusCode "
                    "Value=\"urn:oasis:names:tc:SAML:2.0:status:RequestDenied\"/>",
                    "status:Responder\"><samlp:StatusCode "
                    "Value=\"urn:oasis:names:tc:SAML:2.0:status:RequestDenied\"/>"
                    "</samlp:StatusCode>");
        const SamlResponseReport report = SamlResponseCheck::check(xml.toBase64(), expectations());
        QCOMPARE(report.rows.size(), 3);
        QCOMPARE(failingRows(report), QStringList{QStringLiteral("status")});
        QCOMPARE(report.row(QStringLiteral("status"))->seen, QStringLiteral("Responder/RequestDenied"));
        QCOMPARE(report.row(QStringLiteral("status"))->failure.code, QStringLiteral("saml.status"));
    }

    void signingCertificateOutsideValidity_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("passes");
        // The old certificate is valid 2022-09-28 → 2025-09-28; the response's own times follow `now`.
        QTest::newRow("valid") << QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC) << true;
        QTest::newRow("expired") << QDateTime(QDate(2025, 10, 1), QTime(8, 0), Qt::UTC) << false;
        QTest::newRow("not-yet-valid") << QDateTime(QDate(2022, 9, 1), QTime(8, 0), Qt::UTC) << false;
    }

    void signingCertificateOutsideValidity()
    {
        REQUIRE_FIXTURES();
        QFETCH(QDateTime, now);
        QFETCH(bool, passes);
        auto values = defaults(m_certificates, now);
        values.insert(QStringLiteral("CERT"), QString::fromLatin1(m_certificates.value(kOld)));
        const SamlResponseReport report =
            SamlResponseCheck::check(build(values).toBase64(), expectations(kOld, now, kOld));
        if (passes) {
            QCOMPARE(failingRows(report), QStringList());
            return;
        }
        QCOMPARE(failingRows(report), QStringList{QStringLiteral("signing-certificate")});
        const SamlCheckRow *row = report.row(QStringLiteral("signing-certificate"));
        QCOMPARE(row->failure.code, QStringLiteral("saml.certificate-expired"));
        QVERIFY(row->failure.what.contains(QStringLiteral("2025-09-28")));
    }

    void encryptedAssertion()
    {
        REQUIRE_FIXTURES();
        auto values = defaults(m_certificates);
        values.insert(QStringLiteral("ASSERTION"),
                      QStringLiteral("<EncryptedAssertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">"
                                     "<xenc:EncryptedData xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\"/>"
                                     "</EncryptedAssertion>"));
        const SamlResponseReport report = SamlResponseCheck::check(build(values).toBase64(), expectations());
        QCOMPARE(failingRows(report),
                 (QStringList{QStringLiteral("assertion"), QStringLiteral("signing-certificate")}));
        QCOMPARE(report.row(QStringLiteral("assertion"))->failure.code, QStringLiteral("saml.encrypted"));
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("posted");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("saml.decode");
        QTest::newRow("not-base64") << QByteArray("this is not base64!") << QStringLiteral("saml.decode");
        QTest::newRow("base64-of-text")
            << QByteArray("hello world").toBase64() << QStringLiteral("saml.malformed");
        QTest::newRow("base64-of-binary")
            << QByteArray("\x01\x02\x03\x04", 4).toBase64() << QStringLiteral("saml.malformed");
        QTest::newRow("truncated-xml")
            << QByteArray("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"><Issuer")
                   .toBase64()
            << QStringLiteral("saml.malformed");
        QTest::newRow("mismatched-tags")
            << QByteArray(
                   "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"></samlp:Status>")
                   .toBase64()
            << QStringLiteral("saml.malformed");
        QTest::newRow("dtd") << QByteArray("<!DOCTYPE r [<!ENTITY a \"b\">]><samlp:Response "
                                           "xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>")
                                    .toBase64()
                             << QStringLiteral("saml.document-type");
        QTest::newRow("metadata-not-response")
            << QByteArray("<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>").toBase64()
            << QStringLiteral("saml.not-a-response");
        QTest::newRow("authn-request-not-response")
            << QByteArray("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>")
                   .toBase64()
            << QStringLiteral("saml.not-a-response");
    }

    void unreadable()
    {
        QFETCH(QByteArray, posted);
        QFETCH(QString, code);
        const SamlResponseReport report = SamlResponseCheck::check(posted, expectations());
        QCOMPARE(report.rows.size(), 1);
        const SamlCheckRow &row = report.rows.first();
        QCOMPARE(row.id, QStringLiteral("decode"));
        QVERIFY(!row.passed);
        QCOMPARE(row.failure.code, code);
        QVERIFY(!row.failure.what.isEmpty());
        QVERIFY(!row.failure.why.isEmpty());
        QVERIFY(!row.failure.action.isEmpty());
        QVERIFY(!report.allPassed());
    }
};

QTEST_GUILESS_MAIN(TestSamlResponseCheck)
#include "tst_samlresponsecheck.moc"
