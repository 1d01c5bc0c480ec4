// AssignFlow (Step 4) against the simulator: users assigned once through SetupState's queue, an interrupted
// queue resumed by a new flow without duplicates, a removed principal kept out of the queue, provision on
// demand after Step 3, and the refusals before the earlier steps are done — no widget, no web view.
#include "ScimWorld.h"
#include "core/SetupStateStore.h"
#include "flows/AssignFlow.h"
#include "flows/ScimFlow.h"

#include <QtTest>

using namespace insightly;

class TestAssignFlow : public QObject
{
    Q_OBJECT

    // A new directory user, as an admin would find them in the picker.
    static QString addUser(FlowTestFixture &f, const QString &first, const QString &last)
    {
        sim::DirectoryUser user;
        user.id = f.sim->server().newGuid();
        user.givenName = first;
        user.surname = last;
        user.displayName = first + u' ' + last;
        user.userPrincipalName = QStringLiteral("%1.%2@contoso.example").arg(first.toLower(), last.toLower());
        user.mail = user.userPrincipalName;
        f.sim->server().world().directory.addUser(user);
        return user.id;
    }

    // The principals assigned to the app, as Graph lists them (one entry per assignment).
    static QStringList assignedInSim(FlowTestFixture &f)
    {
        const testsupport::HttpReply reply =
            f.sim->graph("GET",
                         QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo")
                             .arg(f.store->state().servicePrincipalId),
                         {}, f.sim->token());
        QStringList ids;
        for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray())
            ids << v.toObject().value(QStringLiteral("principalId")).toString();
        ids.sort();
        return ids;
    }

    // Step 1's result, for a signed-in fixture.
    static QString addApp(FlowTestFixture &f)
    {
        const entra::GalleryApplicationResult app = f.run(entra::GalleryApplication::ensure(f.context()));
        return app.ok() ? QString() : app.error.toDiagnostics();
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<entra::BulkProgress>();
        qRegisterMetaType<entra::OnDemandOutcome>();
        qRegisterMetaType<UserMessage>();
    }

    void assignsResumesAndRemoves()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        QCOMPARE(addApp(f), QString());
        const QString ann = addUser(f, QStringLiteral("Quinzel"), QStringLiteral("Alpha"));
        const QString ben = addUser(f, QStringLiteral("Quinzel"), QStringLiteral("Beta"));
        const QString cat = addUser(f, QStringLiteral("Quinzel"), QStringLiteral("Gamma"));

        {
            AssignFlow flow(f.flowContext());
            UserMessage why;
            QVERIFY2(flow.canAssign(&why), qPrintable(why.toDiagnostics()));
            QVERIFY(flow.graph());

            // Nothing queued: resuming only reads what is assigned — nobody yet.
            f.run(flow.resume());
            QVERIFY(f.finished);
            QCOMPARE(flow.stage(), AssignFlow::Stage::Ready);
            QVERIFY(!flow.hasAssignments());
            QVERIFY(flow.statusText().contains(QStringLiteral("Nobody")));
            QVERIFY(!f.store->state().isStepCompleted(SetupState::Step::Assign));

            QSignalSpy progress(&flow, &AssignFlow::progressChanged);
            QSignalSpy stages(&flow, &AssignFlow::stageChanged);
            const entra::BulkResult result =
                f.run(flow.assign({{ann, SetupState::PrincipalType::User, false},
                                   {ben, SetupState::PrincipalType::User, false}}));
            QVERIFY(f.finished);
            QVERIFY2(result.ok(),
                     qPrintable(result.failures.isEmpty() ? QString()
                                                          : result.failures.first().userMessage().what));
            QCOMPARE(result.progress.done, 2);
            QVERIFY(!progress.isEmpty());
            QVERIFY(stages.contains(QVariantList{QVariant::fromValue(AssignFlow::Stage::Assigning)}));
            QCOMPARE(flow.stage(), AssignFlow::Stage::Ready);
            QCOMPARE(flow.current().size(), 2);
            QCOMPARE(flow.displayName(ann), QStringLiteral("Quinzel Alpha"));
            QVERIFY2(flow.statusText().contains(QStringLiteral("2 user(s)")), qPrintable(flow.statusText()));
            QCOMPARE(flow.pendingAssignments(), 0);
            QVERIFY(f.store->state().isStepCompleted(SetupState::Step::Assign));
        }
        QCOMPARE(assignedInSim(f), sorted({ann, ben}));

        // A run stopped after queueing (the wizard closed): a new flow over the same SetupState finishes it,
        // and what was already assigned is not assigned twice.
        f.store->update([&](SetupState &s) {
            s.assignmentQueue.append({cat, SetupState::PrincipalType::User, false});
            s.assignmentQueue.append({ann, SetupState::PrincipalType::User, false});
        });
        AssignFlow again(f.flowContext());
        QCOMPARE(again.pendingAssignments(), 2);
        const entra::BulkResult resumed = f.run(again.resume());
        QVERIFY(f.finished);
        QVERIFY(resumed.ok());
        QCOMPARE(again.pendingAssignments(), 0);
        QCOMPARE(again.current().size(), 3);
        QCOMPARE(assignedInSim(f), sorted({ann, ben, cat}));

        // Removed: gone from Entra and from the queue, so a later resume does not bring it back.
        QString benAssignment;
        for (const entra::AppRoleAssignment &a : again.current())
            if (a.principalId == ben)
                benAssignment = a.id;
        QVERIFY(!benAssignment.isEmpty());
        const UserMessage removed = f.run(again.remove({benAssignment}));
        QVERIFY2(removed.isEmpty(), qPrintable(removed.toDiagnostics()));
        QCOMPARE(assignedInSim(f), sorted({ann, cat}));
        QCOMPARE(again.current().size(), 2);
        for (const SetupState::Assignment &entry : f.store->state().assignmentQueue)
            QVERIFY(entry.principalId != ben);
        f.run(again.resume());
        QCOMPARE(assignedInSim(f), sorted({ann, cat}));
    }

    void provisionsOnDemandAfterStep3()
    {
        sim::SimOptions options;
        options.syncIntervalMs = 600000; // no cycle races the on-demand call
        FlowTestFixture f(options);
        testsupport::ScimSim scim;
        QCOMPARE(prepareScim(f, &scim), QString());
        ScimFlow step3(f.flowContext());
        const ScimFlow::SaveOutcome saved = f.run(step3.saveAndStart(scim.endpoint, scim.token));
        QVERIFY2(saved.ok, qPrintable(saved.error.toDiagnostics()));

        const QString user = addUser(f, QStringLiteral("Quinzel"), QStringLiteral("Delta"));
        AssignFlow flow(f.flowContext());
        QVERIFY(flow.hasProvisioningJob());
        QVERIFY(f.run(flow.assign({{user, SetupState::PrincipalType::User, false}})).ok());

        QSignalSpy perUser(&flow, &AssignFlow::userProvisioned);
        const QList<entra::OnDemandOutcome> outcomes = f.run(flow.provisionOnDemand({user}));
        QVERIFY(f.finished);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(perUser.size(), 1);
        const entra::OnDemandOutcome &outcome = outcomes.first();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.result + u' ' + outcome.errorMessage));
        QCOMPARE(outcome.principalId, user);
        QVERIFY(!outcome.steps.isEmpty());
        QCOMPARE(flow.stage(), AssignFlow::Stage::Ready);
        bool inInsightly = false;
        for (const QJsonObject &scimUser : f.sim->server().world().insightly.scimUsers)
            inInsightly = inInsightly || scimUser.value(QStringLiteral("userName"))
                                                 .toString()
                                                 .compare(QStringLiteral("quinzel.delta@contoso.example"),
                                                          Qt::CaseInsensitive) == 0;
        QVERIFY(inInsightly);

        const entra::ProvisioningStatusResult status = f.run(flow.readProvisioningStatus());
        QVERIFY2(status.ok, qPrintable(status.error.toDiagnostics()));
        QCOMPARE(status.status.jobId, saved.jobId);
        QVERIFY(status.status.isRunning());
    }

    void refusesUntilTheEarlierStepsAreDone()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString()); // signed in, but no app yet
        AssignFlow flow(f.flowContext());
        UserMessage why;
        QVERIFY(!flow.canAssign(&why));
        QCOMPARE(why.code, QStringLiteral("assign.not-ready"));
        QSignalSpy failures(&flow, &AssignFlow::failed);
        f.run(flow.resume());
        QCOMPARE(failures.size(), 1);
        QVERIFY(!flow.isBusy());

        // The app, but no provisioning job: provision on demand says to finish Step 3 first.
        QCOMPARE(addApp(f), QString());
        const QString user = addUser(f, QStringLiteral("Quinzel"), QStringLiteral("Epsilon"));
        QVERIFY(flow.canAssign());
        const QList<entra::OnDemandOutcome> outcomes = f.run(flow.provisionOnDemand({user}));
        QVERIFY(outcomes.isEmpty());
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.last().first().value<UserMessage>().code,
                 QStringLiteral("assign.no-provisioning-job"));
    }
};

QTEST_GUILESS_MAIN(TestAssignFlow)
#include "tst_assignflow.moc"
