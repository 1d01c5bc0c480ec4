// The Summary page over the status flow, against the simulator: its rows, copy and save, and the wizard
// ending on it.
#include "StatusTestWorld.h"
#include "pages/SetupWizard.h"
#include "pages/SummaryPage.h"

class TestSummary : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageShowsRowsCopiesAndSaves();
    void wizardEndsOnSummaryWithFinish();
};

void TestSummary::pageShowsRowsCopiesAndSaves()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    // The page reads the wizard's own store, as it does after sign-in in "Check the status".
    QVERIFY(f.wizard->setup().replace(f.store->state()));
    SummaryPage page(*f.wizard);
    page.resize(900, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page.report(), &SetupStatusReport::finished);
    page.initializePage();
    QVERIFY(finished.wait(90000));
    QVERIFY(page.isComplete());
    QVERIFY(page.isFinalPage());

    auto *certificate = page.findChild<QLabel *>(QStringLiteral("summaryRow_certificate"));
    QVERIFY(certificate);
    QCOMPARE(certificate->property("level").toString(), QStringLiteral("warning"));
    QVERIFY(certificate->text().contains(StatusRow::levelText(Level::Warning))); // a word, not colour alone
    QVERIFY(certificate->text().contains(QStringLiteral("Rotate the SAML signing certificate")));
    QCOMPARE(certificate->accessibleName(), StatusRow::titleOf(Id::Certificate));
    for (const QString &name : {QStringLiteral("summaryRefreshButton"), QStringLiteral("summaryCancelButton"),
                                QStringLiteral("summaryCopyButton"), QStringLiteral("summarySaveButton")}) {
        auto *b = page.findChild<QPushButton *>(name);
        QVERIFY2(b && !b->accessibleName().isEmpty(), qPrintable(name));
    }
    auto *myApps = page.findChild<QLabel *>(QStringLiteral("summaryMyAppsLink"));
    QVERIFY(myApps && myApps->text().contains(QStringLiteral("https://myapps.microsoft.com/")));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryCopyButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), page.report().toPlainText());
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("[WARNING] SAML signing certificate")));

    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("status.html"));
    QVERIFY(page.saveReport(html));
    QFile saved(html);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(saved.readAll());
    QVERIFY(content.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(content.contains(f.store->state().certificateThumbprint));
    QVERIFY(content.contains(QStringLiteral("https://myapps.microsoft.com/")));
    QVERIFY(!page.saveReport(dir.filePath(QStringLiteral("missing-folder/status.txt"))));

    // Refresh reads again; Cancel stops a read at once and says so.
    QSignalSpy again(&page.report(), &SetupStatusReport::finished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryRefreshButton")), Qt::LeftButton);
    QVERIFY(page.report().isRunning());
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryCancelButton")), Qt::LeftButton);
    QVERIFY(!again.isEmpty() || again.wait(30000)); // the cancelled read may end within the click
    QVERIFY(page.report().wasCancelled());
    QCOMPARE(page.report().settledCount(), int(page.report().rows().size()));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("summaryProgressLabel"))
                ->text()
                .contains(QStringLiteral("Cancelled")));
}

void TestSummary::wizardEndsOnSummaryWithFinish()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    SetupWizard wizard(*f.wizard);
    wizard.setStartId(SetupWizard::Summary);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *page = qobject_cast<SummaryPage *>(wizard.currentPage());
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return !page->report().isRunning(); }, 90000));
    QCOMPARE(page->report().row(Id::Application).level, Level::Error);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible() ||
            !wizard.button(QWizard::NextButton)->isEnabled());
    // Every control says what it is, to a screen reader too.
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->objectName().startsWith(QLatin1String("summary")) ||
            w->objectName().startsWith(QLatin1String("summaryPage")))
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QProgressBar *>(w) ||
            w->objectName().startsWith(QLatin1String("summaryRow_")) ||
            w->objectName().startsWith(QLatin1String("summaryIcon_")))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // Fits the wizard's size for a 1366×768 screen without a horizontal scroll bar.
    wizard.resize(980, 680);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("summaryPageScroll"));
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
