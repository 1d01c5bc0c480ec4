#include "AwaitHelpers.h"
#include "entra/WritePacer.h"

#include <QTest>

using namespace insightly::entra;
using namespace std::chrono_literals;

class TestWritePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaPassesAtOnceThenWaits();
    void cancelledWaitGivesItsSlotBack();
    void throttlingShrinksAndSuccessRestores();
};

void TestWritePacer::quotaPassesAtOnceThenWaits()
{
    WritePacer pacer(3, 60s);
    CancelToken cancel;
    int granted = 0;
    int finished = 0;
    for (int i = 0; i < 4; ++i)
        whenDone(pacer.acquire(1, &cancel), [&](bool ok) {
            granted += ok ? 1 : 0;
            ++finished;
        });
    // The first three fit the window and complete without waiting; the fourth must wait a minute.
    QCOMPARE(granted, 3);
    QCoreApplication::processEvents();
    QCOMPARE(finished, 3);
    cancel.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 30000);
    QCOMPARE(granted, 3);
}

void TestWritePacer::cancelledWaitGivesItsSlotBack()
{
    WritePacer pacer(1, 60s);
    QVERIFY(QCoro::waitFor(pacer.acquire()));
    CancelToken cancel;
    bool done = false;
    bool result = true;
    whenDone(pacer.acquire(1, &cancel), [&](bool ok) {
        result = ok;
        done = true;
    });
    QVERIFY(!done);
    cancel.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!result);
    // A batch of five reserves five slots: with a quota of 5 in a fresh pacer it passes at once.
    WritePacer batchPacer(5, 60s);
    bool batchDone = false;
    whenDone(batchPacer.acquire(5), [&batchDone](bool ok) { batchDone = ok; });
    QVERIFY(batchDone);
}

void TestWritePacer::throttlingShrinksAndSuccessRestores()
{
    WritePacer pacer(100, 150s);
    QCOMPARE(pacer.currentLimit(), 100.0);
    pacer.onThrottled(0ms);
    QCOMPARE(pacer.currentLimit(), 75.0);
    pacer.onThrottled(0ms); // the same burst of 429s: counted once
    QCOMPARE(pacer.currentLimit(), 75.0);
    for (int i = 0; i < 10; ++i)
        pacer.onSuccess();
    QCOMPARE(pacer.currentLimit(), 85.0);
    for (int i = 0; i < 100; ++i)
        pacer.onSuccess();
    QCOMPARE(pacer.currentLimit(), 100.0); // never above the quota
}

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_writepacer.moc"
