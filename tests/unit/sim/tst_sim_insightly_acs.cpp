// Tests of the simulated Insightly's SAML assertion consumer service (POST /user/saml?instanceId=…).
#include "AppsState.h"
#include "SamlResponse.h"
#include "tst_sim_insightly_support.h"

#include <QTest>

using namespace insightlytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

// A SAML Response shaped as Entra sends it for an IdP-initiated sign-in.
struct ResponseSpec {
    QString destination;
    QString audience;
    QString recipient;
    QString nameId;
    QString status = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success");
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-300);
    QDateTime notOnOrAfter = QDateTime::currentDateTimeUtc().addSecs(3600);

    QByteArray xml() const {
        auto t = [](const QDateTime &d) { return d.toString(Qt::ISODateWithMs); };
        const QString now = t(QDateTime::currentDateTimeUtc());
        return QStringLiteral(
                   "<samlp:Response ID=\"_r1\" Version=\"2.0\" IssueInstant=\"%1\" Destination=\"%2\" "
                   "InResponseTo=\"\" xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                   "<Issuer "
                   "xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">https://sts.windows.net/tenant/</Issuer>"
                   "<samlp:Status><samlp:StatusCode Value=\"%3\"/></samlp:Status>"
                   "<Assertion ID=\"_a1\" IssueInstant=\"%1\" Version=\"2.0\" "
                   "xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">"
                   "<Issuer>https://sts.windows.net/tenant/</Issuer>"
                   "<Subject><NameID "
                   "Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">%4</NameID>"
                   "<SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                   "<SubjectConfirmationData NotOnOrAfter=\"%5\" "
                   "Recipient=\"%6\"/></SubjectConfirmation></Subject>"
                   "<Conditions NotBefore=\"%7\" "
                   "NotOnOrAfter=\"%5\"><AudienceRestriction><Audience>%8</Audience>"
                   "</AudienceRestriction></Conditions>"
                   "<AuthnStatement AuthnInstant=\"%1\" "
                   "SessionIndex=\"_a1\"><AuthnContext><AuthnContextClassRef>"
                   "urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></"
                   "AuthnStatement>"
                   "</Assertion></samlp:Response>")
            .arg(now, destination.toHtmlEscaped(), status, nameId.toHtmlEscaped(), t(notOnOrAfter),
                 recipient.toHtmlEscaped(), t(notBefore), audience.toHtmlEscaped())
            .toUtf8();
    }
};

} // namespace

class TestSimInsightlyAcs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptsSignedResponse();
    void acceptsSignatureOnResponseElement();
    void acceptsResponseOfSimulatedEntra();
    void ssoStillWorksUnderEnforce();
    void replayedAssertionIsRefused();
    void rejections_data();
    void rejections();
    void unknownInstance_data();
    void unknownInstance();
    void notConfigured();
    void getWithoutResponse();
    void garbage_data();
    void garbage();

private:
    QString signInPageUrl() const;
    ResponseSpec validSpec() const;
    QString memberEmail(bool active) const;
    HttpReply post(const QByteArray &xml, const QString &query = {});
    QByteArray sign(const QByteArray &xml, const sim::GeneratedCertificate &by) const;

    std::unique_ptr<SimFixture> m_sim;
    sim::GeneratedCertificate m_uploaded;
    sim::GeneratedCertificate m_other;
};

void TestSimInsightlyAcs::initTestCase() {
    m_uploaded = makeCertificate();
    m_other = makeCertificate();
    QVERIFY(!m_uploaded.certificateDer.isEmpty() && !m_other.certificateDer.isEmpty());
}

void TestSimInsightlyAcs::init() {
    m_sim = std::make_unique<SimFixture>(options());
    QString error;
    QVERIFY2(start(*m_sim, &error), qPrintable(error));
    configure(*m_sim, m_uploaded.certificatePem, false, false);
    QCOMPARE(m_sim->server().world().insightly.uploadedCertificateDer, m_uploaded.certificateDer);
    forgetCookies(*m_sim);
}

void TestSimInsightlyAcs::cleanup() {
    m_sim.reset();
}

