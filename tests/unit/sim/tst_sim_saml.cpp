// Tests of the SAML side of a simulated enterprise application: federation metadata and IdP-initiated sign-in
// (sim/AppsSaml.cpp, sim/FederationMetadata.cpp, sim/SamlResponse.cpp).
#include "AppsTestWorld.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <memory>

using namespace appstest;
using testsupport::HttpReply;

namespace {

const QString kAcs = QStringLiteral("http://127.0.0.1:9/user/saml?instanceId=5150");

struct MetadataFacts {
    QString entityId;
    QString id;
    QStringList idpCertificates; // base64, in order, of IDPSSODescriptor
    int roleDescriptors = 0;
    QStringList ssoBindings;
    QStringList ssoLocations;
    QString sloLocation;
};

MetadataFacts readMetadata(const QByteArray &xml) {
    MetadataFacts facts;
    QXmlStreamReader reader(xml);
    bool inIdp = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("EntityDescriptor")) {
                facts.entityId = reader.attributes().value(QStringLiteral("entityID")).toString();
                facts.id = reader.attributes().value(QStringLiteral("ID")).toString();
            } else if (name == QLatin1String("RoleDescriptor")) {
                ++facts.roleDescriptors;
            } else if (name == QLatin1String("IDPSSODescriptor")) {
                inIdp = true;
            } else if (inIdp && name == QLatin1String("X509Certificate")) {
                facts.idpCertificates.append(reader.readElementText());
            } else if (name == QLatin1String("SingleSignOnService")) {
                facts.ssoBindings.append(reader.attributes().value(QStringLiteral("Binding")).toString());
                facts.ssoLocations.append(reader.attributes().value(QStringLiteral("Location")).toString());
            } else if (name == QLatin1String("SingleLogoutService")) {
                facts.sloLocation = reader.attributes().value(QStringLiteral("Location")).toString();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("IDPSSODescriptor")) {
            inIdp = false;
        }
    }
    if (reader.hasError())
        qWarning() << reader.errorString();
    return facts;
}

QString elementText(const QByteArray &xml, const QString &element) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            return reader.readElementText();
    }
    return {};
}

QString attributeOf(const QByteArray &xml, const QString &element, const QString &attribute) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            return reader.attributes().value(attribute).toString();
    }
    return {};
}

} // namespace

class TestSimSaml : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void metadataForUnknownAppOrTenant();
    void metadataListsActiveAndNewerCertificateAndIsSigned();
    void signInWithoutSessionRedirectsToSignIn();
    void signInRequiresAssignment();
    void signInPostsSignedResponse();
    void signInNeedsIdentifierReplyUrlAndCertificate();

private:
    void configureSaml(bool withCertificate = true);
    QJsonObject addCertificate(const QString &name);
    HttpReply signIn(const QString &cookie);
    QString metadataPath(const QString &appId) const;
    std::unique_ptr<testsupport::SimFixture> m_sim;
    CreatedApp m_app;
};

void TestSimSaml::init() {
    QString error;
    QVERIFY2(startWithInsightlyApp(m_sim, &m_app, &error), qPrintable(error));
}

void TestSimSaml::cleanup() {
    m_sim.reset();
}

QJsonObject TestSimSaml::addCertificate(const QString &name) {
    return m_sim
        ->graph(
            "POST",
            QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(m_app.servicePrincipalId),
            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=") + name}}, kAdminToken)
        .json();
}

void TestSimSaml::configureSaml(bool withCertificate) {
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kAdminToken)
                 .status,
             204);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/applications/") + m_app.applicationId,
                         QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{kAcs}},
                                     {QStringLiteral("web"),
                                      QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{kAcs}}}}},
                         kAdminToken)
                 .status,
             204);
    if (withCertificate) {
        const QJsonObject certificate = addCertificate(QStringLiteral("Insightly SAML"));
        QCOMPARE(m_sim
                     ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                             QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                          certificate.value(QStringLiteral("thumbprint"))}},
                             kAdminToken)
                     .status,
                 204);
    }
}

HttpReply TestSimSaml::signIn(const QString &cookie) {
    QHash<QByteArray, QByteArray> headers;
    if (!cookie.isEmpty())
        headers.insert("Cookie", "ESTSAUTH=" + cookie.toLatin1());
    return m_sim->request(
        "GET", QStringLiteral("/api/signin/%1?tenantId=%2").arg(m_app.appId, m_sim->tenantId()), {}, headers);
}

QString TestSimSaml::metadataPath(const QString &appId) const {
    return QStringLiteral("/%1/federationmetadata/2007-06/federationmetadata.xml?appid=%2")
        .arg(m_sim->tenantId(), appId);
}

