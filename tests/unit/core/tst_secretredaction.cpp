#include "core/SecretRedaction.h"
#include "core/UserMessage.h"

#include <QUrl>

#include <QRandomGenerator>
#include <QTest>

using namespace insightly;

// Declared before any raw string literal: moc mis-lexes R"(…)" literals that contain quotes.
class TestSecretRedaction : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreRedacted_data();
    void secretsAreRedacted();
    void ordinaryTextIsLeftIntact_data();
    void ordinaryTextIsLeftIntact();
    void everyShapeLosesItsSecret_data();
    void everyShapeLosesItsSecret();
    void registeredSecretsAreMaskedInEveryEncoding_data();
    void registeredSecretsAreMaskedInEveryEncoding();
    void shortValuesAreNotRegistered();
    void diagnosticsAreRedacted();
    void storedUrlsLoseTheirSecrets_data();
    void storedUrlsLoseTheirSecrets();
};

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomChars(int length, const QByteArray &alphabet, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text;
    for (int n = 0; n < length; ++n)
        text += QLatin1Char(alphabet.at(random.bounded(int(alphabet.size()))));
    return text;
}

const QByteArray base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Shaped like an Entra v2 access token: RS256 header with x5t/kid, the usual claims, a 256-byte signature.
QString realisticJwt()
{
    const QByteArray header =
        R"({"typ":"JWT","nonce":"Yv3vWq0Kq8bQ2X1mZ8rP5sT7uV9wX0yZ1aB2cD3eF4g","alg":"RS256",)"
        R"("x5t":"L1KfKFI_jnXbwWc22xZxw1sUHH0","kid":"L1KfKFI_jnXbwWc22xZxw1sUHH0"})";
    const QByteArray payload =
        R"({"aud":"00000003-0000-0000-c000-000000000000","iss":"https://sts.windows.net/72f988bf-86f1-41af-91ab-)"
        R"(2d7cd011db47/","iat":1732780800,"nbf":1732780800,"exp":1732785605,"acct":0,"acr":"1","app_displayname":)"
        R"("Microsoft Graph Command Line Tools","appid":"14d82eec-204b-4c2f-b7e8-296a70dab67e","family_name":"Admin",)"
        R"("given_name":"Cloud","idtyp":"user","name":"Cloud Admin","oid":"5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c",)"
        R"("scp":"Application.ReadWrite.All Directory.Read.All Synchronization.ReadWrite.All openid profile email",)"
        R"("sub":"r9dG6aZkz2mT1cQ0bXvW8sE7yH5uJ4nK3pL2oI1qA0","tid":"72f988bf-86f1-41af-91ab-2d7cd011db47",)"
        R"("unique_name":"admin@contoso.example","upn":"admin@contoso.example","ver":"1.0","wids":)"
        R"(["158c047a-c907-4556-b7ef-446551a6b5f7"]})";
    QByteArray signature(256, '\0');
    QRandomGenerator random(7);
    for (char &byte : signature)
        byte = char(random.bounded(256));
    return QString::fromLatin1(base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(signature));
}

// Entra refresh tokens are opaque, "0.A…" or "1.A…", often well over a thousand characters.
QString realisticRefreshToken()
{
    return QStringLiteral("0.AXoAv4j5cvGGr0GRqy180BHbR-4uyBQgTCxMt-gpanDatn56AHc."
                          "AgABAAEAAAAmoFfGtYxvRrNriQdPKIZ-AgDs_") +
           randomChars(1200 - 92, base64UrlAlphabet + "..", 11);
}

QString scimToken()
{
    return randomChars(64, "0123456789abcdef", 3);
}

QString apiKey()
{
    return QStringLiteral("a3f1c2d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
}

QString codeVerifier()
{
    return randomChars(86, base64UrlAlphabet, 5);
}

} // namespace

