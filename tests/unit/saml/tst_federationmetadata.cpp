#include "saml/FederationMetadata.h"

#include <QFile>
#include <QTest>

using insightly::EntraCloud;
using insightly::EntraSamlEndpoints;
using insightly::FederationMetadata;
using insightly::FederationMetadataResult;
using insightly::MetadataSigningKey;
using insightly::SigningCertificate;

namespace {

const QString kFixtures = QStringLiteral(INSIGHTLY_SHARED_DIR "/fixtures/entra-metadata/");
const QString kOld = QStringLiteral("9B6A4331329E0D853B20BD364CD7131D3652942F");
const QString kNew = QStringLiteral("815D70419E644F95BE30F309616EBDA58C5B591B");
const QString kTenant = QStringLiteral("81c1df79-e153-4f9d-a101-8dcf04af6c2c");

QByteArray readFixture(const QString &name)
{
    QFile file(kFixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList thumbprints(const QList<SigningCertificate> &certificates)
{
    QStringList list;
    for (const auto &certificate : certificates)
        list << certificate.thumbprint();
    return list;
}

// A minimal metadata document around one certificate, for the malformed-input rows.
QByteArray minimalMetadata(const QByteArray &certificateBase64)
{
    return "<EntityDescriptor entityID=\"https://sts.windows.net/t/\" "
           "xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><IDPSSODescriptor><KeyDescriptor use=\"signing\">"
           "<KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>" +
           certificateBase64 +
           "</X509Certificate></X509Data></KeyInfo></KeyDescriptor></IDPSSODescriptor>"
           "</EntityDescriptor>";
}

} // namespace

class TestFederationMetadata : public QObject
{
    Q_OBJECT

private:
    QByteArray m_app;
    QByteArray m_common;
    // A macro, not a function: QSKIP returns from the function it stands in, and only the test function's own
    // return ends the test.
#define REQUIRE_FIXTURES()                                                                                   \
    if (m_app.isEmpty() || m_common.isEmpty())                                                               \
    QSKIP("The real Entra metadata (INSIGHTLY_SHARED_DIR/fixtures/entra-metadata) is not on this machine; "  \
          "skipping the tests that read it")

private slots:
    void initTestCase()
    {
        m_app = readFixture(QStringLiteral("app-metadata-two-certs.xml"));
        m_common = readFixture(QStringLiteral("common-tenant-metadata.xml"));
    }

    void appMetadata()
    {
        REQUIRE_FIXTURES();
        const FederationMetadataResult result = FederationMetadata::parse(m_app);
        QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
        const FederationMetadata &metadata = result.metadata;
        QCOMPARE(metadata.entityId, QStringLiteral("https://sts.windows.net/%1/").arg(kTenant));
        QCOMPARE(thumbprints(metadata.samlSigningCertificates()), (QStringList{kOld, kNew}));
        QCOMPARE(thumbprints(metadata.allSigningCertificates()), (QStringList{kOld, kNew}));
        QCOMPARE(metadata.documentSignatureCertificate.thumbprint(), kOld);

        // Each certificate is listed under both WS-Federation RoleDescriptors and the SAML IDPSSODescriptor.
        QCOMPARE(metadata.signingKeys.size(), 6);
        QStringList where;
        for (const MetadataSigningKey &key : metadata.signingKeys)
            where << key.descriptorName + u' ' + key.certificate.thumbprint().left(4);
        QCOMPARE(where, (QStringList{QStringLiteral("RoleDescriptor (fed:SecurityTokenServiceType) 9B6A"),
                                     QStringLiteral("RoleDescriptor (fed:SecurityTokenServiceType) 815D"),
                                     QStringLiteral("RoleDescriptor (fed:ApplicationServiceType) 9B6A"),
                                     QStringLiteral("RoleDescriptor (fed:ApplicationServiceType) 815D"),
                                     QStringLiteral("IDPSSODescriptor 9B6A"),
                                     QStringLiteral("IDPSSODescriptor 815D")}));
        QCOMPARE(metadata.signingKeys.at(0).descriptor, MetadataSigningKey::Descriptor::SecurityTokenService);
        QCOMPARE(metadata.signingKeys.at(2).descriptor, MetadataSigningKey::Descriptor::ApplicationService);
        QCOMPARE(metadata.signingKeys.at(5).descriptor, MetadataSigningKey::Descriptor::IdpSso);

        const QUrl sso(QStringLiteral("https://login.microsoftonline.com/%1/saml2").arg(kTenant));
        QCOMPARE(metadata.singleSignOnServices.size(), 2);
        QCOMPARE(metadata.singleSignOnUrl(), sso);
        QCOMPARE(metadata.singleSignOnUrl(QString::fromLatin1(insightly::SamlBinding::HttpPost)), sso);
        QCOMPARE(metadata.singleLogoutServices.size(), 1);
        QCOMPARE(metadata.singleLogoutUrl(), sso);
        QVERIFY(metadata.singleLogoutUrl(QString::fromLatin1(insightly::SamlBinding::HttpPost)).isEmpty());

        QVERIFY(metadata.containsCertificate(kNew));
        QVERIFY(metadata.containsCertificate(kOld.toLower()));
        QVERIFY(metadata.containsCertificate(
            QStringLiteral("81:5D:70:41:9E:64:4F:95:BE:30:F3:09:61:6E:BD:A5:8C:5B:59:1B")));
        QVERIFY(!metadata.containsCertificate(QStringLiteral("B0CD7FC80C55F06578C8DF81EA3DB1CE68A4E40A")));
        QVERIFY(!metadata.containsCertificate(QString()));

        // The panel values built from the tenant id match what this real document says.
        const EntraSamlEndpoints panel = EntraSamlEndpoints::forTenant(kTenant);
        QCOMPARE(panel.entraIdentifier, metadata.entityId);
        QCOMPARE(panel.loginUrl, metadata.singleSignOnUrl());
        QCOMPARE(panel.logoutUrl, metadata.singleLogoutUrl());
    }

    void commonTenantMetadata()
    {
        REQUIRE_FIXTURES();
        const FederationMetadataResult result = FederationMetadata::parse(m_common);
        QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
        const FederationMetadata &metadata = result.metadata;
        QCOMPARE(metadata.entityId, QStringLiteral("https://sts.windows.net/{tenantid}/"));
        const QStringList expected{QStringLiteral("4773E1D1133EAB71516752CFE10F6142D06A3353"),
                                   QStringLiteral("B0CD7FC80C55F06578C8DF81EA3DB1CE68A4E40A"),
                                   QStringLiteral("DB06E0BABB7B5559D9665477118E9094F773958A"),
                                   QStringLiteral("8CAAA67CC4FAA0BDFCC1A49239C3F5FF9FCA9003")};
        QCOMPARE(thumbprints(metadata.samlSigningCertificates()), expected);
        QCOMPARE(metadata.signingKeys.size(), 12);
        QCOMPARE(metadata.documentSignatureCertificate.thumbprint(),
                 QStringLiteral("B0CD7FC80C55F06578C8DF81EA3DB1CE68A4E40A"));
        QCOMPARE(metadata.singleSignOnUrl(),
                 QUrl(QStringLiteral("https://login.microsoftonline.com/common/saml2")));
        QVERIFY(!metadata.containsCertificate(kNew));
    }

    void encryptionKeysAreNotSigningKeys()
    {
        REQUIRE_FIXTURES();
        QByteArray xml = m_app;
        // Turn the first IDPSSODescriptor key into an encryption key: only the second one stays a SAML
        // signer.
        const qsizetype idp = xml.indexOf("<IDPSSODescriptor");
        const qsizetype key = xml.indexOf("<KeyDescriptor use=\"signing\"", idp);
        xml.replace(key, 28, "<KeyDescriptor use=\"encryption\"");
        const FederationMetadataResult result = FederationMetadata::parse(xml);
        QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(thumbprints(result.metadata.samlSigningCertificates()), QStringList{kNew});
        QVERIFY(!result.metadata.containsCertificate(kOld));
        QCOMPARE(thumbprints(result.metadata.allSigningCertificates()), (QStringList{kOld, kNew}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        using namespace insightly::FederationMetadataError;
        QTest::newRow("empty") << QByteArray() << QString::fromLatin1(Empty);
        QTest::newRow("whitespace") << QByteArray("\n  \n") << QString::fromLatin1(Empty);
        QTest::newRow("not-xml") << QByteArray("MIIC8DCCAdigAwIBAgIQ") << QString::fromLatin1(Malformed);
        QTest::newRow("unclosed") << QByteArray(
                                         "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                                         "<IDPSSODescriptor>")
                                  << QString::fromLatin1(Malformed);
        QTest::newRow("mismatched-tags")
            << QByteArray("<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"></Entity>")
            << QString::fromLatin1(Malformed);
        QTest::newRow("html-page") << QByteArray("<html><body>Sign in to your account</body></html>")
                                   << QString::fromLatin1(NotMetadata);
        QTest::newRow("wrong-namespace")
            << QByteArray("<EntityDescriptor xmlns=\"urn:example\"><IDPSSODescriptor/></EntityDescriptor>")
            << QString::fromLatin1(NotMetadata);
        QTest::newRow("dtd") << QByteArray(
                                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                                    "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>")
                             << QString::fromLatin1(DocumentType);
        QTest::newRow("no-signing-key")
            << QByteArray("<EntityDescriptor entityID=\"x\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                          "<IDPSSODescriptor/></EntityDescriptor>")
            << QString::fromLatin1(NoSigningCertificate);
        QTest::newRow("bad-certificate-text")
            << minimalMetadata("not-a-certificate!") << QString::fromLatin1(BadCertificate);
        QTest::newRow("truncated-certificate")
            << minimalMetadata("MIIC8DCCAdigAwIBAgIQ") << QString::fromLatin1(BadCertificate);
        const QByteArray app = readFixture(QStringLiteral("app-metadata-two-certs.xml"));
        if (!app.isEmpty()) {
            QTest::newRow("real-file-cut-off")
                << app.left(app.size() - 200) << QString::fromLatin1(Malformed);
            QTest::newRow("real-file-cut-in-half")
                << app.left(app.size() / 2) << QString::fromLatin1(Malformed);
        }
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        const FederationMetadataResult result = FederationMetadata::parse(xml);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.what.isEmpty());
        QVERIFY(!result.error.why.isEmpty());
        QVERIFY(!result.error.action.isEmpty());
    }

    void malformedMessageSaysWhere()
    {
        const FederationMetadataResult result = FederationMetadata::parse(
            "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n<IDPSSODescriptor>\n</Oops>");
        QVERIFY(result.error.why.contains(QStringLiteral("line 3")));
        QVERIFY(result.metadata.signingKeys.isEmpty());
    }

    void panelValues_data()
    {
        QTest::addColumn<EntraCloud>("cloud");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("identifier");
        const QString t = kTenant;
        QTest::newRow("global") << EntraCloud::Global
                                << QStringLiteral("https://login.microsoftonline.com/%1/saml2").arg(t)
                                << QStringLiteral("https://sts.windows.net/%1/").arg(t);
        QTest::newRow("usgov") << EntraCloud::UsGovernment
                               << QStringLiteral("https://login.microsoftonline.us/%1/saml2").arg(t)
                               << QStringLiteral("https://login.microsoftonline.us/%1/").arg(t);
        QTest::newRow("china") << EntraCloud::China
                               << QStringLiteral("https://login.partner.microsoftonline.cn/%1/saml2").arg(t)
                               << QStringLiteral("https://sts.chinacloudapi.cn/%1/").arg(t);
    }

    void panelValues()
    {
        QFETCH(EntraCloud, cloud);
        QFETCH(QString, login);
        QFETCH(QString, identifier);
        const EntraSamlEndpoints panel =
            EntraSamlEndpoints::forTenant(u' ' + kTenant + u' ', cloud, QStringLiteral("app-1"));
        QCOMPARE(panel.loginUrl.toString(), login);
        QCOMPARE(panel.logoutUrl.toString(), login);
        QCOMPARE(panel.entraIdentifier, identifier);
        QCOMPARE(panel.federationMetadataUrl.toString(),
                 QString(login).replace(QStringLiteral("/saml2"),
                                        QStringLiteral("/federationmetadata/2007-06/federationmetadata.xml"
                                                       "?appid=app-1")));
    }

    void panelValuesForSimulator()
    {
        const EntraSamlEndpoints panel = EntraSamlEndpoints::forAuthority(
            QUrl(QStringLiteral("http://127.0.0.1:4567/")), QStringLiteral("https://sts.windows.net/"),
            QStringLiteral("tid"));
        QCOMPARE(panel.loginUrl, QUrl(QStringLiteral("http://127.0.0.1:4567/tid/saml2")));
        QCOMPARE(panel.entraIdentifier, QStringLiteral("https://sts.windows.net/tid/"));
        QVERIFY(!panel.federationMetadataUrl.hasQuery());
    }
};

QTEST_GUILESS_MAIN(TestFederationMetadata)
#include "tst_federationmetadata.moc"
