// Tests of insightly/ScimProbe against the simulator's Insightly SCIM service and against small HTTP/TLS
// doubles.
#include "HttpDouble.h"
#include "ScimSimSetup.h"

#include "insightly/ScimProbe.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>
#include <qcorotask.h>

using namespace insightly;
using testsupport::DoubleRequest;
using testsupport::DoubleResponse;
using testsupport::HttpDouble;

namespace {

const QByteArray kEmptyList = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],)"
                              R"("totalResults":0,"Resources":[],"startIndex":1,"itemsPerPage":20})";
const QByteArray kConfig = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],)"
                           R"("filter":{"supported":true,"maxResults":200},"bulk":{"supported":false}})";
const QString kToken = QStringLiteral("Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw");

// A SCIM service that accepts kToken only.
DoubleResponse goodScim(const DoubleRequest &r) {
    if (r.headers.value("authorization") != "Bearer " + kToken.toLatin1())
        return DoubleResponse::json(401, R"({"detail":"Authorization failure."})");
    if (r.path() == QStringLiteral("/scim/v2/ServiceProviderConfig"))
        return DoubleResponse::json(200, kConfig);
    if (r.path() == QStringLiteral("/scim/v2/Users"))
        return DoubleResponse::json(200, kEmptyList);
    return DoubleResponse::json(404, R"({"detail":"Resource not found"})");
}

QList<ScimCheckOutcome> outcomes(const ScimProbeReport &report) {
    QList<ScimCheckOutcome> list;
    for (const ScimCheck &c : report.checks)
        list << c.outcome;
    return list;
}

constexpr auto Passed = ScimCheckOutcome::Passed;
constexpr auto Failed = ScimCheckOutcome::Failed;
constexpr auto Skipped = ScimCheckOutcome::Skipped;

} // namespace

class TestScimProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void simulatorGoodToken();
    void simulatorWrongToken();
    void simulatorScimDisabled();
    void sendsWhatEntraSends();
    void wrongPath();
    void serverDown();
    void answersAfterTheTimeout();
    void htmlInsteadOfScim();
    void redirectNotFollowed();
    void filterIgnored();
    void hostNotFound();
    void plainHttpRefused();
    void selfSignedCertificateFailsClosed();
    void trustedCertificatePasses();
    void certificateForAnotherHost();
    void expiredCertificate();
    void hostNameResolved();
    void cancel();

private:
    ScimProbeReport probe(const QUrl &base, const QString &token, ScimProbeOptions options = {});
    ScimProbeReport probeTrusting(const QSslConfiguration &tls, const QUrl &base);

    QNetworkAccessManager m_network;
    QStringList m_problems; // found by probe(), reported by cleanup()
};

void TestScimProbe::initTestCase() {
    qRegisterMetaType<ScimCheck>();
}