void TestSecretRedaction::secretsAreRedacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // none may survive
    QTest::addColumn<QStringList>("kept");    // all must survive

    const QString jwt = realisticJwt();
    const QString refreshToken = realisticRefreshToken();
    const QString basic = QString::fromLatin1((apiKey() + QLatin1Char(':')).toLatin1().toBase64());
    const QString verifier = codeVerifier();
    const QString authCode =
        QStringLiteral("1.AXoAv4j5cvGGr0GRqy180BHbR") + randomChars(700, base64UrlAlphabet, 9);

    QTest::newRow("Authorization header with a JWT")
        << QStringLiteral("GET https://graph.microsoft.com/v1.0/me\nAuthorization: Bearer %1\nAccept: */*")
               .arg(jwt)
        << QStringList{jwt, jwt.left(40)}
        << QStringList{QStringLiteral("Authorization: Bearer \u00abredacted\u00bb\n"),
                       QStringLiteral("https://graph.microsoft.com/v1.0/me"), QStringLiteral("Accept: */*")};
    QTest::newRow("header pair as QDebug prints it")
        << QStringLiteral(
               R"(headers: QList(std::pair("Authorization","Bearer %1"), std::pair("Accept","*/*")))")
               .arg(jwt)
        << QStringList{jwt.mid(10, 40)} << QStringList{QStringLiteral("std::pair(\"Accept\",\"*/*\")")};
    QTest::newRow("bare JWT in a sentence")
        << QStringLiteral("got id token %1 for admin@contoso.example").arg(jwt) << QStringList{jwt.right(60)}
        << QStringList{QStringLiteral("got id token \u00abredacted\u00bb for admin@contoso.example")};
    QTest::newRow("Insightly API key in HTTP Basic")
        << QStringLiteral("GET https://api.na1.insightly.com/v3.1/Users/Me authorization: Basic %1")
               .arg(basic)
        << QStringList{basic} << QStringList{QStringLiteral("authorization: Basic \u00abredacted\u00bb")};
    QTest::newRow("SCIM token as bearer")
        << QStringLiteral(
               "SCIM probe GET https://crm.na1.insightly.com/scim/v2/Users?filter=userName+eq+%22x%22 "
               "with Bearer %1 -> 200")
               .arg(scimToken())
        << QStringList{scimToken()} << QStringList{QStringLiteral("with Bearer \u00abredacted\u00bb -> 200")};
    QTest::newRow("refresh token (1,200 characters) alone")
        << QStringLiteral("read refresh token %1 from the keychain").arg(refreshToken)
        << QStringList{refreshToken.mid(100, 50), refreshToken.right(30)}
        << QStringList{QStringLiteral("read refresh token \u00abredacted\u00bb from the keychain")};
    QTest::newRow("token endpoint form body: authorization code")
        << QStringLiteral(
               "POST /72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token "
               "client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e&grant_type=authorization_code&code=") +
               authCode +
               QStringLiteral("&redirect_uri=https%3A%2F%2Flogin.microsoftonline.com%2Fcommon%2Foauth2%2F"
                              "nativeclient&code_verifier=") +
               verifier + QStringLiteral("&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default+offline_access")
        << QStringList{authCode.right(80), verifier}
        << QStringList{
               QStringLiteral("client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e"),
               QStringLiteral("grant_type=authorization_code&code=\u00abredacted\u00bb&redirect_uri="),
               QStringLiteral("&code_verifier=\u00abredacted\u00bb&scope=https%3A%2F%2Fgraph")};
    QTest::newRow("token endpoint form body: refresh")
        << QStringLiteral(
               "client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e&grant_type=refresh_token&refresh_token=%1"
               "&scope=offline_access")
               .arg(refreshToken)
        << QStringList{refreshToken.left(80)}
        << QStringList{QStringLiteral("grant_type=refresh_token&refresh_token=\u00abredacted\u00bb&scope=")};
    QTest::newRow("password and client secret in a form body")
        << QStringLiteral("username=admin%40contoso.example&password=Tr0ub4dor%263&client_secret=Q~8Xz.abc"
                          "DEF_ghi-JKL&grant_type=password")
        << QStringList{QStringLiteral("Tr0ub4dor"), QStringLiteral("Q~8Xz.abcDEF_ghi-JKL")}
        << QStringList{QStringLiteral("username=admin%40contoso.example&password=\u00abredacted\u00bb&"),
                       QStringLiteral("&grant_type=password")};
    QTest::newRow("redirect with the code in the query")
        << QStringLiteral("navigation to https://login.microsoftonline.com/common/oauth2/nativeclient?code=%1"
                          "&state=4f1c2b3a&session_state=8a7b6c5d-1111-2222-3333-444455556666")
               .arg(authCode)
        << QStringList{authCode.left(30)}
        << QStringList{
               QStringLiteral("nativeclient?code=\u00abredacted\u00bb&state=4f1c2b3a&session_state=")};
    QTest::newRow("token response JSON")
        << QStringLiteral(
               R"({"token_type":"Bearer","scope":"Application.ReadWrite.All profile openid email",)"
               R"("expires_in":4754,"ext_expires_in":4754,"access_token":"%1","refresh_token":"%2",)"
               R"("id_token":"%1"})")
               .arg(jwt, refreshToken)
        << QStringList{jwt.left(30), refreshToken.left(30)}
        << QStringList{QStringLiteral(R"("token_type":"Bearer")"), QStringLiteral(R"("expires_in":4754)"),
                       QStringLiteral("\"access_token\":\"\u00abredacted\u00bb\""),
                       QStringLiteral("\"refresh_token\":\"\u00abredacted\u00bb\"")};
    QTest::newRow("Graph synchronization secrets PUT body")
        << QStringLiteral(
               R"(PUT /v1.0/servicePrincipals/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c/synchronization/secrets )"
               R"({"value":[{"key":"BaseAddress","value":"https://crm.na1.insightly.com/scim/v2/123456"},)"
               R"({"key":"SecretToken","value":"%1"},)"
               R"({"key":"SyncNotificationSettings","value":"{\"Enabled\":true,\"Recipients\":)"
               R"(\"admin@contoso.example\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":500}"},)"
               R"({"key":"SyncAll","value":"false"}]})")
               .arg(scimToken())
        << QStringList{scimToken()}
        << QStringList{QStringLiteral(
                           R"({"key":"BaseAddress","value":"https://crm.na1.insightly.com/scim/v2/123456"})"),
                       QStringLiteral("{\"key\":\"SecretToken\",\"value\":\"\u00abredacted\u00bb\"}"),
                       QStringLiteral(R"(\"Recipients\":\"admin@contoso.example\")"),
                       QStringLiteral(R"({"key":"SyncAll","value":"false"})")};
    QTest::newRow("validateCredentials body, value before key")
        << QStringLiteral(
               R"({"useSavedCredentials":false,"credentials":[{"value":"%1", "key":"SecretToken"}]})")
               .arg(scimToken())
        << QStringList{scimToken()}
        << QStringList{QStringLiteral("{\"value\":\"\u00abredacted\u00bb\", \"key\":\"SecretToken\"}")};
    QTest::newRow("SecretToken and secretText properties")
        << QStringLiteral(R"({"SecretToken": "%1", "secretText": "Q~8Xz.abcDEF_ghi-JKLmno", "keyId": )"
                          R"("0f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"})")
               .arg(scimToken())
        << QStringList{scimToken(), QStringLiteral("Q~8Xz.abcDEF_ghi-JKLmno")}
        << QStringList{QStringLiteral(R"("keyId": "0f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")")};
    QTest::newRow("escaped JSON inside a JSON string")
        << QStringLiteral(R"({"body":"{\"access_token\":\"%1\",\"expires_in\":3599}"})").arg(scimToken())
        << QStringList{scimToken()}
        << QStringList{
               QStringLiteral("{\\\"access_token\\\":\\\"\u00abredacted\u00bb\\\",\\\"expires_in\\\":3599}")};
    QTest::newRow("cookie header")
        << QStringLiteral("Set-Cookie: ESTSAUTH=%1; path=/; secure; HttpOnly").arg(scimToken())
        << QStringList{scimToken()} << QStringList{QStringLiteral("Set-Cookie: \u00abredacted\u00bb")};
}

