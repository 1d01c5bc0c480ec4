#include "core/TextLimits.h"

#include <QTest>

using namespace insightly;

class TestTextLimits : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersAreRefusedNotCut_data();
    void controlCharactersAreRefusedNotCut();
    void lengthIsBounded();
    void callerHandledWhitespacePasses();
    void sizesAreBounded();
};

void TestTextLimits::controlCharactersAreRefusedNotCut_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("position");
    QTest::newRow("NUL") << QString::fromUtf8("abcdef\0ghijkl", 13) << QStringLiteral("position 7");
    QTest::newRow("line feed") << QStringLiteral("abc\ndef") << QStringLiteral("position 4");
    QTest::newRow("escape") << QStringLiteral("\x1b[0mabc") << QStringLiteral("position 1");
    QTest::newRow("DEL") << QStringLiteral("abc\x7f") << QStringLiteral("position 4");
    QTest::newRow("C1 control") << QStringLiteral("ab") + QChar(0x85) << QStringLiteral("position 3");
}

void TestTextLimits::controlCharactersAreRefusedNotCut()
{
    QFETCH(QString, value);
    QFETCH(QString, position);
    const UserMessage message = checkPastedToken(value, QStringLiteral("The token"));
    QCOMPARE(message.code, QString::fromLatin1(TextLimitError::ControlCharacter));
    QVERIFY(message.what.startsWith(QStringLiteral("The token")));
    QVERIFY2(message.why.contains(position), qPrintable(message.why));
    QVERIFY(!message.action.isEmpty());
    QVERIFY(!message.toDiagnostics().contains(value)); // the value itself is never quoted
}

void TestTextLimits::lengthIsBounded()
{
    QVERIFY(checkPastedToken(QString(TextLimits::tokenChars, u'x'), QStringLiteral("T")).isEmpty());
    const UserMessage tooLong = checkPastedToken(QString(10 * 1024 * 1024, u'x'), QStringLiteral("T"));
    QCOMPARE(tooLong.code, QString::fromLatin1(TextLimitError::TooLong));
    QVERIFY(tooLong.toDiagnostics().size() < 1024);
    QVERIFY(checkPastedUrl(QStringLiteral("https://x.example/") + QString(TextLimits::urlChars, u'a'),
                           QStringLiteral("U"))
                .code == QLatin1String(TextLimitError::TooLong));
}

void TestTextLimits::callerHandledWhitespacePasses()
{
    QVERIFY(!checkPastedToken(QStringLiteral("ab\ncd"), QStringLiteral("T")).isEmpty());
    QVERIFY(checkPastedToken(QStringLiteral("ab\ncd\t"), QStringLiteral("T"), TextLimits::tokenChars,
                             WhitespaceInside::CallerHandles)
                .isEmpty());
    QVERIFY(!checkPastedToken(QString::fromUtf8("ab\0cd", 5), QStringLiteral("T"), TextLimits::tokenChars,
                              WhitespaceInside::CallerHandles)
                 .isEmpty());
}

void TestTextLimits::sizesAreBounded()
{
    QVERIFY(checkInputSize(TextLimits::certificateBytes, TextLimits::certificateBytes, QStringLiteral("F"))
                .isEmpty());
    const UserMessage message = checkInputSize(50 * 1024 * 1024, TextLimits::certificateBytes,
                                               QStringLiteral("The certificate file"));
    QCOMPARE(message.code, QString::fromLatin1(TextLimitError::TooLarge));
    QVERIFY2(message.why.contains(QStringLiteral("50.0 MB")) &&
                 message.why.contains(QStringLiteral("1.0 MB")),
             qPrintable(message.why));
}

QTEST_GUILESS_MAIN(TestTextLimits)
#include "tst_textlimits.moc"
