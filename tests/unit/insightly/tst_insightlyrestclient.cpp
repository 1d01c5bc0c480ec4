// Tests of insightly/InsightlyRestClient against the simulator's Insightly REST v3.1 and small HTTP doubles.
#include "HttpDouble.h"
#include "SimFixture.h"

#include "insightly/InsightlyRestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>
#include <qcorotask.h>

using namespace insightly;
using testsupport::DoubleRequest;
using testsupport::DoubleResponse;
using testsupport::ConnectProxyDouble;
using testsupport::HttpDouble;

namespace {

QByteArray userJson(qint64 id, bool administrator = false) {
    return QJsonDocument(QJsonObject{{QStringLiteral("USER_ID"), double(id)},
                                     {QStringLiteral("FIRST_NAME"), QStringLiteral("User")},
                                     {QStringLiteral("LAST_NAME"), QString::number(id)},
                                     {QStringLiteral("EMAIL_ADDRESS"),
                                      QStringLiteral("user%1@contoso.example").arg(id)},
                                     {QStringLiteral("ADMINISTRATOR"), administrator},
                                     {QStringLiteral("ACCOUNT_OWNER"), false},
                                     {QStringLiteral("ACTIVE"), true}})
        .toJson(QJsonDocument::Compact);
}

// A REST double listing `total` users in pages as Insightly does (top ≤ 500, skip).
DoubleResponse usersPage(const DoubleRequest &r, int total) {
    const int top = r.query().queryItemValue(QStringLiteral("top")).toInt();
    const int skip = r.query().queryItemValue(QStringLiteral("skip")).toInt();
    QByteArray body = "[";
    for (int i = skip; i < qMin(total, skip + top); ++i)
        body += (i > skip ? "," : "") + userJson(1000 + i);
    return DoubleResponse::json(200, body + ']', "application/json; charset=utf-8");
}

// The instance as production code knows it (pod na1: https://api.na1.insightly.com/v3.1/), reached through
// whichever proxy serves `base`: the simulator's own, or the test's CONNECT double relaying to a double.
ConnectProxyDouble *g_proxy = nullptr;
testsupport::SimFixture *g_sim = nullptr;

InsightlyInstance instanceAt(const QUrl &base) {
    if (g_sim && base.port() == g_sim->baseUrl().port()) {
        const QUrl proxy = g_sim->proxyUrl();
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
    } else {
        g_proxy->setTargetPort(quint16(base.port()));
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), g_proxy->port()));
    }
    return InsightlyInstance::forPod(QStringLiteral("na1"));
}

} // namespace

class TestInsightlyRestClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void baseUrl();
    void simulatorMe();
    void simulatorWrongKey();
    void simulatorAllUsers();
    void basicAuthentication();
    void pagesUntilAShortPage();
    void safetyCap();
    void rateLimited();
    void networkError();
    void timeout();
    void notJson();
    void administratorRequirement();
    void cancel();

private:
    std::unique_ptr<testsupport::SimFixture> m_sim;
    ConnectProxyDouble m_proxy;
    QNetworkAccessManager m_network;
};

void TestInsightlyRestClient::initTestCase() {
    sim::SimOptions options;
    options.seedUsers = 10;
    m_sim = std::make_unique<testsupport::SimFixture>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    g_sim = m_sim.get();
    // The doubles answer as api.na1.insightly.com, with a certificate this computer trusts.
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("api.na1.insightly.com"), QStringLiteral("DNS:api.na1.insightly.com"), &error);
    QVERIFY2(!tls.isNull(), qPrintable(error));
    HttpDouble::defaultTls() = tls;
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(tls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    g_proxy = &m_proxy;
}

void TestInsightlyRestClient::cleanupTestCase() {
    g_sim = nullptr;
    g_proxy = nullptr;
    m_sim.reset();
}

void TestInsightlyRestClient::baseUrl() {
    InsightlyRestClient eu(&m_network, InsightlyInstance::forPod(QStringLiteral("eu1")), QStringLiteral("k"));
    QCOMPARE(eu.baseUrl(), QUrl(QStringLiteral("https://api.eu1.insightly.com/v3.1/")));
    InsightlyRestClient na1(&m_network, instanceAt(m_sim->baseUrl()), QStringLiteral("k"));
    QCOMPARE(na1.baseUrl(), QUrl(QStringLiteral("https://api.na1.insightly.com/v3.1/")));
}

