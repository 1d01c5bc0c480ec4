// Tests of the TLS faults the simulated world presents per host (SimServer::setTlsFault): a client that
// trusts only the simulator's CA refuses each one with the matching error, and no HTTP request reaches the
// world.
#include "ProxyTestClient.h"
#include "SimServer.h"

#include <QTemporaryDir>
#include <memory>

using proxytest::Client;
using proxytest::Reply;

class TestSimTlsFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refusedWithTheMatchingError_data();
    void refusedWithTheMatchingError();
    void otherHostsAreUnaffectedAndTheFaultCanBeCleared();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestSimTlsFaults::init()
{
    QVERIFY(m_dir.isValid());
    sim::SimOptions options;
    options.requestLog = m_dir.filePath(QStringLiteral("requests.jsonl"));
    QFile::remove(options.requestLog);
    m_server = std::make_unique<sim::SimServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->proxyUrl(), m_server->caCertificate());
}

void TestSimTlsFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSimTlsFaults::refusedWithTheMatchingError_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QList<int>>("expected"); // any of these QSslError::SslError values
    QTest::newRow("untrusted CA, Graph")
        << QStringLiteral("graph.microsoft.com") << int(sim::TlsFault::UntrustedCa)
        << QList<int>{QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
                      QSslError::CertificateUntrusted};
    QTest::newRow("expired, identity")
        << QStringLiteral("login.microsoftonline.com") << int(sim::TlsFault::Expired)
        << QList<int>{QSslError::CertificateExpired};
    QTest::newRow("wrong name, Insightly")
        << QStringLiteral("crm.na1.insightly.com") << int(sim::TlsFault::WrongName)
        << QList<int>{QSslError::HostNameMismatch};
}

void TestSimTlsFaults::refusedWithTheMatchingError()
{
    QFETCH(QString, host);
    QFETCH(int, fault);
    QFETCH(QList<int>, expected);
    m_server->setTlsFault(host, sim::SimServer::TlsFault(fault));
    QCOMPARE(int(m_server->tlsFault(host)), fault);
    const Reply r = m_client->send("POST", QUrl(QStringLiteral("https://%1/anything?secret=1").arg(host)),
                                   "body", {{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    bool matched = false;
    for (QSslError::SslError e : r.sslErrors)
        matched = matched || expected.contains(int(e));
    QVERIFY2(matched, qPrintable(QStringLiteral("ssl errors: %1").arg(r.sslErrors.size())));
    // The handshake failed before any HTTP request: the world saw nothing.
    QVERIFY(proxytest::readLog(m_server->options().requestLog).isEmpty());
}

void TestSimTlsFaults::otherHostsAreUnaffectedAndTheFaultCanBeCleared()
{
    m_server->setTlsFault(QStringLiteral("graph.microsoft.com"), sim::TlsFault::Expired);
    const Reply other = m_client->get(QStringLiteral("https://crm.na1.insightly.com/User/Login"));
    QCOMPARE(other.status, 200);
    QVERIFY(other.sslErrors.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("https://graph.microsoft.com/v1.0/organization")).status, 0);
    m_server->setTlsFault(QStringLiteral("graph.microsoft.com"), sim::TlsFault::None);
    // A new connection (the failed one is gone) gets the good certificate again.
    m_client->network().clearConnectionCache();
    const Reply healed = m_client->get(QStringLiteral("https://graph.microsoft.com/v1.0/organization"));
    QCOMPARE(healed.status, 401);
    QVERIFY(healed.sslErrors.isEmpty());
    const QList<QJsonObject> log = proxytest::readLog(m_server->options().requestLog);
    QCOMPARE(log.size(), 2); // the Insightly page and the healed Graph call
    QCOMPARE(log.last().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://graph.microsoft.com/v1.0/organization"));
}

QTEST_GUILESS_MAIN(TestSimTlsFaults)
#include "tst_sim_tls_faults.moc"
