// TLS fails closed on the Graph surface: graph.microsoft.com, reached through the simulator's proxy, presents
// a certificate from an untrusted CA, an expired one, or one for another name. GraphClient refuses with a
// message naming the host and the problem, and no request reaches Graph (the simulator's request log).
#include "RequestLog.h"
#include "SimFixture.h"

#include "entra/CloudEndpoints.h"
#include "entra/GraphClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <qcorotask.h>

using namespace insightly::entra;

class TestGraphTls : public QObject
{
    Q_OBJECT
private slots:
    void refusedWithTheHostAndTheProblem_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("problem");
        QTest::newRow("none") << int(sim::TlsFault::None) << QString();
        QTest::newRow("untrusted CA")
            << int(sim::TlsFault::UntrustedCa)
            << QStringLiteral("issued by an authority this computer does not trust");
        QTest::newRow("expired") << int(sim::TlsFault::Expired)
                                 << QStringLiteral("has expired or is not valid yet");
        QTest::newRow("wrong name") << int(sim::TlsFault::WrongName)
                                    << QStringLiteral("was issued for another name");
    }

    void refusedWithTheHostAndTheProblem()
    {
        QFETCH(int, fault);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        sim::SimOptions options;
        options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
        testsupport::SimFixture sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        const QString host = QStringLiteral("graph.microsoft.com");
        sim.server().setTlsFault(host, sim::TlsFault(fault));

        GraphClient graph(&sim.network(), CloudEndpoints::forCloud(Cloud::Global), nullptr);
        GraphRequest request = GraphRequest::get(QStringLiteral("/me"));
        const GraphResult result = QCoro::waitFor(graph.send(request));
        const QStringList reached = testsupport::loggedUrlsFor(options.requestLog, host);
        if (problem.isEmpty()) {
            // The control: without a fault the same request reaches Graph (401 without a token) and is
            // logged.
            QCOMPARE(result.status, 401);
            QVERIFY(!result.tlsRefused);
            QVERIFY2(!reached.isEmpty(), "the request log names no request to graph.microsoft.com");
            return;
        }
        QCOMPARE(result.status, 0);
        QVERIFY(result.tlsRefused);
        QVERIFY2(result.networkError.contains(host), qPrintable(result.networkError));
        QVERIFY2(result.networkError.contains(problem), qPrintable(result.networkError));
        QVERIFY2(reached.isEmpty(), qPrintable(reached.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestGraphTls)
#include "tst_graph_tls.moc"
