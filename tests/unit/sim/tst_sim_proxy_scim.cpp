// The simulator's own outgoing calls (Test Connection / the provisioning engine → the SCIM endpoint) reach
// the simulated hosts through its own proxy and trust its own CA, whatever application proxy the process has
// — and fail closed on a bad certificate, as Entra's provisioning service does.
#include "SyncTestWorld.h"

#include <QNetworkProxy>
#include <QTcpServer>

using namespace appstest;
using testsupport::HttpReply;

class TestSimProxyScim : public QObject, public SyncTestWorld
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void testConnectionReachesInsightlyOverHttps();

private:
    HttpReply validate(const QString &baseAddress, const QString &token);
    QString m_jobId;
};

void TestSimProxyScim::init()
{
    // An application proxy nobody listens on: a client that used it would get no answer at all.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), deadPort));
    QVERIFY(start());
    m_sim->network().setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); // the test's own calls go direct
    m_jobId = createJob().value(QStringLiteral("id")).toString();
    QVERIFY(!m_jobId.isEmpty());
    sim::InsightlyState &insightly = m_sim->server().world().insightly;
    insightly.scimEnabled = true;
    insightly.scimToken = QStringLiteral("scim-token-for-the-proxy-test");
}

void TestSimProxyScim::cleanup()
{
    m_sim.reset();
    m_scim.reset();
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

HttpReply TestSimProxyScim::validate(const QString &baseAddress, const QString &token)
{
    const QJsonObject body{{QStringLiteral("useSavedCredentials"), false},
                           {QStringLiteral("credentials"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                                                   {QStringLiteral("value"), baseAddress}},
                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")},
                                                   {QStringLiteral("value"), token}}}}};
    return m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/validateCredentials").arg(m_jobId)), body,
                        kAdminToken);
}

void TestSimProxyScim::testConnectionReachesInsightlyOverHttps()
{
    const QString endpoint = QStringLiteral("https://crm.na1.insightly.com/scim/v2");
    const QString token = m_sim->server().world().insightly.scimToken;
    HttpReply reply = validate(endpoint, token);
    QVERIFY2(reply.status == 204, reply.body.constData());

    // The answer came from the simulated Insightly: a wrong token is refused by it.
    reply = validate(endpoint, QStringLiteral("wrong-token"));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.body.contains("401"), reply.body.constData());

    // A certificate from an untrusted CA: the probe fails closed and Insightly sees no request.
    m_sim->server().setTlsFault(QStringLiteral("crm.na1.insightly.com"), sim::TlsFault::UntrustedCa);
    reply = validate(endpoint, token);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.body.contains("204"));
}

QTEST_GUILESS_MAIN(TestSimProxyScim)
#include "tst_sim_proxy_scim.moc"
