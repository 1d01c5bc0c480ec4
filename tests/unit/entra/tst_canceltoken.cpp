// CancelToken and sleepUnlessCancelled: a wait ends early when its token is cancelled, and also when the
// token is deleted (its owner — a page, the wizard — went away), so no operation outlives what it works for.
#include "AwaitHelpers.h"
#include "entra/CancelToken.h"

#include <QtTest>
#include <optional>

using namespace insightly::entra;
using namespace std::chrono_literals;

class TestCancelToken : public QObject
{
    Q_OBJECT
private slots:
    void waitRunsItsCourseWithoutCancel()
    {
        CancelToken token;
        std::optional<bool> slept;
        whenDone(sleepUnlessCancelled(50ms, &token), [&](bool value) { slept = value; });
        QTRY_VERIFY_WITH_TIMEOUT(slept.has_value(), 10000);
        QCOMPARE(*slept, true);
    }

    void cancelEndsTheWaitAtOnce()
    {
        CancelToken token;
        std::optional<bool> slept;
        whenDone(sleepUnlessCancelled(10min, &token), [&](bool value) { slept = value; });
        QVERIFY(!slept.has_value());
        token.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(slept.has_value(), 10000);
        QCOMPARE(*slept, false);
    }

    void deletedTokenCountsAsCancelled()
    {
        auto *owner = new QObject;
        auto *token = new CancelToken(owner);
        std::optional<bool> slept;
        whenDone(sleepUnlessCancelled(200ms, token), [&](bool value) { slept = value; });
        delete owner; // the page that owned the operation is closed while it waits
        QTRY_VERIFY_WITH_TIMEOUT(slept.has_value(), 10000);
        QCOMPARE(*slept, false);
    }

    void secondTokenCancelsToo()
    {
        CancelToken first;
        CancelToken second;
        std::optional<bool> slept;
        whenDone(sleepUnlessCancelled(10min, &first, &second), [&](bool value) { slept = value; });
        second.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(slept.has_value(), 10000);
        QCOMPARE(*slept, false);
    }
};

QTEST_GUILESS_MAIN(TestCancelToken)
#include "tst_canceltoken.moc"
