// Tests of insightly/ScimProbe against the simulator's Insightly SCIM service (https://crm.na1.insightly.com,
// through its proxy) and small https doubles on loopback (certificate faults: tst_scimprobe_tls).
#include "ScimProbeTestSupport.h"
#include "RequestLog.h"
#include "ScimSimSetup.h"

#include "insightly/ScimProbe.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcorotask.h>

using namespace insightly;
using testsupport::DoubleRequest;
using testsupport::DoubleResponse;
using testsupport::HttpDouble;
using namespace testsupport;

class TestScimProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void simulatorGoodToken();
    void simulatorWrongToken();
    void simulatorScimDisabled();
    void simulatorTlsFaultsFailClosed_data();
    void simulatorTlsFaultsFailClosed();
    void sendsWhatEntraSends();
    void wrongPath();
    void serverDown();
    void answersAfterTheTimeout();
    void htmlInsteadOfScim();
    void errorAnswers_data();
    void errorAnswers();
    void redirectNotFollowed();
    void filterIgnored();
    void hostNotFound();
    void hostNameResolved();
    void cancel();

private:
    ScimProbeReport probe(const QUrl &base, const QString &token, const ScimProbeOptions &options = {}) {
        return m_runner.run(base, token, options);
    }

    testsupport::ProbeRunner m_runner;
};

void TestScimProbe::initTestCase() {
    qRegisterMetaType<ScimCheck>();
    // The doubles serve https with a certificate this computer trusts, as Insightly's SCIM service does:
    // the probe never sends the token over plain http.
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble::defaultTls() = tls;
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(tls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
}

void TestScimProbe::cleanup() {
    const QStringList problems = m_runner.takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestScimProbe::simulatorGoodToken() {
    testsupport::SimFixture sim(insightlytest::options());
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    ScimProbeOptions options;
    const ScimProbeReport report = probe(scim.endpoint, scim.token, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Passed, Passed}));
    QVERIFY(report.allPassed());
    QVERIFY(report.firstFailure().isEmpty());
    QVERIFY2(report.check(ScimCheckId::UserLookup).seen.contains(QLatin1String("application/scim+json")),
             qPrintable(report.check(ScimCheckId::UserLookup).seen));
    // Reached as behind a company proxy: the proxy resolves the name and opens the tunnel to port 443.
    QVERIFY2(report.check(ScimCheckId::TcpConnect).seen.contains(QLatin1String("443")),
             qPrintable(report.check(ScimCheckId::TcpConnect).seen));
    QVERIFY2(report.check(ScimCheckId::HostLookup).seen.contains(QString::number(sim.proxyUrl().port())),
             qPrintable(report.check(ScimCheckId::HostLookup).seen));
    // Nothing was created by the probe.
    QVERIFY(sim.server().world().insightly.scimUsers.isEmpty());
}

void TestScimProbe::simulatorWrongToken() {
    testsupport::SimFixture sim(insightlytest::options());
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    ScimProbeOptions options;
    const ScimProbeReport report = probe(scim.endpoint, kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Failed, Failed}));
    QVERIFY(!report.allPassed());
    for (ScimCheckId id : {ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup}) {
        const UserMessage &m = report.check(id).failure;
        QCOMPARE(m.code, QLatin1String(ScimProbeCode::TokenRejected));
        QVERIFY(m.why.contains(QLatin1String("regenerated")));
        QVERIFY(m.action.contains(QLatin1String("SAML and SCIM")));
        QVERIFY(report.check(id).seen.contains(QLatin1String("HTTP 401")));
    }
    QCOMPARE(report.firstFailure().code, QLatin1String(ScimProbeCode::TokenRejected));
}

void TestScimProbe::simulatorScimDisabled() {
    testsupport::SimFixture sim(insightlytest::options());
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    insightlytest::save(sim, false, false); // the admin unticks Enable SCIM Provisioning
    ScimProbeOptions options;
    const ScimProbeReport report = probe(scim.endpoint, scim.token, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Failed, Failed}));
    // Insightly's status for a token of a switched-off integration is unconfirmed; the simulator answers 403.
    QCOMPARE(report.firstFailure().code, QLatin1String(ScimProbeCode::Forbidden));
    QVERIFY(report.firstFailure().action.contains(QLatin1String("Enable SCIM Provisioning")));
}

void TestScimProbe::simulatorTlsFaultsFailClosed_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("code");
    QTest::newRow("untrusted CA") << int(sim::TlsFault::UntrustedCa) << QString::fromLatin1(ScimProbeCode::TlsUntrusted);
    QTest::newRow("expired") << int(sim::TlsFault::Expired) << QString::fromLatin1(ScimProbeCode::TlsExpired);
    QTest::newRow("wrong name") << int(sim::TlsFault::WrongName)
                                << QString::fromLatin1(ScimProbeCode::TlsHostMismatch);
}

