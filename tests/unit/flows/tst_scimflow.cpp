// ScimFlow (Step 3) against the simulator: both tests pass and the save starts the job and keeps the token in
// the keychain only; a new flow over the same SetupState reuses the job; a wrong token saves nothing.
#include "ScimWorld.h"
#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "flows/ScimFlow.h"

#include <QtTest>

using namespace insightly;

class TestScimFlow : public QObject
{
    Q_OBJECT

    static int jobsInSim(FlowTestFixture &f)
    {
        const testsupport::HttpReply reply =
            f.sim->graph("GET",
                         QStringLiteral("/v1.0/servicePrincipals/%1/synchronization/jobs")
                             .arg(f.store->state().servicePrincipalId),
                         {}, f.sim->token());
        return int(reply.json().value(QStringLiteral("value")).toArray().size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ScimCheck>();
        qRegisterMetaType<ScimFlow::TestOutcome>();
    }

    void testsSavesAndResumes()
    {
        FlowTestFixture f;
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());

        QString jobId;
        {
            ScimFlow flow(f.flowContext());
            UserMessage why;
            QVERIFY2(flow.canReachEntra(&why), qPrintable(why.toDiagnostics()));
            QSignalSpy rows(&flow, &ScimFlow::probeCheckFinished);
            QSignalSpy finished(&flow, &ScimFlow::testFinished);
            const ScimFlow::TestOutcome tested = f.run(flow.test(scim.endpoint, scim.token));
            QVERIFY(f.finished);
            QVERIFY2(tested.probe.allPassed(), qPrintable(tested.probe.firstFailure().toDiagnostics()));
            QVERIFY2(tested.entraPassed(), qPrintable(tested.entra.reading.toDiagnostics()));
            QVERIFY(!rows.isEmpty());
            QCOMPARE(finished.size(), 1);
            QVERIFY(!f.store->state().isStepCompleted(SetupState::Step::Scim)); // tested, not saved

            const ScimFlow::SaveOutcome saved = f.run(flow.saveAndStart(scim.endpoint, scim.token));
            QVERIFY2(saved.ok, qPrintable(saved.error.toDiagnostics()));
            QVERIFY(saved.keychainError.isEmpty());
            jobId = saved.jobId;
            QCOMPARE(f.store->state().synchronizationJobId, jobId);
            QCOMPARE(f.store->state().scimBaseAddress, scim.endpoint);
            QVERIFY(f.store->state().isStepCompleted(SetupState::Step::Scim));
        }
        const SecretResult stored =
            f.run(f.wizard->secrets().read(SecretKeys::scimToken(f.store->state())), 60000);
        QVERIFY2(stored.ok, qPrintable(stored.error.toDiagnostics()));
        QCOMPARE(stored.value, scim.token.toUtf8());
        QCOMPARE(jobsInSim(f), 1);

        // Interrupted and run again (a new flow over the same SetupState): the saved job is reused.
        ScimFlow again(f.flowContext());
        const ScimFlow::SaveOutcome resaved = f.run(again.saveAndStart(scim.endpoint, scim.token));
        QVERIFY2(resaved.ok, qPrintable(resaved.error.toDiagnostics()));
        QCOMPARE(resaved.jobId, jobId);
        QCOMPARE(jobsInSim(f), 1);
    }

    void aWrongTokenFailsBothTests()
    {
        FlowTestFixture f;
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());
        ScimFlow flow(f.flowContext());
        const ScimFlow::TestOutcome tested =
            f.run(flow.test(scim.endpoint, QStringLiteral("not-the-token-insightly-gave-0123456789")));
        QVERIFY(f.finished);
        QVERIFY(!tested.probe.allPassed());
        QVERIFY(!tested.probe.firstFailure().isEmpty());
        QVERIFY(!tested.entraPassed());
        QVERIFY(!f.store->state().isStepCompleted(SetupState::Step::Scim));
        QVERIFY(!f.store->state().scimBaseAddress.isValid());
    }

    void entraIsUnreachableWithoutTheApplication()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        ScimFlow flow(f.flowContext());
        UserMessage why;
        QVERIFY(!flow.canReachEntra(&why));
        QCOMPARE(why.code, QStringLiteral("scim-page.no-application"));
        const ScimFlow::SaveOutcome saved = f.run(flow.saveAndStart(
            QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2")), QStringLiteral("x")));
        QVERIFY(!saved.ok);
        QCOMPARE(saved.error.code, QStringLiteral("scim-page.no-application"));
    }
};

QTEST_MAIN(TestScimFlow)
#include "tst_scimflow.moc"
