// Step 1 (GalleryApplication) and Step 2a (SamlConfiguration) against the simulator: one app however often
// and however interrupted they run, replication waited out, nothing written twice.
#include "SetupStepsFixture.h"
#include "entra/GalleryApplication.h"
#include "entra/SamlConfiguration.h"

#include <QtTest>

using namespace insightly;
using namespace insightly::entra;

class TestGalleryApplication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsTheSamlTemplateNotTheOlderEntry()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        const GalleryTemplateResult found = f.run(GalleryLookup::findTemplate(f.context()));
        QVERIFY(f.finished);
        QVERIFY2(found.ok(), qPrintable(found.error.toDiagnostics()));
        QCOMPARE(found.value.displayName, QStringLiteral("Insightly SAML"));
        QVERIFY(found.value.supportedSingleSignOnModes.contains(QStringLiteral("saml")));
        QVERIFY(found.value.supportedProvisioningTypes.contains(QStringLiteral("sync")));
    }

    void freshTenantGetsExactlyOneAppAndRerunWritesNothing()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        const GalleryApplicationResult first = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY(f.finished);
        QVERIFY2(first.ok(), qPrintable(first.error.toDiagnostics()));
        QCOMPARE(first.outcome, GalleryApplicationResult::Outcome::Created);
        QVERIFY(first.application.isComplete());
        QCOMPARE(f.store->state().servicePrincipalId, first.application.servicePrincipalId);
        QCOMPARE(f.store->state().appObjectId, first.application.appObjectId);
        QCOMPARE(f.store->state().appId, first.application.appId);
        QVERIFY(f.store->state().isStepCompleted(SetupState::Step::App));
        QVERIFY(f.progress.contains(QStringLiteral(
            "Waiting for Microsoft Entra to finish creating the application… seen 3 of 3 times")));

        const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        QVERIFY(f.finished);
        QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
        QVERIFY(saml.samlModeChanged);
        QVERIFY(saml.urisChanged);
        const auto &world = f.sim->server().world().apps;
        QCOMPARE(world.applications.size(), 1);
        const QJsonObject app = world.applications.constFirst().json;
        const QJsonArray one{f.signInPageUrl().toString()};
        QCOMPARE(app.value(QStringLiteral("identifierUris")).toArray(), one);
        QCOMPARE(app.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray(), one);
        QCOMPARE(f.store->state().insightlySignInUrl, f.signInPageUrl());

        const int writesAfterFirstRun = f.graphWrites();
        QCOMPARE(writesAfterFirstRun, 3); // instantiate, SAML mode, identifier + reply URL

        const GalleryApplicationResult again = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY(f.finished);
        QVERIFY2(again.ok(), qPrintable(again.error.toDiagnostics()));
        QCOMPARE(again.outcome, GalleryApplicationResult::Outcome::Found);
        QCOMPARE(again.application.servicePrincipalId, first.application.servicePrincipalId);
        const SamlConfigurationResult samlAgain = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        QVERIFY2(samlAgain.ok(), qPrintable(samlAgain.error.toDiagnostics()));
        QVERIFY(!samlAgain.samlModeChanged);
        QVERIFY(!samlAgain.urisChanged);
        QCOMPARE(f.graphWrites(), writesAfterFirstRun);
        QCOMPARE(f.appsFromTemplate(first.galleryTemplate.id), 1);
    }

    void otherRedirectUrisAreReplacedByTheOne()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
        const QString token = f.sim->token();
        const auto patched =
            f.sim->graph("PATCH", QStringLiteral("/v1.0/applications/") + app.application.appObjectId,
                         QJsonObject{{QStringLiteral("web"),
                                      QJsonObject{{QStringLiteral("redirectUris"),
                                                   QJsonArray{QStringLiteral("https://old.example/acs")}}}}},
                         token);
        QCOMPARE(patched.status, 204);
        const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
        QVERIFY(saml.urisChanged);
        const QJsonObject stored = f.sim->server().world().apps.applications.constFirst().json;
        QCOMPARE(stored.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray(),
                 QJsonArray{f.signInPageUrl().toString()});
    }

    // Replication: new objects answer 404 and the SAML exemption is not in force for a while. 2 s (Entra's
    // can be 20 s or more) outlasts the fixture's first polls (50 ms, 150 ms, then 400 ms each) and the first
    // host-name retries (200 ms, 600 ms, 1.8 s: the Identifier is refused until then); nothing asserted here
    // depends on the delay's length. 3 s would add a fourth retry 5.4 s later, a wait the test is not about.
    void slowReplicationStillConvergesOnOneApp()
    {
        sim::SimOptions options;
        options.replicationDelayMs = 2000;
        SetupStepsFixture f(options);
        QCOMPARE(f.start(), QString());
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY(f.finished);
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
        QCOMPARE(app.outcome, GalleryApplicationResult::Outcome::Created);
        QVERIFY(f.progress.contains(QStringLiteral(
            "Waiting for Microsoft Entra to finish creating the application… seen 0 of 3 times")));

        // SAML mode is younger than the replication delay: the identifier PATCH meets HostNameNotOnVerifiedDomain.
        const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        QVERIFY(f.finished);
        QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
        QVERIFY(saml.hostNameRetries > 0);
        QCOMPARE(f.appsFromTemplate(app.galleryTemplate.id), 1);
        QCOMPARE(f.graphWrites(QStringLiteral("/instantiate")), 1);
    }

    // "Killed half-way through step 1": stopped as soon as instantiate answered (ids saved), then a fresh run
    // with the same store resumes with that app while it is still replicating.
    void interruptedAfterInstantiateResumesWithTheSameApp()
    {
        sim::SimOptions options;
        options.replicationDelayMs = 3000;
        SetupStepsFixture f(options);
        QCOMPARE(f.start(), QString());
        CancelToken cancel;
        QObject::connect(f.store.get(), &SetupStateStore::changed, &cancel, [&] {
            if (!f.store->state().servicePrincipalId.isEmpty())
                cancel.cancel();
        });
        const GalleryApplicationResult interrupted = f.run(GalleryApplication::ensure(f.context(&cancel)));
        QVERIFY(f.finished);
        QVERIFY(interrupted.cancelled);
        QVERIFY(!interrupted.ok());
        const QString savedSp = f.store->state().servicePrincipalId;
        QVERIFY(!savedSp.isEmpty());
        QVERIFY(!f.store->state().isStepCompleted(SetupState::Step::App));

        // Same store, as after a restart: reloaded from disk.
        SetupStateStore reloaded(f.stateDir.path());
        reloaded.load(f.sim->tenantId());
        QCOMPARE(reloaded.state().servicePrincipalId, savedSp);
        OperationContext resumed = f.context();
        resumed.setup = &reloaded;
        const GalleryApplicationResult result = f.run(GalleryApplication::ensure(resumed));
        QVERIFY(f.finished);
        QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(result.outcome, GalleryApplicationResult::Outcome::Found);
        QCOMPARE(result.application.servicePrincipalId, savedSp);
        QCOMPARE(f.appsFromTemplate(result.galleryTemplate.id), 1);
        QCOMPARE(f.graphWrites(QStringLiteral("/instantiate")), 1);
        QVERIFY(reloaded.state().isStepCompleted(SetupState::Step::App));
    }

    void severalAppsAreOfferedNotPicked()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        const GalleryTemplateResult found = f.run(GalleryLookup::findTemplate(f.context()));
        QVERIFY2(found.ok(), qPrintable(found.error.toDiagnostics()));
        const QString token = f.sim->token();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f.sim
                         ->graph("POST", QStringLiteral("/v1.0/applicationTemplates/%1/instantiate").arg(found.value.id),
                                 QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}}, token)
                         .status,
                     201);
        const GalleryApplicationResult result = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY(f.finished);
        QCOMPARE(result.outcome, GalleryApplicationResult::Outcome::ChooseOne);
        QCOMPARE(result.candidates.size(), 2);
        QVERIFY(f.store->state().servicePrincipalId.isEmpty());

        const GalleryApplicationResult chosen = f.run(GalleryApplication::choose(f.context(), result.candidates.at(1)));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error.toDiagnostics()));
        QCOMPARE(f.store->state().servicePrincipalId, result.candidates.at(1).servicePrincipalId);
        QVERIFY(!f.store->state().appObjectId.isEmpty());

        // Next run: the one SetupState names, without asking again.
        const GalleryApplicationResult again = f.run(GalleryApplication::ensure(f.context()));
        QCOMPARE(again.outcome, GalleryApplicationResult::Outcome::Found);
        QCOMPARE(again.application.servicePrincipalId, result.candidates.at(1).servicePrincipalId);
        QCOMPARE(f.appsFromTemplate(found.value.id), 2);
    }

    void deletedSavedAppIsForgottenAndRecreated()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        const GalleryApplicationResult first = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY2(first.ok(), qPrintable(first.error.toDiagnostics()));
        QCOMPARE(f.sim->graph("DELETE", QStringLiteral("/v1.0/applications/") + first.application.appObjectId, {},
                              f.sim->token())
                     .status,
                 204);
        OperationContext context = f.context();
        context.convergence.savedAppGrace = std::chrono::milliseconds(300);
        const GalleryApplicationResult second = f.run(GalleryApplication::ensure(context));
        QVERIFY2(second.ok(), qPrintable(second.error.toDiagnostics()));
        QCOMPARE(second.outcome, GalleryApplicationResult::Outcome::Created);
        QVERIFY(second.application.servicePrincipalId != first.application.servicePrincipalId);
        QCOMPARE(f.appsFromTemplate(first.galleryTemplate.id), 1);
    }

    void findExistingNeverCreates()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        // Nothing in the tenant: told so, and nothing written.
        const GalleryApplicationResult none = f.run(GalleryApplication::findExisting(f.context()));
        QVERIFY(f.finished);
        QCOMPARE(none.outcome, GalleryApplicationResult::Outcome::Failed);
        QCOMPARE(none.error.code, QStringLiteral("steps.app-not-found"));
        QCOMPARE(f.graphWrites(), 0);

        const GalleryApplicationResult made = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY2(made.ok(), qPrintable(made.error.toDiagnostics()));
        // Another computer: SetupState knows no app, the template lookup finds the one there is.
        f.store->update([](SetupState &s) {
            s.servicePrincipalId.clear();
            s.appId.clear();
            s.appObjectId.clear();
        });
        const int writes = f.graphWrites();
        const GalleryApplicationResult found = f.run(GalleryApplication::findExisting(f.context()));
        QVERIFY2(found.ok(), qPrintable(found.error.toDiagnostics()));
        QCOMPARE(found.outcome, GalleryApplicationResult::Outcome::Found);
        QCOMPARE(found.application.servicePrincipalId, made.application.servicePrincipalId);
        QCOMPARE(f.store->state().servicePrincipalId, made.application.servicePrincipalId);
        QCOMPARE(f.store->state().appObjectId, made.application.appObjectId);
        QCOMPARE(f.graphWrites(), writes);
    }

    void nonAdminIsToldWhichRoleIsNeeded()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(QStringLiteral("user@contoso.example")), QString());
        const GalleryApplicationResult result = f.run(GalleryApplication::ensure(f.context()));
        QVERIFY(f.finished);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.code, QStringLiteral("Authorization_RequestDenied"));
        QVERIFY(result.error.action.contains(QStringLiteral("Cloud Application Administrator")));
        QVERIFY(!result.error.requestId.isEmpty());
        QVERIFY(f.store->state().servicePrincipalId.isEmpty());
    }

    // A gateway timeout (or another 5xx) on instantiate may hide a POST that landed: the step looks before it
    // posts again, and stops after three unclear answers instead of failing at the first one.
    void gatewayErrorsOnInstantiateLookBeforeRetrying()
    {
        sim::SimOptions options;
        options.failGraphPathPattern = QStringLiteral("/instantiate$");
        options.failStatus = 504;
        options.failCode = QStringLiteral("UnknownError");
        SetupStepsFixture f(options);
        QCOMPARE(f.start(), QString());
        entra::OperationContext context = f.context();
        int lookups = 0;
        context.progress = [&](const QString &sentence) {
            f.progress.append(sentence);
            if (sentence.startsWith(QStringLiteral("Microsoft Entra did not answer")))
                ++lookups;
        };
        const GalleryApplicationResult failed = f.run(GalleryApplication::ensure(context));
        QVERIFY(f.finished);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.code, QStringLiteral("steps.instantiate-no-answer"));
        QCOMPARE(f.graphWrites(QStringLiteral("/instantiate")), 3);
        QVERIFY(lookups >= 3); // each unclear answer was followed by a look for the application
        QVERIFY(f.store->state().servicePrincipalId.isEmpty());

        // The first POST fails, the next one goes through: one app, no error.
        SetupStepsFixture g(options);
        QCOMPARE(g.start(), QString());
        entra::OperationContext recovering = g.context();
        recovering.progress = [&](const QString &sentence) {
            g.progress.append(sentence);
            if (sentence.startsWith(QStringLiteral("Microsoft Entra did not answer")))
                g.sim->server().options().failGraphPathPattern.clear();
        };
        const GalleryApplicationResult created = g.run(GalleryApplication::ensure(recovering));
        QVERIFY(g.finished);
        QVERIFY2(created.ok(), qPrintable(created.error.toDiagnostics()));
        QCOMPARE(created.outcome, GalleryApplicationResult::Outcome::Created);
        QCOMPARE(g.graphWrites(QStringLiteral("/instantiate")), 2);
        QCOMPARE(g.appsFromTemplate(created.galleryTemplate.id), 1);
    }

    void cancelBeforeStartChangesNothing()
    {
        SetupStepsFixture f;
        QCOMPARE(f.start(), QString());
        CancelToken cancel;
        cancel.cancel();
        const GalleryApplicationResult result = f.run(GalleryApplication::ensure(f.context(&cancel)));
        QVERIFY(result.cancelled);
        QCOMPARE(f.graphWrites(), 0);
    }
};

QTEST_MAIN(TestGalleryApplication)
#include "tst_galleryapplication.moc"