void TestInsightlyRestClient::simulatorMe() {
    InsightlyRestClient client(&m_network, instanceAt(m_sim->baseUrl()),
                               m_sim->server().world().insightly.apiKey);
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QVERIFY2(me.ok(), qPrintable(me.error.toDiagnostics()));
    QCOMPARE(me.user->email, m_sim->server().world().insightly.adminEmail);
    QVERIFY(me.user->administrator);
    QVERIFY(me.user->accountOwner);
    QVERIFY(me.user->active);
    QVERIFY(me.user->userId > 0);
    QVERIFY(!me.user->firstName.isEmpty());
    QVERIFY(InsightlyRestClient::administratorRequirement(*me.user).isEmpty());
}

void TestInsightlyRestClient::simulatorWrongKey() {
    const QString wrongKey = QStringLiteral("00000000-1111-4222-8333-444444444444");
    InsightlyRestClient client(&m_network, instanceAt(m_sim->baseUrl()), wrongKey);
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QVERIFY(!me.ok());
    QCOMPARE(me.error.code, QLatin1String(InsightlyRestCode::KeyRefused));
    QVERIFY(me.error.what.contains(QStringLiteral("User Settings › API")));
    QVERIFY(!me.error.toDiagnostics().contains(wrongKey));
    QVERIFY(!me.error.toDiagnostics().contains(QString::fromLatin1((wrongKey.toLatin1() + ':').toBase64())));
    const InsightlyUsersResult users = QCoro::waitFor(client.allUsers());
    QCOMPARE(users.error.code, QLatin1String(InsightlyRestCode::KeyRefused));
}

void TestInsightlyRestClient::simulatorAllUsers() {
    InsightlyRestClient client(&m_network, instanceAt(m_sim->baseUrl()),
                               m_sim->server().world().insightly.apiKey);
    const InsightlyUsersResult result = QCoro::waitFor(client.allUsers());
    QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
    const auto &expected = m_sim->server().world().insightly.users;
    QCOMPARE(result.users.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.users.at(i).userId, expected.at(i).userId);
        QCOMPARE(result.users.at(i).email, expected.at(i).email);
        QCOMPARE(result.users.at(i).administrator, expected.at(i).administrator);
        QCOMPARE(result.users.at(i).active, expected.at(i).active);
    }
}

void TestInsightlyRestClient::basicAuthentication() {
    HttpDouble server([](const DoubleRequest &) { return DoubleResponse::json(200, userJson(7, true)); });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral(" my-api-key \n"));
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QVERIFY(me.ok());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).path(), QStringLiteral("/v3.1/Users/Me"));
    QCOMPARE(server.requests().at(0).headers.value("authorization"),
             "Basic " + QByteArray("my-api-key:").toBase64());
}

void TestInsightlyRestClient::pagesUntilAShortPage() {
    HttpDouble server([](const DoubleRequest &r) { return usersPage(r, 1203); });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    const InsightlyUsersResult result = QCoro::waitFor(client.allUsers());
    QVERIFY(result.ok());
    QVERIFY(!result.truncated);
    QCOMPARE(result.users.size(), 1203);
    QCOMPARE(result.users.constFirst().userId, 1000);
    QCOMPARE(result.users.constLast().userId, 2202);
    QCOMPARE(server.requests().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(server.requests().at(i).path(), QStringLiteral("/v3.1/Users"));
        QCOMPARE(server.requests().at(i).query().queryItemValue(QStringLiteral("top")),
                 QStringLiteral("500"));
        QCOMPARE(server.requests().at(i).query().queryItemValue(QStringLiteral("skip")),
                 QString::number(i * 500));
    }
    // An exact multiple ends with an empty page.
    HttpDouble exact([](const DoubleRequest &r) { return usersPage(r, 1000); });
    InsightlyRestClient exactClient(&m_network, instanceAt(exact.url()), QStringLiteral("key"));
    QCOMPARE(QCoro::waitFor(exactClient.allUsers()).users.size(), 1000);
    QCOMPARE(exact.requests().size(), 3);
}

