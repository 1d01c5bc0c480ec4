// Tests of the simulated Insightly's seed, its own sign-in and System Settings > SAML and SCIM, over loopback
// HTTP.
#include "tst_sim_insightly_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace insightlytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

class TestSimInsightlySettings : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seedMirrorsTheDirectory();
    void settingsNeedSignIn();
    void wrongPasswordIsRefused();
    void signInAndOut();
    void nonAdminCannotOpenSettings();
    void settingsPageShowsSignInUrlAndIds();
    void uploadFormats_data();
    void uploadFormats();
    void realEntraFiles_data();
    void realEntraFiles();
    void badUploads_data();
    void badUploads();
    void enforceNeedsCertificate();
    void scimNeedsCertificate();
    void enforceSamlRefusesPasswordSignInExceptOwner();
    void enableScimShowsEndpointAndToken();
    void regenerateKillsOldTokenAtOnce();
    void disablingScimKillsToken();
    void stateJsonReflectsSettings();
    void stateSurvivesRestart();

private:
    std::unique_ptr<SimFixture> m_sim;
    sim::GeneratedCertificate m_certificate;
};

void TestSimInsightlySettings::init() {
    m_sim = std::make_unique<SimFixture>(options());
    QString error;
    QVERIFY2(start(*m_sim, &error), qPrintable(error));
    if (m_certificate.certificateDer.isEmpty())
        m_certificate = makeCertificate();
}

void TestSimInsightlySettings::cleanup() {
    m_sim.reset();
}

void TestSimInsightlySettings::seedMirrorsTheDirectory() {
    const sim::InsightlyState &s = m_sim->server().world().insightly;
    const sim::DirectoryState &directory = m_sim->server().world().directory;
    QVERIFY(!s.instanceId.isEmpty());
    QCOMPARE(s.pod, QStringLiteral("na1"));
    QCOMPARE(s.adminEmail, QStringLiteral("admin@contoso.example"));
    QCOMPARE(s.adminPassword, kPassword);
    QCOMPARE(s.apiKey.size(), 36);
    QVERIFY(!s.enforceSamlLogin && !s.scimEnabled && s.scimToken.isEmpty() &&
            s.uploadedCertificateDer.isEmpty());

    int owners = 0, matched = 0, recased = 0;
    QStringList unmatched;
    QSet<qint64> ids;
    for (const sim::InsightlyUser &u : s.users) {
        ids.insert(u.userId);
        owners += u.accountOwner ? 1 : 0;
        if (u.accountOwner) {
            QCOMPARE(u.email, QStringLiteral("admin@contoso.example"));
            QVERIFY(u.administrator && u.active);
            continue;
        }
        const sim::DirectoryUser *d = directory.userByUpn(u.email);
        if (!d) {
            unmatched.append(u.email);
            continue;
        }
        ++matched;
        recased += d->userPrincipalName != u.email ? 1 : 0;
        QCOMPARE(u.firstName, d->givenName);
    }
    QCOMPARE(ids.size(), s.users.size());
    QCOMPARE(owners, 1);
    QCOMPARE(matched, 8);
    QVERIFY2(recased >= 2, "some Insightly e-mails should differ from the Entra UPN in letter case");
    QCOMPARE(unmatched.size(), 3);
    QVERIFY(unmatched.contains(QStringLiteral("former.employee@contoso.example")));
    QVERIFY(
        std::any_of(s.users.cbegin(), s.users.cend(), [](const sim::InsightlyUser &u) { return !u.active; }));
}

void TestSimInsightlySettings::settingsNeedSignIn() {
    const HttpReply r = m_sim->request("GET", QStringLiteral("/settings/Saml"));
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), QByteArray("/User/Login?ReturnUrl=%2Fsettings%2FSaml"));
    const HttpReply login = m_sim->request("GET", QStringLiteral("/User/Login?ReturnUrl=%2Fsettings%2FSaml"));
    QCOMPARE(login.status, 200);
    for (const char *id : {"email", "password", "login"})
        QVERIFY2(hasElement(login.body, QString::fromLatin1(id)), id);
    QVERIFY(hasElement(login.body, QStringLiteral("loginForm")));
    QVERIFY(login.body.contains("value=\"/settings/Saml\""));

    // Without a session every change is refused and nothing changes.
    QCOMPARE(save(*m_sim, false, true).status, 302);
    QCOMPARE(upload(*m_sim, QStringLiteral("c.cer"), m_certificate.certificatePem).status, 302);
    QCOMPARE(m_sim->request("POST", QStringLiteral("/settings/Saml/RegenerateToken")).status, 302);
    const sim::InsightlyState &s = m_sim->server().world().insightly;
    QVERIFY(!s.scimEnabled && s.uploadedCertificateDer.isEmpty());
}

