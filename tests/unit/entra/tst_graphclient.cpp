#include "AwaitHelpers.h"
#include "GraphClientTestBase.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace insightly::entra;
using namespace std::chrono_literals;

class TestGraphClient : public GraphClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void waitsForRetryAfterThenSucceedsOnce();
    void retries503UntilSuccess();
    void retriesConnectionResetForRepeatableRequests();
    void neverRepeatsUnsafePostAfterReset();
    void unsafePostIsRetriedAfter429ButNotAfter503();
    void timeoutBecomesClearError();
    void keepsRequestIdOnError();
    void sendsUniqueClientRequestIds();
    void addsConsistencyLevelForSearchAndCount_data();
    void addsConsistencyLevelForSearchAndCount();
    void marksUserInitiatedCallsHighPriority();
    void retriesInvalidReferenceWhenRequested();
    void refreshesTokenOnceOn401();
    void consistencyRetryOnlyWhenRequested();
    void cancelAllAbortsEverythingInFlight();
    void limitsRequestsInFlight();
};

void TestGraphClient::init()
{
    QVERIFY(setUpRig());
}

void TestGraphClient::cleanup()
{
    tearDownRig();
}

void TestGraphClient::waitsForRetryAfterThenSucceedsOnce()
{
    m_server->setHandler([this](const RecordedRequest &) {
        if (m_server->requests.size() == 1)
            return ScriptedReply::graphError(429, QStringLiteral("TooManyRequests"),
                                             QStringLiteral("slow down"))
                .withHeader("Retry-After", "1");
        return ScriptedReply::json(200, {{QStringLiteral("id"), QStringLiteral("sp-1")}});
    });
    GraphClient *client = makeClient();
    QSignalSpy throttled(client, &GraphClient::throttled);
    const GraphResult result =
        await(client->send(GraphRequest::get(QStringLiteral("/servicePrincipals/sp-1"))));
    QVERIFY(result.ok());
    QCOMPARE(result.json.value(QLatin1String("id")).toString(), QStringLiteral("sp-1"));
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toLongLong(), qint64(1000));
    // A lower bound only: the retry must not come sooner than Graph asked (timers may fire ~5 % early).
    QVERIFY(m_server->requests[1].receivedAtMs - m_server->requests[0].receivedAtMs >= 900);
}

void TestGraphClient::retries503UntilSuccess()
{
    m_server->setHandler([this](const RecordedRequest &) {
        if (m_server->requests.size() <= 2)
            return ScriptedReply::graphError(503, QStringLiteral("serviceNotAvailable"),
                                             QStringLiteral("busy"));
        return ScriptedReply::json(200, {});
    });
    const GraphResult result = await(makeClient()->send(GraphRequest::patch(
        QStringLiteral("/users/u1"), {{QStringLiteral("jobTitle"), QStringLiteral("x")}})));
    QVERIFY(result.ok());
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(m_server->requests[2].method, QByteArray("PATCH"));
    QCOMPARE(m_server->requests[2].json().value(QLatin1String("jobTitle")).toString(), QStringLiteral("x"));
}

void TestGraphClient::retriesConnectionResetForRepeatableRequests()
{
    m_server->setHandler([this](const RecordedRequest &) {
        return m_server->requests.size() == 1 ? ScriptedReply::reset() : ScriptedReply::json(200, {});
    });
    const GraphResult result = await(makeClient()->send(GraphRequest::get(QStringLiteral("/users"))));
    QVERIFY2(result.ok(), qPrintable(result.networkError));
    QCOMPARE(m_server->requests.size(), 2);
}

void TestGraphClient::neverRepeatsUnsafePostAfterReset()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::reset(); });
    const GraphResult result = await(makeClient()->send(
        GraphRequest::post(QStringLiteral("/applicationTemplates/t1/instantiate"),
                           {{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}})));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, 0);
    QVERIFY(!result.networkError.isEmpty());
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(result.userMessage().code, QStringLiteral("network"));
}

void TestGraphClient::unsafePostIsRetriedAfter429ButNotAfter503()
{
    m_server->setHandler([this](const RecordedRequest &) {
        if (m_server->requests.size() == 1)
            return ScriptedReply::graphError(429, QStringLiteral("TooManyRequests"), {})
                .withHeader("Retry-After", "0");
        return ScriptedReply::graphError(503, QStringLiteral("serviceNotAvailable"), QStringLiteral("busy"));
    });
    GraphClient *client = makeClient();
    const GraphResult unsafe = await(client->send(GraphRequest::post(QStringLiteral("/things"), {})));
    QCOMPARE(unsafe.status, 503);
    QCOMPARE(m_server->requests.size(), 2); // the 429 was repeated, the 503 was not

    m_server->requests.clear();
    const GraphResult safe =
        await(client->send(GraphRequest::post(QStringLiteral("/things"), {}, RepeatSafety::SafeToRepeat)));
    QCOMPARE(safe.status, 503);
    QCOMPARE(m_server->requests.size(), m_fastRetries.maxAttempts);
}