QString TestSimInsightlyAcs::signInPageUrl() const {
    return m_sim->baseUrl().toString() + QStringLiteral("/user/saml?instanceId=") +
           m_sim->server().world().insightly.instanceId;
}

ResponseSpec TestSimInsightlyAcs::validSpec() const {
    ResponseSpec spec;
    spec.destination = spec.audience = spec.recipient = signInPageUrl();
    spec.nameId = memberEmail(true).toUpper(); // Insightly compares e-mails case-insensitively
    return spec;
}

QString TestSimInsightlyAcs::memberEmail(bool active) const {
    for (const sim::InsightlyUser &u : m_sim->server().world().insightly.users)
        if (!u.accountOwner && u.active == active)
            return u.email;
    return {};
}

QByteArray TestSimInsightlyAcs::sign(const QByteArray &xml, const sim::GeneratedCertificate &by) const {
    QString error;
    const QByteArray signedXml =
        sim::xmldsig::signEnveloped(xml, "_a1", by.privateKeyPem, by.certificateDer, &error);
    if (signedXml.isEmpty())
        qWarning("signing failed: %s", qPrintable(error));
    return signedXml;
}

HttpReply TestSimInsightlyAcs::post(const QByteArray &xml, const QString &query) {
    const QString path =
        QStringLiteral("/user/saml?") +
        (query.isNull() ? QStringLiteral("instanceId=") + m_sim->server().world().insightly.instanceId
                        : query);
    return postForm(*m_sim, path,
                    {{QStringLiteral("SAMLResponse"), QString::fromLatin1(xml.toBase64())},
                     {QStringLiteral("RelayState"), QString()}});
}

void TestSimInsightlyAcs::acceptsSignedResponse() {
    const ResponseSpec spec = validSpec();
    const HttpReply r = post(sign(spec.xml(), m_uploaded));
    // Accepted: 303 to Insightly's own home page on the instance host, outside the ACS path.
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), (m_sim->baseUrl().toString() + u'/').toUtf8());
    QVERIFY(r.header("set-cookie").startsWith("InsightlyAuth="));
    const HttpReply home = m_sim->request("GET", QStringLiteral("/"));
    QCOMPARE(home.status, 200);
    const sim::InsightlyUser *user = m_sim->server().world().insightly.userByEmail(spec.nameId);
    QVERIFY(user);
    QCOMPARE(elementText(home.body, QStringLiteral("dashboard"))
                 .contains(QStringLiteral("Welcome, ") + user->firstName),
             true);
    QCOMPARE(elementText(home.body, QStringLiteral("signedInEmail")), user->email);
}

void TestSimInsightlyAcs::acceptsSignatureOnResponseElement() {
    // Some IdPs sign the Response instead of the Assertion; the signature then covers the assertion too.
    QString error;
    const QByteArray signedXml = sim::xmldsig::signEnveloped(
        validSpec().xml(), "_r1", m_uploaded.privateKeyPem, m_uploaded.certificateDer, &error);
    QVERIFY2(!signedXml.isEmpty(), qPrintable(error));
    QCOMPARE(post(signedXml).status, 303);
    QCOMPARE(m_sim->request("GET", QStringLiteral("/")).status, 200);
}

