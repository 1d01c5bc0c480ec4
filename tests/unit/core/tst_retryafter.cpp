// The one Retry-After reading: seconds, an HTTP date (RFC 9110, section 10.2.3), and what gives no answer.
#include "core/RetryAfter.h"

#include <QtTest>
#include <ctime>

using namespace insightly;
using std::chrono::seconds;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    // A zone with daylight saving, so that the row at 02:30 on the day Berlin skips that hour means something.
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: no answer

        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces around") << QByteArray("  7 ") << 7;
        QTest::newRow("date in 90 s") << QByteArray("Mon, 07 Dec 2026 12:01:30 GMT") << 90;
        QTest::newRow("date passed") << QByteArray("Mon, 07 Dec 2026 11:00:00 GMT") << 0;
        QTest::newRow("date, local DST gap hour") << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT") << 0;
        QTest::newRow("date not GMT") << QByteArray("Mon, 07 Dec 2026 12:01:30 +0100") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("words") << QByteArray("soon") << -1;
    }

    void values()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        const std::optional<seconds> wait = parseRetryAfter(value, now);
        if (expected < 0) {
            QVERIFY2(!wait, qPrintable(QString::number(wait ? wait->count() : 0)));
            return;
        }
        QVERIFY(wait);
        QCOMPARE(wait->count(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
