// The IdP-initiated SAML sign-in across origins, through the proxy as a browser on a corporate network does
// it: My Apps' launcher link → login.microsoftonline.com (Entra session) → auto-posted SAMLResponse to
// https://crm.na1.insightly.com/user/saml?instanceId=… → 303 to Insightly's home page, or a refusal on the
// ACS.
#include "AppsTestWorld.h"
#include "ProxyTestClient.h"
#include "SimFixture.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace appstest;
using proxytest::Client;
using proxytest::Reply;

class TestSimProxySaml : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signInCrossesFromEntraToInsightly();
    void insightlyRefusesAValidLookingResponse_data();
    void insightlyRefusesAValidLookingResponse();

private:
    QString acs() const;
    Reply graph(const QByteArray &method, const QString &path, const QJsonObject &body);
    // Opens the launcher link with the Entra session and returns the auto-post form Entra answers with.
    bool launch(QString *action, QString *samlResponse);
    Reply postToAcs(const QString &action, const QString &samlResponse);

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::SimFixture> m_sim;
    std::unique_ptr<Client> m_client;
    CreatedApp m_app;
    QString m_upn = QStringLiteral("user@contoso.example");
};

void TestSimProxySaml::init()
{
    QVERIFY(m_dir.isValid());
    sim::SimOptions options;
    options.requestLog = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QFile::remove(options.requestLog);
    m_sim = std::make_unique<testsupport::SimFixture>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    prepareWorld(m_sim->server());
    m_app = instantiateInsightly(*m_sim);
    QVERIFY(!m_app.servicePrincipalId.isEmpty());
    sim::SimServer &server = m_sim->server();
    m_client = std::make_unique<Client>(server.proxyUrl(), server.caCertificate());

    // Entra: SAML with the Insightly Sign-in page URL as Identifier and Reply URL, an active signing
    // certificate, no assignment required — configured through the proxy on Graph's real host.
    QCOMPARE(graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                   QJsonObject{{QStringLiteral("preferredSingleSignOnMode"), QStringLiteral("saml")},
                               {QStringLiteral("appRoleAssignmentRequired"), false}})
                 .status,
             204);
    QCOMPARE(graph("PATCH", QStringLiteral("/applications/") + m_app.applicationId,
                   QJsonObject{{QStringLiteral("identifierUris"), QJsonArray{acs()}},
                               {QStringLiteral("web"),
                                QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{acs()}}}}})
                 .status,
             204);
    const Reply certificate = graph(
        "POST",
        QStringLiteral("/servicePrincipals/%1/addTokenSigningCertificate").arg(m_app.servicePrincipalId),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")}});
    QCOMPARE(certificate.status, 200);
    QCOMPARE(graph("PATCH", QStringLiteral("/servicePrincipals/") + m_app.servicePrincipalId,
                   QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"),
                                certificate.json().value(QStringLiteral("thumbprint"))}})
                 .status,
             204);

    // Insightly: the admin uploaded Entra's certificate; the Entra user is an Insightly user.
    sim::InsightlyState &insightly = server.world().insightly;
    insightly.uploadedCertificateDer =
        QByteArray::fromBase64(certificate.json().value(QStringLiteral("key")).toString().toLatin1());
    if (!insightly.userByEmail(m_upn)) {
        sim::InsightlyUser user;
        user.userId = insightly.nextUserId();
        user.firstName = QStringLiteral("Test");
        user.lastName = QStringLiteral("User");
        user.email = m_upn;
        insightly.users.append(user);
    }

    // The browser already has an Entra session, on the identity host only.
    const sim::DirectoryUser *entraUser = server.world().directory.userByUpn(m_upn);
    QVERIFY(entraUser);
    server.world().directory.browserSessions.insert(QStringLiteral("estsauth-test"), entraUser->id);
    QNetworkCookie session("ESTSAUTH", "estsauth-test");
    session.setDomain(QStringLiteral("login.microsoftonline.com"));
    session.setPath(QStringLiteral("/"));
    session.setSecure(true);
    QVERIFY(m_client->network().cookieJar()->insertCookie(session));
}

void TestSimProxySaml::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

QString TestSimProxySaml::acs() const
{
    return QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=") +
           m_sim->server().world().insightly.instanceId;
}

Reply TestSimProxySaml::graph(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(
        method, QUrl(QStringLiteral("https://graph.microsoft.com/v1.0") + path),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"Authorization", "Bearer " + kAdminToken.toLatin1()}, {"Content-Type", "application/json"}});
}

