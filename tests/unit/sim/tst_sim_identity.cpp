// Tests of the simulator's identity platform over loopback HTTP: /authorize with its pages, /token grants,
// device code, /signin?return_to=, and the token-lifetime knob.
#include "IdentityTestFlow.h"

#include <QJsonArray>
#include <QTest>

using namespace identitytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

QJsonObject jwtClaims(const QString &jwt) {
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class TestSimIdentity : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void signInPageShowsFormAccountsAndPassword();
    void authorizationCodeFlowEndToEnd();
    void codeIsSingleUse();
    void wrongPasswordShowsTheFormAgain();
    void sessionCookieSkipsSignInAndRememberedConsent();
    void promptLoginAndConsentForcePages();
    void promptNoneWithoutSessionRedirectsLoginRequired();
    void cancelOnConsentRedirectsAccessDenied();
    void redirectUriAllowed_data();
    void redirectUriAllowed();
    void redirectUriRejectedAsPage_data();
    void redirectUriRejectedAsPage();
    void authorizeErrorsRedirectToClient_data();
    void authorizeErrorsRedirectToClient();
    void authorizeClientAndTenantErrorsArePages();
    void pkceAndRedirectMismatchOnRedeem();
    void tokenErrorShape();
    void tokenRequestErrors_data();
    void tokenRequestErrors();
    void tenantSegments_data();
    void tenantSegments();
    void scopesMapToGraphNames();
    void refreshTokensRotateAndOldStaysValid();
    void revokedRefreshTokenIsRejected();
    void refreshCannotWidenScopes();
    void shortTokenLifetimeExpiresThenRefreshWorks();
    void deviceCodeFlow();
    void deviceCodeDeclined();
    void signInWithReturnTo();
    void stateSurvivesTheRoundTrip();
    void logoutEndsTheBrowserSession();
    void openIdConfiguration();

private:
    std::unique_ptr<SimFixture> m_sim;
    void startSim(const sim::SimOptions &options = {});
};

