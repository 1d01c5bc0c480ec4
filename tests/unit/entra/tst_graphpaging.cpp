#include "AwaitHelpers.h"
#include "GraphClientTestBase.h"
#include "entra/GraphBatch.h"
#include "entra/GraphPager.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace insightly::entra;
using namespace std::chrono_literals;

class TestGraphPaging : public GraphClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpRig()); }
    void cleanup() { tearDownRig(); }

    void followsNextLinkVerbatimOverThreePages();
    void refusesNextLinkToAnotherHost();
    void batchResendsOnlyThrottledItems();
};

void TestGraphPaging::followsNextLinkVerbatimOverThreePages()
{
    const QString base = m_server->baseUrl().toString();
    const QString next2 = base + QStringLiteral("/v1.0/users?$top=2&$skiptoken=Page%212");
    const QString next3 = base + QStringLiteral("/v1.0/users?$top=2&$skiptoken=Page%213");
    m_server->setHandler([&](const RecordedRequest &request) {
        const auto page = [](QStringList ids, const QString &next) {
            QJsonArray values;
            for (const QString &id : ids)
                values.append(QJsonObject{{QStringLiteral("id"), id}});
            QJsonObject body{{QStringLiteral("value"), values}};
            if (!next.isEmpty())
                body.insert(QStringLiteral("@odata.nextLink"), next);
            return ScriptedReply::json(200, body);
        };
        if (request.target.contains("Page%212"))
            return page({QStringLiteral("c"), QStringLiteral("d")}, next3);
        if (request.target.contains("Page%213"))
            return page({QStringLiteral("e")}, {});
        return page({QStringLiteral("a"), QStringLiteral("b")}, next2);
    });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("2"));
    GraphResult last;
    const QJsonArray items =
        await(GraphPager::getAll(*makeClient(), GraphRequest::get(QStringLiteral("/users"), query), &last));
    QVERIFY(last.ok());
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.last().toObject().value(QLatin1String("id")).toString(), QStringLiteral("e"));
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(QString::fromLatin1(m_server->requests[1].target), next2.mid(base.size()));
    QCOMPARE(QString::fromLatin1(m_server->requests[2].target), next3.mid(base.size()));

    // Stopping early: the handler says "enough" after the first page.
    m_server->requests.clear();
    int pages = 0;
    await(GraphPager::forEachPage(*makeClient(), GraphRequest::get(QStringLiteral("/users")),
                                  [&pages](const QJsonObject &) {
                                      ++pages;
                                      return false;
                                  }));
    QCOMPARE(pages, 1);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestGraphPaging::refusesNextLinkToAnotherHost()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedReply::json(200, {{QStringLiteral("value"), QJsonArray()},
                                         {QStringLiteral("@odata.nextLink"),
                                          QStringLiteral("https://evil.example/v1.0/users?$skiptoken=1")}});
    });
    GraphResult last;
    await(GraphPager::getAll(*makeClient(), GraphRequest::get(QStringLiteral("/users")), &last));
    QVERIFY(!last.ok());
    QVERIFY(last.networkError.contains(QLatin1String("evil.example")));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestGraphPaging::batchResendsOnlyThrottledItems()
{
    const QSet<QString> throttledOnce{QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("15")};
    QList<QStringList> batches;
    m_server->setHandler([&](const RecordedRequest &request) {
        if (request.path() != QLatin1String("/v1.0/$batch"))
            qFatal("unexpected %s", request.target.constData());
        QJsonArray responses;
        QStringList ids;
        for (const QJsonValue &item : request.json().value(QLatin1String("requests")).toArray()) {
            const QString id = item.toObject().value(QLatin1String("id")).toString();
            ids << id;
            QJsonObject response{{QStringLiteral("id"), id}, {QStringLiteral("status"), 204}};
            if (batches.isEmpty() && throttledOnce.contains(id)) {
                response = {
                    {QStringLiteral("id"), id},
                    {QStringLiteral("status"), 429},
                    {QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Retry-After"),
                                  id == QLatin1String("7") ? QStringLiteral("1") : QStringLiteral("0")}}},
                    {QStringLiteral("body"),
                     QJsonObject{
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("TooManyRequests")}}}}}};
            }
            responses.prepend(response); // Graph answers in any order
        }
        batches << ids;
        return ScriptedReply::json(200, {{QStringLiteral("responses"), responses}});
    });
    QList<GraphRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests << GraphRequest::patch(QStringLiteral("/users/u%1").arg(i),
                                        {{QStringLiteral("jobTitle"), QStringLiteral("t%1").arg(i)}});
    GraphClient *client = makeClient();
    QSignalSpy throttled(client, &GraphClient::throttled);
    const QList<GraphResult> results = await(GraphBatch::send(*client, requests));
    QCOMPARE(results.size(), 20);
    for (const GraphResult &r : results)
        QCOMPARE(r.status, 204);
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0].size(), 20);
    QCOMPARE(QSet<QString>(batches[1].cbegin(), batches[1].cend()), throttledOnce);
    QCOMPARE(results[7].attempts, 2);
    QCOMPARE(results[8].attempts, 1);
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toLongLong(), qint64(1000)); // the largest item wait
    // Items went out as Graph wants them: relative url, method, body with its Content-Type header.
    const QJsonObject first =
        m_server->requests.first().json().value(QLatin1String("requests")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("url")).toString(), QStringLiteral("/users/u0"));
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(first.value(QLatin1String("headers")).toObject().value(QLatin1String("Content-Type")).toString(),
             QStringLiteral("application/json"));
}

QTEST_GUILESS_MAIN(TestGraphPaging)
#include "tst_graphpaging.moc"