bool TestSimProxySaml::launch(QString *action, QString *samlResponse)
{
    const QString link = QStringLiteral("https://launcher.myapps.microsoft.com/api/signin/%1?tenantId=%2")
                             .arg(m_app.appId, m_sim->tenantId());
    const Reply launcher = m_client->get(link);
    if (launcher.status != 302)
        return false;
    const QUrl identity(QString::fromUtf8(launcher.header("Location")));
    if (identity.host() != QLatin1String("login.microsoftonline.com") ||
        identity.scheme() != QLatin1String("https"))
        return false;
    const Reply entra = m_client->send("GET", identity);
    if (entra.status != 200) {
        qWarning() << entra.status << entra.body.left(400);
        return false;
    }
    const QString page = QString::fromUtf8(entra.body);
    *action = QRegularExpression(QStringLiteral("<form method=\"POST\"[^>]* action=\"([^\"]+)\""))
                  .match(page)
                  .captured(1)
                  .replace(QLatin1String("&amp;"), QLatin1String("&"));
    *samlResponse = QRegularExpression(QStringLiteral("name=\"SAMLResponse\" value=\"([^\"]+)\""))
                        .match(page)
                        .captured(1);
    return !action->isEmpty() && !samlResponse->isEmpty();
}

Reply TestSimProxySaml::postToAcs(const QString &action, const QString &samlResponse)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("SAMLResponse"),
                      QString::fromLatin1(QUrl::toPercentEncoding(samlResponse)));
    form.addQueryItem(QStringLiteral("RelayState"), QString());
    // What Chromium sends with the cross-site auto-post.
    return m_client->send("POST", QUrl(action), form.toString(QUrl::FullyEncoded).toUtf8(),
                          {{"Content-Type", "application/x-www-form-urlencoded"},
                           {"Origin", "https://login.microsoftonline.com"},
                           {"Sec-Fetch-Site", "cross-site"}});
}

void TestSimProxySaml::signInCrossesFromEntraToInsightly()
{
    // The federation metadata names the identity host's endpoints.
    const Reply metadata = m_client->get(
        QStringLiteral(
            "https://login.microsoftonline.com/%1/federationmetadata/2007-06/federationmetadata.xml?appid=%2")
            .arg(m_sim->tenantId(), m_app.appId));
    QCOMPARE(metadata.status, 200);
    QVERIFY(metadata.body.contains(QStringLiteral("Location=\"https://login.microsoftonline.com/%1/saml2\"")
                                       .arg(m_sim->tenantId())
                                       .toUtf8()));
    QVERIFY(!metadata.body.contains("127.0.0.1"));

    QString action, samlResponse;
    QVERIFY(launch(&action, &samlResponse));
    QCOMPARE(action, acs()); // a different origin than the identity host that rendered the form

    const Reply accepted = postToAcs(action, samlResponse);
    QCOMPARE(accepted.status, 303);
    const QUrl home(QString::fromUtf8(accepted.header("Location")));
    QCOMPARE(home.scheme(), QStringLiteral("https"));
    QCOMPARE(home.host(), QStringLiteral("crm.na1.insightly.com"));
    QVERIFY(!home.path().startsWith(QLatin1String("/user/saml"), Qt::CaseInsensitive));
    const QByteArray cookie = accepted.header("Set-Cookie");
    QVERIFY2(cookie.startsWith("InsightlyAuth=") && cookie.contains("SameSite=None; Secure"),
             cookie.constData());

    const Reply page = m_client->send("GET", home);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(
        (QStringLiteral("Welcome, ") + m_sim->server().world().insightly.userByEmail(m_upn)->firstName)
            .toUtf8()));

    // The request log shows the real hosts and no SAML response.
    bool sawAcs = false;
    for (const QJsonObject &e : proxytest::readLog(m_sim->server().options().requestLog))
        if (e.value(QStringLiteral("url")).toString() == acs()) {
            sawAcs = true;
            QCOMPARE(e.value(QStringLiteral("status")).toInt(), 303);
            QVERIFY(
                e.value(QStringLiteral("body")).toString().contains(QLatin1String("SAMLResponse=REDACTED")));
        }
    QVERIFY(sawAcs);
    QFile log(m_sim->server().options().requestLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains(samlResponse.left(40).toLatin1()));
}

void TestSimProxySaml::insightlyRefusesAValidLookingResponse_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("words");
    QTest::newRow("deactivated in Insightly")
        << QJsonObject{{QStringLiteral("active"), false}} << QStringLiteral("deactivated");
    QTest::newRow("unknown to Insightly")
        << QJsonObject{{QStringLiteral("remove"), true}} << QStringLiteral("No Insightly user");
}

void TestSimProxySaml::insightlyRefusesAValidLookingResponse()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, words);
    // The documented control route (the loopback base URL only).
    change.insert(QStringLiteral("email"), m_upn);
    QCOMPARE(m_sim
                 ->request("POST", QStringLiteral("/_sim/insightly/users"), QJsonDocument(change).toJson(),
                           {{"Content-Type", "application/json"}})
                 .status,
             204);
    QString action, samlResponse;
    QVERIFY(launch(&action, &samlResponse)); // Entra signs the user in as before
    const Reply refused = postToAcs(action, samlResponse);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.header("Location").isEmpty()); // the browser stays on the ACS URL
    QVERIFY(refused.header("Set-Cookie").isEmpty());
    QVERIFY2(refused.body.contains(words.toUtf8()), refused.body.constData());
    QVERIFY(refused.body.contains("Single sign-on failed"));
}

QTEST_GUILESS_MAIN(TestSimProxySaml)
#include "tst_sim_proxy_saml.moc"
