// Acceptance of the entra engine against the real simulator: sign-in through its HTML form, token refresh
// across short token lifetimes, and 200 Graph writes under random faults and a tight write quota.
#include "AwaitHelpers.h"
#include "IdentityTestFlow.h"
#include "SimFixture.h"
#include "entra/GraphClient.h"
#include "entra/GraphPager.h"
#include "entra/SignInErrors.h"
#include "entra/TokenSource.h"

#include <QCoro/QCoroTask>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace insightly;
using namespace insightly::entra;
using namespace std::chrono_literals;

namespace {

struct Engine {
    QNetworkAccessManager network;
    TokenClient *tokens = nullptr;
    InMemoryRefreshTokenStore store;
    TokenSource *session = nullptr;
    GraphClient *graph = nullptr;
    QObject owner;

    Engine(const QUrl &simBase, const QString &tenant, const ClientRegistration &client)
    {
        Q_UNUSED(simBase); // reached through the application proxy (SimFixture)
        const CloudEndpoints endpoints = CloudEndpoints::forCloud(Cloud::Global);
        tokens = new TokenClient(&network, endpoints, client, tenant, &owner);
        session = new TokenSource(tokens, &store, &owner);
        graph = new GraphClient(&network, endpoints, session, &owner);
    }
};

// The code from the sim's sign-in form, reached from the authorize URL the TokenClient built.
QUrl signInThroughForm(testsupport::SimFixture &sim, const QUrl &authorizeUrl)
{
    const testsupport::HttpReply page =
        sim.request("GET", authorizeUrl.path() + u'?' + authorizeUrl.query(QUrl::FullyEncoded));
    if (page.status != 200)
        return {};
    testsupport::HttpReply reply = identitytest::postForm(
        sim, identitytest::formAction(page.body),
        {{QStringLiteral("ctx"), identitytest::inputValue(page.body, QStringLiteral("ctx"))},
         {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
         {QStringLiteral("password"), sim.server().options().password},
         {QStringLiteral("signin"), QStringLiteral("Sign in")}});
    if (reply.status == 200 && identitytest::hasElementId(reply.body, "accept"))
        reply = identitytest::postForm(
            sim, identitytest::formAction(reply.body),
            {{QStringLiteral("flow"), identitytest::inputValue(reply.body, QStringLiteral("flow"))},
             {QStringLiteral("accept"), QStringLiteral("Accept")}});
    if (reply.status != 302)
        return {};
    return QUrl::fromEncoded(reply.header("location"));
}

} // namespace

class TestEntraSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInThroughFormAndExchangeCode();
    void wrongVerifierIsInvalidGrant();
    void twoHundredWritesLandExactlyOnceUnderFaultsAndQuota();
};

void TestEntraSim::signInThroughFormAndExchangeCode()
{
    testsupport::SimFixture sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Engine engine(sim.baseUrl(), sim.tenantId(), ClientRegistration::defaultClient());
    const SignInAttempt attempt = SignInAttempt::create();
    const QUrl redirect = signInThroughForm(sim, engine.tokens->authorizeUrl(attempt));
    QVERIFY2(engine.tokens->isRedirectFor(redirect), qPrintable(redirect.toString()));
    const TokenResponse tokens = QCoro::waitFor(engine.tokens->completeSignIn(attempt, redirect));
    QVERIFY2(tokens.ok(), qPrintable(tokens.error.description));
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(QCoro::waitFor(engine.session->adopt(tokens)).isEmpty());
    const GraphResult me = QCoro::waitFor(engine.graph->send(GraphRequest::get(QStringLiteral("/me"))));
    QVERIFY2(me.ok(), qPrintable(me.userMessage().toDiagnostics()));
    QCOMPARE(me.json.value(QLatin1String("userPrincipalName")).toString(),
             QStringLiteral("admin@contoso.example"));
}

void TestEntraSim::wrongVerifierIsInvalidGrant()
{
    testsupport::SimFixture sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Engine engine(sim.baseUrl(), sim.tenantId(), ClientRegistration::defaultClient());
    const SignInAttempt attempt = SignInAttempt::create();
    const RedirectResult back =
        engine.tokens->parseRedirect(signInThroughForm(sim, engine.tokens->authorizeUrl(attempt)));
    QVERIFY(!back.code.isEmpty());
    const TokenResponse tokens = QCoro::waitFor(
        engine.tokens->redeemCode(back.code, Pkce::generate().verifier)); // another sign-in's verifier
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error.error, QStringLiteral("invalid_grant"));
    const UserMessage message = SignInErrors::explain(tokens.error);
    QCOMPARE(message.code, QStringLiteral("AADSTS501481"));
    QVERIFY(message.action.contains(QLatin1String("start sign-in again"), Qt::CaseInsensitive));
    QVERIFY(!message.requestId.isEmpty());
}

