// A scripted setup that sends every kind of secret the simulator meets — password, access/refresh/id tokens,
// authorization code and PKCE verifier, device and user codes, client secret, SCIM secret token (sync secrets
// and Test Connection), SAMLResponse, Insightly's API key, an uploaded private key — and then greps the
// request log for each of them, plain and percent-encoded: zero hits.
#include "AppsTestWorld.h"
#include "IdentityTestFlow.h"
#include "SimFixture.h"

#include <QTemporaryDir>

using namespace appstest;
using testsupport::HttpReply;

class TestSimRequestLogSecrets : public QObject
{
    Q_OBJECT
private slots:
    void noSecretInTheRequestLog();
    void secretsRouteListsWhatTheWorldIssuedAndReceived();
};

// GET /_sim/secrets: what a leak search needs to look for — each token, code and verifier of the run, by
// kind.
void TestSimRequestLogSecrets::secretsRouteListsWhatTheWorldIssuedAndReceived()
{
    testsupport::SimFixture sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    prepareWorld(sim.server());
    HttpReply reply = identitytest::passwordGrant(
        sim, QStringLiteral("admin@contoso.example"), sim.server().options().password,
        QStringLiteral("https://graph.microsoft.com/.default openid profile offline_access"));
    QCOMPARE(reply.status, 200);
    QMultiHash<QString, QString> expected{
        {QStringLiteral("access-token"), reply.json().value(QStringLiteral("access_token")).toString()},
        {QStringLiteral("refresh-token"), reply.json().value(QStringLiteral("refresh_token")).toString()}};
    reply = identitytest::signInThroughPages(sim, identitytest::AuthorizeParams());
    const QString code = identitytest::queryValue(reply, QStringLiteral("code"));
    QVERIFY2(!code.isEmpty(), reply.body.constData());
    reply = identitytest::redeem(sim, code);
    QCOMPARE(reply.status, 200);
    expected.insert(QStringLiteral("authorization-code"), code);
    expected.insert(QStringLiteral("pkce-verifier"), identitytest::makePkce().verifier);
    expected.insert(QStringLiteral("access-token"),
                    reply.json().value(QStringLiteral("access_token")).toString());

    reply = sim.request("GET", QStringLiteral("/_sim/secrets"));
    QCOMPARE(reply.status, 200);
    QMultiHash<QString, QString> listed;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("secrets")).toArray())
        listed.insert(v.toObject().value(QStringLiteral("kind")).toString(),
                      v.toObject().value(QStringLiteral("value")).toString());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY(!it.value().isEmpty());
        QVERIFY2(listed.values(it.key()).contains(it.value()), qPrintable(it.key()));
    }
}