void TestSimSaml::metadataForUnknownAppOrTenant() {
    HttpReply reply = m_sim->request("GET", metadataPath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("AADSTS700016"));
    reply = m_sim->request(
        "GET", QStringLiteral("/nowhere.example/federationmetadata/2007-06/federationmetadata.xml?appid=") +
                   m_app.appId);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS90002"));
    // No certificate yet: nothing to publish.
    reply = m_sim->request("GET", metadataPath(m_app.appId));
    QVERIFY(reply.status >= 400);
}

void TestSimSaml::metadataListsActiveAndNewerCertificateAndIsSigned() {
    configureSaml();
    const QJsonObject newer = addCertificate(QStringLiteral("Insightly SAML next"));
    QVERIFY(!newer.isEmpty());
    const QByteArray activeDer =
        m_sim->server().world().apps.servicePrincipals.first().signingKeys.first().certificateDer;
    const QByteArray newerDer =
        QByteArray::fromBase64(newer.value(QStringLiteral("key")).toString().toLatin1());

    const HttpReply reply = m_sim->request("GET", metadataPath(m_app.appId));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").contains("xml"));
    const MetadataFacts facts = readMetadata(reply.body);
    QCOMPARE(facts.entityId, QStringLiteral("https://sts.windows.net/%1/").arg(m_sim->tenantId()));
    QVERIFY(facts.id.startsWith(u'_'));
    QCOMPARE(facts.roleDescriptors, 2);
    QCOMPARE(facts.idpCertificates, (QStringList{QString::fromLatin1(activeDer.toBase64()),
                                                 QString::fromLatin1(newerDer.toBase64())}));
    const QString saml2 = m_sim->baseUrl().toString() + QStringLiteral("/%1/saml2").arg(m_sim->tenantId());
    QCOMPARE(facts.ssoBindings,
             (QStringList{QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"),
                          QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST")}));
    QCOMPARE(facts.ssoLocations, (QStringList{saml2, saml2}));
    QCOMPARE(facts.sloLocation, saml2);

    QString error;
    QVERIFY2(sim::xmldsig::verifyWithCertificate(reply.body, activeDer, &error), qPrintable(error));
    QVERIFY(!sim::xmldsig::verifyWithCertificate(reply.body, newerDer, &error));

    // Activating the newer one makes it sign and list first.
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                      newer.value(QStringLiteral("thumbprint"))}},
                         kAdminToken)
                 .status,
             204);
    const HttpReply rotated = m_sim->request("GET", metadataPath(m_app.appId));
    QCOMPARE(readMetadata(rotated.body).idpCertificates.first(), QString::fromLatin1(newerDer.toBase64()));
    QVERIFY(sim::xmldsig::verifyWithCertificate(rotated.body, newerDer, &error));
}

void TestSimSaml::signInWithoutSessionRedirectsToSignIn() {
    configureSaml();
    const HttpReply reply = signIn({});
    QCOMPARE(reply.status, 302);
    const QUrl location(QString::fromUtf8(reply.header("location")));
    QCOMPARE(location.path(), QStringLiteral("/%1/signin").arg(m_sim->tenantId()));
    const QString returnTo =
        QUrlQuery(location).queryItemValue(QStringLiteral("return_to"), QUrl::FullyDecoded);
    QCOMPARE(returnTo, QStringLiteral("/api/signin/%1?tenantId=%2").arg(m_app.appId, m_sim->tenantId()));
    // An unknown cookie is no session either.
    QCOMPARE(signIn(QStringLiteral("forged")).status, 302);
}

void TestSimSaml::signInRequiresAssignment() {
    configureSaml();
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    m_sim->server().world().directory.browserSessions.insert(QStringLiteral("session-1"), user);
    HttpReply reply = signIn(QStringLiteral("session-1"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS50105"));

    // Membership of an assigned group counts.
    sim::DirectoryGroup group;
    group.id = m_sim->server().newGuid();
    group.displayName = QStringLiteral("CRM users");
    group.memberIds = {user};
    m_sim->server().world().directory.addGroup(group);
    QString roleId;
    for (const QJsonValue &v : m_app.servicePrincipal.value(QStringLiteral("appRoles")).toArray())
        if (v.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("User"))
            roleId = v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(
        m_sim
            ->graph("POST",
                    QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId),
                    QJsonObject{{QStringLiteral("principalId"), group.id},
                                {QStringLiteral("resourceId"), m_app.servicePrincipalId},
                                {QStringLiteral("appRoleId"), roleId}},
                    kAdminToken)
            .status,
        201);
    reply = signIn(QStringLiteral("session-1"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("SAMLResponse"));

    // Not required: anyone signed in may use the app.
    m_sim->server().world().directory.browserSessions.insert(
        QStringLiteral("session-2"), userId(*m_sim, QStringLiteral("admin@contoso.example")));
    QCOMPARE(signIn(QStringLiteral("session-2")).status, 400);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("appRoleAssignmentRequired"), false}}, kAdminToken)
                 .status,
             204);
    QCOMPARE(signIn(QStringLiteral("session-2")).status, 200);
}

