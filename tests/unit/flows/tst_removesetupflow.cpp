// RemoveSetupFlow ("Remove what this wizard created") against the simulator: an app the wizard added is
// deleted with everything on it, the setup's secrets leave the keychain and the saved progress is reset (the
// tenant kept); an app the wizard only found is never touched; a second removal after the first changes
// nothing.
#include "FlowTestFixture.h"
#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/SignInSession.h"
#include "flows/AppFlow.h"
#include "flows/RemoveSetupFlow.h"

#include <QtTest>

using namespace insightly;

class TestRemoveSetupFlow : public QObject
{
    Q_OBJECT

    static int statusOf(FlowTestFixture &f, const QString &path)
    {
        return f.run(f.wizard->session()->graph()->send(entra::GraphRequest::get(path))).status;
    }

    static void keepSecrets(FlowTestFixture &f)
    {
        const SetupState &state = f.store->state();
        const SecretResult scim =
            f.run(f.wizard->secrets().write(SecretKeys::scimToken(state), "scim-secret-1"));
        QVERIFY2(scim.ok, qPrintable(scim.error.toDiagnostics()));
        const SecretResult api =
            f.run(f.wizard->secrets().write(SecretKeys::insightlyApiKey(state), "api-key-1"));
        QVERIFY2(api.ok, qPrintable(api.error.toDiagnostics()));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void removesTheAppItAddedWithItsSecrets()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        AppFlow app(f.flowContext());
        app.setConvergencePolicy(FlowTestFixture::quickConvergence());
        const entra::GalleryApplicationResult added = f.run(app.run());
        QVERIFY2(added.ok(), qPrintable(added.error.toDiagnostics()));
        QCOMPARE(added.outcome, entra::GalleryApplicationResult::Outcome::Created);
        QVERIFY(f.store->state().appCreatedByWizard);
        keepSecrets(f);
        const SetupState before = f.store->state();
        const QString appPath = QStringLiteral("/applications/") + before.appObjectId;
        QCOMPARE(statusOf(f, appPath), 200);

        RemoveSetupFlow removal(f.flowContext());
        const RemovalPlan plan = removal.plan();
        QVERIFY(plan.deletesApplication());
        QCOMPARE(plan.applicationObjectId, before.appObjectId);
        QVERIFY(plan.removes.first().contains(before.appObjectId));
        QCOMPARE(plan.insightlySteps.size(), 2);
        QVERIFY(plan.insightlySteps.first().contains(QLatin1String("Enforce SAML Login")));

        QSignalSpy finished(&removal, &RemoveSetupFlow::finished);
        const RemoveSetupFlow::Outcome outcome = f.run(removal.run());
        QVERIFY(f.finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.problem.toDiagnostics()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outcome.removed, plan.removes);
        QCOMPARE(f.graphWrites(QStringLiteral("/applications/") + before.appObjectId), 1);
        QCOMPARE(statusOf(f, appPath), 404);
        QCOMPARE(statusOf(f, QStringLiteral("/servicePrincipals/") + before.servicePrincipalId), 404);
        QCOMPARE(f.appsFromTemplate(added.galleryTemplate.id), 0);
        QVERIFY(f.run(f.wizard->secrets().read(SecretKeys::scimToken(before))).notFound);
        QVERIFY(f.run(f.wizard->secrets().read(SecretKeys::insightlyApiKey(before))).notFound);
        const SetupState &after = f.store->state();
        QCOMPARE(after.tenantId, before.tenantId);
        QVERIFY(after.appObjectId.isEmpty());
        QVERIFY(after.servicePrincipalId.isEmpty());
        QVERIFY(after.completedSteps.isEmpty());
        QVERIFY(!after.appCreatedByWizard);

        // Again: nothing left to delete in Entra, and no error.
        const int writes = f.graphWrites();
        RemoveSetupFlow again(f.flowContext());
        QVERIFY(!again.plan().deletesApplication());
        const RemoveSetupFlow::Outcome second = f.run(again.run());
        QVERIFY2(second.ok, qPrintable(second.problem.toDiagnostics()));
        QCOMPARE(f.graphWrites(), writes);
    }

    void neverDeletesAnAppItOnlyFound()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        // The app exists before the wizard's Step 1 runs: Step 1 finds it.
        const entra::GalleryApplicationResult existing =
            f.run(entra::GalleryApplication::ensure(f.context()));
        QVERIFY2(existing.ok(), qPrintable(existing.error.toDiagnostics()));
        f.store->update([](SetupState &state) { state.appCreatedByWizard = false; });
        AppFlow app(f.flowContext());
        app.setConvergencePolicy(FlowTestFixture::quickConvergence());
        const entra::GalleryApplicationResult found = f.run(app.run());
        QVERIFY2(found.ok(), qPrintable(found.error.toDiagnostics()));
        QCOMPARE(found.outcome, entra::GalleryApplicationResult::Outcome::Found);
        QVERIFY(!f.store->state().appCreatedByWizard);
        keepSecrets(f);

        RemoveSetupFlow removal(f.flowContext());
        const RemovalPlan plan = removal.plan();
        QVERIFY(!plan.deletesApplication());
        QVERIFY(!plan.keeps.isEmpty());
        QVERIFY(plan.keeps.first().contains(existing.application.appObjectId));
        const int writes = f.graphWrites();
        const RemoveSetupFlow::Outcome outcome = f.run(removal.run());
        QVERIFY2(outcome.ok, qPrintable(outcome.problem.toDiagnostics()));
        QCOMPARE(f.graphWrites(), writes);
        QCOMPARE(statusOf(f, QStringLiteral("/applications/") + existing.application.appObjectId), 200);
        QCOMPARE(f.appsFromTemplate(existing.galleryTemplate.id), 1);
        QVERIFY(f.store->state().appObjectId.isEmpty());
    }
};

QTEST_MAIN(TestRemoveSetupFlow)
#include "tst_removesetupflow.moc"
