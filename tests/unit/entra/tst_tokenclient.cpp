#include "AwaitHelpers.h"
#include "EndpointsServedBy.h"
#include "ScriptedHttpServer.h"
#include "entra/SignInErrors.h"
#include "entra/TokenClient.h"

#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace insightly::entra;

namespace {

QUrlQuery formOf(const RecordedRequest &request)
{
    QUrlQuery form(QString::fromUtf8(request.body));
    return form;
}

QString formValue(const RecordedRequest &request, const char *name)
{
    return formOf(request).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpointsPerCloud_data();
    void endpointsPerCloud();
    void authorizeUrlCarriesPkceAndOptions();
    void redirectMatching_data();
    void redirectMatching();
    void redirectParsing();
    void completeSignInRedeemsCodeWithVerifier();
    void completeSignInRefusesForeignState();
    void redirectErrorIsReported();
    void tokenErrorIsParsed();
    void refreshSendsRefreshToken();
    void deviceCodeIsPolledUntilDone();
    void deviceCodeDeclinedEndsPolling();
    void deviceCodePollingCanBeCancelled();

private:
    TokenClient *makeClient(const ClientRegistration &client = ClientRegistration::defaultClient());

    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TestTokenClient::init()
{
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager(this);
}

void TestTokenClient::cleanup()
{
    delete m_server;
    delete m_network;
}

TokenClient *TestTokenClient::makeClient(const ClientRegistration &client)
{
    return new TokenClient(m_network, endpointsServedBy(m_server->baseUrl()), client,
                           QStringLiteral("contoso.example"), m_server);
}

void TestTokenClient::endpointsPerCloud_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("authorize");
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("scope");
    QTest::newRow("global") << int(Cloud::Global)
                            << QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/authorize")
                            << QStringLiteral("https://graph.microsoft.com/v1.0/servicePrincipals/1")
                            << QStringLiteral("https://graph.microsoft.com/Application.ReadWrite.All");
    QTest::newRow("usgov") << int(Cloud::UsGovernment)
                           << QStringLiteral("https://login.microsoftonline.us/t/oauth2/v2.0/authorize")
                           << QStringLiteral("https://graph.microsoft.us/v1.0/servicePrincipals/1")
                           << QStringLiteral("https://graph.microsoft.us/Application.ReadWrite.All");
    QTest::newRow("china")
        << int(Cloud::China) << QStringLiteral("https://login.chinacloudapi.cn/t/oauth2/v2.0/authorize")
        << QStringLiteral("https://microsoftgraph.chinacloudapi.cn/v1.0/servicePrincipals/1")
        << QStringLiteral("https://microsoftgraph.chinacloudapi.cn/Application.ReadWrite.All");
}

void TestTokenClient::endpointsPerCloud()
{
    QFETCH(int, cloud);
    QFETCH(QString, authorize);
    QFETCH(QString, graph);
    QFETCH(QString, scope);
    const CloudEndpoints e = CloudEndpoints::forCloud(Cloud(cloud));
    QCOMPARE(e.authorizeUrl(QStringLiteral("t")).toString(), authorize);
    QCOMPARE(e.graphUrl(QStringLiteral("/servicePrincipals/1")).toString(), graph);
    const QStringList scopes = wizardScopes(e);
    QVERIFY(scopes.contains(scope));
    QVERIFY(scopes.contains(QStringLiteral("offline_access")));
    QVERIFY(scopes.contains(QStringLiteral("openid")));
    QVERIFY(scopes.contains(QStringLiteral("profile")));
}

void TestTokenClient::authorizeUrlCarriesPkceAndOptions()
{
    TokenClient *client = makeClient();
    const SignInAttempt attempt = SignInAttempt::create();
    AuthorizeOptions options;
    options.prompt = QStringLiteral("select_account");
    options.loginHint = QStringLiteral("admin@contoso.example");
    options.domainHint = QStringLiteral("contoso.example");
    const QUrl url = client->authorizeUrl(attempt, options);
    QCOMPARE(url.path(), QStringLiteral("/contoso.example/oauth2/v2.0/authorize"));
    const QUrlQuery q(url);
    const auto value = [&q](const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QCOMPARE(value("client_id"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("redirect_uri"), QStringLiteral("http://localhost"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value("code_challenge").toLatin1(), Pkce::challengeFor(attempt.pkce.verifier));
    QCOMPARE(value("state").toLatin1(), attempt.state);
    QCOMPARE(value("nonce").toLatin1(), attempt.nonce);
    QCOMPARE(value("prompt"), options.prompt);
    QCOMPARE(value("login_hint"), options.loginHint);
    QCOMPARE(value("domain_hint"), options.domainHint);
    const QStringList scopes = value("scope").split(u' ');
    QVERIFY(scopes.contains(QStringLiteral("offline_access")));
    QVERIFY(scopes.contains(QStringLiteral("https://graph.microsoft.com/Synchronization.ReadWrite.All")));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier"))); // the verifier never leaves the process here
    // Without options nothing optional is sent.
    const QUrlQuery plain(client->authorizeUrl(attempt));
    QVERIFY(!plain.hasQueryItem(QStringLiteral("prompt")));
    QVERIFY(!plain.hasQueryItem(QStringLiteral("login_hint")));
}

void TestTokenClient::redirectMatching_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("matches");
    const QString loopback = QStringLiteral("http://localhost");
    const QString native = QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient");
    QTest::newRow("loopback exact") << loopback << QStringLiteral("http://localhost?code=1") << true;
    QTest::newRow("loopback with slash") << loopback << QStringLiteral("http://localhost/?code=1") << true;
    QTest::newRow("loopback any port")
        << loopback << QStringLiteral("http://localhost:53121/?code=1") << true;
    QTest::newRow("loopback host case") << loopback << QStringLiteral("http://LOCALHOST/?code=1") << true;
    QTest::newRow("loopback other path")
        << loopback << QStringLiteral("http://localhost/other?code=1") << false;
    QTest::newRow("loopback https") << loopback << QStringLiteral("https://localhost/?code=1") << false;
    QTest::newRow("loopback other host")
        << loopback << QStringLiteral("http://localhost.evil.example/?code=1") << false;
    QTest::newRow("ip is not localhost") << loopback << QStringLiteral("http://127.0.0.1/?code=1") << false;
    QTest::newRow("ip loopback any port")
        << QStringLiteral("http://127.0.0.1") << QStringLiteral("http://127.0.0.1:8400/?code=1") << true;
    QTest::newRow("native exact") << native << (native + QStringLiteral("?code=abc&state=s")) << true;
    QTest::newRow("native fragment") << native << (native + QStringLiteral("#code=abc&state=s")) << true;
    QTest::newRow("native other port")
        << native << QStringLiteral("https://login.microsoftonline.com:8443/common/oauth2/nativeclient")
        << false;
    QTest::newRow("native other tenant path")
        << native << QStringLiteral("https://login.microsoftonline.com/contoso/oauth2/nativeclient") << false;
    QTest::newRow("native http") << native
                                 << QStringLiteral(
                                        "http://login.microsoftonline.com/common/oauth2/nativeclient")
                                 << false;
    QTest::newRow("sign-in page itself")
        << native << QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
        << false;
}

void TestTokenClient::redirectMatching()
{
    QFETCH(QString, configured);
    QFETCH(QString, candidate);
    QFETCH(bool, matches);
    TokenClient *client = makeClient({QStringLiteral("id"), QUrl(configured)});
    QCOMPARE(client->isRedirectFor(QUrl(candidate)), matches);
}

void TestTokenClient::redirectParsing()
{
    TokenClient *client = makeClient();
    const RedirectResult ok = client->parseRedirect(
        QUrl(QStringLiteral("http://localhost:5000/?code=0.AAA%2Bb&state=s1&session_state=x")));
    QVERIFY(ok.matched);
    QCOMPARE(ok.code, QStringLiteral("0.AAA+b"));
    QCOMPARE(ok.state, QStringLiteral("s1"));
    const RedirectResult error = client->parseRedirect(QUrl(QStringLiteral(
        "http://localhost/"
        "?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent.&state=s1")));
    QCOMPARE(error.error, QStringLiteral("access_denied"));
    QCOMPARE(error.errorDescription, QStringLiteral("AADSTS65004: User declined to consent."));
    QVERIFY(error.code.isEmpty());
    const RedirectResult fragment =
        makeClient(ClientRegistration::ownClient(QStringLiteral("id")))
            ->parseRedirect(QUrl(QStringLiteral(
                "https://login.microsoftonline.com/common/oauth2/nativeclient#code=c2&state=s2")));
    QCOMPARE(fragment.code, QStringLiteral("c2"));
    QCOMPARE(fragment.state, QStringLiteral("s2"));
    QVERIFY(!client->parseRedirect(QUrl(QStringLiteral("https://example.com/?code=1"))).matched);
}

void TestTokenClient::completeSignInRedeemsCodeWithVerifier()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(200, {{QStringLiteral("access_token"), QStringLiteral("at-1")},
                                         {QStringLiteral("refresh_token"), QStringLiteral("rt-1")},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("expires_in"), 3599}});
    });
    TokenClient *client = makeClient();
    const SignInAttempt attempt = SignInAttempt::create();
    QUrl redirect(QStringLiteral("http://localhost:1234/"));
    redirect.setQuery(QStringLiteral("code=the-code&state=") + QString::fromLatin1(attempt.state));
    const TokenResponse tokens = QCoro::waitFor(client->completeSignIn(attempt, redirect));
    QVERIFY(tokens.ok());
    QCOMPARE(tokens.accessToken, QStringLiteral("at-1"));
    QCOMPARE(tokens.refreshToken, QStringLiteral("rt-1"));
    QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QCOMPARE(m_server->requests.size(), 1);
    const RecordedRequest &sent = m_server->requests.first();
    QCOMPARE(sent.path(), QStringLiteral("/contoso.example/oauth2/v2.0/token"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(formValue(sent, "grant_type"), QStringLiteral("authorization_code"));
    QCOMPARE(formValue(sent, "code"), QStringLiteral("the-code"));
    QCOMPARE(formValue(sent, "code_verifier").toLatin1(), attempt.pkce.verifier);
    QCOMPARE(formValue(sent, "redirect_uri"), QStringLiteral("http://localhost"));
    QCOMPARE(formValue(sent, "client_id"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    QVERIFY(!formOf(sent).hasQueryItem(QStringLiteral("client_secret")));
}

void TestTokenClient::completeSignInRefusesForeignState()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(500, {}); });
    const SignInAttempt attempt = SignInAttempt::create();
    const TokenResponse tokens = QCoro::waitFor(makeClient()->completeSignIn(
        attempt, QUrl(QStringLiteral("http://localhost/?code=c&state=someone-else"))));
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error.error, QStringLiteral("state_mismatch"));
    QCOMPARE(m_server->requests.size(), 0); // never redeemed
}