void TestInsightlyRestClient::safetyCap() {
    // A server that ignores skip and always sends a full page would never end the list.
    HttpDouble server([](const DoubleRequest &r) {
        DoubleRequest first = r;
        first.target = "/v3.1/Users?top=500&skip=0";
        return usersPage(first, 500);
    });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    const InsightlyUsersResult result = QCoro::waitFor(client.allUsers());
    QVERIFY(result.truncated);
    QCOMPARE(result.error.code, QLatin1String(InsightlyRestCode::TooManyUsers));
    QCOMPARE(server.requests().size(), InsightlyRestClient::kMaxPages);
    QCOMPARE(result.users.size(), InsightlyRestClient::kMaxPages * InsightlyRestClient::kPageSize);
}

void TestInsightlyRestClient::rateLimited() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r =
            DoubleResponse::json(429, R"({"Message":"API rate limit exceeded"})", "application/json");
        r.headers << std::pair<QByteArray, QByteArray>("X-RateLimit-Limit", "1000")
                  << std::pair<QByteArray, QByteArray>("X-RateLimit-Remaining", "0")
                  << std::pair<QByteArray, QByteArray>("Retry-After", "30");
        return r;
    });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    const InsightlyUsersResult result = QCoro::waitFor(client.allUsers());
    QCOMPARE(result.error.code, QLatin1String(InsightlyRestCode::RateLimited));
    QVERIFY2(result.error.why.contains(QStringLiteral("1000")), qPrintable(result.error.why));
    QVERIFY2(result.error.action.contains(QStringLiteral("30 second")), qPrintable(result.error.action));
    QCOMPARE(server.requests().size(), 1);
}

void TestInsightlyRestClient::networkError() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    InsightlyRestClient client(&m_network, instanceAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                               QStringLiteral("key"));
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QCOMPARE(me.error.code, QLatin1String(InsightlyRestCode::Network));
    QVERIFY(me.error.what.contains(QStringLiteral("api.na1.insightly.com")));
}

void TestInsightlyRestClient::timeout() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r;
        r.silent = true;
        return r;
    });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    client.setTimeout(std::chrono::seconds(2));
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QCOMPARE(me.error.code, QLatin1String(InsightlyRestCode::Timeout));
    QVERIFY(me.error.what.contains(QStringLiteral("2 s")));
}

void TestInsightlyRestClient::notJson() {
    HttpDouble server([](const DoubleRequest &) {
        return DoubleResponse::json(200, "<html><body>Sign in</body></html>", "text/html");
    });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    QCOMPARE(QCoro::waitFor(client.me()).error.code, QLatin1String(InsightlyRestCode::UnexpectedAnswer));
    QCOMPARE(QCoro::waitFor(client.allUsers()).error.code,
             QLatin1String(InsightlyRestCode::UnexpectedAnswer));
}

void TestInsightlyRestClient::administratorRequirement() {
    HttpDouble server([](const DoubleRequest &) { return DoubleResponse::json(200, userJson(42, false)); });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    const InsightlyMeResult me = QCoro::waitFor(client.me());
    QVERIFY(me.ok());
    QVERIFY(!me.user->administrator);
    const UserMessage refusal = InsightlyRestClient::administratorRequirement(*me.user);
    QCOMPARE(refusal.code, QLatin1String(InsightlyRestCode::NotAdministrator));
    QVERIFY(refusal.what.contains(QStringLiteral("user42@contoso.example")));
    InsightlyUser inactive = *me.user;
    inactive.administrator = true;
    inactive.active = false;
    QCOMPARE(InsightlyRestClient::administratorRequirement(inactive).code,
             QLatin1String(InsightlyRestCode::Inactive));
}

void TestInsightlyRestClient::cancel() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r;
        r.silent = true;
        return r;
    });
    InsightlyRestClient client(&m_network, instanceAt(server.url()), QStringLiteral("key"));
    client.setTimeout(std::chrono::minutes(10)); // only the cancel can end the wait within the test's time
    QTimer poll;
    connect(&poll, &QTimer::timeout, &client, [&] {
        if (!server.requests().isEmpty())
            client.cancel();
    });
    poll.start(20);
    const InsightlyUsersResult result = QCoro::waitFor(client.allUsers());
    QCOMPARE(result.error.code, QLatin1String(InsightlyRestCode::Cancelled));
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestInsightlyRestClient)
#include "tst_insightlyrestclient.moc"