void TestSimSaml::signInPostsSignedResponse() {
    configureSaml();
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("appRoleAssignmentRequired"), false}}, kAdminToken)
                 .status,
             204);
    const sim::DirectoryUser *user =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"));
    m_sim->server().world().directory.browserSessions.insert(QStringLiteral("session-3"), user->id);
    const HttpReply reply = signIn(QStringLiteral("session-3"));
    QCOMPARE(reply.status, 200);
    const QString page = QString::fromUtf8(reply.body);
    QVERIFY(page.contains(QLatin1String("document.forms[0].submit()")));
    const QRegularExpression form(QStringLiteral("<form method=\"POST\"[^>]* action=\"([^\"]+)\""));
    const QRegularExpression field(
        QStringLiteral("<input type=\"hidden\" name=\"SAMLResponse\" value=\"([^\"]+)\""));
    QCOMPARE(form.match(page).captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")), kAcs);
    const QByteArray xml = QByteArray::fromBase64(field.match(page).captured(1).toLatin1());
    QVERIFY(xml.contains("Response"));

    const QByteArray activeDer =
        m_sim->server().world().apps.servicePrincipals.first().signingKeys.first().certificateDer;
    QString error;
    QVERIFY2(sim::xmldsig::verifyWithCertificate(xml, activeDer, &error), qPrintable(error));
    const QByteArray otherDer = QByteArray::fromBase64(
        addCertificate(QStringLiteral("Other")).value(QStringLiteral("key")).toString().toLatin1());
    QVERIFY(!sim::xmldsig::verifyWithCertificate(xml, otherDer, &error));

    const QString issuer = QStringLiteral("https://sts.windows.net/%1/").arg(m_sim->tenantId());
    QCOMPARE(elementText(xml, QStringLiteral("Issuer")), issuer);
    QCOMPARE(attributeOf(xml, QStringLiteral("Response"), QStringLiteral("Destination")), kAcs);
    QCOMPARE(attributeOf(xml, QStringLiteral("StatusCode"), QStringLiteral("Value")),
             QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success"));
    QCOMPARE(elementText(xml, QStringLiteral("NameID")), user->userPrincipalName);
    QCOMPARE(attributeOf(xml, QStringLiteral("NameID"), QStringLiteral("Format")),
             QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"));
    QCOMPARE(attributeOf(xml, QStringLiteral("SubjectConfirmationData"), QStringLiteral("Recipient")), kAcs);
    QCOMPARE(elementText(xml, QStringLiteral("Audience")), kAcs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = QDateTime::fromString(
        attributeOf(xml, QStringLiteral("Conditions"), QStringLiteral("NotBefore")), Qt::ISODateWithMs);
    const QDateTime notOnOrAfter = QDateTime::fromString(
        attributeOf(xml, QStringLiteral("Conditions"), QStringLiteral("NotOnOrAfter")), Qt::ISODateWithMs);
    QVERIFY(notBefore.isValid() && notOnOrAfter.isValid());
    QVERIFY(notBefore < now && now < notOnOrAfter);
    QCOMPARE(notBefore.secsTo(notOnOrAfter), qint64(65 * 60));
    QVERIFY(!attributeOf(xml, QStringLiteral("AuthnStatement"), QStringLiteral("AuthnInstant")).isEmpty());
    QVERIFY(attributeOf(xml, QStringLiteral("Response"), QStringLiteral("InResponseTo")).isEmpty());
}

void TestSimSaml::signInNeedsIdentifierReplyUrlAndCertificate() {
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                         QJsonObject{{QStringLiteral("appRoleAssignmentRequired"), false},
                                     {QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")}},
                         kAdminToken)
                 .status,
             204);
    m_sim->server().world().directory.browserSessions.insert(
        QStringLiteral("s"), userId(*m_sim, QStringLiteral("user@contoso.example")));
    HttpReply reply = signIn(QStringLiteral("s"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS700016"));
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/applications/") + m_app.applicationId,
                         QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{kAcs}}}, kAdminToken)
                 .status,
             204);
    reply = signIn(QStringLiteral("s"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS650056"));
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/applications/") + m_app.applicationId,
                         QJsonObject{{QStringLiteral("web"),
                                      QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{kAcs}}}}},
                         kAdminToken)
                 .status,
             204);
    reply = signIn(QStringLiteral("s"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("signing certificate"));
    QVERIFY(!addCertificate(QStringLiteral("Insightly SAML")).isEmpty());
    // No preferred thumbprint: the newest valid certificate signs.
    QCOMPARE(signIn(QStringLiteral("s")).status, 200);
}

QTEST_GUILESS_MAIN(TestSimSaml)
#include "tst_sim_saml.moc"