void TestTokenClient::redirectErrorIsReported()
{
    const SignInAttempt attempt = SignInAttempt::create();
    const TokenResponse tokens = QCoro::waitFor(makeClient()->completeSignIn(
        attempt, QUrl(QStringLiteral(
                     "http://localhost/?error=access_denied&error_description=AADSTS65004%3A+declined"))));
    QCOMPARE(tokens.error.error, QStringLiteral("access_denied"));
    QCOMPARE(tokens.error.codes, QList<int>{65004});
    QCOMPARE(m_server->requests.size(), 0);
}

void TestTokenClient::tokenErrorIsParsed()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(400,
                                   {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                    {QStringLiteral("error_description"),
                                     QStringLiteral("AADSTS501481: The Code_Verifier does not match the "
                                                    "code_challenge supplied in the authorization request.")},
                                    {QStringLiteral("error_codes"), QJsonArray{501481}},
                                    {QStringLiteral("trace_id"), QStringLiteral("trace-1")},
                                    {QStringLiteral("correlation_id"), QStringLiteral("corr-1")}});
    });
    const TokenResponse tokens =
        QCoro::waitFor(makeClient()->redeemCode(QStringLiteral("c"), QByteArray(43, 'x')));
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error.httpStatus, 400);
    QCOMPARE(tokens.error.error, QStringLiteral("invalid_grant"));
    QCOMPARE(tokens.error.codes, QList<int>{501481});
    QCOMPARE(tokens.error.traceId, QStringLiteral("trace-1"));
    QCOMPARE(tokens.error.correlationId, QStringLiteral("corr-1"));
    const insightly::UserMessage m = SignInErrors::explain(tokens.error);
    QCOMPARE(m.code, QStringLiteral("AADSTS501481"));
    // describe() fills this client's details into the text: the consent link for a consent error.
    TokenError consent;
    consent.error = QStringLiteral("consent_required");
    QVERIFY(makeClient()->describe(consent).action.contains(
        QStringLiteral("/contoso.example/adminconsent?client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e")));
    QCOMPARE(m.requestId, QStringLiteral("corr-1"));
}

