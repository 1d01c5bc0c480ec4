#pragma once

// A tenant set up with the entra operations themselves, for the tests of the status report (flows/) and of
// the Summary page (pages/).
#include "ScimSimSetup.h"
#include "SetupStepsFixture.h"
#include "core/SecretKeys.h"
#include "core/SecretStore.h"
#include "entra/AppAssignments.h"
#include "entra/GalleryApplication.h"
#include "entra/Provisioning.h"
#include "entra/SamlConfiguration.h"
#include "entra/SignInSession.h"
#include "entra/SigningCertificates.h"
#include "flows/SetupStatusReport.h"
#include "flows/StatusRowRules.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace insightly;
using namespace insightly::entra;
using Id = StatusRow::Id;
using Level = StatusRow::Level;

inline sim::SimOptions simOptions()
{
    sim::SimOptions o = insightlytest::options();
    o.syncIntervalMs = 500;
    return o;
}

inline QString describe(const SetupStatusReport &report)
{
    return report.toPlainText();
}

struct StatusTestWorld {

    // Steps 1, 2a and 2b with the entra operations; the sign-in test passed and Enforce SAML Login confirmed.
    static QString setUpSso(SetupStepsFixture &f,
                            int certificateDays = SigningCertificates::kMaximumValidityDays)
    {
        if (QString error = f.start(); !error.isEmpty())
            return error;
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
        if (!app.ok())
            return app.error.toDiagnostics();
        const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        if (!saml.ok())
            return saml.error.toDiagnostics();
        SigningCertificates::Options options;
        options.validityDays = certificateDays;
        options.minimumDaysLeft = 0;
        options.notificationEmails = {QStringLiteral("admin@contoso.example")};
        const CertificateResult certificate = f.run(SigningCertificates::ensureActive(f.context(), options));
        if (!certificate.ok())
            return certificate.error.toDiagnostics();
        f.store->update([&](SetupState &s) {
            s.instanceId = f.sim->server().world().insightly.instanceId;
            s.lastSignInTest = SetupState::SignInTestResult{
                QDateTime::currentDateTimeUtc(), true, QStringLiteral("Signed in as admin@contoso.example")};
        });
        f.store->markStepCompleted(SetupState::Step::SignInTest);
        f.store->markStepCompleted(SetupState::Step::Enforce);
        return {};
    }

    // Step 3: Insightly's SCIM token saved in Entra, the job started, the token in the keychain.
    static QString setUpProvisioning(SetupStepsFixture &f, testsupport::ScimSim *scim)
    {
        const testsupport::HttpReply page =
            insightlytest::configure(*f.sim, insightlytest::makeCertificate().certificatePem, false, true);
        scim->token = f.sim->server().world().insightly.scimToken;
        scim->endpoint = QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
        if (page.status == 0 || scim->token.isEmpty())
            return QStringLiteral("no SCIM token on the Insightly settings page");
        Provisioning provisioning(f.graph(), f.store->state().servicePrincipalId);
        const ProvisioningJobResult job = f.run(provisioning.ensureJob());
        if (!job.ok())
            return job.error.toDiagnostics();
        const ProvisioningActionResult saved = f.run(provisioning.saveCredentials(
            scim->endpoint, scim->token, QStringLiteral("admin@contoso.example")));
        if (!saved.ok)
            return saved.error.toDiagnostics();
        const ProvisioningActionResult started = f.run(provisioning.start(job.jobId));
        if (!started.ok)
            return started.error.toDiagnostics();
        f.store->update([&](SetupState &s) {
            s.synchronizationJobId = job.jobId;
            s.scimBaseAddress = scim->endpoint;
        });
        const SecretKey key = SecretKeys::scimToken(f.store->state());
        const SecretResult stored = f.run(f.wizard->secrets().write(key, scim->token.toUtf8()), 60000);
        return stored.ok ? QString() : QStringLiteral("keychain: ") + stored.error.toDiagnostics();
    }

    // Step 4: three members and one group, through the bulk assignment of SetupState's queue.
    static QString assignSome(SetupStepsFixture &f)
    {
        QList<SetupState::Assignment> queue;
        for (const sim::DirectoryUser &user : f.sim->server().world().directory.users)
            if (!user.givenName.isEmpty() && !user.surname.isEmpty() && queue.size() < 3 &&
                !user.userPrincipalName.startsWith(QLatin1String("admin@")))
                queue.append({user.id, SetupState::PrincipalType::User, false});
        queue.append({f.sim->server().world().directory.groups.constFirst().id,
                      SetupState::PrincipalType::Group, false});
        f.store->update([&](SetupState &s) { s.assignmentQueue = queue; });
        AppAssignments assignments(f.graph(), f.store->state().servicePrincipalId);
        const BulkResult result = f.run(assignments.assignQueued(f.store.get()));
        return result.ok() ? QString() : QStringLiteral("bulk assignment failed");
    }

    static QJsonObject simJob(SetupStepsFixture &f)
    {
        for (const QJsonObject &job : f.sim->server().world().apps.synchronizationJobs)
            if (job.value(QStringLiteral("id")).toString() == f.store->state().synchronizationJobId)
                return job;
        return {};
    }

    static int simAssignments(SetupStepsFixture &f, const QString &type)
    {
        int count = 0;
        for (const QJsonObject &a : f.sim->server().world().apps.appRoleAssignments)
            if (a.value(QStringLiteral("resourceId")).toString() == f.store->state().servicePrincipalId &&
                a.value(QStringLiteral("principalType")).toString() == type)
                ++count;
        return count;
    }

    static QString simActiveThumbprint(SetupStepsFixture &f)
    {
        for (const auto &sp : f.sim->server().world().apps.servicePrincipals)
            if (sp.json.value(QStringLiteral("id")).toString() == f.store->state().servicePrincipalId)
                return sp.json.value(QStringLiteral("preferredTokenSigningKeyThumbprint"))
                    .toString()
                    .toUpper();
        return {};
    }

    static SetupStatusReport::Inputs inputs(SetupStepsFixture &f)
    {
        SetupStatusReport::Inputs in;
        in.graph = f.graph();
        in.setup = f.store.get();
        in.secrets = &f.wizard->secrets();
        in.identity = f.wizard->session()->preflight().identity;
        return in;
    }

    // Reads the report to its end; false when it did not finish in time.
    static bool read(SetupStatusReport &report, int timeoutMs = 90000)
    {
        QSignalSpy finished(&report, &SetupStatusReport::finished);
        report.start();
        return finished.wait(timeoutMs) || !finished.isEmpty();
    }
};