void TestGraphClient::timeoutBecomesClearError()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::hang(); });
    m_fastRetries.maxAttempts = 1;
    GraphRequest request = GraphRequest::get(QStringLiteral("/users"));
    request.timeout = 300ms;
    const GraphResult result = await(makeClient()->send(request));
    QVERIFY(result.timedOut);
    QVERIFY(!result.cancelled);
    const insightly::UserMessage message = result.userMessage();
    QCOMPARE(message.code, QStringLiteral("timeout"));
    QVERIFY2(message.why.contains(QLatin1String("didn't answer in time")), qPrintable(message.why));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestGraphClient::keepsRequestIdOnError()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::graphError(403, QStringLiteral("Authorization_RequestDenied"),
                                         QStringLiteral("Insufficient privileges to complete the operation."),
                                         "5f0c1c2e-1111-2222-3333-444455556666");
    });
    const GraphResult result =
        await(makeClient()->send(GraphRequest::get(QStringLiteral("/servicePrincipals"))));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.requestId, QStringLiteral("5f0c1c2e-1111-2222-3333-444455556666"));
    const insightly::UserMessage message = result.userMessage();
    QCOMPARE(message.requestId, result.requestId);
    QCOMPARE(message.code, QStringLiteral("Authorization_RequestDenied"));
    QVERIFY(message.why.contains(QLatin1String("Cloud Application Administrator")));
    QCOMPARE(m_server->requests.size(), 1); // a 403 is final unless the request opted in
}

void TestGraphClient::sendsUniqueClientRequestIds()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, {}); });
    GraphClient *client = makeClient();
    QSet<QByteArray> seen;
    for (int i = 0; i < 5; ++i) {
        const GraphResult result = await(client->send(GraphRequest::get(QStringLiteral("/users"))));
        const QByteArray sent = m_server->requests.last().header("client-request-id");
        QVERIFY(!QUuid::fromString(QLatin1String(sent)).isNull());
        QCOMPARE(QString::fromLatin1(sent), result.clientRequestId);
        seen.insert(sent);
        QCOMPARE(m_server->requests.last().header("authorization"), QByteArray("Bearer token-1"));
    }
    QCOMPARE(seen.size(), 5);
}

void TestGraphClient::addsConsistencyLevelForSearchAndCount_data()
{
    QTest::addColumn<QString>("queryName");
    QTest::addColumn<QString>("queryValue");
    QTest::addColumn<bool>("expectEventual");
    QTest::newRow("$search") << QStringLiteral("$search") << QStringLiteral("\"displayName:ann\"") << true;
    QTest::newRow("$count") << QStringLiteral("$count") << QStringLiteral("true") << true;
    QTest::newRow("$filter") << QStringLiteral("$filter") << QStringLiteral("displayName eq 'x'") << false;
}

void TestGraphClient::addsConsistencyLevelForSearchAndCount()
{
    QFETCH(QString, queryName);
    QFETCH(QString, queryValue);
    QFETCH(bool, expectEventual);
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, {}); });
    QUrlQuery query;
    query.addQueryItem(queryName, queryValue);
    QVERIFY(await(makeClient()->send(GraphRequest::get(QStringLiteral("/users"), query))).ok());
    QCOMPARE(m_server->requests.last().header("consistencylevel") == "eventual", expectEventual);
    QVERIFY(m_server->requests.last().target.contains(QUrl::toPercentEncoding(queryName, "$")));
}

void TestGraphClient::marksUserInitiatedCallsHighPriority()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, {}); });
    GraphClient *client = makeClient();
    GraphRequest request = GraphRequest::get(QStringLiteral("/users"));
    request.highPriority = true;
    request.headers.insert("Prefer", "return=minimal");
    QVERIFY(await(client->send(request)).ok());
    QCOMPARE(m_server->requests.last().header("x-ms-throttle-priority"), QByteArray("high"));
    QCOMPARE(m_server->requests.last().header("prefer"), QByteArray("return=minimal"));
    QVERIFY(await(client->send(GraphRequest::get(QStringLiteral("/users")))).ok());
    QVERIFY(m_server->requests.last().header("x-ms-throttle-priority").isEmpty());
}

