// Step 1 compares what it did with its plan (issue 14): entering the page reads "What will change" first and
// starts the step only then, so the tenant's journal ends with "matched the plan" for the app — against the
// simulator, on a fresh tenant where the plan is to add the Insightly SAML application.
#include "PlanJournal.h"
#include "StatusTestWorld.h"
#include "pages/AppPage.h"
#include "pages/ChangePlanPanel.h"

#include <QSignalSpy>
#include <QWizard>

class TestAppChangePlan : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void stepOneStartsAfterItsPlanAndJournalsTheMatch();
};

void TestAppChangePlan::stepOneStartsAfterItsPlanAndJournalsTheMatch()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    const QString tenant = f.sim->tenantId();
    SetupStateStore &setup = f.wizard->setup();
    const AuditJournal journal;
    insightlytest::startWithEmptyJournal(setup, tenant, journal);

    QWizard wizard;
    auto *page = new AppPage(*f.wizard);
    ConvergencePolicy fast;
    fast.pollInterval = std::chrono::milliseconds(100);
    fast.confirmations = 2;
    fast.timeout = std::chrono::minutes(2);
    fast.hostNameRetryInitial = std::chrono::milliseconds(200);
    fast.savedAppGrace = std::chrono::seconds(5);
    page->setConvergencePolicy(fast);
    wizard.addPage(page);
    QSignalSpy planRead(page->changePlan(), &ChangePlanPanel::planRead);
    qsizetype entriesWhenPlanRead = -1;
    QString firstPlan;
    connect(page->changePlan(), &ChangePlanPanel::planRead, this, [&] {
        if (!firstPlan.isEmpty())
            return; // read again once the step ran (the page shown again): what it will change now
        entriesWhenPlanRead = journal.read(tenant).size();
        firstPlan = page->changePlan()->summaryText();
    });
    wizard.show(); // enters the page: the plan is read, then the step starts by itself
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(QTest::qWaitFor([&] { return page->isComplete(); }, 120000));
    QVERIFY(planRead.count() >= 1);
    QCOMPARE(entriesWhenPlanRead, 0); // the plan came before the step's first write
    QVERIFY2(firstPlan.contains(QStringLiteral("1 change")), qPrintable(firstPlan));

    const QList<AuditEntry> entries = journal.read(tenant);
    const QString planMismatch = insightlytest::stepOneMatchedItsPlan(entries);
    QVERIFY2(planMismatch.isEmpty(), qPrintable(planMismatch));
}

QTEST_MAIN(TestAppChangePlan)
#include "tst_appchangeplan.moc"