void TestSecretRedaction::secretsAreRedacted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString redacted = redactSecrets(text);
    for (const QString &secret : secrets)
        QVERIFY2(!redacted.contains(secret), qPrintable(QStringLiteral("secret survived in: ") + redacted));
    for (const QString &part : kept)
        QVERIFY2(redacted.contains(part),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(part, redacted)));
    QVERIFY(redacted.contains(redactionMarker()));
    QCOMPARE(redactSecrets(redacted), redacted); // idempotent: diagnostics may be redacted twice
}

void TestSecretRedaction::ordinaryTextIsLeftIntact_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Graph URL with GUIDs and a query") << QStringLiteral(
        "GET https://graph.microsoft.com/v1.0/servicePrincipals/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"
        "/synchronization/jobs?$select=id,status&$top=999&$skiptoken=RFNwdAIAAQAAACM6");
    QTest::newRow("thumbprint and expiry") << QStringLiteral(
        "active certificate 3A1F9C0B7D2E4F6A8B0C1D2E3F4A5B6C7D8E9F01 expires 2029-11-28T17:30:05Z");
    QTest::newRow("e-mails") << QStringLiteral("notify it-admin@contoso.example; sso+alerts@contoso.example");
    QTest::newRow("Graph error JSON") << QStringLiteral(
        R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges )"
        R"(to complete the operation.","innerError":{"date":"2026-11-28T10:00:00","request-id":)"
        R"("9f0e1d2c-3b4a-4958-8677-a6b5c4d3e2f1","client-request-id":)"
        R"("9f0e1d2c-3b4a-4958-8677-a6b5c4d3e2f1"}}})");
    QTest::newRow("authorize URL with PKCE challenge")
        << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id="
                          "14d82eec-204b-4c2f-b7e8-296a70dab67e&response_type=code&response_mode=query&scope="
                          "openid+offline_access&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                          "&code_challenge_method=S256&state=4f1c2b3a&prompt=select_account");
    QTest::newRow("token response metadata") << QStringLiteral(
        R"({"token_type":"Bearer","expires_in":3599,"scope":"User.Read"} grant_type=refresh_token)");
    QTest::newRow("WWW-Authenticate challenge") << QStringLiteral(
        R"(WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.)"
        R"(com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000")");
    QTest::newRow("AADSTS message") << QStringLiteral(
        "AADSTS50076: Due to a configuration change made by your administrator, or because you "
        "moved to a new location, you must use multi-factor authentication. Trace ID: "
        "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d Correlation ID: 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
    QTest::newRow("prose with auth words") << QStringLiteral(
        "Basic SAML setup done; the bearer of this token type is Entra. HTTP status code=404, "
        "Authorization_RequestDenied, version 1.2.37");
    QTest::newRow("public certificate in Base64") << QStringLiteral(
        "MIIC8DCCAdigAwIBAgIQQf5yaz9mYp1Hn0Y9v2KxXjANBgkqhkiG9w0BAQsFADA0MTIwMAYDVQQDEylNaWNy");
    QTest::newRow("SCIM base address and job id") << QStringLiteral(
        "https://crm.na1.insightly.com/scim/v2/123456 job Insightly.72f988bf86f141af91ab2d7cd011db47.x1");
}