void TestGraphClient::retriesInvalidReferenceWhenRequested()
{
    m_server->setHandler([this](const RecordedRequest &) {
        if (m_server->requests.size() == 1)
            return ScriptedReply::graphError(400, QStringLiteral("Request_BadRequest"),
                                             QStringLiteral("Not a valid reference update."));
        if (m_server->requests.size() == 2)
            return ScriptedReply::graphError(400, QStringLiteral("Request_BadRequest"),
                                             QStringLiteral("Some other problem."));
        return ScriptedReply::json(201, {});
    });
    GraphRequest request = GraphRequest::post(QStringLiteral("/servicePrincipals/sp/appRoleAssignedTo"), {},
                                              RepeatSafety::SafeToRepeat);
    request.consistencyRetries = ConsistencyRetry::InvalidReference;
    const GraphResult result = await(makeClient()->send(request));
    // The replication phrase is retried; any other 400 is final.
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorMessage, QStringLiteral("Some other problem."));
    QCOMPARE(m_server->requests.size(), 2);
}

void TestGraphClient::refreshesTokenOnceOn401()
{
    m_server->setHandler([this](const RecordedRequest &request) {
        if (request.header("authorization") == "Bearer token-1")
            return ScriptedReply::graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                                             QStringLiteral("Access token has expired or is not yet valid."));
        Q_UNUSED(this);
        return ScriptedReply::json(200, {});
    });
    const GraphResult result = await(makeClient()->send(GraphRequest::get(QStringLiteral("/me"))));
    QVERIFY(result.ok());
    QCOMPARE(m_tokens.rejected, QStringList{QStringLiteral("token-1")});
    QCOMPARE(m_server->requests.size(), 2);

    // A second 401 with the fresh token is final: no loop of refreshes.
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                                         QStringLiteral("no"));
    });
    m_server->requests.clear();
    const GraphResult rejected = await(makeClient()->send(GraphRequest::get(QStringLiteral("/me"))));
    QCOMPARE(rejected.status, 401);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(rejected.userMessage().code, QStringLiteral("InvalidAuthenticationToken"));
}

void TestGraphClient::consistencyRetryOnlyWhenRequested()
{
    int calls = 0;
    m_server->setHandler([&calls](const RecordedRequest &) {
        return ++calls % 2 == 1 ? ScriptedReply::graphError(404, QStringLiteral("Request_ResourceNotFound"),
                                                            QStringLiteral("Resource 'x' does not exist"))
                                : ScriptedReply::json(200, {});
    });
    GraphClient *client = makeClient();
    const GraphResult plain = await(client->send(GraphRequest::get(QStringLiteral("/servicePrincipals/x"))));
    QCOMPARE(plain.status, 404);
    QCOMPARE(calls, 1);

    calls = 0;
    GraphRequest optIn = GraphRequest::get(QStringLiteral("/servicePrincipals/x"));
    optIn.consistencyRetries = ConsistencyRetry::NotFound;
    const GraphResult retried = await(client->send(optIn));
    QVERIFY(retried.ok());
    QCOMPARE(calls, 2);
}

void TestGraphClient::cancelAllAbortsEverythingInFlight()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::hang(); });
    GraphClient *client = makeClient();
    QList<GraphResult> results;
    for (int i = 0; i < 3; ++i)
        whenDone(client->send(GraphRequest::get(QStringLiteral("/users/%1").arg(i))),
                 [&results](GraphResult r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 3, 30000);
    client->cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 30000);
    for (const GraphResult &r : results) {
        QVERIFY(r.cancelled);
        QCOMPARE(r.userMessage().code, QStringLiteral("cancelled"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 30000);
    // The client still works afterwards.
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::json(200, {}); });
    QVERIFY(await(client->send(GraphRequest::get(QStringLiteral("/users")))).ok());
}

void TestGraphClient::limitsRequestsInFlight()
{
    m_server->setHandler([](const RecordedRequest &) { return ScriptedReply::hang(); });
    GraphClient *client = makeClient();
    client->setMaxConcurrent(2);
    int finished = 0;
    for (int i = 0; i < 5; ++i)
        whenDone(client->send(GraphRequest::get(QStringLiteral("/users/%1").arg(i))),
                 [&finished](const GraphResult &) { ++finished; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 2, 30000);
    // A barrier instead of a pause: a request of another client, sent now over the same network manager,
    // reaches the server after anything the first client had already handed to it.
    GraphClient *other = makeClient();
    whenDone(other->send(GraphRequest::get(QStringLiteral("/barrier"))), [](const GraphResult &) {});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 3, 30000);
    QVERIFY(m_server->requests.last().path().endsWith(QLatin1String("/barrier")));
    other->cancelAll();
    m_server->requests.removeLast();
    QCOMPARE(m_server->requests.size(), 2);
    client->cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 30000);
    QCOMPARE(m_server->requests.size(), 2); // queued requests were cancelled without being sent
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