void TestSimInsightlyAcs::acceptsResponseOfSimulatedEntra() {
    // What the simulated Entra (sim/SamlResponse) posts must pass, so that the end-to-end sign-in can
    // succeed.
    const sim::DirectoryUser *entraUser = nullptr;
    for (const sim::DirectoryUser &d : m_sim->server().world().directory.users)
        if (d.userPrincipalName != QLatin1String("admin@contoso.example") &&
            m_sim->server().world().insightly.userByEmail(d.userPrincipalName))
            entraUser = &d;
    if (!entraUser)
        QSKIP("the directory seed has no user that Insightly mirrors");
    sim::SamlAssertionFacts facts;
    facts.tenantId = m_sim->tenantId();
    facts.nameId = facts.email = entraUser->userPrincipalName;
    facts.givenName = entraUser->givenName;
    facts.surname = entraUser->surname;
    facts.audience = facts.recipient = signInPageUrl();
    facts.nowMs = QDateTime::currentMSecsSinceEpoch();
    const sim::SigningKeyMaterial key{QString(), m_uploaded.certificateDer, m_uploaded.privateKeyPem};
    QString error;
    const QByteArray xml =
        sim::samlResponse(facts, key, QStringLiteral("_r9"), QStringLiteral("_a9"), &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    const HttpReply r = post(xml);
    QVERIFY2(r.status == 303, qPrintable(elementText(r.body, QStringLiteral("samlError"))));
    QVERIFY(elementText(m_sim->request("GET", QStringLiteral("/")).body, QStringLiteral("dashboard"))
                .contains(QStringLiteral("Welcome, ") + entraUser->givenName));
}

void TestSimInsightlyAcs::ssoStillWorksUnderEnforce() {
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    QCOMPARE(save(*m_sim, true, false).status, 303);
    forgetCookies(*m_sim);
    QVERIFY(hasElement(signIn(*m_sim, memberEmail(true)).body, QStringLiteral("loginError")));
    QCOMPARE(post(sign(validSpec().xml(), m_uploaded)).status, 303);
    QCOMPARE(m_sim->request("GET", QStringLiteral("/")).status, 200);
}

void TestSimInsightlyAcs::replayedAssertionIsRefused() {
    // A bearer assertion is used once: the same signed response posted again is refused, the first one stands.
    const QByteArray signedXml = sign(validSpec().xml(), m_uploaded);
    QCOMPARE(post(signedXml).status, 303);
    const HttpReply again = post(signedXml);
    QCOMPARE(again.status, 403);
    QCOMPARE(again.header("x-sim-check"), QByteArray("replay"));
    QVERIFY(again.body.contains("already used"));
}

void TestSimInsightlyAcs::rejections_data() {
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("words");
    QTest::newRow("signed with another certificate") << "wrongCert"
                                                     << "signature"
                                                     << "not valid for the certificate on file";
    QTest::newRow("tampered after signing") << "tampered"
                                            << "signature"
                                            << "not valid for the certificate on file";
    QTest::newRow("unsigned") << "unsigned"
                              << "signature"
                              << "not valid for the certificate on file";
    QTest::newRow("wrong audience") << "audience"
                                    << "audience"
                                    << "https://crm.na1.insightly.com/user/saml";
    QTest::newRow("wrong destination") << "destination"
                                       << "destination"
                                       << "not to this instance";
    QTest::newRow("expired") << "expired"
                             << "expired"
                             << "expired";
    QTest::newRow("not yet valid") << "future"
                                   << "notYetValid"
                                   << "not yet valid";
    QTest::newRow("unknown user") << "unknownUser"
                                  << "unknownUser"
                                  << "No Insightly user with e-mail nobody@contoso.example";
    QTest::newRow("deactivated user") << "inactiveUser"
                                      << "inactiveUser"
                                      << "deactivated";
    QTest::newRow("IdP status not success") << "status"
                                            << "status"
                                            << "Responder";
    QTest::newRow("two assertions") << "twoAssertions"
                                    << "malformed"
                                    << "exactly one assertion";
}

void TestSimInsightlyAcs::rejections() {
    QFETCH(QString, mutation);
    QFETCH(QString, check);
    QFETCH(QString, words);
    ResponseSpec spec = validSpec();
    if (mutation == QLatin1String("audience"))
        spec.audience = QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=1234567");
    else if (mutation == QLatin1String("destination"))
        spec.destination = spec.recipient = QStringLiteral("https://elsewhere.example/acs");
    else if (mutation == QLatin1String("expired"))
        spec.notOnOrAfter = QDateTime::currentDateTimeUtc().addSecs(-600);
    else if (mutation == QLatin1String("future"))
        spec.notBefore = QDateTime::currentDateTimeUtc().addSecs(600);
    else if (mutation == QLatin1String("unknownUser"))
        spec.nameId = QStringLiteral("nobody@contoso.example");
    else if (mutation == QLatin1String("inactiveUser"))
        spec.nameId = memberEmail(false);
    else if (mutation == QLatin1String("status"))
        spec.status = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Responder");
    QVERIFY(!spec.nameId.isEmpty());

    QByteArray xml = spec.xml();
    if (mutation == QLatin1String("twoAssertions")) {
        const qsizetype start = xml.indexOf("<Assertion"), end = xml.indexOf("</samlp:Response>");
        xml.insert(end, QByteArray(xml.mid(start, end - start)).replace("_a1", "_a2"));
    }
    QByteArray body = mutation == QLatin1String("unsigned")
                          ? xml
                          : sign(xml, mutation == QLatin1String("wrongCert") ? m_other : m_uploaded);
    QVERIFY(!body.isEmpty());
    if (mutation == QLatin1String("tampered")) {
        const QByteArray original = spec.nameId.toUtf8();
        QVERIFY(body.contains(original));
        body.replace(original, "admin@contoso.example");
    }
    const HttpReply r = post(body);
    QVERIFY2(r.status == 403 || r.status == 400, QByteArray::number(r.status).constData());
    QVERIFY(r.header("set-cookie").isEmpty());
    QCOMPARE(r.header("x-sim-check"), check.toLatin1()); // which check refused, for these tests only
    const QString text = elementText(r.body, QStringLiteral("samlError"));
    QVERIFY2(text.contains(words), qPrintable(text));
    QCOMPARE(m_sim->request("GET", QStringLiteral("/")).status, 302);
}

void TestSimInsightlyAcs::unknownInstance_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("wrong id") << "instanceId=999";
    QTest::newRow("missing") << "";
}

