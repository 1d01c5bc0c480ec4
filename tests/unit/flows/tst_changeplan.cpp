// ChangePlan against the simulator: on a fresh tenant the plan lists exactly the Graph writes (method + path)
// that the setup's operations then make (compared with the simulator's request log), reading the plan sends
// no write, and a certificate rotation's plan lists the rotation's writes. The pure parts: path templates,
// the comparison with the journal, the summary line, no secret in the output.
#include "StatusTestWorld.h"
#include "entra/AdminAssignment.h"
#include "entra/CertificateActivation.h"
#include "entra/CertificateCleanup.h"
#include "flows/ChangePlan.h"

class TestChangePlan : public QObject, StatusTestWorld
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshTenantPlanListsExactlyTheSetupsWrites();
    void certificateRotationPlanListsTheRotationsWrites();
    void scimTokenRotationPlanListsTheRotationsWrites();
    void pathTemplatesMatchOneSegment();
    void journalOutcomeSaysWhetherItMatched();

private:
    struct Logged {
        QString method;
        QString path;
        bool batchItem = false;
    };
    // The Graph requests the simulator saw, from line `from` of its request log on.
    static QList<Logged> graphRequests(SetupStepsFixture &f, int from, int *lines = nullptr)
    {
        QList<Logged> out;
        QFile file(f.logDir.filePath(QStringLiteral("requests.jsonl")));
        int line = 0;
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QByteArray text = file.readLine();
                if (line++ < from)
                    continue;
                const QJsonObject entry = QJsonDocument::fromJson(text).object();
                const QUrl url(entry.value(QStringLiteral("url")).toString());
                if (url.host() != QLatin1String("graph.microsoft.com") ||
                    !url.path().startsWith(QLatin1String("/v1.0/")))
                    continue;
                out.append({entry.value(QStringLiteral("method")).toString(), url.path().mid(5),
                            entry.value(QStringLiteral("batchItem")).toBool()});
            }
        }
        if (lines)
            *lines = line;
        return out;
    }
    static QList<AuditEntry> writesOf(const QList<Logged> &requests)
    {
        QList<AuditEntry> writes;
        for (const Logged &r : requests) {
            if (r.method == QLatin1String("GET") || r.path == QLatin1String("/$batch"))
                continue; // a $batch's items are logged one by one
            AuditEntry e;
            e.system = QStringLiteral("entra");
            e.method = r.method;
            e.object = r.path;
            writes.append(e);
        }
        return writes;
    }
    static QList<PlannedChange> graphRequestsOf(const QList<PlannedChange> &changes)
    {
        QList<PlannedChange> out;
        for (const PlannedChange &c : changes)
            if (c.isGraphRequest())
                out.append(c);
        return out;
    }
};

