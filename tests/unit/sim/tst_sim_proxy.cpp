// Tests of the simulated world behind the real host names: the HTTP proxy (CONNECT host:443, TLS with a
// certificate from the simulator's CA), routing by host, absolute URLs with the real hosts, the request log.
#include "ProxyTestClient.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificateExtension>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <memory>

using proxytest::Client;
using proxytest::Reply;

class TestSimProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyServedHostAnswersOverTls_data();
    void everyServedHostAnswersOverTls();
    void graphThroughTheProxy();
    void nextLinkUsesTheRealHost();
    void routesAnswerOnTheirOwnHostOnly();
    void unknownHostIsRefused();
    void loopbackIsRelayed();
    void loopbackWorksBehindTheApplicationProxy();
    void cookiesOverHttpsAreSecure();
    void insightlyShowsItsRealUrls();
    void myAppsLauncherHandsOverToTheIdentityHost();
    void theCaIsKeptInCaDir();

private:
    QString token();
    QString tenantId() const { return m_server->world().directory.tenant.id; }
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestSimProxy::init()
{
    QVERIFY(m_dir.isValid());
    sim::SimOptions options;
    options.seedUsers = 6;
    options.requestLog = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QFile::remove(options.requestLog);
    options.caDir = m_dir.filePath(QStringLiteral("ca"));
    m_server = std::make_unique<sim::SimServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->proxyUrl(), m_server->caCertificate());
}

void TestSimProxy::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString TestSimProxy::token()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    form.addQueryItem(QStringLiteral("username"), QStringLiteral("admin@contoso.example"));
    form.addQueryItem(QStringLiteral("password"), m_server->options().password);
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    const Reply r = m_client->send(
        "POST",
        QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(tenantId())),
        form.toString(QUrl::FullyEncoded).toUtf8(), {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (r.status != 200)
        qWarning() << r.status << r.body << r.sslErrors;
    return r.json().value(QStringLiteral("access_token")).toString();
}

void TestSimProxy::everyServedHostAnswersOverTls_data()
{
    QTest::addColumn<QString>("host");
    for (const QString &host : sim::servedHosts())
        QTest::newRow(qPrintable(host)) << host;
}

void TestSimProxy::everyServedHostAnswersOverTls()
{
    QFETCH(QString, host);
    const Reply r = m_client->get(QStringLiteral("https://%1/").arg(host));
    QVERIFY2(r.sslErrors.isEmpty(), qPrintable(host));
    QVERIFY2(r.status > 0, qPrintable(QStringLiteral("%1: error %2").arg(host).arg(int(r.error))));
    // The leaf names the host (SAN dNSName) and is issued by the simulator's CA.
    QCOMPARE(r.peerCertificate.subjectAlternativeNames().values(QSsl::DnsEntry), QStringList{host});
    QCOMPARE(r.peerCertificate.issuerDisplayName(), m_server->caCertificate().subjectDisplayName());
}

void TestSimProxy::graphThroughTheProxy()
{
    const QString accessToken = token();
    QVERIFY(!accessToken.isEmpty());
    const Reply r =
        m_client->send("GET", QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/organization")), {},
                       {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    QCOMPARE(r.status, 200);
    const QJsonObject organization = r.json().value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(organization.value(QStringLiteral("id")).toString(), tenantId());
    QVERIFY(r.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .startsWith(QLatin1String("https://graph.microsoft.com/v1.0/$metadata#")));

    // The request log records the host the client used, and no secret.
    const QList<QJsonObject> log = proxytest::readLog(m_server->options().requestLog);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).value(QStringLiteral("url")).toString(),
             QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(tenantId()));
    QCOMPARE(log.at(1).value(QStringLiteral("url")).toString(),
             QStringLiteral("https://graph.microsoft.com/v1.0/organization"));
    QFile file(m_server->options().requestLog);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(accessToken.toLatin1()));
    QVERIFY(text.contains("password=REDACTED"));
    QVERIFY(!text.contains("password=" + m_server->options().password.toLatin1()));
}

void TestSimProxy::nextLinkUsesTheRealHost()
{
    const QByteArray bearer = "Bearer " + token().toLatin1();
    const Reply first =
        m_client->send("GET", QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users?$top=2")), {},
                       {{"Authorization", bearer}});
    QCOMPARE(first.status, 200);
    const QString next = first.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY2(next.startsWith(QLatin1String("https://graph.microsoft.com/v1.0/users?")), qPrintable(next));
    const Reply second = m_client->send("GET", QUrl(next), {}, {{"Authorization", bearer}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("value")).toArray().size(), 2);
    QVERIFY(second.json().value(QStringLiteral("value")).toArray().first() !=
            first.json().value(QStringLiteral("value")).toArray().first());
}