void TestScimProbe::cleanup() {
    const QStringList problems = std::exchange(m_problems, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

ScimProbeReport TestScimProbe::probe(const QUrl &base, const QString &token, ScimProbeOptions options) {
    if (options.checkTimeout == std::chrono::milliseconds(10000))
        options.checkTimeout = std::chrono::seconds(60); // generous on a loaded machine
    ScimProbe probe(&m_network, options);
    QList<ScimCheckId> emitted;
    connect(&probe, &ScimProbe::checkFinished, this, [&emitted](const ScimCheck &c) { emitted << c.id; });
    ScimProbeReport report = QCoro::waitFor(probe.run(base, token));
    // Every row is reported once, in order, while the probe runs.
    const QList<ScimCheckId> all{ScimCheckId::HostLookup, ScimCheckId::TcpConnect, ScimCheckId::Tls,
                                 ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup};
    if (emitted != all)
        m_problems << QStringLiteral("checkFinished was not emitted once per row, in order");
    for (const ScimCheck &c : report.checks) {
        if (c.title.isEmpty())
            m_problems << QStringLiteral("a row without a title");
        if (c.failed() != !c.failure.isEmpty())
            m_problems << QStringLiteral("row %1: a failure without a cause, or a cause without a failure")
                              .arg(c.title);
        if (c.seen.contains(token) || c.failure.toDiagnostics().contains(token))
            m_problems << QStringLiteral("the token appears in row %1").arg(c.title);
    }
    return report;
}

// Probes while this computer trusts `tls`'s certificate, as if a trusted CA had issued it.
ScimProbeReport TestScimProbe::probeTrusting(const QSslConfiguration &tls, const QUrl &base) {
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(tls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const ScimProbeReport report = probe(base, kToken);
    QSslConfiguration::setDefaultConfiguration(original);
    return report;
}

void TestScimProbe::simulatorGoodToken() {
    testsupport::SimFixture sim(insightlytest::options());
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    ScimProbeOptions options;
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(scim.endpoint, scim.token, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Passed, Passed}));
    QVERIFY(report.allPassed());
    QVERIFY(report.firstFailure().isEmpty());
    QVERIFY2(report.check(ScimCheckId::UserLookup).seen.contains(QLatin1String("application/scim+json")),
             qPrintable(report.check(ScimCheckId::UserLookup).seen));
    QVERIFY(report.check(ScimCheckId::TcpConnect).seen.contains(QString::number(scim.endpoint.port())));
    // Nothing was created by the probe.
    QVERIFY(sim.server().world().insightly.scimUsers.isEmpty());
}

void TestScimProbe::simulatorWrongToken() {
    testsupport::SimFixture sim(insightlytest::options());
    testsupport::ScimSim scim;
    QString error;
    QVERIFY2(testsupport::startSimWithScim(sim, &scim, &error), qPrintable(error));
    ScimProbeOptions options;
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(scim.endpoint, kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Failed, Failed}));
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
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(scim.endpoint, scim.token, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Failed, Failed}));
    // Insightly's status for a token of a switched-off integration is unconfirmed; the simulator answers 403.
    QCOMPARE(report.firstFailure().code, QLatin1String(ScimProbeCode::Forbidden));
    QVERIFY(report.firstFailure().action.contains(QLatin1String("Enable SCIM Provisioning")));
}

void TestScimProbe::sendsWhatEntraSends() {
    HttpDouble server(goodScim);
    ScimProbeOptions options;
    options.allowLoopbackHttp = true;
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
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v1/wrong")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Failed, Failed}));
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
    options.allowLoopbackHttp = true;
    const ScimProbeReport report =
        probe(QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(port)), kToken, options);
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
    options.allowLoopbackHttp = true;
    options.checkTimeout = std::chrono::milliseconds(1500);
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Failed, Skipped}));
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
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/user/login")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Failed, Failed}));
    for (ScimCheckId id : {ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup}) {
        QCOMPARE(report.check(id).failure.code, QLatin1String(ScimProbeCode::NotScim));
        QVERIFY(report.check(id).failure.why.contains(QLatin1String("text/html")));
    }
}

void TestScimProbe::redirectNotFollowed() {
    HttpDouble server([](const DoubleRequest &) {
        DoubleResponse r = DoubleResponse::json(302, {}, "text/html");
        r.headers << std::pair<QByteArray, QByteArray>("Location",
                                                       "https://login.example.com/signin?next=scim");
        return r;
    });
    ScimProbeOptions options;
    options.allowLoopbackHttp = true;
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
    options.allowLoopbackHttp = true;
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Passed, Failed}));
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

void TestScimProbe::plainHttpRefused() {
    HttpDouble server(goodScim);
    // Without the demo option, http is refused before the token is sent, even on this computer.
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, {});
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    QCOMPARE(report.check(ScimCheckId::Tls).failure.code, QLatin1String(ScimProbeCode::NotEncrypted));
    QVERIFY(server.requests().isEmpty());
}