void TestChangePlan::freshTenantPlanListsExactlyTheSetupsWrites()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    const QString adminId = f.wizard->session()->preflight().identity.userId;
    QVERIFY(!adminId.isEmpty());
    // The admin's choice for Step 4, made before the plan is read (as on the Assign page).
    QList<SetupState::Assignment> queue;
    for (const sim::DirectoryUser &user : f.sim->server().world().directory.users)
        if (user.id != adminId && queue.size() < 2)
            queue.append({user.id, SetupState::PrincipalType::User, false});
    queue.append(
        {f.sim->server().world().directory.groups.constFirst().id, SetupState::PrincipalType::Group, false});
    f.store->update([&](SetupState &s) { s.assignmentQueue = queue; });
    const SetupState before = f.store->state();

    int planStart = 0;
    graphRequests(f, 0, &planStart);
    ChangePlan::Inputs inputs;
    inputs.signInPageUrl = f.signInPageUrl();
    inputs.scimEndpoint = QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
    inputs.adminUserId = adminId;
    inputs.notificationEmails = {QStringLiteral("admin@contoso.example")};
    const ChangePlanResult plan = f.run(ChangePlan::read(f.context(), inputs));
    QVERIFY2(plan.ok(), qPrintable(plan.error.toDiagnostics()));

    // Reading the plan wrote nothing: only GETs (and $batch of GETs), and SetupState is unchanged.
    int setupStart = 0;
    const QList<Logged> planRequests = graphRequests(f, planStart, &setupStart);
    QVERIFY(!planRequests.isEmpty());
    for (const Logged &r : planRequests)
        QVERIFY2(r.method == QLatin1String("GET") ||
                     (r.method == QLatin1String("POST") && r.path == QLatin1String("/$batch")),
                 qPrintable(r.method + u' ' + r.path));
    QVERIFY(writesOf(planRequests).isEmpty());
    QCOMPARE(f.store->state().servicePrincipalId, before.servicePrincipalId);
    QCOMPARE(f.store->state().assignmentQueue, before.assignmentQueue);
    QVERIFY(f.sim->server().world().apps.synchronizationJobs.isEmpty());

    // What a fresh tenant's plan says, step by step.
    QCOMPARE(plan.forStep(PlannedChange::Step::App).size(), 1);
    QCOMPARE(plan.forStep(PlannedChange::Step::App).constFirst().action, PlannedChange::Action::Create);
    QCOMPARE(plan.forStep(PlannedChange::Step::Assign).size(), queue.size());

    // The setup, as the flows run it: Steps 1, 2 (with the admin's assignment for the sign-in test), 3, 4.
    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
    const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
    QVERIFY2(saml.ok(), qPrintable(saml.error.toDiagnostics()));
    SigningCertificates::Options options;
    options.notificationEmails = inputs.notificationEmails;
    const CertificateResult certificate = f.run(SigningCertificates::ensureActive(f.context(), options));
    QVERIFY2(certificate.ok(), qPrintable(certificate.error.toDiagnostics()));
    const AdminAssignmentResult me = f.run(AdminAssignment::ensureAssigned(f.context(), adminId));
    QVERIFY2(!me.failed(), qPrintable(me.error.toDiagnostics()));
    testsupport::ScimSim scim;
    const testsupport::HttpReply page =
        insightlytest::configure(*f.sim, insightlytest::makeCertificate().certificatePem, false, true);
    QVERIFY(page.status != 0);
    scim.token = f.sim->server().world().insightly.scimToken;
    QVERIFY(!scim.token.isEmpty());
    Provisioning provisioning(f.graph(), f.store->state().servicePrincipalId);
    const ProvisioningJobResult job = f.run(provisioning.ensureJob());
    QVERIFY(job.ok());
    const CredentialTestResult tested =
        f.run(provisioning.validateCredentials(job.jobId, inputs.scimEndpoint, scim.token));
    QVERIFY(tested.passed);
    QVERIFY(f.run(provisioning.saveCredentials(inputs.scimEndpoint, scim.token,
                                               QStringLiteral("admin@contoso.example")))
                .ok);
    QVERIFY(f.run(provisioning.start(job.jobId)).ok);
    AppAssignments assignments(f.graph(), f.store->state().servicePrincipalId);
    QVERIFY(f.run(assignments.assignQueued(f.store.get())).ok());

    // Every planned request was sent, and nothing was sent that the plan did not list.
    const QList<AuditEntry> writes = writesOf(graphRequests(f, setupStart));
    QVERIFY(writes.size() >= 10);
    QCOMPARE(ChangePlan::difference(plan.changes, writes), QString());
    // Per step too, as the journal compares them.
    QCOMPARE(ChangePlan::outcomeEntry(plan.forStep(PlannedChange::Step::Assign),
                                      writes.mid(writes.size() - queue.size()))
                 .note,
             QStringLiteral("matched the plan"));
    // Each planned write, one by one, matches at least one write seen (no planned request is redundant).
    for (const PlannedChange &p : graphRequestsOf(plan.changes)) {
        bool seen = false;
        for (const AuditEntry &w : writes)
            seen = seen || (w.method == p.method && ChangePlan::pathMatches(p.path, w.object));
        QVERIFY2(seen, qPrintable(p.method + u' ' + p.path));
    }

    // Afterwards the same plan finds everything in place: no more creations in Steps 1–3.
    const ChangePlanResult again = f.run(ChangePlan::read(f.context(), inputs));
    QVERIFY2(again.ok(), qPrintable(again.error.toDiagnostics()));
    for (const PlannedChange &c : again.changes)
        if (c.step == PlannedChange::Step::App || c.step == PlannedChange::Step::Saml)
            QVERIFY2(c.action != PlannedChange::Action::Create || c.system != QLatin1String("entra"),
                     qPrintable(c.objectKind + u' ' + c.path));
    const QString json = QString::fromUtf8(QJsonDocument(again.toJson()).toJson());
    QVERIFY(!json.contains(scim.token));
    QVERIFY(!again.toTable().contains(scim.token));
}