void TestSimInsightlyAcs::unknownInstance() {
    QFETCH(QString, query);
    const HttpReply r = post(sign(validSpec().xml(), m_uploaded), query);
    QCOMPARE(r.status, 404);
    QCOMPARE(elementText(r.body, QStringLiteral("samlError")), QStringLiteral("Instance not found."));
}

void TestSimInsightlyAcs::notConfigured() {
    SimFixture fresh(options());
    QString error;
    QVERIFY2(start(fresh, &error), qPrintable(error));
    const QString url =
        QStringLiteral("/user/saml?instanceId=") + fresh.server().world().insightly.instanceId;
    const HttpReply r =
        postForm(fresh, url, {{QStringLiteral("SAMLResponse"), QStringLiteral("PHg+PC94Pg==")}});
    QVERIFY(
        elementText(r.body, QStringLiteral("samlError")).contains(QStringLiteral("SAML is not configured")));
}

void TestSimInsightlyAcs::getWithoutResponse() {
    const HttpReply r = m_sim->request("GET", QStringLiteral("/user/saml?instanceId=") +
                                                  m_sim->server().world().insightly.instanceId);
    QCOMPARE(r.status, 400);
    QVERIFY(hasElement(r.body, QStringLiteral("samlError")));
}

void TestSimInsightlyAcs::garbage_data() {
    QTest::addColumn<QByteArray>("form");
    QTest::newRow("no field") << QByteArray("RelayState=x");
    QTest::newRow("not base64") << QByteArray("SAMLResponse=%%%%");
    QTest::newRow("not XML") << QByteArray("SAMLResponse=") + QUrl::toPercentEncoding(QString::fromLatin1(
                                                                  QByteArray("hello <").toBase64()));
    QTest::newRow("not a Response") << QByteArray("SAMLResponse=") +
                                           QUrl::toPercentEncoding(
                                               QString::fromLatin1(QByteArray("<AuthnRequest/>").toBase64()));
}

void TestSimInsightlyAcs::garbage() {
    QFETCH(QByteArray, form);
    const HttpReply r = m_sim->request(
        "POST", QStringLiteral("/user/saml?instanceId=") + m_sim->server().world().insightly.instanceId, form,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 400);
    QVERIFY(hasElement(r.body, QStringLiteral("samlError")));
}

QTEST_GUILESS_MAIN(TestSimInsightlyAcs)
#include "tst_sim_insightly_acs.moc"
