#include "AwaitHelpers.h"
#include "EndpointsServedBy.h"
#include "ScriptedHttpServer.h"
#include "entra/TokenSource.h"

#include <QCoro/QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace insightly;
using namespace insightly::entra;

class TestTokenSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void adoptStoresRefreshTokenUnderTenantAndClient();
    void concurrentCallersShareOneRefresh();
    void rejectedTokenIsRenewed();
    void restoreRedeemsStoredRefreshToken();
    void invalidGrantAsksForInteractiveSignIn();
    void transientFailureKeepsTheSession();
    void signOutRemovesStoredRefreshToken();

private:
    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TokenClient *m_client = nullptr;
    InMemoryRefreshTokenStore *m_store = nullptr;
    int m_issued = 0;
};

void TestTokenSource::init()
{
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager(this);
    m_client = new TokenClient(m_network, endpointsServedBy(m_server->baseUrl()),
                               ClientRegistration::defaultClient(), QStringLiteral("tenant-1"), m_server);
    m_store = new InMemoryRefreshTokenStore;
    m_issued = 0;
    // Each refresh answers a new access token and a rotated refresh token.
    m_server->setHandler([this](const RecordedRequest &) {
        ++m_issued;
        return ScriptedReply::json(200,
                                   {{QStringLiteral("access_token"), QStringLiteral("at-%1").arg(m_issued)},
                                    {QStringLiteral("refresh_token"), QStringLiteral("rt-%1").arg(m_issued)},
                                    {QStringLiteral("expires_in"), 3600}});
    });
}

void TestTokenSource::cleanup()
{
    delete m_server;
    delete m_network;
    delete m_store;
}

static TokenResponse expiredSession()
{
    TokenResponse r;
    r.accessToken = QStringLiteral("at-0");
    r.refreshToken = QStringLiteral("rt-0");
    r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    return r;
}

static TokenResponse freshSession()
{
    TokenResponse r = expiredSession();
    r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return r;
}

void TestTokenSource::adoptStoresRefreshTokenUnderTenantAndClient()
{
    TokenSource source(m_client, m_store);
    const SecretKey key = source.refreshTokenKey();
    QCOMPARE(key.tenant, QStringLiteral("tenant-1"));
    QCOMPARE(key.purpose, QStringLiteral("refresh-token"));
    QCOMPARE(key.qualifier, QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    QVERIFY(QCoro::waitFor(source.adopt(freshSession())).isEmpty());
    QCOMPARE(m_store->value(key), QByteArray("rt-0"));
    const AccessTokenResult token = QCoro::waitFor(source.accessToken());
    QCOMPARE(token.token, QStringLiteral("at-0"));
    QCOMPARE(m_server->requests.size(), 0); // still fresh: no refresh
}

void TestTokenSource::concurrentCallersShareOneRefresh()
{
    TokenSource source(m_client, m_store);
    QCoro::waitFor(source.adopt(expiredSession()));
    QStringList tokens;
    for (int i = 0; i < 5; ++i)
        whenDone(source.accessToken(), [&tokens](AccessTokenResult r) { tokens << r.token; });
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 5, 30000);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(tokens, QStringList(5, QStringLiteral("at-1")));
    QCOMPARE(source.refreshCount(), 1);
    QCOMPARE(m_store->value(source.refreshTokenKey()), QByteArray("rt-1")); // the rotated token is kept
    QUrlQuery form(QString::fromUtf8(m_server->requests.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("rt-0"));
}

void TestTokenSource::rejectedTokenIsRenewed()
{
    TokenSource source(m_client, m_store);
    QCoro::waitFor(source.adopt(freshSession()));
    source.rejectAccessToken(QStringLiteral("some-older-token")); // not ours any more: ignored
    QCOMPARE(QCoro::waitFor(source.accessToken()).token, QStringLiteral("at-0"));
    source.rejectAccessToken(QStringLiteral("at-0"));
    QCOMPARE(QCoro::waitFor(source.accessToken()).token, QStringLiteral("at-1"));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestTokenSource::restoreRedeemsStoredRefreshToken()
{
    TokenSource first(m_client, m_store);
    QCoro::waitFor(first.adopt(freshSession()));
    TokenSource nextRun(m_client, m_store);
    const AccessTokenResult token = QCoro::waitFor(nextRun.restore());
    QCOMPARE(token.token, QStringLiteral("at-1"));
    QUrlQuery form(QString::fromUtf8(m_server->requests.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("rt-0"));

    InMemoryRefreshTokenStore empty;
    TokenSource firstRun(m_client, &empty);
    const AccessTokenResult none = QCoro::waitFor(firstRun.restore());
    QVERIFY(!none.ok());
    QVERIFY(none.error.isEmpty()); // nothing stored is not an error: the wizard just shows sign-in
}

void TestTokenSource::invalidGrantAsksForInteractiveSignIn()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(
            400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                  {QStringLiteral("error_description"),
                   QStringLiteral("AADSTS700082: The refresh token has expired due to inactivity.")},
                  {QStringLiteral("correlation_id"), QStringLiteral("corr-7")}});
    });
    TokenSource source(m_client, m_store);
    QCoro::waitFor(source.adopt(expiredSession()));
    QSignalSpy signInRequired(&source, &TokenSource::signInRequired);
    const AccessTokenResult token = QCoro::waitFor(source.accessToken());
    QVERIFY(!token.ok());
    QCOMPARE(token.error.code, QStringLiteral("AADSTS700082"));
    QCOMPARE(token.error.requestId, QStringLiteral("corr-7"));
    QCOMPARE(signInRequired.size(), 1);
    QVERIFY(!m_store->contains(source.refreshTokenKey()));
    QVERIFY(!source.hasSession());
    // Without a session no further token requests go out.
    QVERIFY(!QCoro::waitFor(source.accessToken()).ok());
    QCOMPARE(m_server->requests.size(), 1);
}

void TestTokenSource::transientFailureKeepsTheSession()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(503,
                                   {{QStringLiteral("error"), QStringLiteral("temporarily_unavailable")}});
    });
    TokenSource source(m_client, m_store);
    QCoro::waitFor(source.adopt(expiredSession()));
    QSignalSpy signInRequired(&source, &TokenSource::signInRequired);
    const AccessTokenResult token = QCoro::waitFor(source.accessToken());
    QVERIFY(!token.ok());
    QCOMPARE(token.error.code, QStringLiteral("temporarily_unavailable"));
    QCOMPARE(signInRequired.size(), 0);
    QVERIFY(m_store->contains(source.refreshTokenKey()));
    QVERIFY(source.hasSession());
}

void TestTokenSource::signOutRemovesStoredRefreshToken()
{
    TokenSource source(m_client, m_store);
    QCoro::waitFor(source.adopt(freshSession()));
    QVERIFY(m_store->contains(source.refreshTokenKey()));
    QVERIFY(QCoro::waitFor(source.signOut()).ok);
    QVERIFY(!m_store->contains(source.refreshTokenKey()));
    QVERIFY(!source.hasSession());
    QVERIFY(!QCoro::waitFor(source.accessToken()).ok());
    QVERIFY(QCoro::waitFor(source.signOut()).ok); // twice is fine
}

QTEST_GUILESS_MAIN(TestTokenSource)
#include "tst_tokensource.moc"