void TestScimProbe::selfSignedCertificateFailsClosed() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probe(server.url(QStringLiteral("/scim/v2")), kToken, {});
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const ScimCheck &row = report.check(ScimCheckId::Tls);
    QCOMPARE(row.failure.code, QLatin1String(ScimProbeCode::TlsUntrusted));
    QVERIFY2(row.seen.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(row.seen));
    QVERIFY(row.seen.contains(QLatin1String("localhost")));
    QVERIFY(server.requests().isEmpty()); // the token never left
}

void TestScimProbe::trustedCertificatePasses() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probeTrusting(tls, server.url(QStringLiteral("/scim/v2")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Passed, Passed, Passed}));
    const QString seen = report.check(ScimCheckId::Tls).seen;
    QVERIFY2(seen.contains(QLatin1String("certificate for localhost")), qPrintable(seen));
    QVERIFY2(seen.contains(QRegularExpression(QStringLiteral("\\b(29|30) day"))), qPrintable(seen));
    QVERIFY2(seen.contains(QLatin1String("issued by localhost")), qPrintable(seen));
}

void TestScimProbe::certificateForAnotherHost() {
    QString error;
    const QSslConfiguration tls = testsupport::selfSignedServerTls(
        QStringLiteral("scim.other.example"), QStringLiteral("DNS:scim.other.example"), &error);
    if (tls.isNull())
        QSKIP(qPrintable(error));
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report = probeTrusting(tls, server.url(QStringLiteral("/scim/v2")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const UserMessage &m = report.check(ScimCheckId::Tls).failure;
    QCOMPARE(m.code, QLatin1String(ScimProbeCode::TlsHostMismatch));
    QVERIFY2(m.what.contains(QLatin1String("scim.other.example")), qPrintable(m.what));
    QVERIFY(server.requests().isEmpty());
}

void TestScimProbe::expiredCertificate() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const sim::GeneratedCertificate expired =
        sim::generateSelfSignedCertificate(QStringLiteral("localhost"), now.addDays(-60), now.addDays(-2));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(expired.certificatePem));
    tls.setPrivateKey(QSslKey(expired.privateKeyPem, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    HttpDouble server(goodScim, tls);
    const ScimProbeReport report =
        probeTrusting(tls, server.url(QStringLiteral("/scim/v2"), QStringLiteral("localhost")));
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Failed, Skipped, Skipped}));
    const ScimCheck &row = report.check(ScimCheckId::Tls);
    QCOMPARE(row.failure.code, QLatin1String(ScimProbeCode::TlsExpired));
    QVERIFY2(row.failure.why.contains(QLatin1String("clock")), qPrintable(row.failure.why));
    QVERIFY2(row.seen.contains(QLatin1String("expired")), qPrintable(row.seen));
    QVERIFY(server.requests().isEmpty());
}

void TestScimProbe::hostNameResolved() {
    HttpDouble server(goodScim); // listens on 127.0.0.1 only, while localhost may resolve to ::1 first
    ScimProbeOptions options;
    options.allowLoopbackHttp = true;
    const ScimProbeReport report =
        probe(server.url(QStringLiteral("/scim/v2"), QStringLiteral("localhost")), kToken, options);
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Passed, Passed}));
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
    options.allowLoopbackHttp = true;
    options.checkTimeout =
        std::chrono::minutes(10); // only the cancel can end the wait within the test's time
    ScimProbe probe(&m_network, options);
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
    QCOMPARE(outcomes(report), (QList<ScimCheckOutcome>{Passed, Passed, Skipped, Skipped, Skipped}));
    QCOMPARE(report.check(ScimCheckId::ServiceProviderConfig).seen, QStringLiteral("Cancelled."));
    QCOMPARE(report.check(ScimCheckId::UserLookup).seen, QStringLiteral("Cancelled."));
}

QTEST_GUILESS_MAIN(TestScimProbe)
#include "tst_scimprobe.moc"