void TestSimInsightlySettings::wrongPasswordIsRefused() {
    const HttpReply r = signIn(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("wrong"));
    QCOMPARE(r.status, 200);
    QVERIFY(elementText(r.body, QStringLiteral("loginError")).contains(QStringLiteral("incorrect")));
    QCOMPARE(m_sim->request("GET", QStringLiteral("/settings/Saml")).status, 302);
    const HttpReply unknown = signIn(*m_sim, QStringLiteral("nobody@contoso.example"));
    QVERIFY(hasElement(unknown.body, QStringLiteral("loginError")));
}

void TestSimInsightlySettings::signInAndOut() {
    const HttpReply r = postForm(*m_sim, QStringLiteral("/User/Login"),
                                 {{QStringLiteral("email"), QStringLiteral("ADMIN@contoso.example")},
                                  {QStringLiteral("password"), kPassword},
                                  {QStringLiteral("ReturnUrl"), QStringLiteral("/settings/Saml")}});
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("location"), QByteArray("/settings/Saml"));
    QVERIFY(r.header("set-cookie").startsWith("InsightlyAuth="));
    QCOMPARE(m_sim->request("GET", QStringLiteral("/settings/Saml")).status, 200);
    const HttpReply home = m_sim->request("GET", QStringLiteral("/"));
    QCOMPARE(home.status, 200);
    QVERIFY(elementText(home.body, QStringLiteral("dashboard")).contains(QStringLiteral("Welcome,")));

    // An absolute ReturnUrl is not followed (open redirect).
    forgetCookies(*m_sim);
    const HttpReply outside =
        postForm(*m_sim, QStringLiteral("/User/Login"),
                 {{QStringLiteral("email"), QStringLiteral("admin@contoso.example")},
                  {QStringLiteral("password"), kPassword},
                  {QStringLiteral("ReturnUrl"), QStringLiteral("https://evil.example/")}});
    QCOMPARE(outside.header("location"), QByteArray("/"));

    const HttpReply out = m_sim->request("GET", QStringLiteral("/User/Logout"));
    QCOMPARE(out.status, 302);
    QCOMPARE(m_sim->request("GET", QStringLiteral("/settings/Saml")).status, 302);
}

void TestSimInsightlySettings::nonAdminCannotOpenSettings() {
    const sim::InsightlyUser *member = nullptr;
    for (const sim::InsightlyUser &u : m_sim->server().world().insightly.users)
        if (!u.administrator && u.active)
            member = &u;
    QVERIFY(member);
    QCOMPARE(signIn(*m_sim, member->email).status, 302);
    const HttpReply r = m_sim->request("GET", QStringLiteral("/settings/Saml"));
    QCOMPARE(r.status, 403);
    QVERIFY(hasElement(r.body, QStringLiteral("accessDenied")));
    QCOMPARE(save(*m_sim, false, true).status, 403);
    QVERIFY(!m_sim->server().world().insightly.scimEnabled);
}