void TestSimProxy::routesAnswerOnTheirOwnHostOnly()
{
    // Graph on an Insightly host, Insightly on a Graph host, identity on Graph, the simulator's controls
    // anywhere: 404.
    QCOMPARE(m_client->get(QStringLiteral("https://crm.na1.insightly.com/v1.0/organization")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("https://graph.microsoft.com/User/Login")).status, 404);
    QCOMPARE(m_client
                 ->get(QStringLiteral("https://graph.microsoft.com/%1/v2.0/.well-known/openid-configuration")
                           .arg(tenantId()))
                 .status,
             404);
    QCOMPARE(m_client->get(QStringLiteral("https://login.microsoftonline.com/_sim/state")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("https://api.na1.insightly.com/User/Login")).status, 404);
    // The instance lives on pod na1: the other pods do not know it.
    QCOMPARE(m_client->get(QStringLiteral("https://crm.eu1.insightly.com/User/Login")).status, 404);

    const Reply login = m_client->get(QStringLiteral("https://crm.na1.insightly.com/User/Login"));
    QCOMPARE(login.status, 200);
    QVERIFY(login.body.contains("Sign in to Insightly"));
    const Reply discovery = m_client->get(
        QStringLiteral("https://login.microsoftonline.com/%1/v2.0/.well-known/openid-configuration")
            .arg(tenantId()));
    QCOMPARE(discovery.status, 200);
    QVERIFY(discovery.json()
                .value(QStringLiteral("token_endpoint"))
                .toString()
                .startsWith(QLatin1String("https://login.microsoftonline.com/")));
    QCOMPARE(m_client->get(QStringLiteral("https://api.na1.insightly.com/v3.1/users")).status, 401);
}

void TestSimProxy::unknownHostIsRefused()
{
    const Reply r = m_client->get(QStringLiteral("https://www.example.com/"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    for (const QJsonObject &entry : proxytest::readLog(m_server->options().requestLog))
        QVERIFY(!entry.value(QStringLiteral("url")).toString().contains(QLatin1String("example.com")));
}

void TestSimProxy::loopbackIsRelayed()
{
    const QByteArray origin = "127.0.0.1:" + QByteArray::number(m_server->port());
    // Absolute-form plain HTTP, as Qt Network sends it with an application proxy.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, quint16(m_server->proxyUrl().port()));
    QVERIFY(plain.waitForConnected(10000));
    plain.write("GET http://" + origin + "/_sim/knobs HTTP/1.1\r\nHost: " + origin +
                "\r\nProxy-Connection: keep-alive\r\n\r\n");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += plain.readAll();
            return answer.contains("\"latencyMs\"") || plain.state() == QAbstractSocket::UnconnectedState;
        },
        20000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

    // CONNECT to a loopback port: a plain tunnel.
    QTcpSocket tunnel;
    tunnel.connectToHost(QHostAddress::LocalHost, quint16(m_server->proxyUrl().port()));
    QVERIFY(tunnel.waitForConnected(10000));
    tunnel.write("CONNECT " + origin + " HTTP/1.1\r\nHost: " + origin + "\r\n\r\n");
    answer.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += tunnel.readAll();
            return answer.contains("\r\n\r\n");
        },
        20000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 Connection Established"), answer.constData());
    tunnel.write("GET /_sim/knobs HTTP/1.1\r\nHost: " + origin + "\r\n\r\n");
    answer.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += tunnel.readAll();
            return answer.contains("\"latencyMs\"");
        },
        20000));
    QVERIFY(answer.startsWith("HTTP/1.1 200"));

    // A plain-HTTP request for a host that is not loopback: refused, nothing leaves.
    QTcpSocket outside;
    outside.connectToHost(QHostAddress::LocalHost, quint16(m_server->proxyUrl().port()));
    QVERIFY(outside.waitForConnected(10000));
    outside.write("GET http://www.example.com/ HTTP/1.1\r\nHost: www.example.com\r\n\r\n");
    answer.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += outside.readAll();
            return answer.contains("\r\n\r\n");
        },
        20000));
    QVERIFY(answer.startsWith("HTTP/1.1 403"));
}

void TestSimProxy::loopbackWorksBehindTheApplicationProxy()
{
    // What the wizard's process looks like in the e2e tests: the simulator's proxy as the application proxy.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                                     quint16(m_server->proxyUrl().port())));
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(QStringLiteral("/_sim/knobs")))));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    QVERIFY(finished);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("latencyMs"));
    delete reply;
}

