// The "What will change" panel (pages/ChangePlanPanel, the face of flows/ChangePlan) against the simulator:
// collapsed to one summary line when shown, its list named for screen readers, and after the step ran the
// tenant's journal says that what ran matched the plan. Step 1 on a fresh tenant.
#include "PlanJournal.h"
#include "StatusTestWorld.h"
#include "pages/ChangePlanPanel.h"

#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>

// Step 1's panel on a fresh tenant whose journal is empty, shown until its plan was read.
struct ShownPlan {
    SetupStepsFixture f{simOptions()};
    QString tenant;
    const AuditJournal journal;
    std::unique_ptr<ChangePlanPanel> panel;
    std::unique_ptr<QSignalSpy> read;
    QString problem;

    bool start()
    {
        problem = f.start();
        if (!problem.isEmpty())
            return false;
        tenant = f.sim->tenantId();
        insightlytest::startWithEmptyJournal(f.wizard->setup(), tenant, journal);
        panel = std::make_unique<ChangePlanPanel>(*f.wizard, PlannedChange::Step::App);
        read = std::make_unique<QSignalSpy>(panel.get(), &ChangePlanPanel::planRead);
        panel->show();
        if (!read->wait(60000))
            problem = QStringLiteral("the plan was not read");
        return problem.isEmpty();
    }
};

class TestChangePlanPanel : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsThePlanCollapsedAndJournalsTheMatch();
    void writesBeforeTheStepAreNotComparedWithItsPlan();
};

void TestChangePlanPanel::showsThePlanCollapsedAndJournalsTheMatch()
{
    ShownPlan shown;
    QVERIFY2(shown.start(), qPrintable(shown.problem));
    SetupStepsFixture &f = shown.f;
    const QString &tenant = shown.tenant;
    SetupStateStore &setup = f.wizard->setup();
    const AuditJournal &journal = shown.journal;
    ChangePlanPanel &panel = *shown.panel;
    QSignalSpy &read = *shown.read;
    auto *toggle = panel.findChild<QToolButton *>();
    auto *list = panel.findChild<QTreeWidget *>();
    QVERIFY(toggle && list);
    QVERIFY(!toggle->accessibleName().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY2(panel.summaryText().contains(QStringLiteral("1 change")), qPrintable(panel.summaryText()));
    QVERIFY(!list->isVisible()); // collapsed: one line above the page's button
    toggle->click();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(5).endsWith(QStringLiteral("/instantiate")));

    // The step runs (through the wizard's own session, whose writes the journal records), then finishes.
    panel.stepStarted();
    entra::OperationContext context = f.context();
    context.setup = &setup;
    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context));
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
    read.clear();
    panel.stepFinished();

    const QList<AuditEntry> entries = journal.read(tenant);
    const QString planMismatch = insightlytest::stepOneMatchedItsPlan(entries);
    QVERIFY2(planMismatch.isEmpty(), qPrintable(planMismatch));

    // The panel does not go on showing a plan that has run: it reads again and says what is left
    // (the app exists now: nothing to create).
    QVERIFY(read.wait(60000));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY2(!list->topLevelItem(i)->text(5).endsWith(QStringLiteral("/instantiate")),
                 qPrintable(list->topLevelItem(i)->text(0)));
    QVERIFY2(!panel.summaryText().contains(QStringLiteral("1 change")), qPrintable(panel.summaryText()));

    // Once per plan: a second "finished" adds nothing.
    panel.stepFinished();
    QCOMPARE(journal.read(tenant).size(), entries.size());
}

// Between reading the plan and starting the step the admin may change other things on the page (remove an
// assignment, provision someone on demand): those writes are journaled but are not the step's, so they do not
// make it "differ from the plan".
void TestChangePlanPanel::writesBeforeTheStepAreNotComparedWithItsPlan()
{
    ShownPlan shown;
    QVERIFY2(shown.start(), qPrintable(shown.problem));
    SetupStepsFixture &f = shown.f;
    const QString &tenant = shown.tenant;
    SetupStateStore &setup = f.wizard->setup();
    const AuditJournal &journal = shown.journal;
    ChangePlanPanel &panel = *shown.panel;
    AuditEntry elsewhere;
    elsewhere.time = QDateTime::currentDateTimeUtc();
    elsewhere.system = QStringLiteral("entra");
    elsewhere.method = QStringLiteral("DELETE");
    elsewhere.object = QStringLiteral("/servicePrincipals/other/appRoleAssignedTo/someone");
    journal.append(tenant, elsewhere);

    panel.stepStarted();
    entra::OperationContext context = f.context();
    context.setup = &setup;
    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context));
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
    // A write of the step's own time that the plan did not name still counts.
    AuditEntry during = elsewhere;
    during.object = QStringLiteral("/servicePrincipals/other/appRoleAssignedTo/during");
    journal.append(tenant, during);
    panel.stepFinished();

    const AuditEntry outcome = journal.read(tenant).constLast();
    QCOMPARE(outcome.method, QStringLiteral("plan"));
    QVERIFY2(!outcome.note.contains(QStringLiteral("someone")), qPrintable(outcome.note));
    QVERIFY2(outcome.note.startsWith(QStringLiteral("differed from the plan: ")), qPrintable(outcome.note));
    QVERIFY2(outcome.note.contains(QStringLiteral("during")), qPrintable(outcome.note));
}

QTEST_MAIN(TestChangePlanPanel)
#include "tst_changeplanpanel.moc"