void TestSimInsightlySettings::settingsPageShowsSignInUrlAndIds() {
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    const HttpReply r = m_sim->request("GET", QStringLiteral("/settings/Saml"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    const QString expected = m_sim->baseUrl().toString() + QStringLiteral("/user/saml?instanceId=") +
                             m_sim->server().world().insightly.instanceId;
    QCOMPARE(elementText(r.body, QStringLiteral("signInPageUrl")), expected);
    QVERIFY(inputTag(r.body, QStringLiteral("signInPageUrl")).contains(QLatin1String(" readonly")));
    // Found by its visible caption only: the page's ids are opaque and change with every render.
    QVERIFY(!r.body.contains("id=\"signInPageUrl\""));
    const QRegularExpression ids(QStringLiteral("\\bid=\"([^\"]+)\""));
    const QString again = QString::fromUtf8(m_sim->request("GET", QStringLiteral("/settings/Saml")).body);
    const QString firstId = ids.match(QString::fromUtf8(r.body)).captured(1);
    QVERIFY(!firstId.isEmpty());
    QVERIFY(!again.contains(firstId));
    for (const char *id : {"certificateFile", "upload", "enforceSaml", "enableScim", "save", "noCertificate"})
        QVERIFY2(hasElement(r.body, QString::fromLatin1(id)), id);
    QVERIFY(r.body.contains("name=\"certificate\""));
    QVERIFY(r.body.contains("enctype=\"multipart/form-data\""));
    for (const char *id : {"scimEndpoint", "scimToken", "regenerateToken", "uploadedThumbprint"})
        QVERIFY2(!hasElement(r.body, QString::fromLatin1(id)), id);
}

void TestSimInsightlySettings::uploadFormats_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format"); // 0 PEM, 1 DER, 2 Base64 line, 3 metadata, 4 PEM chain
    QTest::newRow("PEM") << "Insightly SAML.cer" << 0;
    QTest::newRow("DER") << "Insightly SAML.der" << 1;
    QTest::newRow("Base64 line") << "cert.txt" << 2;
    QTest::newRow("metadata") << "Insightly SAML.xml" << 3;
    QTest::newRow("PEM chain") << "chain.pem" << 4;
}

void TestSimInsightlySettings::uploadFormats() {
    QFETCH(QString, fileName);
    QFETCH(int, format);
    const sim::GeneratedCertificate other = makeCertificate(QStringLiteral("Other"));
    const QByteArray b64 = m_certificate.certificateDer.toBase64();
    const QList<QByteArray> files{
        m_certificate.certificatePem, m_certificate.certificateDer, b64,
        "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><IDPSSODescriptor><KeyDescriptor "
        "use=\"signing\">"
        "<KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>" +
            b64 +
            "</X509Certificate></X509Data></KeyInfo></KeyDescriptor></IDPSSODescriptor></EntityDescriptor>",
        m_certificate.certificatePem + other.certificatePem};
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    const HttpReply r = upload(*m_sim, fileName, files[format]);
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), QByteArray("/settings/Saml?uploaded=1"));
    QCOMPARE(m_sim->server().world().insightly.uploadedCertificateDer, m_certificate.certificateDer);
    const HttpReply page = m_sim->request("GET", QStringLiteral("/settings/Saml?uploaded=1"));
    QCOMPARE(elementText(page.body, QStringLiteral("uploadedThumbprint")),
             sim::certificateThumbprint(m_certificate.certificateDer));
    QCOMPARE(elementText(page.body, QStringLiteral("uploadedSubject")),
             QStringLiteral("CN=Microsoft Azure Federated SSO Certificate"));
    QCOMPARE(elementText(page.body, QStringLiteral("uploadedFileName")), fileName);
    QVERIFY(elementText(page.body, QStringLiteral("uploadedExpiry"))
                .startsWith(QString::number(QDate::currentDate().year() + 3)));
    QVERIFY(hasElement(page.body, QStringLiteral("settingsMessage")));
}

void TestSimInsightlySettings::realEntraFiles_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("thumbprint");
    QTest::newRow("Certificate (Base64)") << "app-signing-cert-base64.cer"
                                          << "815D70419E644F95BE30F309616EBDA58C5B591B";
    QTest::newRow("Federation Metadata XML, two certificates") << "app-metadata-two-certs.xml"
                                                               << "9B6A4331329E0D853B20BD364CD7131D3652942F";
}

void TestSimInsightlySettings::realEntraFiles() {
    QFETCH(QString, fileName);
    QFETCH(QString, thumbprint);
    QFile file(QDir(QStringLiteral(INSIGHTLY_SHARED_DIR "/fixtures/entra-metadata")).filePath(fileName));
    if (!file.exists())
        QSKIP("the shared Entra metadata fixtures are not available");
    QVERIFY(file.open(QIODevice::ReadOnly));
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    QCOMPARE(upload(*m_sim, fileName, file.readAll()).status, 303);
    const HttpReply page = m_sim->request("GET", QStringLiteral("/settings/Saml"));
    QCOMPARE(elementText(page.body, QStringLiteral("uploadedThumbprint")), thumbprint);
}