void TestChangePlan::certificateRotationPlanListsTheRotationsWrites()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    int start = 0;
    graphRequests(f, 0, &start);
    ChangePlan::Inputs inputs;
    inputs.scope = ChangePlan::Scope::CertificateRotation;
    const ChangePlanResult plan = f.run(ChangePlan::read(f.context(), inputs));
    QVERIFY2(plan.ok(), qPrintable(plan.error.toDiagnostics()));
    int rotationStart = 0;
    QVERIFY(writesOf(graphRequests(f, start, &rotationStart)).isEmpty());
    QCOMPARE(plan.forStep(PlannedChange::Step::Scim).size(), 0);
    QVERIFY(!plan.forStep(PlannedChange::Step::CertificateRotation).isEmpty());

    // The whole setup's plan on this tenant: Steps 1 and 2 are in place (only the admin's assignment for a
    // new sign-in test is missing), Insightly's side is done.
    const ChangePlanResult setupPlan = f.run(ChangePlan::read(f.context(), ChangePlan::Inputs{}));
    QVERIFY2(setupPlan.ok(), qPrintable(setupPlan.error.toDiagnostics()));
    for (const PlannedChange &c :
         setupPlan.forStep(PlannedChange::Step::App) + setupPlan.forStep(PlannedChange::Step::Saml))
        QVERIFY2(c.action == PlannedChange::Action::None ||
                     c.path.endsWith(QStringLiteral("/appRoleAssignedTo")),
                 qPrintable(c.objectKind + u' ' + c.method + u' ' + c.path));
    QVERIFY(writesOf(graphRequests(f, rotationStart, &rotationStart)).isEmpty());

    // The rotation's operations: create an inactive one, activate it, remove the old one.
    const QString old = f.store->state().certificateThumbprint;
    SigningCertificates::Options options;
    const CertificateResult created = f.run(SigningCertificates::createForRotation(f.context(), options));
    QVERIFY2(created.ok(), qPrintable(created.error.toDiagnostics()));
    const CertificateResult activated =
        f.run(CertificateActivation::activate(f.context(), created.certificate.thumbprint));
    QVERIFY2(activated.ok(), qPrintable(activated.error.toDiagnostics()));
    const CertificateResult removed = f.run(CertificateCleanup::removeCertificates(f.context(), {old}));
    QVERIFY2(removed.ok(), qPrintable(removed.error.toDiagnostics()));

    const QList<AuditEntry> writes = writesOf(graphRequests(f, rotationStart));
    QCOMPARE(writes.size(), 3);
    QCOMPARE(ChangePlan::difference(plan.changes, writes), QString());
}

