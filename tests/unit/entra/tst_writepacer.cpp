// WritePacer: the quota's sliding window, writes counted from when they are sent, and the adaptation after a
// 429 — on an injected clock, so nothing here waits for wall-clock time (the two waiting tests end by
// cancel).
#include "AwaitHelpers.h"
#include "entra/WritePacer.h"

#include <QTest>

using namespace insightly::entra;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct ManualClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1000000);
    WritePacer::Clock clock() const
    {
        return [now = now] { return *now; };
    }
    void advance(qint64 ms) { *now += ms; }
};

} // namespace

class TestWritePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaPassesAtOnceThenWaits();
    void cancelledWaitGivesItsSlotBack();
    void fullQuotaEveryWindow();
    void writesCountFromWhenTheyAreSent();
    void throttlingPausesAndShrinksOnce();
    void limitGrowsBackOverOneWindow();
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
    ManualClock clock;
    WritePacer pacer(1, 60s, clock.clock());
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
    // The cancelled slot is free again: one window after the first write the next one passes at once,
    // not a window later still.
    clock.advance(60000);
    QCOMPARE(pacer.reserve(1), 0);
    // A batch of five reserves five times: with a quota of 5 in a fresh pacer it passes at once.
    WritePacer batchPacer(5, 60s, clock.clock());
    QCOMPARE(batchPacer.reserve(5), 0);
    QCOMPARE(batchPacer.reserve(1), 60000);
}

void TestWritePacer::fullQuotaEveryWindow()
{
    // 3,000 writes per 150 s in batches of 20, sent the moment each is allowed: each window takes exactly
    // the quota — the pacer itself gives up none of the ceiling.
    ManualClock clock;
    WritePacer pacer(3000, 150s, clock.clock());
    int sentInWindow[4] = {0, 0, 0, 0};
    const qint64 start = *clock.now;
    for (int batch = 0; batch < 4 * 150; ++batch) {
        QList<qint64> times;
        const qint64 wait = pacer.reserve(20, &times);
        clock.advance(wait);
        pacer.sent(times);
        const qint64 window = (*clock.now - start) / 150000;
        QVERIFY(window < 4);
        sentInWindow[window] += 20;
        clock.advance(10); // the next batch is ready 10 ms later
    }
    for (int count : sentInWindow)
        QCOMPARE(count, 3000);
}

void TestWritePacer::writesCountFromWhenTheyAreSent()
{
    ManualClock clock;
    WritePacer pacer(2, 10s, clock.clock());
    QList<qint64> first;
    QCOMPARE(pacer.reserve(2, &first), 0);
    // Both waited 4 s for a free connection before they went out: the window runs from then.
    clock.advance(4000);
    pacer.sent(first);
    clock.advance(6000); // 10 s after the reservation, 6 s after the sending
    QCOMPARE(pacer.reserve(1), 4000);
}

void TestWritePacer::throttlingPausesAndShrinksOnce()
{
    ManualClock clock;
    WritePacer pacer(100, 150s, clock.clock());
    QCOMPARE(pacer.currentLimit(), 100.0);
    pacer.onThrottled(3s);
    QCOMPARE(pacer.currentLimit(), 75.0);
    pacer.onThrottled(3s); // the same burst of 429s: counted once
    QCOMPARE(pacer.currentLimit(), 75.0);
    // Every writer waits for the Retry-After.
    QCOMPARE(pacer.reserve(1), 3000);
    // Only 75 writes fit the window now: the 76th waits for the first one to leave the window.
    for (int i = 1; i < 75; ++i)
        QCOMPARE(pacer.reserve(1), 3000);
    const qint64 wait = pacer.reserve(1);
    QVERIFY2(wait > 3000, qPrintable(QString::number(wait)));
    // A 429 a second later counts again.
    clock.advance(1000);
    pacer.onThrottled(0ms);
    QVERIFY(pacer.currentLimit() < 75.0 * 0.75 + 1);
    QVERIFY(pacer.currentLimit() >= 1.0);
}

void TestWritePacer::limitGrowsBackOverOneWindow()
{
    ManualClock clock;
    WritePacer pacer(3000, 150s, clock.clock());
    pacer.onThrottled(0ms);
    QCOMPARE(pacer.currentLimit(), 2250.0);
    clock.advance(75000); // half a window later: half-way back
    QCOMPARE(pacer.currentLimit(), 2625.0);
    clock.advance(75000); // a whole window without a 429: the full quota again
    QCOMPARE(pacer.currentLimit(), 3000.0);
    clock.advance(150000);
    QCOMPARE(pacer.currentLimit(), 3000.0); // never above it
}

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_writepacer.moc"