void TestSimInsightlySettings::badUploads_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("text") << QByteArray("This is not a certificate, sorry!")
                          << QStringLiteral("not a certificate");
    QTest::newRow("private key") << QByteArray(
                                        "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
                                 << QStringLiteral("does not contain a certificate");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("Choose a certificate");
    QTest::newRow("html") << QByteArray("<html></html>") << QStringLiteral("not SAML federation metadata");
}

void TestSimInsightlySettings::badUploads() {
    QFETCH(QByteArray, file);
    QFETCH(QString, errorFragment);
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    // An earlier good certificate stays when a bad file is uploaded.
    QCOMPARE(upload(*m_sim, QStringLiteral("good.cer"), m_certificate.certificatePem).status, 303);
    const HttpReply r = upload(*m_sim, file.isEmpty() ? QString() : QStringLiteral("bad.cer"), file);
    QCOMPARE(r.status, 200);
    const QString error = elementText(r.body, QStringLiteral("settingsError"));
    QVERIFY2(error.contains(errorFragment), qPrintable(error));
    QCOMPARE(m_sim->server().world().insightly.uploadedCertificateDer, m_certificate.certificateDer);

    const HttpReply notMultipart = postForm(*m_sim, QStringLiteral("/settings/Saml/Certificate"),
                                            {{QStringLiteral("certificate"), QStringLiteral("x")}});
    QVERIFY(elementText(notMultipart.body, QStringLiteral("settingsError"))
                .contains(QStringLiteral("multipart")));
}

void TestSimInsightlySettings::enforceNeedsCertificate() {
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    const HttpReply r = save(*m_sim, true, false);
    QCOMPARE(r.status, 200);
    QVERIFY(elementText(r.body, QStringLiteral("settingsError")).contains(QStringLiteral("certificate")));
    QVERIFY(!m_sim->server().world().insightly.enforceSamlLogin);
}

void TestSimInsightlySettings::scimNeedsCertificate() {
    signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    const HttpReply r = save(*m_sim, false, true);
    QVERIFY(hasElement(r.body, QStringLiteral("settingsError")));
    QVERIFY(!m_sim->server().world().insightly.scimEnabled);
}

void TestSimInsightlySettings::enforceSamlRefusesPasswordSignInExceptOwner() {
    const HttpReply page = configure(*m_sim, m_certificate.certificatePem, true, false);
    QVERIFY(inputTag(page.body, QStringLiteral("enforceSaml")).contains(QLatin1String(" checked")));
    QVERIFY(m_sim->server().world().insightly.enforceSamlLogin);
    const sim::InsightlyUser *member = nullptr;
    for (const sim::InsightlyUser &u : m_sim->server().world().insightly.users)
        if (!u.accountOwner && u.active)
            member = &u;
    QVERIFY(member);
    forgetCookies(*m_sim);
    const HttpReply refused = signIn(*m_sim, member->email);
    QCOMPARE(refused.status, 200);
    QVERIFY(
        elementText(refused.body, QStringLiteral("loginError")).contains(QStringLiteral("single sign-on")));
    QCOMPARE(m_sim->request("GET", QStringLiteral("/")).status, 302);
    QCOMPARE(signIn(*m_sim, QStringLiteral("admin@contoso.example")).status, 302);
    QCOMPARE(m_sim->request("GET", QStringLiteral("/")).status, 200);
}

