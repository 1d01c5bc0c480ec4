// The tests' own moc step (insightly_test_moc in tests/CMakeLists.txt) runs moc without the include paths. A
// test slot declared under a platform macro must still be seen as the compiler sees it, or QtTest would never
// call it and nobody would notice: this class has one, and checks at the end that it was called.
#include <QObject>
#include <QTest>

class TestTestMoc : public QObject
{
    Q_OBJECT

private slots:
    void slotsOutsideAnyConditionAreCalled() { m_plainCalled = true; }
#ifdef Q_OS_UNIX
    void slotsUnderAPlatformMacroAreCalled()
    {
        m_platformCalled = true;
    }
#endif
#ifdef Q_OS_WIN
    void slotsUnderAPlatformMacroAreCalled()
    {
        m_platformCalled = true;
    }
#endif
#ifdef Q_OS_MACOS
    void slotsUnderTheMacOsMacroAreCalled()
    {
        m_macOsCalled = true;
    }
#endif
    void cleanupTestCase()
    {
        QVERIFY(m_plainCalled);
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
        QVERIFY2(m_platformCalled, "moc did not see the slot declared under Q_OS_UNIX / Q_OS_WIN");
#endif
#ifdef Q_OS_MACOS
        QVERIFY2(m_macOsCalled, "moc did not see the slot declared under Q_OS_MACOS");
#endif
    }

private:
    bool m_plainCalled = false;
    bool m_platformCalled = false;
#ifdef Q_OS_MACOS
    bool m_macOsCalled = false;
#endif
};

QTEST_GUILESS_MAIN(TestTestMoc)
#include "tst_test_moc.moc"