void TestSimProxy::cookiesOverHttpsAreSecure()
{
    const Reply r =
        m_client->send("POST", QUrl(QStringLiteral("https://crm.na1.insightly.com/User/Login")),
                       "email=admin%40contoso.example&password=" + m_server->options().password.toLatin1(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 302);
    const QByteArray cookie = r.header("Set-Cookie");
    QVERIFY2(cookie.startsWith("InsightlyAuth="), cookie.constData());
    QVERIFY2(cookie.contains("SameSite=None; Secure"), cookie.constData());
}

void TestSimProxy::insightlyShowsItsRealUrls()
{
    sim::InsightlyState &insightly = m_server->world().insightly;
    insightly.scimEnabled = true;
    insightly.scimToken = QStringLiteral("token-shown-on-the-page");
    const Reply login =
        m_client->send("POST", QUrl(QStringLiteral("https://crm.na1.insightly.com/User/Login")),
                       "email=admin%40contoso.example&password=" + m_server->options().password.toLatin1(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(login.status, 302);
    const Reply page = m_client->get(QStringLiteral("https://crm.na1.insightly.com/settings/Saml"));
    QCOMPARE(page.status, 200);
    // Read by caption, as a person (and the wizard) reads it.
    auto captioned = [&page](const QString &caption) {
        const QRegularExpression field(
            QStringLiteral("%1</label><input[^>]*value=\"([^\"]*)\"").arg(caption));
        return field.match(QString::fromUtf8(page.body))
            .captured(1)
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    };
    QCOMPARE(captioned(QStringLiteral("Sign-in page URL")),
             QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=") + insightly.instanceId);
    QCOMPARE(captioned(QStringLiteral("SCIM endpoint")),
             QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
    QVERIFY(!page.body.contains("127.0.0.1"));

    // SCIM on the crm host: meta.location with the real host.
    const Reply config = m_client->send(
        "GET", QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/ServiceProviderConfig")), {},
        {{"Authorization", "Bearer token-shown-on-the-page"}});
    QCOMPARE(config.status, 200);
    QVERIFY(config.json()
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("location"))
                .toString()
                .startsWith(QLatin1String("https://crm.na1.insightly.com/scim/v2/")));
}

void TestSimProxy::myAppsLauncherHandsOverToTheIdentityHost()
{
    const QString path =
        QStringLiteral("/api/signin/00000000-0000-0000-0000-000000000001?tenantId=") + tenantId();
    const Reply r = m_client->get(QStringLiteral("https://launcher.myapps.microsoft.com") + path);
    QCOMPARE(r.status, 302);
    QCOMPARE(QString::fromUtf8(r.header("Location")),
             QStringLiteral("https://login.microsoftonline.com") + path);
    // There, without an Entra session, the sign-in page of the identity host (a relative URL on that host).
    const Reply identity = m_client->get(QStringLiteral("https://login.microsoftonline.com") + path);
    QCOMPARE(identity.status, 302);
    QVERIFY(identity.header("Location").startsWith("/" + tenantId().toLatin1() + "/signin?return_to="));
}

void TestSimProxy::theCaIsKeptInCaDir()
{
    const QString caFile = m_server->caFile();
    QCOMPARE(caFile, QFileInfo(m_dir.filePath(QStringLiteral("ca/ca.pem"))).absoluteFilePath());
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("ca/ca.key"))) & 0x0077,
             QFileDevice::Permissions());
    const QList<QSslCertificate> onDisk = QSslCertificate::fromPath(caFile);
    QCOMPARE(onDisk.size(), 1);
    QCOMPARE(onDisk.first(), m_server->caCertificate());
    QCOMPARE(m_server->caCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Insightly SSO Setup simulated world CA")});
    // A second world with the same directory reuses the CA (scripts trust it once).
    sim::SimOptions options;
    options.caDir = m_dir.filePath(QStringLiteral("ca"));
    sim::SimServer again(options);
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    QCOMPARE(again.caCertificate(), m_server->caCertificate());
    // Without a directory, a new CA per run.
    sim::SimServer fresh{sim::SimOptions{}};
    QVERIFY2(fresh.start(&error), qPrintable(error));
    QVERIFY(fresh.caCertificate() != m_server->caCertificate());
    QVERIFY(QFile::exists(fresh.caFile()));
}

QTEST_GUILESS_MAIN(TestSimProxy)
#include "tst_sim_proxy.moc"