void TestSimRequestLogSecrets::noSecretInTheRequestLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.password = QStringLiteral("Pw-unique-7781!");
    options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
    testsupport::SimFixture sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    prepareWorld(sim.server());
    QStringList secrets{options.password};
    const QString scope =
        QStringLiteral("https://graph.microsoft.com/.default openid profile offline_access");

    // Resource-owner password grant, then the refresh grant.
    HttpReply reply =
        identitytest::passwordGrant(sim, QStringLiteral("admin@contoso.example"), options.password, scope);
    QCOMPARE(reply.status, 200);
    const QString refresh = reply.json().value(QStringLiteral("refresh_token")).toString();
    secrets << reply.json().value(QStringLiteral("access_token")).toString() << refresh
            << reply.json().value(QStringLiteral("id_token")).toString();
    reply = identitytest::refreshGrant(sim, refresh);
    QCOMPARE(reply.status, 200);
    secrets << reply.json().value(QStringLiteral("access_token")).toString()
            << reply.json().value(QStringLiteral("refresh_token")).toString();

    // Authorization code with PKCE, through the sign-in pages.
    reply = identitytest::signInThroughPages(sim, identitytest::AuthorizeParams());
    const QString code = identitytest::queryValue(reply, QStringLiteral("code"));
    QVERIFY2(!code.isEmpty(), reply.body.constData());
    reply = identitytest::redeem(sim, code);
    QCOMPARE(reply.status, 200);
    secrets << code << identitytest::makePkce().verifier
            << reply.json().value(QStringLiteral("access_token")).toString();

    // Device code: the codes, and a poll with the device code.
    reply = identitytest::postForm(
        sim, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        {{QStringLiteral("client_id"), identitytest::clientId}, {QStringLiteral("scope"), scope}});
    QCOMPARE(reply.status, 200);
    const QString deviceCode = reply.json().value(QStringLiteral("device_code")).toString();
    const QString userCode = reply.json().value(QStringLiteral("user_code")).toString();
    secrets << deviceCode << userCode;
    identitytest::postForm(
        sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), identitytest::clientId},
         {QStringLiteral("device_code"), deviceCode}});
    identitytest::postForm(sim, QStringLiteral("/devicelogin"),
                           {{QStringLiteral("otc"), userCode}, {QStringLiteral("user_code"), userCode}});

    // A confidential client's secret (refused: the simulated client is public, but it is logged).
    const QString clientSecret = QStringLiteral("Qx8~client-secret-value-0042");
    secrets << clientSecret;
    identitytest::postForm(sim, QStringLiteral("/organizations/oauth2/v2.0/token"),
                           {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_id"), identitytest::clientId},
                            {QStringLiteral("client_secret"), clientSecret}});

    // Provisioning secrets: saved secrets and Test Connection, the SCIM token in key/value pairs.
    const CreatedApp app = instantiateInsightly(sim);
    QVERIFY(!app.servicePrincipalId.isEmpty());
    const QString scimToken = QStringLiteral("scim-secret-token-9f3e1c");
    secrets << scimToken;
    const QString sync = QStringLiteral("/servicePrincipals/%1/synchronization").arg(app.servicePrincipalId);
    reply =
        sim.graph("POST", sync + QStringLiteral("/jobs"),
                  QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}}, kAdminToken);
    QCOMPARE(reply.status, 201);
    const QString jobId = reply.json().value(QStringLiteral("id")).toString();
    const QJsonArray credentials{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                    {QStringLiteral("value"), sim.baseUrl().toString() + QStringLiteral("/scim/v2")}},
        QJsonObject{{QStringLiteral("value"), scimToken},
                    {QStringLiteral("key"), QStringLiteral("SecretToken")}}};
    QCOMPARE(sim.graph("PUT", sync + QStringLiteral("/secrets"),
                       QJsonObject{{QStringLiteral("value"), credentials}}, kAdminToken)
                 .status,
             204);
    sim.graph("POST", sync + QStringLiteral("/jobs/%1/validateCredentials").arg(jobId),
              QJsonObject{{QStringLiteral("useSavedCredentials"), false},
                          {QStringLiteral("credentials"), credentials}},
              kAdminToken);
    // A SCIM call with the token in the query string, as a careless client might send it.
    sim.request("GET", QStringLiteral("/scim/v2/Users?token=") + scimToken);

    // Insightly: password sign-in, an uploaded private key, a SAML response, the API key in a query.
    const sim::InsightlyState &insightly = sim.server().world().insightly;
    secrets << insightly.apiKey;
    const QHash<QByteArray, QByteArray> formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    sim.request("POST", QStringLiteral("/User/Login"),
                identitytest::formBody({{QStringLiteral("email"), insightly.adminEmail},
                                        {QStringLiteral("password"), options.password}}),
                formType);
    const QByteArray keyBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7secretkeymaterial";
    secrets << QString::fromLatin1(keyBody);
    const QByteArray boundary = "----SecretsTest";
    sim.request("POST", QStringLiteral("/settings/Saml/Certificate"),
                "--" + boundary +
                    "\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"key.pem\"\r\n\r\n"
                    "-----BEGIN PRIVATE KEY-----\n" +
                    keyBody + "\n-----END PRIVATE KEY-----\r\n--" + boundary + "--\r\n",
                {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    const QString samlResponse = QStringLiteral("PHNhbWxwOlJlc3BvbnNlIElEPSJfc2VjcmV0LXJlc3BvbnNlIi8+");
    secrets << samlResponse;
    sim.request("POST", QStringLiteral("/user/saml?instanceId=") + insightly.instanceId,
                identitytest::formBody({{QStringLiteral("SAMLResponse"), samlResponse},
                                        {QStringLiteral("RelayState"), QString()}}),
                formType);
    sim.request("GET", QStringLiteral("/v3.1/Users?apiKey=") + insightly.apiKey);

    QFile log(options.requestLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(text.count('\n') >= 15);
    QVERIFY(text.contains("REDACTED"));
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 8);
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret.left(12)));
        QVERIFY2(!text.contains(QUrl::toPercentEncoding(secret)), qPrintable(secret.left(12)));
    }
    // Readable by the user only.
    QCOMPARE(log.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestSimRequestLogSecrets)
#include "tst_sim_request_log_secrets.moc"
