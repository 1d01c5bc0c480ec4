#pragma once

// The first-time setup's Steps 1–4 through the entra/ operations, as the wizard runs them, with each step's
// Graph requests taken from a RequestTimeline: what bench_setup_path times and tst_setup_round_trips counts.
#include "AssignTestWorld.h"
#include "RequestTimeline.h"
#include "ScimSimSetup.h"
#include "SetupStepsFixture.h"
#include "entra/AppAssignments.h"
#include "entra/GalleryApplication.h"
#include "entra/Provisioning.h"
#include "entra/SamlConfiguration.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SigningCertificates.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace insightlytest {

struct StepFigures {
    QString name;
    double seconds = 0;
    int requests = 0;
    int sequential = 0;
    QJsonArray log;
};

inline StepFigures figures(const QString &name, double seconds, const QList<RequestTimeline::Entry> &entries)
{
    StepFigures f{name, seconds, int(entries.size()), sequentialRoundTrips(entries), {}};
    for (const auto &e : entries)
        f.log.append(QJsonObject{{QStringLiteral("depth"), e.depth},
                                 {QStringLiteral("method"), e.method},
                                 {QStringLiteral("path"), e.path},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("startMs"), e.startMs},
                                 {QStringLiteral("endMs"), e.endMs}});
    return f;
}

// Runs Steps 1–4 on a started fixture with `context`'s policies; appends one StepFigures per step. Fails the
// current test (QVERIFY) when a step fails; the caller checks QTest::currentTestFailed().
inline void runFirstTimeSetup(SetupStepsFixture &f, insightly::entra::OperationContext context,
                              int assignUsers, QList<StepFigures> *steps)
{
    using namespace insightly;
    using namespace insightly::entra;
    RequestTimeline timeline(&f.wizard->network());
    QElapsedTimer clock;

    // Step 1: the gallery application.
    clock.start();
    const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context), 600000);
    QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
    *steps << figures(QStringLiteral("1 gallery app"), clock.elapsed() / 1000.0, timeline.take());

    // Step 2: SAML single sign-on and the signing certificate side by side, then the hand-off files.
    clock.restart();
    SigningCertificates::Options certificateOptions;
    certificateOptions.notificationEmails = {QStringLiteral("admin@contoso.example")};
    const SamlSetupResult saml = f.run(
        SamlConfiguration::applyWithCertificate(context, f.signInPageUrl(), certificateOptions), 600000);
    QVERIFY2(saml.saml.ok(), qPrintable(saml.saml.error.toDiagnostics()));
    QVERIFY2(saml.certificate.ok(), qPrintable(saml.certificate.error.toDiagnostics()));
    QTemporaryDir exportDir;
    SamlHandoffFiles::Options exportOptions;
    exportOptions.folder = exportDir.path();
    exportOptions.listed = saml.certificate.certificate; // as SamlSetupFlow passes it: no second read
    const HandoffFilesResult files = f.run(SamlHandoffFiles::exportFiles(context, exportOptions), 600000);
    QVERIFY2(files.ok(), qPrintable(files.error.toDiagnostics()));
    *steps << figures(QStringLiteral("2 SAML + certificate"), clock.elapsed() / 1000.0, timeline.take());

    // Step 3: SCIM provisioning (Insightly's token read off its settings page first, not counted).
    const testsupport::HttpReply page =
        insightlytest::configure(*f.sim, insightlytest::makeCertificate().certificatePem, false, true);
    const QString token = insightlytest::elementText(page.body, QStringLiteral("scimToken"));
    QVERIFY(!token.isEmpty());
    QUrl endpoint = testsupport::SimFixture::insightlyCrm();
    endpoint.setPath(QStringLiteral("/scim/v2"));
    timeline.take();
    clock.restart();
    Provisioning provisioning(f.graph(), f.store->state().servicePrincipalId);
    const ProvisioningJobResult job = f.run(provisioning.ensureJob(), 600000);
    QVERIFY2(job.ok(), qPrintable(job.error.toDiagnostics()));
    const CredentialTestResult tested =
        f.run(provisioning.validateCredentials(job.jobId, endpoint, token), 600000);
    QVERIFY2(tested.passed, qPrintable(tested.entraMessage));
    const ProvisioningActionResult saved =
        f.run(provisioning.saveCredentials(endpoint, token, QStringLiteral("admin@contoso.example")), 600000);
    QVERIFY2(saved.ok, qPrintable(saved.error.toDiagnostics()));
    const ProvisioningActionResult started = f.run(provisioning.start(job.jobId), 600000);
    QVERIFY2(started.ok, qPrintable(started.error.toDiagnostics()));
    *steps << figures(QStringLiteral("3 SCIM provisioning"), clock.elapsed() / 1000.0, timeline.take());

    // Step 4: assign users (the queue the Assign page fills), then read the assignments back.
    QStringList users;
    for (const sim::DirectoryUser &u : f.sim->server().world().directory.users)
        if (users.size() < assignUsers && !u.userPrincipalName.startsWith(QLatin1String("admin@")) &&
            !u.userPrincipalName.startsWith(QLatin1String("user@")))
            users << u.id;
    assigntest::queueUsers(*f.store, users);
    clock.restart();
    AppAssignments assignments(f.graph(), f.store->state().servicePrincipalId);
    const GraphResult role = f.run(assignments.resolveAppRole(), 600000);
    QVERIFY(role.ok());
    const BulkResult bulk = f.run(assignments.assignQueued(f.store.get()), 600000);
    QVERIFY(bulk.ok());
    GraphResult listed;
    const QList<AppRoleAssignment> current = f.run(assignments.currentAssignments(&listed), 600000);
    QVERIFY(listed.ok());
    QVERIFY(current.size() >= users.size());
    *steps << figures(QStringLiteral("4 assign users"), clock.elapsed() / 1000.0, timeline.take());
}

} // namespace insightlytest
