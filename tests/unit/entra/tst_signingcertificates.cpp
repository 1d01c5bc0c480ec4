// Step 2b (SigningCertificates), rotation and rollback, the hand-off files (SamlHandoffFiles) and the admin's
// assignment (AdminAssignment) against the simulator.
#include "Certificates.h"
#include "SetupStepsFixture.h"
#include "entra/AdminAssignment.h"
#include "entra/CertificateActivation.h"
#include "entra/CertificateCleanup.h"
#include "entra/GalleryApplication.h"
#include "entra/Preflight.h"
#include "entra/SamlConfiguration.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SigningCertificates.h"
#include "saml/FederationMetadata.h"

#include <QtTest>

using namespace insightly;
using namespace insightly::entra;

class TestSigningCertificates : public QObject
{
    Q_OBJECT

    // Steps 1 and 2a, so that the certificate tests start where the wizard would.
    static QString prepareApp(SetupStepsFixture &f)
    {
        if (QString error = f.start(); !error.isEmpty())
            return error;
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(f.context()));
        if (!app.ok())
            return app.error.toDiagnostics();
        const SamlConfigurationResult saml = f.run(SamlConfiguration::apply(f.context(), f.signInPageUrl()));
        return saml.ok() ? QString() : saml.error.toDiagnostics();
    }

    static const sim::ServicePrincipalObject &servicePrincipal(SetupStepsFixture &f)
    {
        for (const auto &sp : f.sim->server().world().apps.servicePrincipals)
            if (sp.json.value(QStringLiteral("id")).toString() == f.store->state().servicePrincipalId)
                return sp;
        static const sim::ServicePrincipalObject none;
        return none;
    }

    static int credentials(SetupStepsFixture &f, const QString &property, const QString &usage = {})
    {
        int count = 0;
        for (const QJsonValue &v : servicePrincipal(f).json.value(property).toArray())
            if (usage.isEmpty() || v.toObject().value(QStringLiteral("usage")).toString() == usage)
                ++count;
        return count;
    }

    static QString activeInSim(SetupStepsFixture &f)
    {
        return servicePrincipal(f).json.value(QStringLiteral("preferredTokenSigningKeyThumbprint")).toString().toUpper();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // SigningCertificates::isUsable, the one rule ensureActive(), createForRotation() and ChangePlan share.
    void usableCertificateRule()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto certificate = [&](int startDays, int endDays) {
            TokenSigningCertificate c;
            const sim::GeneratedCertificate generated = sim::generateSelfSignedCertificate(
                QStringLiteral("Insightly SAML"), now.addDays(startDays), now.addDays(endDays));
            c.certificate = SigningCertificate::fromDer(generated.certificateDer);
            c.startDateTime = c.certificate.notBefore();
            c.endDateTime = c.certificate.notAfter();
            return c;
        };
        const TokenSigningCertificate longLived = certificate(-1, 365);
        QVERIFY(!longLived.certificate.isNull());
        QVERIFY(SigningCertificates::isUsable(longLived, SigningCertificates::kRenewWhenDaysLeft, now));
        // Days left must exceed the minimum: 30 left is usable at 0, not at the renewal threshold of 60.
        const TokenSigningCertificate expiring = certificate(-300, 30);
        QVERIFY(SigningCertificates::isUsable(expiring, 0, now));
        QVERIFY(!SigningCertificates::isUsable(expiring, SigningCertificates::kRenewWhenDaysLeft, now));
        // The same certificate judged later: once past its end it is never usable.
        QVERIFY(!SigningCertificates::isUsable(expiring, 0, now.addDays(31)));
        QVERIFY(!SigningCertificates::isUsable(certificate(-30, -1), 0, now));
        // Not valid yet.
        QVERIFY(!SigningCertificates::isUsable(certificate(2, 400), 0, now));
        // Graph returned no key: nothing to judge.
        TokenSigningCertificate keyless;
        keyless.endDateTime = now.addDays(300);
        QVERIFY(!SigningCertificates::isUsable(keyless, 0, now));
    }

    void freshAppGetsOneActiveCertificateOnce()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        SigningCertificates::Options options;
        options.notificationEmails = {QStringLiteral("admin@contoso.example")};
        const CertificateResult first = f.run(SigningCertificates::ensureActive(f.context(), options));
        QVERIFY(f.finished);
        QVERIFY2(first.ok(), qPrintable(first.error.toDiagnostics()));
        QCOMPARE(first.outcome, CertificateResult::Outcome::CreatedAndActivated);
        QCOMPARE(first.certificate.thumbprint, first.certificate.certificate.thumbprint());
        QCOMPARE(activeInSim(f), first.certificate.thumbprint);
        QCOMPARE(credentials(f, QStringLiteral("keyCredentials"), QStringLiteral("Verify")), 1);
        QCOMPARE(f.store->state().certificateThumbprint, first.certificate.thumbprint);
        QCOMPARE(f.store->state().certificateExpiry, first.certificate.endDateTime);
        QVERIFY(first.certificate.daysLeft() > 3 * 365 - 3);
        QCOMPARE(servicePrincipal(f).json.value(QStringLiteral("notificationEmailAddresses")).toArray(),
                 QJsonArray{QStringLiteral("admin@contoso.example")});

        const int writes = f.graphWrites();
        const CertificateResult again = f.run(SigningCertificates::ensureActive(f.context(), options));
        QVERIFY2(again.ok(), qPrintable(again.error.toDiagnostics()));
        QCOMPARE(again.outcome, CertificateResult::Outcome::KeptActive);
        QCOMPARE(again.certificate.thumbprint, first.certificate.thumbprint);
        QCOMPARE(f.graphWrites(), writes);
        QCOMPARE(f.graphWrites(QStringLiteral("/addTokenSigningCertificate")), 1);
    }

    // Step 2 as the wizard runs it (SamlSetupFlow): the SAML settings and a new certificate side by side. The
    // wait until Entra lists the new certificate is also the wait for the SAML mode to replicate, so the
    // Identifier is written once and never refused; the activation and the e-mails go in one PATCH; the files
    // are then written from the certificate just listed, without reading it again.
    void samlAndNewCertificateTogetherWriteEachSettingOnce()
    {
        sim::SimOptions world;
        world.replicationDelayMs = 2000;
        SetupStepsFixture f(world);
        QCOMPARE(f.start(), QString());
        OperationContext context = f.context();
        context.convergence.pollInterval = std::chrono::milliseconds(200);
        context.convergence.hostNameRetryInitial = std::chrono::milliseconds(200);
        const GalleryApplicationResult app = f.run(GalleryApplication::ensure(context));
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
        const int writesBefore = f.graphWrites();

        SigningCertificates::Options certificate;
        certificate.notificationEmails = {QStringLiteral("admin@contoso.example")};
        const SamlSetupResult setup =
            f.run(SamlConfiguration::applyWithCertificate(context, f.signInPageUrl(), certificate));
        QVERIFY(f.finished);
        QVERIFY2(setup.saml.ok(), qPrintable(setup.saml.error.toDiagnostics()));
        QVERIFY2(setup.certificate.ok(), qPrintable(setup.certificate.error.toDiagnostics()));
        QVERIFY(setup.saml.samlModeChanged);
        QVERIFY(setup.saml.urisChanged);
        QCOMPARE(setup.saml.hostNameRetries, 0);
        QCOMPARE(setup.certificate.outcome, CertificateResult::Outcome::CreatedAndActivated);
        const QString thumbprint = setup.certificate.certificate.thumbprint;
        QCOMPARE(activeInSim(f), thumbprint);
        QCOMPARE(servicePrincipal(f).json.value(QStringLiteral("notificationEmailAddresses")).toArray(),
                 QJsonArray{QStringLiteral("admin@contoso.example")});
        QCOMPARE(f.store->state().insightlySignInUrl, f.signInPageUrl());
        QVERIFY(f.store->state().isStepCompleted(SetupState::Step::Saml));
        QCOMPARE(f.store->state().certificateThumbprint, thumbprint);
        // The SAML mode, the certificate, the Identifier and Reply URL, the activation with the e-mails.
        QCOMPARE(f.graphWrites() - writesBefore, 4);
        QCOMPARE(f.graphWrites(QStringLiteral("/applications/")), 1);

        QTemporaryDir folder;
        SamlHandoffFiles::Options files;
        files.folder = folder.path();
        files.listed = setup.certificate.certificate;
        const int reads = f.graphReads(QStringLiteral("/servicePrincipals/"));
        const HandoffFilesResult exported = f.run(SamlHandoffFiles::exportFiles(context, files));
        QVERIFY2(exported.ok(), qPrintable(exported.error.toDiagnostics()));
        QCOMPARE(f.graphReads(QStringLiteral("/servicePrincipals/")), reads);
        QFile cer(exported.certificatePath);
        QVERIFY(cer.open(QIODevice::ReadOnly));
        QCOMPARE(cer.readAll(), setup.certificate.certificate.certificate.toBase64Cer());
        QCOMPARE(exported.panel.thumbprint, thumbprint);
        // A later export (the page's button) reads the certificates again.
        files.listed.reset();
        files.overwrite = true;
        const HandoffFilesResult again = f.run(SamlHandoffFiles::exportFiles(context, files));
        QVERIFY2(again.ok(), qPrintable(again.error.toDiagnostics()));
        QCOMPARE(f.graphReads(QStringLiteral("/servicePrincipals/")), reads + 1);
    }

    void expiringCertificateIsReplacedAndActivated()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        const QString spPath = QStringLiteral("/v1.0/servicePrincipals/") + f.store->state().servicePrincipalId;
        const QString token = f.sim->token();
        const auto added = f.sim->graph(
            "POST", spPath + QStringLiteral("/addTokenSigningCertificate"),
            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("CN=Insightly SAML")},
                        {QStringLiteral("endDateTime"),
                         QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}},
            token);
        QCOMPARE(added.status, 200);
        const QString expiring = added.json().value(QStringLiteral("thumbprint")).toString().toUpper();
        QCOMPARE(f.sim->graph("PATCH", spPath, QJsonObject{{QStringLiteral("preferredTokenSigningKeyThumbprint"), expiring}},
                              token)
                     .status,
                 204);

        const CertificateResult result = f.run(SigningCertificates::ensureActive(f.context(), {}));
        QVERIFY(f.finished);
        QVERIFY2(result.ok(), qPrintable(result.error.toDiagnostics()));
        QCOMPARE(result.outcome, CertificateResult::Outcome::CreatedAndActivated);
        QCOMPARE(result.previousThumbprint, expiring);
        QVERIFY(result.certificate.thumbprint != expiring);
        QVERIFY(result.certificate.daysLeft() > SigningCertificates::kRenewWhenDaysLeft);
        QCOMPARE(activeInSim(f), result.certificate.thumbprint);
        QCOMPARE(f.store->state().certificateThumbprint, result.certificate.thumbprint);
    }

    // A rotation may choose a shorter validity than the active certificate has: its end date is then earlier,
    // and a re-run must still find the pending certificate (by the thumbprint the wizard recorded).
    void rerunOfAShorterRotationReusesThePendingCertificate()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        const CertificateResult initial = f.run(SigningCertificates::ensureActive(f.context(), {}));
        QVERIFY2(initial.ok(), qPrintable(initial.error.toDiagnostics()));

        SigningCertificates::Options shorter;
        shorter.validityDays = 365;
        const CertificateResult rotated = f.run(SigningCertificates::createForRotation(f.context(), shorter));
        QVERIFY2(rotated.ok(), qPrintable(rotated.error.toDiagnostics()));
        QVERIFY(rotated.certificate.endDateTime < initial.certificate.endDateTime);
        QVERIFY(f.store->state().certificateRotation.has_value());
        QCOMPARE(f.store->state().certificateRotation->newThumbprint, rotated.certificate.thumbprint);
        QCOMPARE(f.store->state().certificateRotation->previousThumbprint, initial.certificate.thumbprint);

        const CertificateResult rerun = f.run(SigningCertificates::createForRotation(f.context(), shorter));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error.toDiagnostics()));
        QCOMPARE(rerun.certificate.thumbprint, rotated.certificate.thumbprint);
        QCOMPARE(f.graphWrites(QStringLiteral("/addTokenSigningCertificate")), 2);
        QCOMPARE(activeInSim(f), initial.certificate.thumbprint);
    }

    void rotationActivatesRollsBackAndRemovesTheOldOne()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        const CertificateResult initial = f.run(SigningCertificates::ensureActive(f.context(), {}));
        QVERIFY2(initial.ok(), qPrintable(initial.error.toDiagnostics()));
        const QString oldThumbprint = initial.certificate.thumbprint;

        const CertificateResult rotated = f.run(SigningCertificates::createForRotation(f.context(), {}));
        QVERIFY2(rotated.ok(), qPrintable(rotated.error.toDiagnostics()));
        QCOMPARE(rotated.outcome, CertificateResult::Outcome::CreatedInactive);
        QCOMPARE(rotated.previousThumbprint, oldThumbprint);
        const QString newThumbprint = rotated.certificate.thumbprint;
        QVERIFY(newThumbprint != oldThumbprint);
        QCOMPARE(activeInSim(f), oldThumbprint); // not activated before Insightly has it
        QCOMPARE(f.store->state().certificateThumbprint, oldThumbprint);

        // Re-running the rotation reuses the pending certificate.
        const CertificateResult rerun = f.run(SigningCertificates::createForRotation(f.context(), {}));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error.toDiagnostics()));
        QCOMPARE(rerun.certificate.thumbprint, newThumbprint);
        QCOMPARE(f.graphWrites(QStringLiteral("/addTokenSigningCertificate")), 2);

        // Export the new one for Insightly.
        QTemporaryDir folder;
        SamlHandoffFiles::Options files;
        files.folder = folder.path();
        files.metadata = false;
        files.thumbprint = newThumbprint;
        const HandoffFilesResult exported = f.run(SamlHandoffFiles::exportFiles(f.context(), files));
        QVERIFY2(exported.ok(), qPrintable(exported.error.toDiagnostics()));
        QFile cer(exported.certificatePath);
        QVERIFY(cer.open(QIODevice::ReadOnly));
        const CertificateLoadResult loaded = SigningCertificate::load(cer.readAll());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.certificates.constFirst().thumbprint(), newThumbprint);

        const CertificateResult activated =
            f.run(CertificateActivation::activate(f.context(), newThumbprint));
        QVERIFY2(activated.ok(), qPrintable(activated.error.toDiagnostics()));
        QCOMPARE(activated.outcome, CertificateResult::Outcome::Activated);
        QCOMPARE(activated.previousThumbprint, oldThumbprint);
        QCOMPARE(activeInSim(f), newThumbprint);
        QCOMPARE(f.store->state().certificateThumbprint, newThumbprint);

        // Activating it again writes nothing.
        const int writes = f.graphWrites();
        const CertificateResult twice = f.run(CertificateActivation::activate(f.context(), newThumbprint));
        QCOMPARE(twice.outcome, CertificateResult::Outcome::AlreadyActive);
        QCOMPARE(f.graphWrites(), writes);

        const CertificateResult rolledBack =
            f.run(CertificateActivation::rollback(f.context(), oldThumbprint));
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.error.toDiagnostics()));
        QCOMPARE(activeInSim(f), oldThumbprint);
        QCOMPARE(f.store->state().certificateThumbprint, oldThumbprint);

        const CertificateResult forward = f.run(CertificateActivation::activate(f.context(), newThumbprint));
        QVERIFY2(forward.ok(), qPrintable(forward.error.toDiagnostics()));

        const CertificateResult refused =
            f.run(CertificateCleanup::removeCertificates(f.context(), {newThumbprint}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, QStringLiteral("steps.certificate-active"));

        const CertificateResult removed =
            f.run(CertificateCleanup::removeCertificates(f.context(), {oldThumbprint}));
        QVERIFY2(removed.ok(), qPrintable(removed.error.toDiagnostics()));
        QCOMPARE(removed.removedThumbprints, QStringList{oldThumbprint});
        QCOMPARE(credentials(f, QStringLiteral("keyCredentials")), 2); // Sign + Verify of the new one
        QCOMPARE(credentials(f, QStringLiteral("passwordCredentials")), 1);
        QCOMPARE(activeInSim(f), newThumbprint);

        const CertificateResult gone = f.run(CertificateActivation::rollback(f.context(), oldThumbprint));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error.code, QStringLiteral("steps.rollback-impossible"));
    }

    void handoffFilesCarryTheActiveCertificate()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        const CertificateResult active = f.run(SigningCertificates::ensureActive(f.context(), {}));
        QVERIFY2(active.ok(), qPrintable(active.error.toDiagnostics()));

        QTemporaryDir folder;
        SamlHandoffFiles::Options files;
        files.folder = folder.path();
        const HandoffFilesResult exported = f.run(SamlHandoffFiles::exportFiles(f.context(), files));
        QVERIFY(f.finished);
        QVERIFY2(exported.ok(), qPrintable(exported.error.toDiagnostics()));
        QFile xml(exported.metadataPath);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const FederationMetadataResult parsed = FederationMetadata::parse(xml.readAll());
        QVERIFY(parsed.ok());
        QVERIFY(parsed.metadata.containsCertificate(active.certificate.thumbprint));
        QFile cer(exported.certificatePath);
        QVERIFY(cer.open(QIODevice::ReadOnly));
        const QByteArray pem = cer.readAll();
        QCOMPARE(pem, active.certificate.certificate.toBase64Cer());
        for (const QByteArray &line : pem.split('\n'))
            QVERIFY(line.size() <= 64);

        const QString tenant = f.sim->tenantId();
        QCOMPARE(exported.panel.loginUrl.toString(),
                 QStringLiteral("https://login.microsoftonline.com/") + tenant + QStringLiteral("/saml2"));
        QCOMPARE(exported.panel.logoutUrl, exported.panel.loginUrl);
        QCOMPARE(exported.panel.entraIdentifier, QStringLiteral("https://sts.windows.net/%1/").arg(tenant));
        QCOMPARE(exported.panel.entraIdentifier, parsed.metadata.entityId);
        QCOMPARE(exported.panel.thumbprint, active.certificate.thumbprint);
        QCOMPARE(exported.panel.expiry, active.certificate.endDateTime);

        const HandoffFilesResult refused = f.run(SamlHandoffFiles::exportFiles(f.context(), files));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, QStringLiteral("steps.file-exists"));
        files.overwrite = true;
        const HandoffFilesResult replaced = f.run(SamlHandoffFiles::exportFiles(f.context(), files));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error.toDiagnostics()));
    }

    void panelValuesForTheGlobalCloud()
    {
        const SamlPanelValues values = SamlHandoffFiles::panelValues(CloudEndpoints::forCloud(entra::Cloud::Global),
                                                                     QStringLiteral("tid"), QStringLiteral("aid"));
        QCOMPARE(values.loginUrl, QUrl(QStringLiteral("https://login.microsoftonline.com/tid/saml2")));
        QCOMPARE(values.entraIdentifier, QStringLiteral("https://sts.windows.net/tid/"));
        QCOMPARE(values.federationMetadataUrl,
                 QUrl(QStringLiteral("https://login.microsoftonline.com/tid/federationmetadata/2007-06/"
                                     "federationmetadata.xml?appid=aid")));
    }

    void adminIsAssignedOnce()
    {
        SetupStepsFixture f;
        QCOMPARE(prepareApp(f), QString());
        const QString userId = f.wizard->session()->preflight().identity.userId;
        QVERIFY(!userId.isEmpty());
        const AdminAssignmentResult first = f.run(AdminAssignment::ensureAssigned(f.context(), userId));
        QVERIFY2(first.ok(), qPrintable(first.error.toDiagnostics()));
        QVERIFY(!first.alreadyAssigned);
        QVERIFY(first.appRoleId != AdminAssignment::kDefaultAccessRoleId); // the template has a User role
        int assigned = 0;
        for (const QJsonObject &a : f.sim->server().world().apps.appRoleAssignments)
            if (a.value(QStringLiteral("principalId")).toString() == userId)
                ++assigned;
        QCOMPARE(assigned, 1);

        const int writes = f.graphWrites();
        const AdminAssignmentResult again = f.run(AdminAssignment::ensureAssigned(f.context(), userId));
        QVERIFY2(again.ok(), qPrintable(again.error.toDiagnostics()));
        QVERIFY(again.alreadyAssigned);
        QCOMPARE(again.appRoleId, first.appRoleId);
        QCOMPARE(f.graphWrites(), writes);
    }
};

QTEST_MAIN(TestSigningCertificates)
#include "tst_signingcertificates.moc"
