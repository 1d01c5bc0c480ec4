// Tests of the request log's masking (sim/SimRedact.cpp): every secret shape a full setup sends is masked,
// in bodies (JSON, form-encoded, text) and in query strings, and what is not secret stays readable.
#include "SimRedact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSimRedact : public QObject
{
    Q_OBJECT
private slots:
    void formBodies_data();
    void formBodies();
    void jsonBodies();
    void queryStrings();
    void privateKeysInText();
};

namespace {

QString flat(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(value.isObject()
                                 ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

void TestSimRedact::formBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("password grant")
        << QByteArray("grant_type=password&username=admin%40contoso.example&password=Pa55-w0rd&client_id=abc")
        << QByteArray("Pa55-w0rd") << QByteArray("username=admin%40contoso.example");
    QTest::newRow("refresh token")
        << QByteArray("grant_type=refresh_token&refresh_token=0.ARt-refresh.x&client_id=abc")
        << QByteArray("0.ARt-refresh.x") << QByteArray("grant_type=refresh_token");
    QTest::newRow("code and verifier")
        << QByteArray("grant_type=authorization_code&code=M.C123-code&code_verifier=verif13r-xyz&redirect_"
                      "uri=http%3A%2F%2Flocalhost")
        << QByteArray("verif13r-xyz") << QByteArray("redirect_uri=http%3A%2F%2Flocalhost");
    QTest::newRow("authorization code")
        << QByteArray("code=M.C123-code&grant_type=authorization_code") << QByteArray("M.C123-code")
        << QByteArray("grant_type=authorization_code");
    QTest::newRow("device code")
        << QByteArray("grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=DAQABAAEAAAD-dc")
        << QByteArray("DAQABAAEAAAD-dc") << QByteArray("grant_type=");
    QTest::newRow("client secret") << QByteArray("client_id=abc&client_secret=s3cr3t~value")
                                   << QByteArray("s3cr3t~value") << QByteArray("client_id=abc");
    QTest::newRow("SAML response") << QByteArray("SAMLResponse=PHNhbWxwOlJlc3BvbnNl%2B%3D&RelayState=")
                                   << QByteArray("PHNhbWxwOlJlc3BvbnNl") << QByteArray("RelayState=");
    QTest::newRow("Insightly password") << QByteArray("ReturnUrl=%2F&email=a%40b.example&password=hunter2")
                                        << QByteArray("hunter2") << QByteArray("email=a%40b.example");
}

void TestSimRedact::formBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    for (const QByteArray &contentType : {QByteArray("application/x-www-form-urlencoded"), QByteArray()}) {
        const QString logged = flat(sim::redact::maskBody(body, contentType));
        QVERIFY2(!logged.contains(QString::fromLatin1(secret)), qPrintable(logged));
        QVERIFY2(logged.contains(QString::fromLatin1(kept)), qPrintable(logged));
        QVERIFY(logged.contains(QLatin1String("REDACTED")));
    }
}

void TestSimRedact::jsonBodies()
{
    const QJsonObject secrets{
        {QStringLiteral("value"),
         QJsonArray{
             QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                         {QStringLiteral("value"), QStringLiteral("https://crm.na1.insightly.com/scim/v2")}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                         {QStringLiteral("value"), QStringLiteral("scim-t0ken-value")}}}}};
    QString logged = flat(sim::redact::maskBody(QJsonDocument(secrets).toJson(), "application/json"));
    QVERIFY2(!logged.contains(QLatin1String("scim-t0ken-value")), qPrintable(logged));
    QVERIFY(logged.contains(QLatin1String("https://crm.na1.insightly.com/scim/v2")));
    QVERIFY(logged.contains(QLatin1String("SecretToken"))); // the name stays readable

    // validateCredentials with the value before the key, as a client may order it
    const QByteArray reordered =
        R"({"credentials":[{"value":"scim-t0ken-2","key":"SecretToken"}],"useSavedCredentials":false})";
    logged = flat(sim::redact::maskBody(reordered, "application/json"));
    QVERIFY2(!logged.contains(QLatin1String("scim-t0ken-2")), qPrintable(logged));

    const QJsonObject user{{QStringLiteral("userPrincipalName"), QStringLiteral("new@contoso.example")},
                           {QStringLiteral("passwordProfile"),
                            QJsonObject{{QStringLiteral("password"), QStringLiteral("Initial-Pa55")}}}};
    logged = flat(sim::redact::maskBody(QJsonDocument(user).toJson(), "application/json"));
    QVERIFY(!logged.contains(QLatin1String("Initial-Pa55")));
    QVERIFY(logged.contains(QLatin1String("new@contoso.example")));

    const QJsonObject keys{
        {QStringLiteral("apiKey"), QStringLiteral("1b2c-api-key")},
        {QStringLiteral("access_token"), QStringLiteral("eyJ0eXAi.access")},
        {QStringLiteral("id_token"), QStringLiteral("eyJ0eXAi.id")},
        {QStringLiteral("keyCredentials"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("X509CertAndPassword")},
                                {QStringLiteral("key"), QStringLiteral("MIIKpfxbytes")}}}},
        {QStringLiteral("displayName"), QStringLiteral("Insightly")}};
    logged = flat(sim::redact::maskBody(QJsonDocument(keys).toJson(), "application/json"));
    for (const char *secret : {"1b2c-api-key", "eyJ0eXAi.access", "eyJ0eXAi.id", "MIIKpfxbytes"})
        QVERIFY2(!logged.contains(QLatin1String(secret)), secret);
    QVERIFY(logged.contains(QLatin1String("Insightly")));
}

void TestSimRedact::queryStrings()
{
    const QString url = QStringLiteral("https://crm.na1.insightly.com/scim/v2/"
                                       "Users?token=abc123&filter=userName%20eq%20%22x%22&code=c0de#frag");
    const QString masked = sim::redact::maskUrl(url);
    QVERIFY(!masked.contains(QLatin1String("abc123")));
    QVERIFY(!masked.contains(QLatin1String("c0de")));
    QVERIFY(masked.contains(QLatin1String("filter=userName%20eq%20%22x%22")));
    QVERIFY(masked.startsWith(QLatin1String("https://crm.na1.insightly.com/scim/v2/Users?token=REDACTED")));
    QVERIFY(masked.endsWith(QLatin1String("#frag")));
    const QString plain = QStringLiteral("https://graph.microsoft.com/v1.0/users?$top=2");
    QCOMPARE(sim::redact::maskUrl(plain), plain);
}

void TestSimRedact::privateKeysInText()
{
    const QByteArray multipart =
        "------b\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"k.pem\"\r\n\r\n"
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\r\n"
        "------b--\r\n";
    const QString logged = flat(sim::redact::maskBody(multipart, "multipart/form-data; boundary=----b"));
    QVERIFY(!logged.contains(QLatin1String("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")));
    QVERIFY(logged.contains(QLatin1String("filename=\"k.pem\"")));
}

QTEST_GUILESS_MAIN(TestSimRedact)
#include "tst_sim_redact.moc"