void TestSimIdentity::startSim(const sim::SimOptions &options) {
    m_sim = std::make_unique<SimFixture>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void TestSimIdentity::init() {
    startSim();
}

void TestSimIdentity::cleanup() {
    m_sim.reset();
}

void TestSimIdentity::signInPageShowsFormAccountsAndPassword() {
    sim::SimOptions options;
    options.password = QStringLiteral("s3cret-pass");
    startSim(options);
    const HttpReply page = m_sim->request("GET", authorizePath({}));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    for (const char *id : {"username", "password", "signin"})
        QVERIFY2(hasElementId(page.body, id), id);
    QVERIFY(page.body.contains("admin@contoso.example"));
    QVERIFY(page.body.contains("user@contoso.example"));
    QVERIFY(page.body.contains("s3cret-pass"));
    QVERIFY(page.body.contains("Microsoft Graph Command Line Tools"));
}

void TestSimIdentity::authorizationCodeFlowEndToEnd() {
    const HttpReply page = m_sim->request("GET", authorizePath({}));
    QCOMPARE(page.status, 200);
    const HttpReply consent = postForm(*m_sim, formAction(page.body),
                                       {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                                        {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
                                        {QStringLiteral("password"), QStringLiteral("demo")}});
    QCOMPARE(consent.status, 200);
    QVERIFY(hasElementId(consent.body, "accept"));
    QVERIFY(hasElementId(consent.body, "cancel"));
    QVERIFY(consent.body.contains("Application.ReadWrite.All"));
    QVERIFY(sessionCookie(consent).startsWith("ESTSAUTH="));
    QCOMPARE(m_sim->server().world().directory.browserSessions.size(), 1);

    const HttpReply redirect =
        postForm(*m_sim, formAction(consent.body),
                 {{QStringLiteral("flow"), inputValue(consent.body, QStringLiteral("flow"))},
                  {QStringLiteral("accept"), QStringLiteral("Accept")}});
    QCOMPARE(redirect.status, 302);
    const QUrl location = QUrl::fromEncoded(redirect.header("location"));
    QCOMPARE(location.toString(QUrl::RemoveQuery), redirectUri);
    QCOMPARE(queryValue(redirect, QStringLiteral("state")), QStringLiteral("state-123"));
    const QString code = queryValue(redirect, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const HttpReply token = redeem(*m_sim, code);
    QCOMPARE(token.status, 200);
    const QJsonObject t = token.json();
    QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(!t.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QStringList scopes = t.value(QStringLiteral("scope")).toString().split(u' ');
    for (const char *s :
         {"Application.ReadWrite.All", "AppRoleAssignment.ReadWrite.All", "Synchronization.ReadWrite.All",
          "User.Read.All", "Group.Read.All", "Directory.Read.All"})
        QVERIFY2(scopes.contains(QLatin1String(s)), s);
    const QJsonObject claims = jwtClaims(t.value(QStringLiteral("id_token")).toString());
    const sim::DirectoryUser *admin =
        m_sim->server().world().directory.userByUpn(QStringLiteral("admin@contoso.example"));
    QCOMPARE(claims.value(QStringLiteral("tid")).toString(), m_sim->tenantId());
    QCOMPARE(claims.value(QStringLiteral("oid")).toString(), admin->id);
    QCOMPARE(claims.value(QStringLiteral("preferred_username")).toString(),
             QStringLiteral("admin@contoso.example"));
    QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Avery Admin"));
    QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-456"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), clientId);

    const HttpReply me =
        m_sim->graph("GET", QStringLiteral("/me"), {}, t.value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("admin@contoso.example"));
}

void TestSimIdentity::codeIsSingleUse() {
    const HttpReply redirect = signInThroughPages(*m_sim, {});
    QCOMPARE(redirect.status, 302);
    const QString code = queryValue(redirect, QStringLiteral("code"));
    QCOMPARE(redeem(*m_sim, code).status, 200);
    const HttpReply again = redeem(*m_sim, code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(firstErrorCode(again), 54005);
    const HttpReply unknown = redeem(*m_sim, QStringLiteral("not-a-code"));
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSimIdentity::wrongPasswordShowsTheFormAgain() {
    const HttpReply page = m_sim->request("GET", authorizePath({}));
    const HttpReply again = postForm(*m_sim, formAction(page.body),
                                     {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                                      {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
                                      {QStringLiteral("password"), QStringLiteral("wrong")}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("Your account or password is incorrect."));
    QVERIFY(hasElementId(again.body, "password"));
    QCOMPARE(inputValue(again.body, QStringLiteral("username")), QStringLiteral("admin@contoso.example"));
    QCOMPARE(inputValue(again.body, QStringLiteral("ctx")), inputValue(page.body, QStringLiteral("ctx")));
    QVERIFY(again.header("set-cookie").isEmpty());
    const HttpReply unknownUser =
        postForm(*m_sim, formAction(page.body),
                 {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                  {QStringLiteral("username"), QStringLiteral("nobody@contoso.example")},
                  {QStringLiteral("password"), QStringLiteral("demo")}});
    QVERIFY(unknownUser.body.contains("Your account or password is incorrect."));
}

void TestSimIdentity::sessionCookieSkipsSignInAndRememberedConsent() {
    QByteArray cookie;
    QCOMPARE(signInThroughPages(*m_sim, {}, QStringLiteral("admin@contoso.example"), &cookie).status, 302);
    QVERIFY(!cookie.isEmpty());
    // Same scopes, same client, a session: straight back with a code.
    const HttpReply direct = m_sim->request("GET", authorizePath({}), {}, {{"Cookie", cookie}});
    QCOMPARE(direct.status, 302);
    QVERIFY(!queryValue(direct, QStringLiteral("code")).isEmpty());
    // A scope not consented yet brings the consent page back, without the sign-in form.
    AuthorizeParams wider;
    wider.scope = QStringLiteral("https://graph.microsoft.com/User.ReadWrite.All openid");
    const HttpReply consent = m_sim->request("GET", authorizePath(wider), {}, {{"Cookie", cookie}});
    QCOMPARE(consent.status, 200);
    QVERIFY(hasElementId(consent.body, "accept"));
    QVERIFY(!hasElementId(consent.body, "password"));
}

void TestSimIdentity::promptLoginAndConsentForcePages() {
    QByteArray cookie;
    QCOMPARE(signInThroughPages(*m_sim, {}, QStringLiteral("admin@contoso.example"), &cookie).status, 302);
    AuthorizeParams login;
    login.prompt = QStringLiteral("login");
    const HttpReply form = m_sim->request("GET", authorizePath(login), {}, {{"Cookie", cookie}});
    QCOMPARE(form.status, 200);
    QVERIFY(hasElementId(form.body, "password"));
    AuthorizeParams consent;
    consent.prompt = QStringLiteral("consent");
    const HttpReply consentPage = m_sim->request("GET", authorizePath(consent), {}, {{"Cookie", cookie}});
    QCOMPARE(consentPage.status, 200);
    QVERIFY(hasElementId(consentPage.body, "accept"));
    AuthorizeParams none;
    none.prompt = QStringLiteral("none");
    const HttpReply silent = m_sim->request("GET", authorizePath(none), {}, {{"Cookie", cookie}});
    QCOMPARE(silent.status, 302);
    QVERIFY(!queryValue(silent, QStringLiteral("code")).isEmpty());
}

void TestSimIdentity::promptNoneWithoutSessionRedirectsLoginRequired() {
    AuthorizeParams none;
    none.prompt = QStringLiteral("none");
    const HttpReply reply = m_sim->request("GET", authorizePath(none));
    QCOMPARE(reply.status, 302);
    QCOMPARE(queryValue(reply, QStringLiteral("error")), QStringLiteral("login_required"));
    QVERIFY(queryValue(reply, QStringLiteral("error_description")).startsWith(QLatin1String("AADSTS50058:")));
    QCOMPARE(queryValue(reply, QStringLiteral("state")), QStringLiteral("state-123"));
}

void TestSimIdentity::cancelOnConsentRedirectsAccessDenied() {
    const HttpReply page = m_sim->request("GET", authorizePath({}));
    const HttpReply consent = postForm(*m_sim, formAction(page.body),
                                       {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                                        {QStringLiteral("username"), QStringLiteral("user@contoso.example")},
                                        {QStringLiteral("password"), QStringLiteral("demo")}});
    QVERIFY(hasElementId(consent.body, "cancel"));
    const HttpReply cancelled =
        postForm(*m_sim, formAction(consent.body),
                 {{QStringLiteral("flow"), inputValue(consent.body, QStringLiteral("flow"))},
                  {QStringLiteral("cancel"), QStringLiteral("Cancel")}});
    QCOMPARE(cancelled.status, 302);
    QCOMPARE(queryValue(cancelled, QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(
        queryValue(cancelled, QStringLiteral("error_description")).startsWith(QLatin1String("AADSTS65004:")));
    QCOMPARE(queryValue(cancelled, QStringLiteral("state")), QStringLiteral("state-123"));
    QVERIFY(queryValue(cancelled, QStringLiteral("code")).isEmpty());
    // The flow id is single use.
    const HttpReply replay =
        postForm(*m_sim, formAction(consent.body),
                 {{QStringLiteral("flow"), inputValue(consent.body, QStringLiteral("flow"))},
                  {QStringLiteral("accept"), QStringLiteral("Accept")}});
    QCOMPARE(replay.status, 400);
}

void TestSimIdentity::redirectUriAllowed_data() {
    QTest::addColumn<QString>("uri");
    QTest::newRow("localhost") << "http://localhost";
    QTest::newRow("localhost port path") << "http://localhost:8400/auth/done";
    QTest::newRow("loopback port") << "http://127.0.0.1:49152";
    QTest::newRow("loopback path") << "http://127.0.0.1:49152/cb";
    QTest::newRow("nativeclient") << "https://login.microsoftonline.com/common/oauth2/nativeclient";
}

void TestSimIdentity::redirectUriAllowed() {
    QFETCH(QString, uri);
    AuthorizeParams p;
    p.redirect = uri;
    const HttpReply redirect = signInThroughPages(*m_sim, p);
    QCOMPARE(redirect.status, 302);
    QVERIFY(redirect.header("location").startsWith(uri.toLatin1()));
    const HttpReply token =
        redeem(*m_sim, queryValue(redirect, QStringLiteral("code")), makePkce().verifier, uri);
    QCOMPARE(token.status, 200);
}

void TestSimIdentity::redirectUriRejectedAsPage_data() {
    QTest::addColumn<QString>("uri");
    QTest::newRow("other host") << "https://evil.example/cb";
    QTest::newRow("lookalike host") << "http://localhost.evil.example/cb";
    QTest::newRow("https localhost") << "https://localhost/cb";
    QTest::newRow("query") << "http://127.0.0.1:8080/cb?x=1";
    QTest::newRow("nativeclient other tenant")
        << "https://login.microsoftonline.com/contoso/oauth2/nativeclient";
}

void TestSimIdentity::redirectUriRejectedAsPage() {
    QFETCH(QString, uri);
    AuthorizeParams p;
    p.redirect = uri;
    const HttpReply reply = m_sim->request("GET", authorizePath(p));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("location").isEmpty());
    QVERIFY(reply.body.contains("AADSTS50011"));
    QVERIFY(reply.body.contains("does not match the redirect URIs"));
}

void TestSimIdentity::authorizeErrorsRedirectToClient_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("no challenge") << "challenge"
                                  << ""
                                  << "invalid_request"
                                  << "AADSTS9002325";
    QTest::newRow("plain method") << "method"
                                  << "plain"
                                  << "invalid_request"
                                  << "AADSTS50147";
    QTest::newRow("no method") << "method"
                               << ""
                               << "invalid_request"
                               << "AADSTS50147";
    QTest::newRow("short challenge") << "challenge"
                                     << "abc"
                                     << "invalid_request"
                                     << "AADSTS501491";
    QTest::newRow("unknown scope") << "scope"
                                   << "https://graph.microsoft.com/Nope.All"
                                   << "invalid_scope"
                                   << "AADSTS70011";
    QTest::newRow("other resource") << "scope"
                                    << "api://other/x"
                                    << "invalid_scope"
                                    << "AADSTS70011";
    QTest::newRow("bad prompt") << "prompt"
                                << "always"
                                << "invalid_request"
                                << "AADSTS90023";
}

void TestSimIdentity::authorizeErrorsRedirectToClient() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    AuthorizeParams p;
    if (field == QLatin1String("challenge"))
        p.challenge = value.isEmpty() ? QString() : value;
    else if (field == QLatin1String("method"))
        p.method = value.isEmpty() ? QString() : value;
    else if (field == QLatin1String("scope"))
        p.scope = value;
    else
        p.prompt = value;
    const HttpReply reply = m_sim->request("GET", authorizePath(p));
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("location").startsWith(redirectUri.toLatin1()));
    QCOMPARE(queryValue(reply, QStringLiteral("error")), error);
    const QString description = queryValue(reply, QStringLiteral("error_description"));
    QVERIFY2(description.startsWith(aadsts + u':'), qPrintable(description));
    QVERIFY(description.contains(QLatin1String("Trace ID:")));
    QCOMPARE(queryValue(reply, QStringLiteral("state")), QStringLiteral("state-123"));
}

void TestSimIdentity::authorizeClientAndTenantErrorsArePages() {
    AuthorizeParams p;
    p.tenant = QStringLiteral("fabrikam.example");
    HttpReply reply = m_sim->request("GET", authorizePath(p));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS90002"));
    QVERIFY(reply.header("location").isEmpty());
    reply = m_sim->request("GET", authorizePath({}).replace(clientId, QStringLiteral("not-a-guid")));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS700016"));
    reply = m_sim->request("GET", QStringLiteral("/organizations/oauth2/v2.0/authorize?response_type=code"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS900144"));
}

void TestSimIdentity::pkceAndRedirectMismatchOnRedeem() {
    HttpReply redirect = signInThroughPages(*m_sim, {});
    HttpReply token =
        redeem(*m_sim, queryValue(redirect, QStringLiteral("code")), makePkce("another seed").verifier);
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(firstErrorCode(token), 501481);

    QByteArray cookie;
    redirect = signInThroughPages(*m_sim, {}, QStringLiteral("admin@contoso.example"), &cookie);
    token = redeem(*m_sim, queryValue(redirect, QStringLiteral("code")), makePkce().verifier,
                   QStringLiteral("http://localhost:1/other"));
    QCOMPARE(token.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(firstErrorCode(token), 500112);
}

void TestSimIdentity::tokenErrorShape() {
    const HttpReply reply = passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"),
                                          QStringLiteral("bad"), QStringLiteral("openid"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject e = reply.json();
    QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    const QString description = e.value(QStringLiteral("error_description")).toString();
    QVERIFY(description.startsWith(QLatin1String("AADSTS50126: ")));
    QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ") +
                                 e.value(QStringLiteral("trace_id")).toString()));
    QVERIFY(description.contains(QLatin1String("\r\nCorrelation ID: ") +
                                 e.value(QStringLiteral("correlation_id")).toString()));
    QVERIFY(description.contains(QLatin1String("\r\nTimestamp: ") +
                                 e.value(QStringLiteral("timestamp")).toString()));
    QCOMPARE(e.value(QStringLiteral("error_codes")).toArray(), QJsonArray{50126});
    QCOMPARE(e.value(QStringLiteral("error_uri")).toString(),
             QStringLiteral("https://login.microsoftonline.com/error?code=50126"));
}

void TestSimIdentity::tokenRequestErrors_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");
    const QString client = QStringLiteral("&client_id=") + clientId;
    QTest::newRow("no grant") << QStringLiteral("client_id=") + clientId << 400 << "invalid_request"
                              << 900144;
    QTest::newRow("no client") << "grant_type=password" << 400 << "invalid_request" << 900144;
    QTest::newRow("bad client") << "grant_type=password&client_id=abc" << 400 << "unauthorized_client"
                                << 700016;
    QTest::newRow("secret") << QStringLiteral("grant_type=password&client_secret=x") + client << 401
                            << "invalid_client" << 700025;
    QTest::newRow("unsupported") << QStringLiteral("grant_type=client_credentials") + client << 400
                                 << "unsupported_grant_type" << 70003;
    QTest::newRow("unknown user") << QStringLiteral(
                                         "grant_type=password&username=ghost%40contoso.example&password=demo"
                                         "&scope=openid") +
                                         client
                                  << 400 << "invalid_grant" << 50034;
    QTest::newRow("bad scope") << QStringLiteral(
                                      "grant_type=password&username=admin%40contoso.example&password=demo"
                                      "&scope=Mail.Send") +
                                      client
                               << 400 << "invalid_scope" << 70011;
    QTest::newRow("no code") << QStringLiteral(
                                    "grant_type=authorization_code&redirect_uri=http%3A%2F%2Flocalhost") +
                                    client
                             << 400 << "invalid_request" << 900144;
    QTest::newRow("unknown refresh") << QStringLiteral("grant_type=refresh_token&refresh_token=nope") + client
                                     << 400 << "invalid_grant" << 9002313;
    QTest::newRow("unknown device code")
        << QStringLiteral("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"
                          "&device_code=nope") +
               client
        << 400 << "bad_verification_code" << 70000;
}

void TestSimIdentity::tokenRequestErrors() {
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, aadsts);
    const HttpReply reply =
        m_sim->request("POST", QStringLiteral("/organizations/oauth2/v2.0/token"), body.toLatin1(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), error);
    QCOMPARE(firstErrorCode(reply), aadsts);
}

void TestSimIdentity::tenantSegments_data() {
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("organizations") << "organizations" << true;
    QTest::newRow("common") << "common" << true;
    QTest::newRow("domain") << "contoso.example" << true;
    QTest::newRow("initial domain") << "contoso.onmicrosoft.example" << true;
    QTest::newRow("id") << "" << true;
    QTest::newRow("other domain") << "fabrikam.example" << false;
    QTest::newRow("other id") << "00000000-0000-0000-0000-000000000001" << false;
}

void TestSimIdentity::tenantSegments() {
    QFETCH(QString, tenant);
    QFETCH(bool, accepted);
    if (tenant.isEmpty())
        tenant = m_sim->tenantId();
    const HttpReply reply =
        m_sim->request("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
                       formBody({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                 {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
                                 {QStringLiteral("password"), QStringLiteral("demo")},
                                 {QStringLiteral("scope"), QStringLiteral("openid")}}),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, accepted ? 200 : 400);
    if (!accepted)
        QCOMPARE(firstErrorCode(reply), 90002);
}

void TestSimIdentity::scopesMapToGraphNames() {
    HttpReply r =
        passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"),
                      QStringLiteral("https://graph.microsoft.com/User.Read.All Group.Read.All openid"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("User.Read.All Group.Read.All openid"));
    QVERIFY(!r.json().contains(QStringLiteral("refresh_token")));
    const sim::AccessGrant grant = m_sim->server().world().directory.accessTokens.value(
        r.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(grant.scopes, (QStringList{QStringLiteral("User.Read.All"), QStringLiteral("Group.Read.All")}));
    QCOMPARE(grant.clientId, clientId);
    r = passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"),
                      QStringLiteral("https://graph.microsoft.com/.default"));
    QCOMPARE(r.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral(
                 "Application.ReadWrite.All AppRoleAssignment.ReadWrite.All Synchronization.ReadWrite.All "
                 "User.Read.All Group.Read.All Directory.Read.All"));
    QVERIFY(!r.json().contains(QStringLiteral("id_token")));
}

void TestSimIdentity::refreshTokensRotateAndOldStaysValid() {
    const HttpReply first =
        redeem(*m_sim, queryValue(signInThroughPages(*m_sim, {}), QStringLiteral("code")));
    const QString rt1 = first.json().value(QStringLiteral("refresh_token")).toString();
    const HttpReply second = refreshGrant(*m_sim, rt1);
    QCOMPARE(second.status, 200);
    const QString rt2 = second.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    QVERIFY(second.json().value(QStringLiteral("access_token")).toString() !=
            first.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(refreshGrant(*m_sim, rt1).status, 200);
    QCOMPARE(refreshGrant(*m_sim, rt2).status, 200);
    const HttpReply me = m_sim->graph("GET", QStringLiteral("/me"), {},
                                      second.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.status, 200);
    // A narrower refresh is allowed.
    const HttpReply narrower =
        refreshGrant(*m_sim, rt2, QStringLiteral("https://graph.microsoft.com/User.Read.All"));
    QCOMPARE(narrower.status, 200);
    QCOMPARE(narrower.json().value(QStringLiteral("scope")).toString(), QStringLiteral("User.Read.All"));
}

void TestSimIdentity::revokedRefreshTokenIsRejected() {
    const HttpReply token =
        passwordGrant(*m_sim, QStringLiteral("user@contoso.example"), QStringLiteral("demo"),
                      QStringLiteral("User.Read.All offline_access"));
    const QString rt = token.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt.isEmpty());
    QCOMPARE(refreshGrant(*m_sim, rt).status, 200);
    const HttpReply revoke = m_sim->request("POST", QStringLiteral("/_sim/identity/revokeSessions"),
                                            R"({"userPrincipalName":"user@contoso.example"})",
                                            {{"Content-Type", "application/json"}});
    QCOMPARE(revoke.status, 200);
    QVERIFY(revoke.json().value(QStringLiteral("revokedRefreshTokens")).toInt() >= 2);
    const HttpReply rejected = refreshGrant(*m_sim, rt);
    QCOMPARE(rejected.status, 400);
    QCOMPARE(rejected.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(firstErrorCode(rejected), 50173);
}

void TestSimIdentity::refreshCannotWidenScopes() {
    const HttpReply token =
        passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"),
                      QStringLiteral("User.Read.All offline_access"));
    const HttpReply wider =
        refreshGrant(*m_sim, token.json().value(QStringLiteral("refresh_token")).toString(),
                     QStringLiteral("https://graph.microsoft.com/Application.ReadWrite.All"));
    QCOMPARE(wider.status, 400);
    QCOMPARE(firstErrorCode(wider), 65001);
}

void TestSimIdentity::shortTokenLifetimeExpiresThenRefreshWorks() {
    sim::SimOptions options;
    options.tokenLifetimeS = 1;
    startSim(options);
    const HttpReply token =
        passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"),
                      QStringLiteral("https://graph.microsoft.com/.default offline_access"));
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 1);
    const QString at = token.json().value(QStringLiteral("access_token")).toString();
    HttpReply me;
    // The token dies one second after issue; poll until the simulator says so.
    QVERIFY(QTest::qWaitFor(
        [&] {
            me = m_sim->graph("GET", QStringLiteral("/me"), {}, at);
            return me.status == 401;
        },
        30000));
    QCOMPARE(me.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!me.header("www-authenticate").isEmpty());
    m_sim->server().options().tokenLifetimeS = 3600;
    const HttpReply refreshed =
        refreshGrant(*m_sim, token.json().value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_sim
                 ->graph("GET", QStringLiteral("/me"), {},
                         refreshed.json().value(QStringLiteral("access_token")).toString())
                 .status,
             200);
}

void TestSimIdentity::deviceCodeFlow() {
    const HttpReply start =
        postForm(*m_sim, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                 {{QStringLiteral("client_id"), clientId},
                  {QStringLiteral("scope"), QStringLiteral(".default offline_access openid")}});
    QCOMPARE(start.status, 200);
    const QJsonObject d = start.json();
    const QString userCode = d.value(QStringLiteral("user_code")).toString();
    QCOMPARE(userCode.size(), 9);
    QCOMPARE(d.value(QStringLiteral("verification_uri")).toString(),
             m_sim->baseUrl().toString() + QStringLiteral("/devicelogin"));
    QCOMPARE(d.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(d.value(QStringLiteral("interval")).toInt(), 5);
    QVERIFY(d.value(QStringLiteral("message")).toString().contains(userCode));
    const QString deviceCode = d.value(QStringLiteral("device_code")).toString();
    auto poll = [&] {
        return postForm(
            *m_sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("client_id"), clientId},
             {QStringLiteral("device_code"), deviceCode}});
    };
    HttpReply pending = poll();
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("authorization_pending"));

    const HttpReply entry = m_sim->request("GET", QStringLiteral("/devicelogin"));
    QVERIFY(hasElementId(entry.body, "otc"));
    const HttpReply wrong =
        postForm(*m_sim, formAction(entry.body), {{QStringLiteral("otc"), QStringLiteral("ZZZZZZZZZ")}});
    QVERIFY(wrong.body.contains("That code didn't work"));
    const HttpReply signIn =
        postForm(*m_sim, formAction(entry.body), {{QStringLiteral("otc"), userCode.toLower()}});
    QVERIFY(hasElementId(signIn.body, "password"));
    const HttpReply consent =
        postForm(*m_sim, formAction(signIn.body),
                 {{QStringLiteral("ctx"), inputValue(signIn.body, QStringLiteral("ctx"))},
                  {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
                  {QStringLiteral("password"), QStringLiteral("demo")}});
    QVERIFY(hasElementId(consent.body, "accept"));
    QCOMPARE(poll().json().value(QStringLiteral("error")).toString(),
             QStringLiteral("authorization_pending"));
    const HttpReply done =
        postForm(*m_sim, formAction(consent.body),
                 {{QStringLiteral("flow"), inputValue(consent.body, QStringLiteral("flow"))},
                  {QStringLiteral("accept"), QStringLiteral("Accept")}});
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("You have signed in"));
    const HttpReply token = poll();
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(jwtClaims(token.json().value(QStringLiteral("id_token")).toString())
                 .value(QStringLiteral("preferred_username"))
                 .toString(),
             QStringLiteral("admin@contoso.example"));
    QCOMPARE(poll().json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSimIdentity::deviceCodeDeclined() {
    const HttpReply start = postForm(
        *m_sim, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("scope"), QStringLiteral("openid")}});
    const QString userCode = start.json().value(QStringLiteral("user_code")).toString();
    QByteArray cookie;
    QCOMPARE(signInThroughPages(*m_sim, {}, QStringLiteral("user@contoso.example"), &cookie).status, 302);
    // Signed in already: the code leads straight to the consent page.
    const HttpReply consent =
        postForm(*m_sim, QStringLiteral("/devicelogin"), {{QStringLiteral("otc"), userCode}}, cookie);
    QVERIFY(hasElementId(consent.body, "cancel"));
    QVERIFY(consent.body.contains("user@contoso.example"));
    const HttpReply declined =
        postForm(*m_sim, formAction(consent.body),
                 {{QStringLiteral("flow"), inputValue(consent.body, QStringLiteral("flow"))},
                  {QStringLiteral("cancel"), QStringLiteral("Cancel")}});
    QVERIFY(hasElementId(declined.body, "declined"));
    const HttpReply poll = postForm(
        *m_sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("device_code"), start.json().value(QStringLiteral("device_code")).toString()}});
    QCOMPARE(poll.json().value(QStringLiteral("error")).toString(), QStringLiteral("authorization_declined"));
    const HttpReply missing = postForm(*m_sim, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                                       {{QStringLiteral("client_id"), clientId}});
    QCOMPARE(firstErrorCode(missing), 900144);
}

void TestSimIdentity::signInWithReturnTo() {
    const QString path =
        QStringLiteral("/contoso.example/signin?return_to=%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("/apps/saml?appid=42&x=1"))));
    const HttpReply form = m_sim->request("GET", path);
    QCOMPARE(form.status, 200);
    QVERIFY(hasElementId(form.body, "username"));
    const HttpReply back = postForm(*m_sim, formAction(form.body),
                                    {{QStringLiteral("ctx"), inputValue(form.body, QStringLiteral("ctx"))},
                                     {QStringLiteral("username"), QStringLiteral("user@contoso.example")},
                                     {QStringLiteral("password"), QStringLiteral("demo")}});
    QCOMPARE(back.status, 302);
    QCOMPARE(back.header("location"), QByteArray("/apps/saml?appid=42&x=1"));
    const QByteArray cookie = sessionCookie(back);
    const QString session = QString::fromLatin1(cookie.mid(cookie.indexOf('=') + 1));
    QCOMPARE(m_sim->server().world().directory.browserSessions.value(session),
             m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->id);
    const HttpReply direct = m_sim->request("GET", path, {}, {{"Cookie", cookie}});
    QCOMPARE(direct.status, 302);
    QCOMPARE(direct.header("location"), QByteArray("/apps/saml?appid=42&x=1"));
    const HttpReply absolute = m_sim->request(
        "GET", QStringLiteral("/contoso.example/signin?return_to=https%3A%2F%2Fevil.example%2F"));
    QCOMPARE(absolute.status, 400);
    // A forged continuation cannot turn the sign-in into an open redirect.
    const HttpReply forged = postForm(*m_sim, formAction(form.body),
                                      {{QStringLiteral("ctx"), QStringLiteral("return://evil.example/x")},
                                       {QStringLiteral("username"), QStringLiteral("user@contoso.example")},
                                       {QStringLiteral("password"), QStringLiteral("demo")}});
    QCOMPARE(forged.status, 400);
    QVERIFY(forged.header("location").isEmpty());
}

void TestSimIdentity::stateSurvivesTheRoundTrip() {
    AuthorizeParams p;
    p.state = QStringLiteral("a b&c=d/%+é");
    const HttpReply redirect = signInThroughPages(*m_sim, p);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(queryValue(redirect, QStringLiteral("state")), p.state);
    p.challenge = QString();
    const HttpReply error = m_sim->request("GET", authorizePath(p));
    QCOMPARE(queryValue(error, QStringLiteral("state")), p.state);
}

void TestSimIdentity::logoutEndsTheBrowserSession() {
    QByteArray cookie;
    QCOMPARE(signInThroughPages(*m_sim, {}, QStringLiteral("admin@contoso.example"), &cookie).status, 302);
    const HttpReply out = m_sim->request(
        "GET",
        QStringLiteral(
            "/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A9%2Fbye"),
        {}, {{"Cookie", cookie}});
    QCOMPARE(out.status, 302);
    QCOMPARE(out.header("location"), QByteArray("http://localhost:9/bye"));
    QVERIFY(out.header("set-cookie").startsWith("ESTSAUTH=;"));
    QVERIFY(m_sim->server().world().directory.browserSessions.isEmpty());
    const HttpReply form = m_sim->request("GET", authorizePath({}), {}, {{"Cookie", cookie}});
    QCOMPARE(form.status, 200);
    QVERIFY(hasElementId(form.body, "password"));
    const HttpReply page = m_sim->request(
        "GET", QStringLiteral(
                   "/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example"));
    QCOMPARE(page.status, 200);
    QVERIFY(hasElementId(page.body, "signed-out"));
}

void TestSimIdentity::openIdConfiguration() {
    const HttpReply r =
        m_sim->request("GET", QStringLiteral("/contoso.example/v2.0/.well-known/openid-configuration"));
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.json();
    const QString base = m_sim->baseUrl().toString();
    QCOMPARE(c.value(QStringLiteral("issuer")).toString(),
             base + u'/' + m_sim->tenantId() + QStringLiteral("/v2.0"));
    QCOMPARE(c.value(QStringLiteral("authorization_endpoint")).toString(),
             base + QStringLiteral("/contoso.example/oauth2/v2.0/authorize"));
    QCOMPARE(c.value(QStringLiteral("token_endpoint")).toString(),
             base + QStringLiteral("/contoso.example/oauth2/v2.0/token"));
    QCOMPARE(c.value(QStringLiteral("device_authorization_endpoint")).toString(),
             base + QStringLiteral("/contoso.example/oauth2/v2.0/devicecode"));
    QCOMPARE(c.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
             QJsonArray{QStringLiteral("S256")});
    QCOMPARE(m_sim->request("GET", QStringLiteral("/fabrikam.example/v2.0/.well-known/openid-configuration"))
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestSimIdentity)
#include "tst_sim_identity.moc"