// The crm host behind the proxy presents a bad certificate: the TLS row fails with the host and the problem,
// and the token never reaches Insightly (nothing in the request log for that host).
void TestScimProbe::simulatorTlsFaultsFailClosed() {
    QFETCH(int, fault);
    QFETCH(QString, code);
    QTemporaryDir dir;
    sim::SimOptions options = insightlytest::options();
    options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
    testsupport::SimFixture sim(options);
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    const QString host = scim.endpoint.host();
    sim.server().setTlsFault(host, sim::TlsFault(fault));
    const ScimProbeReport report = probe(scim.endpoint, scim.token);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const ScimCheck &tls = report.check(ScimCheckId::Tls);
    QCOMPARE(tls.failure.code, code);
    QVERIFY2(tls.failure.what.contains(host) || tls.failure.why.contains(host), qPrintable(tls.failure.what));
    const QStringList reached = testsupport::loggedUrlsFor(options.requestLog, host);
    QVERIFY2(reached.isEmpty(), qPrintable(reached.join(u' ')));
}

void TestScimProbe::sendsWhatEntraSends() {
    HttpDouble server(goodScim);
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, options);
    QVERIFY(report.allPassed());
    QCOMPARE(server.requests().size(), 2);
    const DoubleRequest config = server.requests().at(0);
    QCOMPARE(config.method, QByteArray("GET"));
    QCOMPARE(config.path(), QStringLiteral("/scim/v2/ServiceProviderConfig"));
    const DoubleRequest lookup = server.requests().at(1); // a copy: the next probe adds requests
    QCOMPARE(lookup.path(), QStringLiteral("/scim/v2/Users"));
    QCOMPARE(lookup.headers.value("authorization"), "Bearer " + kToken.toLatin1());
    const QString filter = lookup.query().queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^userName eq \"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                          "[0-9a-f]{12}\"$"))
            .match(filter)
            .hasMatch(),
        qPrintable(filter));
    // A fresh GUID each run.
    const ScimProbeReport again = probe(server.url(QStringLiteral("/scim/v2")), kToken, options);
    QVERIFY(again.allPassed());
    QCOMPARE(server.requests().size(), 4);
    QVERIFY(server.requests().at(3).query().queryItemValue(QStringLiteral("filter")) !=
            lookup.query().queryItemValue(QStringLiteral("filter")));
}

void TestScimProbe::wrongPath() {
    HttpDouble server(goodScim);
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v1/wrong")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Failed, Failed}));
    QCOMPARE(report.check(ScimCheckId::UserLookup).failure.code, QLatin1String(ScimProbeCode::WrongPath));
    QVERIFY(report.check(ScimCheckId::UserLookup).failure.why.contains(QLatin1String("path is wrong")));
}

void TestScimProbe::serverDown() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    ScimProbeOptions options;
    const ScimProbeReport report =
        probe(QUrl(QStringLiteral("https://127.0.0.1:%1/scim/v2").arg(port)), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Failed, Skipped, Skipped, Skipped}));
    QCOMPARE(report.check(ScimCheckId::TcpConnect).failure.code,
             QLatin1String(ScimProbeCode::ConnectionRefused));
    QVERIFY(report.check(ScimCheckId::ServiceProviderConfig).seen.contains(QLatin1String("no connection")));
}

void TestScimProbe::answersAfterTheTimeout() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r;
        r.silent = true;
        return r;
    });
    ScimProbeOptions options;
    options.checkTimeout = std::chrono::milliseconds(1500);
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Failed, Skipped}));
    const UserMessage &m = report.check(ScimCheckId::ServiceProviderConfig).failure;
    QCOMPARE(m.code, QLatin1String(ScimProbeCode::Timeout));
    QVERIFY2(m.what.contains(QLatin1String("did not answer within 1.5 s")), qPrintable(m.what));
    QCOMPARE(server.requests().size(), 1);
}

void TestScimProbe::htmlInsteadOfScim() {
    HttpDouble server([](const DoubleRequest &) {
        return DoubleResponse::json(
            200, "<!DOCTYPE html><html><body><form>Sign in to Insightly</form></body></html>",
            "text/html; charset=utf-8");
    });
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/user/login")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Failed, Failed}));
    for (ScimCheckId id : {ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup}) {
        QCOMPARE(report.check(id).failure.code, QLatin1String(ScimProbeCode::NotScim));
        QVERIFY(report.check(id).failure.why.contains(QLatin1String("text/html")));
    }
}

