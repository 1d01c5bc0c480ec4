// Tests of the simulated Insightly REST API v3.1 Users endpoints (HTTP Basic with the API key).
#include "tst_sim_insightly_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace insightlytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

class TestSimInsightlyRest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refusesWithoutTheKey_data();
    void refusesWithoutTheKey();
    void me();
    void usersHaveInsightlyFields();
    void paging();
    void topIsLimited_data();
    void topIsLimited();
    void userById();

private:
    HttpReply get(const QString &path, const QByteArray &key);
    QByteArray key() const { return m_sim->server().world().insightly.apiKey.toLatin1(); }

    std::unique_ptr<SimFixture> m_sim;
};

void TestSimInsightlyRest::init() {
    m_sim = std::make_unique<SimFixture>(options());
    QString error;
    QVERIFY2(start(*m_sim, &error), qPrintable(error));
}

void TestSimInsightlyRest::cleanup() {
    m_sim.reset();
}

HttpReply TestSimInsightlyRest::get(const QString &path, const QByteArray &apiKey) {
    return m_sim->request("GET", path, {}, {{"Authorization", "Basic " + (apiKey + ':').toBase64()}});
}

void TestSimInsightlyRest::refusesWithoutTheKey_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong key") << "Basic " + QByteArray("00000000-0000-4000-8000-000000000000:").toBase64();
    QTest::newRow("bearer") << QByteArray("Bearer abc");
    QTest::newRow("admin password") << "Basic " + QByteArray("admin@contoso.example:demo").toBase64();
}

void TestSimInsightlyRest::refusesWithoutTheKey() {
    QFETCH(QByteArray, authorization);
    QHash<QByteArray, QByteArray> headers;
    if (!authorization.isEmpty())
        headers.insert("Authorization", authorization);
    for (const QString &path : {QStringLiteral("/v3.1/Users"), QStringLiteral("/v3.1/Users/Me")}) {
        const HttpReply r = m_sim->request("GET", path, {}, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(),
                 QJsonObject({{QStringLiteral("Message"),
                               QStringLiteral("Authorization has been denied for this request.")}}));
    }
}

void TestSimInsightlyRest::me() {
    const HttpReply r = get(QStringLiteral("/v3.1/Users/Me"), key());
    QCOMPARE(r.status, 200);
    const QJsonObject me = r.json();
    QCOMPARE(me.value(QStringLiteral("EMAIL_ADDRESS")).toString(), QStringLiteral("admin@contoso.example"));
    QCOMPARE(me.value(QStringLiteral("ADMINISTRATOR")), QJsonValue(true));
    QCOMPARE(me.value(QStringLiteral("ACCOUNT_OWNER")), QJsonValue(true));
    QCOMPARE(me.value(QStringLiteral("ACTIVE")), QJsonValue(true));
    // The key alone (no colon) is accepted too, as Insightly's own samples send it.
    QCOMPARE(m_sim
                 ->request("GET", QStringLiteral("/v3.1/users/me"), {},
                           {{"Authorization", "Basic " + key().toBase64()}})
                 .status,
             200);
}

void TestSimInsightlyRest::usersHaveInsightlyFields() {
    const HttpReply r = get(QStringLiteral("/v3.1/Users"), key());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    const QJsonArray users = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(users.size(), m_sim->server().world().insightly.users.size());
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        for (const char *field :
             {"USER_ID", "FIRST_NAME", "LAST_NAME", "EMAIL_ADDRESS", "TIMEZONE_ID", "ACTIVE", "ADMINISTRATOR",
              "ACCOUNT_OWNER", "DATE_CREATED_UTC", "DATE_UPDATED_UTC"})
            QVERIFY2(u.contains(QString::fromLatin1(field)), field);
        QVERIFY(u.value(QStringLiteral("USER_ID")).isDouble());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                    .match(u.value(QStringLiteral("DATE_CREATED_UTC")).toString())
                    .hasMatch());
    }
    const auto emails = [&users] {
        QStringList e;
        for (const QJsonValue &v : users)
            e.append(v.toObject().value(QStringLiteral("EMAIL_ADDRESS")).toString());
        return e;
    }();
    QVERIFY(emails.contains(QStringLiteral("former.employee@contoso.example")));
}

void TestSimInsightlyRest::paging() {
    const int total = int(m_sim->server().world().insightly.users.size());
    QVERIFY(total >= 12);
    QList<qint64> ids;
    for (int skip = 0; skip < total; skip += 5) {
        const HttpReply r =
            get(QStringLiteral("/v3.1/Users?top=5&skip=%1&count_total=true").arg(skip), key());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-total-count"), QByteArray::number(total));
        const QJsonArray page = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(page.size(), qMin(5, total - skip));
        for (const QJsonValue &v : page)
            ids.append(qint64(v.toObject().value(QStringLiteral("USER_ID")).toDouble()));
    }
    QCOMPARE(ids.size(), total);
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), total);
    QVERIFY(get(QStringLiteral("/v3.1/Users?top=5"), key()).header("x-total-count").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(get(QStringLiteral("/v3.1/Users?skip=%1").arg(total), key()).body)
                 .array()
                 .size(),
             0);
}

void TestSimInsightlyRest::topIsLimited_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("top 501") << "top=501";
    QTest::newRow("top 0") << "top=0";
    QTest::newRow("top text") << "top=all";
    QTest::newRow("negative skip") << "skip=-1";
}

void TestSimInsightlyRest::topIsLimited() {
    QFETCH(QString, query);
    const HttpReply r = get(QStringLiteral("/v3.1/Users?") + query, key());
    QCOMPARE(r.status, 400);
    QVERIFY(!r.json().value(QStringLiteral("Message")).toString().isEmpty());
    QCOMPARE(get(QStringLiteral("/v3.1/Users?top=500"), key()).status, 200);
}

void TestSimInsightlyRest::userById() {
    const sim::InsightlyUser &user = m_sim->server().world().insightly.users.at(2);
    const HttpReply r = get(QStringLiteral("/v3.1/Users/%1").arg(user.userId), key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("EMAIL_ADDRESS")).toString(), user.email);
    QCOMPARE(get(QStringLiteral("/v3.1/Users/1"), key()).status, 404);
}

QTEST_GUILESS_MAIN(TestSimInsightlyRest)
#include "tst_sim_insightly_rest.moc"