void TestSecretRedaction::ordinaryTextIsLeftIntact()
{
    QFETCH(QString, text);
    QCOMPARE(redactSecrets(text), text);
}

// The shapes secrets were seen in, one log line each: the secret must be gone, whatever surrounds it. No
// secret here is registered: this is what the pattern rules catch on their own.
void TestSecretRedaction::everyShapeLosesItsSecret_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    clearRegisteredSecretsForTesting();

    const QString s = QStringLiteral("Zx9Qw7Er5Ty3Ui1Op0As2Df4Gh6Jk8Lz"); // 32 characters, no known shape
    const QString hex = scimToken();
    const QString jwt = realisticJwt();
    const QString basic = QString::fromLatin1(QByteArray("a3f1c2d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d:").toBase64());
    const auto row = [](const char *name, const QString &line, const QString &secret) {
        QTest::newRow(name) << line << secret;
    };
    row("Authorization: Token", QStringLiteral("Authorization: Token %1").arg(s), s);
    row("Authorization: SSWS", QStringLiteral("Authorization: SSWS %1").arg(s), s);
    row("Authorization: Basic", QStringLiteral("authorization: Basic %1").arg(basic), basic);
    row("Authorization: Bearer hex", QStringLiteral("Authorization: Bearer %1\r\nAccept: */*").arg(hex), hex);
    row("Authorization without a scheme", QStringLiteral("Authorization: %1").arg(s), s);
    row("Proxy-Authorization", QStringLiteral("Proxy-Authorization: Negotiate %1").arg(s), s);
    row("header pair Token", QStringLiteral("std::pair(\"Authorization\",\"Token %1\")").arg(s), s);
    row("QDebug header list", QStringLiteral("QList((\"Authorization\", \"SSWS %1\"), (\"Accept\", \"*/*\"))").arg(s), s);
    row("SSWS in prose", QStringLiteral("calling Okta with SSWS %1 now").arg(s), s);
    row("QDebug QMap of strings",
        QStringLiteral("QMap((\"access_token\", \"%1\")(\"expires_in\", \"3599\"))").arg(s), s);
    row("QDebug QVariantMap", QStringLiteral("QMap((\"refresh_token\", QVariant(QString, \"%1\")))").arg(s), s);
    row("QDebug QUrlQuery code",
        QStringLiteral("QUrlQuery((\"code\", \"%1%1\")(\"state\", \"4f1c2b3a\"))").arg(s), s);
    row("QDebug QUrlQuery token", QStringLiteral("QUrlQuery((\"token\", \"%1\"))").arg(s), s);
    row("QDebug QHash secret", QStringLiteral("QHash((\"secret\", \"%1\"))").arg(s), s);
    row("URL-encoded code%3D",
        QStringLiteral("redirect_uri=https%3A%2F%2Fapp%3Fcode%3D%1%26state%3Dabc").arg(s), s);
    row("twice URL-encoded code%253D", QStringLiteral("next=%2Fcb%253Fcode%253D%1%2526x%253D1").arg(s), s);
    row("URL-encoded access_token%3D", QStringLiteral("u=https%3A%2F%2Fa%2F%3Faccess_token%3D%1").arg(s), s);
    row("x-api-key header", QStringLiteral("x-api-key: %1").arg(s), s);
    row("X-API-Key header pair", QStringLiteral("(\"X-API-Key\", \"%1\")").arg(s), s);
    row("api-key query", QStringLiteral("GET /v1/x?api-key=%1&page=2").arg(s), s);
    row("api_key query", QStringLiteral("GET /v1/x?api_key=%1").arg(s), s);
    row("access-token query", QStringLiteral("https://crm.example/scim?access-token=%1").arg(s), s);
    row("key query", QStringLiteral("https://maps.example/api?key=%1&q=x").arg(s), s);
    row("sig query (SAS)",
        QStringLiteral("https://acct.blob.core.windows.net/c/b?sv=2021&sr=b&sig=%1%%2F%%3D&se=2026").arg(s), s);
    row("token query on a SCIM URL", QStringLiteral("https://crm.na1.insightly.com/scim/v2/1?token=%1").arg(s), s);
    row("\"secret\" JSON", QStringLiteral("{\"id\":\"1\",\"secret\":\"%1\"}").arg(s), s);
    row("\"password\" JSON", QStringLiteral("{\"userName\":\"a@b.example\",\"password\":\"%1\"}").arg(s), s);
    row("\"secret\" escaped JSON", QStringLiteral("\"{\\\"secret\\\":\\\"%1\\\"}\"").arg(s), s);
    row("SAMLResponse form field", QStringLiteral("RelayState=x&SAMLResponse=PHNhbWxwOl%1%%3D%%3D").arg(s), s);
    row("SAMLResponse JSON", QStringLiteral("{\"SAMLResponse\":\"PHNhbWxw%1\"}").arg(s), s);
    row("password in URL user-info", QStringLiteral("proxy http://admin:%1@proxy.example:3128/").arg(s), s);
    row("password in https user-info", QStringLiteral("https://svc:%1@crm.example/scim/v2").arg(s), s);
    row("sync secret, value right after key",
        QStringLiteral("[{\"key\":\"SecretToken\",\"value\":\"%1\"}]").arg(hex), hex);
    row("sync secret, value before key", QStringLiteral("[{\"value\":\"%1\",\"key\":\"SecretToken\"}]").arg(hex), hex);
    row("sync secret, a member between",
        QStringLiteral("[{\"key\":\"SecretToken\",\"encrypted\":false,\"value\":\"%1\"}]").arg(hex), hex);
    row("sync secret, member between, value first",
        QStringLiteral("[{\"value\":\"%1\", \"type\":\"String\", \"key\":\"SecretToken\"}]").arg(hex), hex);
    row("sync secret escaped, member between",
        QStringLiteral("\"{\\\"key\\\":\\\"SecretToken\\\",\\\"x\\\":1,\\\"value\\\":\\\"%1\\\"}\"").arg(hex), hex);
    row("sync Password key", QStringLiteral("{\"key\":\"Password\",\"value\":\"%1\"}").arg(s), s);
    row("client_secret form", QStringLiteral("client_id=1&client_secret=%1&scope=x").arg(s), s);
    row("device_code form", QStringLiteral("grant_type=device_code&device_code=%1").arg(s), s);
    row("JWT in a QDebug QString", QStringLiteral("token: \"%1\"").arg(jwt), jwt);
    row("Cookie header", QStringLiteral("Cookie: ESTSAUTHPERSISTENT=%1; x=y").arg(s), s);
}