void TestEntraSim::twoHundredWritesLandExactlyOnceUnderFaultsAndQuota()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.seedUsers = 200;
    options.faultRate = 0.3;
    // 40 writes per 1 s and 2 s tokens: 200 writes still span five quota windows (paced, some answered 429
    // with Retry-After) and several token lifetimes (refreshed ahead of expiry, or after a 401), in a fifth
    // of the time that 40 per 5 s and 5 s tokens took.
    options.writeQuota = 40;
    options.writeQuotaWindowS = 1;
    options.tokenLifetimeS = 2;
    options.randomSeed = 4242; // repeatable faults
    options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
    testsupport::SimFixture sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));

    Engine engine(sim.baseUrl(), sim.tenantId(), ClientRegistration::defaultClient());
    RetryPolicy policy;
    policy.initialBackoff = 100ms;
    policy.maxBackoff = 2s;
    policy.maxAttempts = 16;
    engine.graph->setRetryPolicy(policy);
    engine.graph->setWriteQuota(40, 1s);

    // Writing users needs User.ReadWrite.All, which the wizard itself never asks for: ask for it here, also
    // on every refresh.
    const QStringList scopes{QStringLiteral("https://graph.microsoft.com/User.ReadWrite.All"),
                             QStringLiteral("openid"), QStringLiteral("profile"),
                             QStringLiteral("offline_access")};
    engine.tokens->setScopes(scopes);
    // First tokens from the password grant (the sim's /token allows it for public clients, as Entra does).
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), QStringLiteral("admin@contoso.example"));
    form.addQueryItem(QStringLiteral("password"), options.password);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(u' '));
    const TokenResponse first = QCoro::waitFor(engine.tokens->requestToken(form));
    QVERIFY2(first.ok(), qPrintable(first.error.description));
    QCoro::waitFor(engine.session->adopt(first));

    // Every user, over several pages, under faults.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,userPrincipalName"));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("50"));
    GraphResult listed;
    const QJsonArray users = QCoro::waitFor(
        GraphPager::getAll(*engine.graph, GraphRequest::get(QStringLiteral("/users"), query), &listed));
    QVERIFY2(listed.ok(), qPrintable(listed.userMessage().toDiagnostics()));
    QVERIFY(users.size() >= 200);

    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QHash<QString, QString> expectedTitle; // user id → title
    QList<GraphResult> results;
    for (int i = 0; i < 200; ++i) {
        const QString id = users.at(i).toObject().value(QLatin1String("id")).toString();
        const QString title = QStringLiteral("Title %1 %2").arg(i).arg(run);
        expectedTitle.insert(id, title);
        whenDone(engine.graph->send(GraphRequest::patch(QStringLiteral("/users/") + id,
                                                        {{QStringLiteral("jobTitle"), title}})),
                 [&results](GraphResult r) { results << r; });
    }
    // 200 writes at 40 per 1 s take at least 4 s; faults and refreshes add to that.
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 200, 240000);
    for (const GraphResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(r.userMessage().toDiagnostics()));
    QVERIFY2(engine.session->refreshCount() >= 1,
             "2 s tokens over a run of 4 s or more must have been refreshed");

    // The tenant holds every title.
    const QJsonObject state = sim.request("GET", QStringLiteral("/_sim/state")).json();
    int matched = 0;
    for (const QJsonValue &value :
         state.value(QLatin1String("directory")).toObject().value(QLatin1String("users")).toArray()) {
        const QJsonObject user = value.toObject();
        const QString id = user.value(QLatin1String("id")).toString();
        if (expectedTitle.contains(id)) {
            QCOMPARE(user.value(QLatin1String("jobTitle")).toString(), expectedTitle.value(id));
            ++matched;
        }
    }
    QCOMPARE(matched, 200);

    // The request log: each user's PATCH succeeded exactly once; faults and throttling did happen.
    QFile log(options.requestLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QHash<QString, int> successes;
    int faults = 0;
    int throttled = 0;
    while (!log.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
        if (entry.value(QLatin1String("method")).toString() != QLatin1String("PATCH"))
            continue;
        const int status = entry.value(QLatin1String("status")).toInt();
        if (status >= 200 && status < 300)
            ++successes[entry.value(QLatin1String("url")).toString()];
        else if (status == 429)
            ++throttled;
        else
            ++faults;
    }
    QCOMPARE(successes.size(), 200);
    for (auto it = successes.cbegin(); it != successes.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QVERIFY2(faults > 0, "a fault rate of 0.3 must have produced faults");
    qInfo("PATCH faults retried: %d, throttled: %d, token refreshes: %d", faults, throttled,
          engine.session->refreshCount());
}

QTEST_GUILESS_MAIN(TestEntraSim)
#include "tst_entra_sim.moc"