void TestSimInsightlySettings::enableScimShowsEndpointAndToken() {
    const HttpReply page = configure(*m_sim, m_certificate.certificatePem, false, true);
    const sim::InsightlyState &s = m_sim->server().world().insightly;
    QVERIFY(s.scimEnabled);
    QCOMPARE(elementText(page.body, QStringLiteral("scimEndpoint")),
             m_sim->baseUrl().toString() + QStringLiteral("/scim/v2"));
    const QString token = elementText(page.body, QStringLiteral("scimToken"));
    QCOMPARE(token, s.scimToken);
    QVERIFY(token.size() >= 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(token).hasMatch());
    QVERIFY(hasElement(page.body, QStringLiteral("regenerateToken")));
    // Saving again with SCIM still on keeps the token.
    save(*m_sim, false, true);
    QCOMPARE(m_sim->server().world().insightly.scimToken, token);
    const HttpReply scim =
        m_sim->request("GET", QStringLiteral("/scim/v2/Users?filter=userName%20eq%20%22x%22"), {},
                       {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(scim.status, 200);
}

void TestSimInsightlySettings::regenerateKillsOldTokenAtOnce() {
    configure(*m_sim, m_certificate.certificatePem, false, true);
    const QByteArray oldToken = m_sim->server().world().insightly.scimToken.toLatin1();
    const HttpReply r = m_sim->request("POST", QStringLiteral("/settings/Saml/RegenerateToken"), {},
                                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 303);
    const HttpReply page = m_sim->request("GET", QStringLiteral("/settings/Saml?regenerated=1"));
    const QByteArray newToken = elementText(page.body, QStringLiteral("scimToken")).toLatin1();
    QVERIFY(!newToken.isEmpty());
    QVERIFY(newToken != oldToken);
    QCOMPARE(
        m_sim->request("GET", QStringLiteral("/scim/v2/Users"), {}, {{"Authorization", "Bearer " + oldToken}})
            .status,
        401);
    QCOMPARE(
        m_sim->request("GET", QStringLiteral("/scim/v2/Users"), {}, {{"Authorization", "Bearer " + newToken}})
            .status,
        200);
}

void TestSimInsightlySettings::disablingScimKillsToken() {
    configure(*m_sim, m_certificate.certificatePem, false, true);
    const QByteArray token = m_sim->server().world().insightly.scimToken.toLatin1();
    save(*m_sim, false, false);
    const HttpReply page = m_sim->request("GET", QStringLiteral("/settings/Saml"));
    QVERIFY(!hasElement(page.body, QStringLiteral("scimToken")));
    const HttpReply r =
        m_sim->request("GET", QStringLiteral("/scim/v2/Users"), {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("content-type"), QByteArray("application/scim+json"));
    // Enabling again makes a new token.
    save(*m_sim, false, true);
    QVERIFY(m_sim->server().world().insightly.scimToken.toLatin1() != token);
}

void TestSimInsightlySettings::stateJsonReflectsSettings() {
    configure(*m_sim, m_certificate.certificatePem, true, true);
    const QJsonObject state = m_sim->request("GET", QStringLiteral("/_sim/state"))
                                  .json()
                                  .value(QStringLiteral("insightly"))
                                  .toObject();
    QCOMPARE(state.value(QStringLiteral("enforceSamlLogin")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("scimEnabled")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("scimToken")).toString(),
             m_sim->server().world().insightly.scimToken);
    QCOMPARE(
        QByteArray::fromBase64(state.value(QStringLiteral("uploadedCertificateDer")).toString().toLatin1()),
        m_certificate.certificateDer);
    QCOMPARE(state.value(QStringLiteral("uploadedCertificateFileName")).toString(),
             QStringLiteral("Insightly SAML.cer"));
    QVERIFY(state.value(QStringLiteral("users")).toArray().size() >= 12);
}

void TestSimInsightlySettings::stateSurvivesRestart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions o = options();
    o.stateDir = dir.path();
    sim::InsightlyState first;
    {
        SimFixture sim(o);
        QString error;
        QVERIFY2(start(sim, &error), qPrintable(error));
        configure(sim, m_certificate.certificatePem, true, true);
        first = sim.server().world().insightly;
        QVERIFY(first.scimEnabled && first.enforceSamlLogin);
    }
    SimFixture again(o);
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    const sim::InsightlyState &second = again.server().world().insightly;
    QCOMPARE(second.instanceId, first.instanceId);
    QCOMPARE(second.apiKey, first.apiKey);
    QCOMPARE(second.scimToken, first.scimToken);
    QCOMPARE(second.uploadedCertificateDer, m_certificate.certificateDer);
    QCOMPARE(second.enforceSamlLogin, true);
    QCOMPARE(second.users.size(), first.users.size());
    QCOMPARE(second.users.first().accountOwner, true);
    QCOMPARE(QJsonDocument(second.toJson()).toJson(), QJsonDocument(first.toJson()).toJson());
}

QTEST_GUILESS_MAIN(TestSimInsightlySettings)
#include "tst_sim_insightly_settings.moc"