void TestSecretRedaction::everyShapeLosesItsSecret()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = redactSecrets(line);
    QVERIFY2(!redacted.contains(secret.left(16)) && !redacted.contains(secret.right(16)),
             qPrintable(QStringLiteral("secret survived in: ") + redacted));
    QVERIFY2(redacted.contains(redactionMarker()), qPrintable(redacted));
    QCOMPARE(redactSecrets(redacted), redacted);
}

void TestSecretRedaction::registeredSecretsAreMaskedInEveryEncoding_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("line");
    // Shapes no pattern knows: only the registry can catch them.
    const QString plain = QStringLiteral("opaque+secret/with=symbols&more 42");
    const QByteArray utf8 = plain.toUtf8();
    QTest::newRow("plain") << plain << QStringLiteral("value is %1 here").arg(plain);
    QTest::newRow("percent-encoded")
        << plain << QStringLiteral("u=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(plain)));
    QTest::newRow("form-encoded")
        << plain
        << QStringLiteral("v=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(plain, " ")).replace(u' ', u'+'));
    QTest::newRow("Base64") << plain << QStringLiteral("b64 %1").arg(QString::fromLatin1(utf8.toBase64()));
    QTest::newRow("Base64url")
        << plain
        << QStringLiteral("b64url %1")
               .arg(QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray wrapped = QByteArray("user", 4 - offset) + ":" + utf8 + ":tail";
        QTest::addRow("inside longer Base64, offset %d", offset)
            << plain << QStringLiteral("X: %1").arg(QString::fromLatin1(wrapped.toBase64()));
    }
    const QString opaque = QStringLiteral("kq83hd72jd9s2mx0aa1");
    QTest::newRow("opaque in prose") << opaque << QStringLiteral("the API said %1.").arg(opaque);
}

void TestSecretRedaction::registeredSecretsAreMaskedInEveryEncoding()
{
    QFETCH(QString, secret);
    QFETCH(QString, line);
    clearRegisteredSecretsForTesting();
    const QString before = redactSecrets(line);
    registerSecret(secret);
    const QString redacted = redactSecrets(line);
    QVERIFY2(redacted != before, qPrintable(redacted));
    QVERIFY2(redacted.contains(redactionMarker()), qPrintable(redacted));
    // No 12-character piece of any encoding of the secret survives.
    const QByteArray utf8 = secret.toUtf8();
    const QStringList encodings{secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                QString::fromLatin1(utf8.toBase64())};
    for (const QString &encoding : encodings)
        for (qsizetype i = 0; i + 12 <= encoding.size(); i += 4)
            QVERIFY2(!redacted.contains(encoding.mid(i, 12)) || encoding.mid(i, 12).contains(QLatin1String("user")),
                     qPrintable(redacted));
    clearRegisteredSecretsForTesting();
    QCOMPARE(redactSecrets(line), before);
}

void TestSecretRedaction::shortValuesAreNotRegistered()
{
    clearRegisteredSecretsForTesting();
    registerSecret(QStringLiteral("abc"));
    registerSecret(QString());
    QCOMPARE(registeredSecretCount(), 0);
    QCOMPARE(redactSecrets(QStringLiteral("abc abc")), QStringLiteral("abc abc"));
    registerSecret(QByteArray("longer-secret-1"));
    registerSecret(QStringLiteral("longer-secret-1"));
    QCOMPARE(registeredSecretCount(), 1);
    clearRegisteredSecretsForTesting();
}

void TestSecretRedaction::diagnosticsAreRedacted()
{
    clearRegisteredSecretsForTesting();
    const QString token = scimToken();
    UserMessage message = makeUserMessage("x", QStringLiteral("Failed"), QStringLiteral("why"),
                                          QStringLiteral("action"),
                                          QStringLiteral("PUT {\"key\":\"SecretToken\",\"value\":\"%1\"}").arg(token));
    QVERIFY(!message.toDiagnostics().contains(token));
    const QString opaque = QStringLiteral("no-pattern-knows-this-one");
    message.details = QStringLiteral("echo %1").arg(opaque);
    QVERIFY(message.toDiagnostics().contains(opaque));
    registerSecret(opaque);
    QVERIFY(!message.toDiagnostics().contains(opaque));
    clearRegisteredSecretsForTesting();
}

void TestSecretRedaction::storedUrlsLoseTheirSecrets_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QUrl>("stored");
    QTest::newRow("SCIM URL with ?token=")
        << QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42?token=abcdef0123456789"))
        << QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42"));
    QTest::newRow("credentials in user-info")
        << QUrl(QStringLiteral("https://svc:p%40ss@crm.na1.insightly.com/scim/v2/42"))
        << QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42"));
    QTest::newRow("other items kept")
        << QUrl(QStringLiteral("https://x.example/p?a=1&access_token=z&sig=q&b=2#frag"))
        << QUrl(QStringLiteral("https://x.example/p?a=1&b=2"));
    QTest::newRow("nothing to strip") << QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42"))
                                      << QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42"));
}

void TestSecretRedaction::storedUrlsLoseTheirSecrets()
{
    QFETCH(QUrl, url);
    QFETCH(QUrl, stored);
    QCOMPARE(withoutUrlSecrets(url), stored);
}

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
