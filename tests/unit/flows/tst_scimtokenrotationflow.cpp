// ScimTokenRotationFlow against the simulator: after Insightly's Regenerate the old token is refused and
// nothing is saved; the new one is tested and saved; a run on another computer (no app in SetupState) finds
// the setup.
#include "ScimWorld.h"
#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "flows/ScimTokenRotationFlow.h"

#include <QtTest>

using namespace insightly;
using Result = ScimTokenRotationFlow::Result;

class TestScimTokenRotationFlow : public QObject
{
    Q_OBJECT

    static QString saveFirstToken(FlowTestFixture &f, const testsupport::ScimSim &scim)
    {
        ScimFlow first(f.flowContext());
        const ScimFlow::SaveOutcome saved = f.run(first.saveAndStart(scim.endpoint, scim.token));
        return saved.ok ? QString() : saved.error.toDiagnostics();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusesTheOldTokenAndSavesTheNewOne()
    {
        FlowTestFixture f;
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());
        QCOMPARE(saveFirstToken(f, scim), QString());
        const QString jobId = f.store->state().synchronizationJobId;

        // Regenerate in Insightly: the old token stops working at once.
        const QString regenerated =
            QStringLiteral("regenerated-scim-token-") + QUuid::createUuid().toString(QUuid::Id128);
        f.sim->server().world().insightly.scimToken = regenerated;

        ScimTokenRotationFlow flow(f.flowContext());
        flow.setConvergencePolicy(FlowTestFixture::quickConvergence());
        const ScimTokenRotationFlow::Outcome refused = f.run(flow.testAndSave(scim.endpoint, scim.token));
        QVERIFY(f.finished);
        QCOMPARE(refused.result, Result::TestFailed);
        QVERIFY(!refused.problem.isEmpty());
        QVERIFY(!refused.summary.isEmpty());
        QVERIFY(!flow.isRunning());

        const ScimTokenRotationFlow::Outcome saved = f.run(flow.testAndSave(scim.endpoint, regenerated));
        QCOMPARE(saved.result, Result::Saved);
        QVERIFY(saved.keychainError.isEmpty());
        QVERIFY(!saved.summary.contains(regenerated)); // masked
        QCOMPARE(f.store->state().synchronizationJobId, jobId);
        const SecretResult stored =
            f.run(f.wizard->secrets().read(SecretKeys::scimToken(f.store->state())), 60000);
        QVERIFY(stored.ok);
        QCOMPARE(stored.value, regenerated.toUtf8());
    }

    void findsTheSetupWhenSetupStateLostIt()
    {
        FlowTestFixture f;
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());
        const QString servicePrincipalId = f.store->state().servicePrincipalId;
        f.store->update([](SetupState &s) {
            s.servicePrincipalId.clear();
            s.appObjectId.clear();
            s.appId.clear();
        });

        ScimTokenRotationFlow flow(f.flowContext());
        flow.setConvergencePolicy(FlowTestFixture::quickConvergence());
        const ScimTokenRotationFlow::Outcome unreachable = f.run(flow.testAndSave(scim.endpoint, scim.token));
        QCOMPARE(unreachable.result, Result::CannotReachEntra);

        QSignalSpy failures(&flow, &ScimTokenRotationFlow::failed);
        f.runVoid(flow.findSetup());
        QVERIFY(f.finished);
        QVERIFY(failures.isEmpty());
        QCOMPARE(f.store->state().servicePrincipalId, servicePrincipalId);
        const ScimTokenRotationFlow::Outcome saved = f.run(flow.testAndSave(scim.endpoint, scim.token));
        QCOMPARE(saved.result, Result::Saved);
    }
};

QTEST_MAIN(TestScimTokenRotationFlow)
#include "tst_scimtokenrotationflow.moc"