void TestTokenClient::refreshSendsRefreshToken()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(200, {{QStringLiteral("access_token"), QStringLiteral("at-2")},
                                         {QStringLiteral("refresh_token"), QStringLiteral("rt-2")},
                                         {QStringLiteral("expires_in"), 60}});
    });
    // A refresh token with characters that form encoding must escape.
    const TokenResponse tokens = QCoro::waitFor(makeClient()->refresh(QStringLiteral("rt+1/=&x")));
    QVERIFY(tokens.ok());
    QCOMPARE(formValue(m_server->requests.first(), "grant_type"), QStringLiteral("refresh_token"));
    QCOMPARE(formValue(m_server->requests.first(), "refresh_token"), QStringLiteral("rt+1/=&x"));
    QVERIFY(m_server->requests.first().body.contains("rt%2B1%2F%3D%26x"));
}

void TestTokenClient::deviceCodeIsPolledUntilDone()
{
    int polls = 0;
    m_server->setHandler([&polls](const RecordedRequest &request) {
        if (request.path().endsWith(QLatin1String("/devicecode")))
            return ScriptedReply::json(200, {{QStringLiteral("device_code"), QStringLiteral("dc-1")},
                                             {QStringLiteral("user_code"), QStringLiteral("ABCD-EFGH")},
                                             {QStringLiteral("verification_uri"),
                                              QStringLiteral("https://microsoft.com/devicelogin")},
                                             {QStringLiteral("expires_in"), 900},
                                             {QStringLiteral("interval"), 1},
                                             {QStringLiteral("message"), QStringLiteral("To sign in, …")}});
        if (++polls < 3)
            return ScriptedReply::json(400,
                                       {{QStringLiteral("error"), QStringLiteral("authorization_pending")}});
        return ScriptedReply::json(200, {{QStringLiteral("access_token"), QStringLiteral("at-d")},
                                         {QStringLiteral("expires_in"), 3599}});
    });
    TokenClient *client = makeClient();
    const DeviceCode code = QCoro::waitFor(client->startDeviceCode());
    QVERIFY(code.ok());
    QCOMPARE(code.userCode, QStringLiteral("ABCD-EFGH"));
    QCOMPARE(code.intervalS, 1);
    const TokenResponse tokens = QCoro::waitFor(client->pollDeviceCode(code));
    QVERIFY(tokens.ok());
    QCOMPARE(tokens.accessToken, QStringLiteral("at-d"));
    QCOMPARE(polls, 3);
    QCOMPARE(formValue(m_server->requests.last(), "grant_type"),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(formValue(m_server->requests.last(), "device_code"), QStringLiteral("dc-1"));
}

void TestTokenClient::deviceCodeDeclinedEndsPolling()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(400,
                                   {{QStringLiteral("error"), QStringLiteral("authorization_declined")}});
    });
    DeviceCode code;
    code.deviceCode = QStringLiteral("dc");
    code.intervalS = 1;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
    const TokenResponse tokens = QCoro::waitFor(makeClient()->pollDeviceCode(code));
    QCOMPARE(tokens.error.error, QStringLiteral("authorization_declined"));
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY(SignInErrors::explain(tokens.error).what.contains(QLatin1String("declined")));
}

void TestTokenClient::deviceCodePollingCanBeCancelled()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(400, {{QStringLiteral("error"), QStringLiteral("authorization_pending")}});
    });
    DeviceCode code;
    code.deviceCode = QStringLiteral("dc");
    code.intervalS = 1;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
    CancelToken cancel;
    bool done = false;
    TokenResponse result;
    whenDone(makeClient()->pollDeviceCode(code, &cancel), [&](TokenResponse r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests.size() >= 1, 30000);
    cancel.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(result.error.cancelled);
}

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
