// SamlSetupFlow against the simulator: SAML + certificate + files, the stages that follow the sign-in test's
// verdict and the Enforce confirmation, a second flow over the same SetupState that converges without a
// write (and resumes a proven step), a folder it cannot write to, and a setup without an app.
#include "FlowTestFixture.h"
#include "flows/SamlSetupFlow.h"

#include <QtTest>

using namespace insightly;
using Stage = SamlSetupFlow::Stage;

class TestSamlSetupFlow : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SamlSetupFlow> makeFlow(FlowTestFixture &f, const QString &folder)
    {
        auto flow = std::make_unique<SamlSetupFlow>(f.flowContext(), f.wizard->endpoints());
        flow->setConvergencePolicy(FlowTestFixture::quickConvergence());
        flow->setExportFolder(folder);
        return flow;
    }

    // Step 1 done and the Sign-in page URL known, as when the admin reaches Step 2.
    static QString reachStepTwo(FlowTestFixture &f)
    {
        if (QString error = f.start(); !error.isEmpty())
            return error;
        const entra::GalleryApplicationResult app = f.run(entra::GalleryApplication::ensure(f.context()));
        if (!app.ok())
            return app.error.toDiagnostics();
        const QUrl url = f.signInPageUrl();
        f.store->update([&](SetupState &state) { state.insightlySignInUrl = url; });
        return {};
    }

    static QString failureText(const QSignalSpy &failures)
    {
        return failures.isEmpty() ? QString() : failures.first().first().value<UserMessage>().toDiagnostics();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void configuresExportsAndFollowsTheVerdict()
    {
        FlowTestFixture f;
        QCOMPARE(reachStepTwo(f), QString());
        QTemporaryDir files;
        auto flow = makeFlow(f, files.path());
        QCOMPARE(flow->stage(), Stage::NotStarted);
        QCOMPARE(flow->proposedNotificationEmails(), QStringList{QStringLiteral("admin@contoso.example")});
        QSignalSpy failures(flow.get(), &SamlSetupFlow::failed);
        QSignalSpy exported(flow.get(), &SamlSetupFlow::filesExported);
        QSignalSpy statuses(flow.get(), &SamlSetupFlow::statusChanged);

        f.runVoid(flow->configure(365, flow->proposedNotificationEmails()));
        QVERIFY(f.finished);
        QCOMPARE(failureText(failures), QString());
        QCOMPARE(flow->stage(), Stage::Exported);
        QVERIFY(!flow->isRunning());
        QVERIFY(!flow->certificateKept()); // a fresh app has no certificate yet
        QCOMPARE(exported.size(), 1);
        QVERIFY(QFile::exists(flow->certificatePath()));
        QVERIFY(QFile::exists(flow->metadataPath()));
        QVERIFY(flow->certificatePath().startsWith(files.path()));
        const SetupState &state = f.store->state();
        QVERIFY(state.isStepCompleted(SetupState::Step::Saml));
        QVERIFY(!state.certificateThumbprint.isEmpty());
        QCOMPARE(flow->panelValues().thumbprint, state.certificateThumbprint);
        QVERIFY(flow->panelValues().loginUrl.path().endsWith(QLatin1String("/saml2")));
        QCOMPARE(state.notificationEmails, QStringList{QStringLiteral("admin@contoso.example")});
        QCOMPARE(statuses.last().first().toString(), flow->statusSentence());

        // The verdicts: a failed test keeps the step at the upload; a pass asks for Enforce; the confirmation
        // completes it. Each stage says its own sentence.
        const QString exportedSentence = flow->statusSentence();
        flow->signInTestFinished(false);
        QCOMPARE(flow->stage(), Stage::Exported);
        QVERIFY(!flow->isComplete());
        flow->enforceConfirmed(); // not before a pass
        QCOMPARE(flow->stage(), Stage::Exported);
        flow->signInTestFinished(true);
        QCOMPARE(flow->stage(), Stage::Tested);
        QVERIFY(flow->statusSentence() != exportedSentence);
        flow->enforceConfirmed();
        QCOMPARE(flow->stage(), Stage::Enforced);
        QVERIFY(flow->isComplete());
        QCOMPARE(statuses.last().first().toString(), flow->statusSentence());
    }

    void aSecondFlowConvergesWithoutWritesAndResumesAProvenStep()
    {
        FlowTestFixture f;
        QCOMPARE(reachStepTwo(f), QString());
        QTemporaryDir files;
        const QStringList emails{QStringLiteral("admin@contoso.example")};
        {
            auto first = makeFlow(f, files.path());
            f.runVoid(first->configure(365, emails));
            QVERIFY(f.finished);
            QCOMPARE(first->stage(), Stage::Exported);
        }
        const QString thumbprint = f.store->state().certificateThumbprint;
        const int writes = f.graphWrites();
        QVERIFY(writes > 0);

        // Not proven yet: the new flow stops at the upload again, with the same certificate and no write.
        {
            auto again = makeFlow(f, files.path());
            f.runVoid(again->configure(365, emails));
            QVERIFY(f.finished);
            QCOMPARE(again->stage(), Stage::Exported);
            QVERIFY(again->certificateKept());
            QCOMPARE(f.store->state().certificateThumbprint, thumbprint);
            QCOMPARE(f.graphWrites(), writes);
        }

        // A passing sign-in test and Enforce SAML Login were saved (as SignInTestFlow saves them): resumed.
        f.store->update([](SetupState &state) {
            state.lastSignInTest = SetupState::SignInTestResult{QDateTime::currentDateTimeUtc(), true, {}};
        });
        f.store->markStepCompleted(SetupState::Step::Enforce);
        auto resumed = makeFlow(f, files.path());
        f.runVoid(resumed->configure(365, emails));
        QVERIFY(f.finished);
        QCOMPARE(resumed->stage(), Stage::Enforced);
        QVERIFY(resumed->isComplete());
        QCOMPARE(f.graphWrites(), writes);
    }

    void refusesAFolderItCannotWrite()
    {
        FlowTestFixture f;
        QCOMPARE(reachStepTwo(f), QString());
        auto flow = makeFlow(f, QString());
        QSignalSpy refused(flow.get(), &SamlSetupFlow::folderRefused);
        f.runVoid(flow->configure(365, {}));
        QVERIFY(f.finished);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(flow->stage(), Stage::Configured); // SAML and the certificate are there; the files are not
        QVERIFY(flow->certificatePath().isEmpty());

        QTemporaryDir files;
        flow->setExportFolder(files.path());
        QVERIFY(f.run(flow->exportFiles()));
        QCOMPARE(flow->stage(), Stage::Exported);
        QVERIFY(QFile::exists(flow->certificatePath()));
    }

    void withoutAnAppItFailsWithAMessage()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        const QUrl url = f.signInPageUrl();
        f.store->update([&](SetupState &state) { state.insightlySignInUrl = url; });
        QTemporaryDir files;
        auto flow = makeFlow(f, files.path());
        QSignalSpy failures(flow.get(), &SamlSetupFlow::failed);
        QSignalSpy running(flow.get(), &SamlSetupFlow::runningChanged);
        f.runVoid(flow->configure(365, {}));
        QVERIFY(f.finished);
        QCOMPARE(failures.size(), 1);
        QVERIFY(!failures.first().first().value<UserMessage>().what.isEmpty());
        QCOMPARE(flow->stage(), Stage::NotStarted);
        QVERIFY(!flow->isRunning());
        QCOMPARE(running.last().first().toBool(), false);
        QCOMPARE(flow->statusSentence(), SamlSetupFlow::tr("Step 2 did not finish."));
        QCOMPARE(f.graphWrites(), 0);
    }
};

QTEST_MAIN(TestSamlSetupFlow)
#include "tst_samlsetupflow.moc"