void TestChangePlan::scimTokenRotationPlanListsTheRotationsWrites()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    int start = 0;
    graphRequests(f, 0, &start);
    ChangePlan::Inputs inputs;
    inputs.scope = ChangePlan::Scope::ScimTokenRotation;
    const ChangePlanResult plan = f.run(ChangePlan::read(f.context(), inputs));
    QVERIFY2(plan.ok(), qPrintable(plan.error.toDiagnostics()));
    int rotationStart = 0;
    QVERIFY(writesOf(graphRequests(f, start, &rotationStart)).isEmpty());
    const QList<PlannedChange> planned = plan.forStep(PlannedChange::Step::ScimTokenRotation);
    QCOMPARE(plan.changes.size(), planned.size());
    for (const PlannedChange &c : planned) // the job exists: its id is in every path, nothing is created
        QVERIFY2(c.action != PlannedChange::Action::Create &&
                     c.path.contains(f.store->state().synchronizationJobId) ==
                         c.path.contains(QStringLiteral("/jobs/")),
                 qPrintable(c.path));

    // The rotation's Graph part: Test Connection with the new token, save it, start (ScimFlow's calls).
    const QString newToken =
        QStringLiteral("rotated-token-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Provisioning provisioning(f.graph(), f.store->state().servicePrincipalId);
    const QString jobId = f.store->state().synchronizationJobId;
    f.run(provisioning.validateCredentials(jobId, scim.endpoint, newToken));
    QVERIFY(
        f.run(provisioning.saveCredentials(scim.endpoint, newToken, QStringLiteral("admin@contoso.example")))
            .ok);
    QVERIFY(f.run(provisioning.start(jobId)).ok);

    const QList<AuditEntry> writes = writesOf(graphRequests(f, rotationStart));
    QCOMPARE(writes.size(), 3);
    QCOMPARE(ChangePlan::difference(plan.changes, writes), QString());
    const QString json = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson());
    QVERIFY(!json.contains(scim.token));
}

void TestChangePlan::pathTemplatesMatchOneSegment()
{
    QVERIFY(
        ChangePlan::pathMatches(QStringLiteral("/servicePrincipals/{servicePrincipal-id}/appRoleAssignedTo"),
                                QStringLiteral("/servicePrincipals/abc-1/appRoleAssignedTo")));
    QVERIFY(
        ChangePlan::pathMatches(QStringLiteral("/servicePrincipals/{servicePrincipal-id}/appRoleAssignedTo"),
                                QStringLiteral("servicePrincipals/abc-1/appRoleAssignedTo")));
    QVERIFY(!ChangePlan::pathMatches(QStringLiteral("/servicePrincipals/{servicePrincipal-id}"),
                                     QStringLiteral("/servicePrincipals/abc/appRoleAssignedTo")));
    QVERIFY(!ChangePlan::pathMatches(QStringLiteral("/servicePrincipals/{servicePrincipal-id}"),
                                     QStringLiteral("/servicePrincipals/")));
    QVERIFY(ChangePlan::pathMatches(QStringLiteral("/applications/app.1"),
                                    QStringLiteral("/applications/app.1")));
    QVERIFY(!ChangePlan::pathMatches(QStringLiteral("/applications/app.1"),
                                     QStringLiteral("/applications/appx1")));
}

void TestChangePlan::journalOutcomeSaysWhetherItMatched()
{
    PlannedChange patch;
    patch.step = PlannedChange::Step::Saml;
    patch.action = PlannedChange::Action::Update;
    patch.method = QStringLiteral("PATCH");
    patch.path = QStringLiteral("/servicePrincipals/{servicePrincipal-id}");
    PlannedChange handedOver; // done by the admin in Insightly: never a Graph write
    handedOver.step = PlannedChange::Step::Saml;
    handedOver.system = QStringLiteral("insightly");
    AuditEntry write;
    write.system = QStringLiteral("entra");
    write.method = QStringLiteral("PATCH");
    write.object = QStringLiteral("/servicePrincipals/sp1");

    AuditEntry matched = ChangePlan::outcomeEntry({patch, handedOver}, {write});
    QCOMPARE(matched.note, QStringLiteral("matched the plan"));
    QCOMPARE(matched.object, QStringLiteral("saml"));

    AuditEntry extra = write;
    extra.method = QStringLiteral("DELETE");
    const AuditEntry differed = ChangePlan::outcomeEntry({patch}, {write, extra});
    QVERIFY(differed.note.startsWith(QStringLiteral("differed from the plan: ")));
    QVERIFY(differed.note.contains(QStringLiteral("DELETE /servicePrincipals/sp1")));
    QVERIFY(ChangePlan::outcomeEntry({patch}, {}).note.contains(QStringLiteral("PATCH /servicePrincipals/")));

    QCOMPARE(ChangePlan::summary({handedOver}).isEmpty(), false);
    QVERIFY(ChangePlan::summary({patch}).startsWith(QStringLiteral("1 change")));
}

QTEST_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