void TestScimProbe::errorAnswers_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentioned"); // a word of the message that carries the cause
    const QByteArray scimError =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"%1"})";
    QTest::newRow("403") << 403 << QByteArray("application/scim+json") << scimError
                         << QString::fromLatin1(ScimProbeCode::Forbidden) << QStringLiteral("Enterprise");
    QTest::newRow("410") << 410 << QByteArray("application/scim+json") << scimError
                         << QString::fromLatin1(ScimProbeCode::WrongPath) << QStringLiteral("path is wrong");
    QTest::newRow("429") << 429 << QByteArray("application/scim+json") << scimError
                         << QString::fromLatin1(ScimProbeCode::RateLimited) << QStringLiteral("12 second");
    QTest::newRow("503") << 503 << QByteArray("text/html") << QByteArray("<html>Service Unavailable</html>")
                         << QString::fromLatin1(ScimProbeCode::ServerError) << QStringLiteral("503");
    QTest::newRow("400 invalidFilter")
        << 400 << QByteArray("application/scim+json")
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"invalidFilter"})")
        << QString::fromLatin1(ScimProbeCode::FilterRefused) << QStringLiteral("userName eq");
    QTest::newRow("200 JSON but not SCIM")
        << 200 << QByteArray("application/json") << QByteArray(R"([{"USER_ID":1}])")
        << QString::fromLatin1(ScimProbeCode::NotScim) << QStringLiteral("application/json");
    QTest::newRow("418 JSON") << 418 << QByteArray("application/json") << QByteArray("{}")
                              << QString::fromLatin1(ScimProbeCode::UnexpectedStatus)
                              << QStringLiteral("418");
}

void TestScimProbe::errorAnswers() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, mentioned);
    HttpDouble server([&](const DoubleRequest &) {
        DoubleResponse r = DoubleResponse::json(status, body, contentType);
        r.headers << std::pair<QByteArray, QByteArray>("Retry-After", "12");
        return r;
    });
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim")), kToken, options);
    const ScimCheck &row = report.check(ScimCheckId::UserLookup);
    QCOMPARE(row.outcome, Failed);
    QCOMPARE(row.failure.code, code);
    QVERIFY2(row.failure.toDiagnostics().contains(mentioned), qPrintable(row.failure.toDiagnostics()));
    QVERIFY(row.seen.contains(QStringLiteral("HTTP %1").arg(status)));
}

void TestScimProbe::redirectNotFollowed() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r = DoubleResponse::json(302, {}, "text/html");
        r.headers << std::pair<QByteArray, QByteArray>("Location",
                                                       "https://login.example.com/signin?next=scim");
        return r;
    });
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim")), kToken, options);
    QCOMPARE(report.check(ScimCheckId::UserLookup).failure.code, QLatin1String(ScimProbeCode::Redirected));
    QVERIFY(report.check(ScimCheckId::UserLookup).failure.what.contains(QLatin1String("login.example.com")));
    QCOMPARE(server.requests().size(), 2); // one per check: nothing followed
}

void TestScimProbe::filterIgnored() {
    HttpDouble server([](const DoubleRequest &r) {
        if (r.path().endsWith(QStringLiteral("/Users")))
            return DoubleResponse::json(
                200, R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":3,)"
                     R"("Resources":[{"id":"1"},{"id":"2"},{"id":"3"}]})");
        return DoubleResponse::json(200, kConfig, "application/json");
    });
    ScimProbeOptions options;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Passed, Failed}));
    QCOMPARE(report.check(ScimCheckId::UserLookup).failure.code,
             QLatin1String(ScimProbeCode::UnexpectedUsers));
}

void TestScimProbe::hostNotFound() {
    ScimProbeOptions options;
    options.checkTimeout = std::chrono::seconds(30);
    const ScimProbeReport report =
        probe(QUrl(QStringLiteral("https://scim.no-such-host.invalid/scim/v2")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Failed, Skipped, Skipped, Skipped, Skipped}));
    const QString code = report.check(ScimCheckId::HostLookup).failure.code;
    // Without any resolver the lookup may also run out of time; both say the name was not resolved.
    QVERIFY2(code == QLatin1String(ScimProbeCode::HostNotFound) ||
                 code == QLatin1String(ScimProbeCode::Timeout),
             qPrintable(code));
}

void TestScimProbe::hostNameResolved() {
    HttpDouble server(goodScim); // listens on 127.0.0.1 only, while localhost may resolve to ::1 first
    ScimProbeOptions options;
    const ScimProbeReport report =
        probe(server.url(QStringLiteral("/scim/v2"), QStringLiteral("localhost")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Passed, Passed}));
    QVERIFY2(report.check(ScimCheckId::HostLookup).seen.contains(QLatin1String("127.0.0.1")),
             qPrintable(report.check(ScimCheckId::HostLookup).seen));
}

void TestScimProbe::cancel() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r;
        r.silent = true;
        return r;
    });
    ScimProbeOptions options;
    options.checkTimeout =
        std::chrono::minutes(10); // only the cancel can end the wait within the test's time
    ScimProbe probe(&m_runner.network(), options);
    // Cancel once the request of row 4 has reached the server.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &probe, [&] {
        if (!server.requests().isEmpty())
            probe.cancel();
    });
    poll.start(20);
    const ScimProbeReport report = QCoro::waitFor(probe.run(server.url(QStringLiteral("/scim/v2")), kToken));
    QVERIFY(report.cancelled);
    QVERIFY(!report.allPassed());
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Skipped, Skipped}));
    QCOMPARE(report.check(ScimCheckId::ServiceProviderConfig).seen, QStringLiteral("Cancelled."));
    QCOMPARE(report.check(ScimCheckId::UserLookup).seen, QStringLiteral("Cancelled."));
}

QTEST_GUILESS_MAIN(TestScimProbe)
#include "tst_scimprobe.moc"
