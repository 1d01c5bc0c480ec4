// The status report (SetupStatusReport + StatusRowRules) and the Summary page against the simulator: a tenant
// set up with the entra operations themselves, an empty one, a short-lived certificate, a quarantined job, a
// failing Graph call, thousands of assignments — and never a secret in the report.
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
#include "pages/SetupStatusReport.h"
#include "pages/SetupWizard.h"
#include "pages/StatusRowRules.h"
#include "pages/SummaryPage.h"

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

namespace {

sim::SimOptions simOptions()
{
    sim::SimOptions o = insightlytest::options();
    o.syncIntervalMs = 500;
    return o;
}

QString describe(const SetupStatusReport &report)
{
    return report.toPlainText();
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullySetUpTenantIsAllOk();
    void nothingSetUpSaysNotFoundAndNotApplicable();
    void certificateExpiringSoonWarnsWithRotateAction();
    void expiredCertificateIsAnError();
    void quarantinedProvisioningIsAnErrorWithTheReason();
    void reportHoldsNoSecret();
    void oneFailingGraphCallLeavesTheOtherRowsFilled();
    void thousandsOfAssignmentsAreCountedByPages();
    void pageShowsRowsCopiesAndSaves();
    void wizardEndsOnSummaryWithFinish();
};

void TestSummary::fullySetUpTenantIsAllOk()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    QCOMPARE(assignSome(f), QString());
    // One provisioning cycle after the assignments (the simulator's cycle is 500 ms).
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonObject status = simJob(f).value(QStringLiteral("status")).toObject();
            return status.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString() == QLatin1String("Succeeded") &&
                   status.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("countEntitled"))
                           .toInt() >= 3;
        },
        30000));

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QVERIFY(!report.wasCancelled());
    for (const StatusRow &row : report.rows())
        QVERIFY2(row.level == Level::Ok, qPrintable(describe(report)));

    const StatusRow &certificate = report.row(Id::Certificate);
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(), simActiveThumbprint(f));
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(),
             f.store->state().certificateThumbprint);
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() > 3 * 365 - 3);
    QCOMPARE(certificate.values.value(QStringLiteral("notificationEmails")).toStringList(),
             QStringList{QStringLiteral("admin@contoso.example")});
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(),
             simAssignments(f, QStringLiteral("User")));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(),
             simAssignments(f, QStringLiteral("Group")));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(), 3);
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(), 1);
    QCOMPARE(report.row(Id::Provisioning).values.value(QStringLiteral("jobId")).toString(),
             f.store->state().synchronizationJobId);
    QCOMPARE(report.row(Id::Provisioning).values.value(QStringLiteral("code")).toString(),
             QStringLiteral("Active"));
    QVERIFY(report.row(Id::ScimToken).values.value(QStringLiteral("stored")).toBool());
    QCOMPARE(report.row(Id::Application).values.value(QStringLiteral("servicePrincipalId")).toString(),
             f.store->state().servicePrincipalId);
    QCOMPARE(report.row(Id::Tenant).values.value(QStringLiteral("admin")).toString(),
             QStringLiteral("admin@contoso.example"));
    QCOMPARE(report.row(Id::SamlSettings).values.value(QStringLiteral("mismatch")).toBool(), false);
    for (const StatusRow &row : report.rows())
        QVERIFY2(row.action.isEmpty(), qPrintable(row.title));
}

void TestSummary::nothingSetUpSaysNotFoundAndNotApplicable()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QCOMPARE(report.row(Id::Tenant).level, Level::Ok);
    const StatusRow &app = report.row(Id::Application);
    QCOMPARE(app.level, Level::Error);
    QVERIFY(app.error.isEmpty()); // a finding, not a failure to read
    QCOMPARE(app.action, StatusRowRules::runNewSetupAction(StatusRowRules::tr(
                             "Step 1 adds Insightly SAML from the Microsoft Entra gallery.")));
    for (const Id id : {Id::Instance, Id::SamlSettings, Id::Certificate, Id::SignInTest, Id::EnforceSaml,
                        Id::Provisioning, Id::ScimToken, Id::Assignments})
        QVERIFY2(report.row(id).level == Level::NotApplicable, qPrintable(describe(report)));
    QVERIFY(f.store->state().servicePrincipalId.isEmpty()); // nothing recorded, nothing created
    QCOMPARE(f.graphWrites(), 0);
}

void TestSummary::certificateExpiringSoonWarnsWithRotateAction()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &certificate = report.row(Id::Certificate);
    QVERIFY2(certificate.level == Level::Warning, qPrintable(describe(report)));
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() < 60);
    QVERIFY(certificate.values.value(QStringLiteral("daysLeft")).toLongLong() >= 28);
    QCOMPARE(certificate.action, StatusRowRules::rotateCertificateAction());
    QVERIFY(certificate.action.contains(QStringLiteral("Rotate the SAML signing certificate")));
    QCOMPARE(certificate.values.value(QStringLiteral("thumbprint")).toString(), simActiveThumbprint(f));
    // The other rows are not dragged down by it.
    QCOMPARE(report.row(Id::SamlSettings).level, Level::Ok);
    QCOMPARE(report.row(Id::Application).level, Level::Ok);
}

void TestSummary::expiredCertificateIsAnError()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    const CertificateInventory inventory = f.run(SigningCertificates::read(f.context()));
    QVERIFY(inventory.ok());
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(45);
    const StatusRow expired = StatusRowRules::certificate(inventory, f.store->state(), later);
    QCOMPARE(expired.level, Level::Error);
    QCOMPARE(expired.action, StatusRowRules::rotateCertificateAction());
    QVERIFY(expired.summary.contains(QStringLiteral("expired")));
    const StatusRow now =
        StatusRowRules::certificate(inventory, f.store->state(), QDateTime::currentDateTimeUtc());
    QCOMPARE(now.level, Level::Warning);
}

void TestSummary::quarantinedProvisioningIsAnErrorWithTheReason()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    QCOMPARE(assignSome(f), QString());
    // The admin regenerates the token in Insightly: Entra's saved one is refused and the job is quarantined.
    const testsupport::HttpReply regenerated =
        insightlytest::postForm(*f.sim, QStringLiteral("/settings/Saml/RegenerateToken"), {});
    QVERIFY(regenerated.status == 303 || regenerated.status == 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return simJob(f)
                       .value(QStringLiteral("status"))
                       .toObject()
                       .value(QStringLiteral("code"))
                       .toString() == QLatin1String("Quarantine");
        },
        30000));

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &provisioning = report.row(Id::Provisioning);
    QVERIFY2(provisioning.level == Level::Error, qPrintable(describe(report)));
    QCOMPARE(provisioning.values.value(QStringLiteral("code")).toString(), QStringLiteral("Quarantine"));
    QCOMPARE(provisioning.values.value(QStringLiteral("quarantineReason")).toString(),
             QStringLiteral("EncounteredQuarantineException"));
    QVERIFY(provisioning.summary.contains(QStringLiteral("EncounteredQuarantineException")));
    QVERIFY(!provisioning.action.isEmpty());
    QVERIFY(provisioning.action.contains(QStringLiteral("token"), Qt::CaseInsensitive));
    QVERIFY(report.toPlainText().contains(provisioning.action));
    QCOMPARE(report.row(Id::Certificate).level, Level::Ok);
}

void TestSummary::reportHoldsNoSecret()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    testsupport::ScimSim scim;
    QCOMPARE(setUpProvisioning(f, &scim), QString());
    const QString apiKey = f.sim->server().world().insightly.apiKey;
    const SecretResult keyStored = f.run(f.wizard->secrets().write(
        SecretKey{f.sim->tenantId(), QStringLiteral("insightly-api-key"), f.store->state().instanceId},
        apiKey.toUtf8()));
    QVERIFY(keyStored.ok);

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QVERIFY2(report.row(Id::ScimToken).values.value(QStringLiteral("stored")).toBool(),
             qPrintable(describe(report)));
    QVERIFY(scim.token.size() > 16);
    for (const QString &text : {report.toPlainText(), report.toHtml()}) {
        QVERIFY(!text.contains(scim.token));
        QVERIFY(!text.contains(scim.token.left(12)));
        QVERIFY(!text.contains(apiKey));
        QVERIFY(!text.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
    }
    QVERIFY(report.toPlainText().contains(StatusRow::titleOf(Id::ScimToken)));
}

void TestSummary::oneFailingGraphCallLeavesTheOtherRowsFilled()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    f.sim->server().options().failGraphPathPattern =
        QStringLiteral("^/v1\\.0/servicePrincipals/[^/]+/appRoleAssignedTo$");

    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    const StatusRow &assignments = report.row(Id::Assignments);
    QVERIFY2(assignments.level == Level::Unknown, qPrintable(describe(report)));
    QCOMPARE(assignments.error.code, QStringLiteral("Authorization_RequestDenied"));
    QVERIFY(!assignments.error.requestId.isEmpty());
    QVERIFY(!assignments.action.isEmpty());
    QVERIFY(report.toPlainText().contains(assignments.error.requestId));
    // Everything else was read.
    QCOMPARE(report.row(Id::Application).level, Level::Ok);
    QCOMPARE(report.row(Id::SamlSettings).level, Level::Ok);
    QCOMPARE(report.row(Id::Certificate).level, Level::Ok);
    QCOMPARE(report.row(Id::Certificate).values.value(QStringLiteral("thumbprint")).toString(),
             simActiveThumbprint(f));
    QCOMPARE(report.row(Id::Provisioning).level, Level::Warning); // not set up, and it says so
    QCOMPARE(report.settledCount(), int(report.rows().size()));
}

void TestSummary::thousandsOfAssignmentsAreCountedByPages()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f), QString());
    const QString spId = f.store->state().servicePrincipalId;
    // Written straight into the simulated tenant: the count is what is tested, not 2,530 POSTs.
    auto &assignments = f.sim->server().world().apps.appRoleAssignments;
    for (int i = 0; i < 2530; ++i) {
        const bool group = i >= 2500;
        assignments.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("bulk-%1").arg(i)},
            {QStringLiteral("appRoleId"), QString::fromLatin1(kDefaultAccessRoleId)},
            {QStringLiteral("principalId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("principalType"), group ? QStringLiteral("Group") : QStringLiteral("User")},
            {QStringLiteral("principalDisplayName"), QStringLiteral("Bulk %1").arg(i)},
            {QStringLiteral("resourceId"), spId},
            {QStringLiteral("createdDateTime"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("deletedDateTime"), QJsonValue()}});
    }
    SetupStatusReport report;
    report.setInputs(inputs(f));
    QVERIFY(read(report));
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("users")).toInt(), 2500);
    QCOMPARE(report.row(Id::Assignments).values.value(QStringLiteral("groups")).toInt(), 30);
    // Three pages of 999, not one request per assignment.
    QFile log(f.logDir.filePath(QStringLiteral("requests.jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    int pages = 0;
    while (!log.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(log.readLine()).object();
        if (entry.value(QStringLiteral("url")).toString().contains(QLatin1String("/appRoleAssignedTo")))
            ++pages;
    }
    QCOMPARE(pages, 3);
}

void TestSummary::pageShowsRowsCopiesAndSaves()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(setUpSso(f, 30), QString());
    // The page reads the wizard's own store, as it does after sign-in in "Check the status".
    QVERIFY(f.wizard->setup().replace(f.store->state()));
    SummaryPage page(*f.wizard);
    page.resize(900, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page.report(), &SetupStatusReport::finished);
    page.initializePage();
    QVERIFY(finished.wait(90000));
    QVERIFY(page.isComplete());
    QVERIFY(page.isFinalPage());

    auto *certificate = page.findChild<QLabel *>(QStringLiteral("summaryRow_certificate"));
    QVERIFY(certificate);
    QCOMPARE(certificate->property("level").toString(), QStringLiteral("warning"));
    QVERIFY(certificate->text().contains(StatusRow::levelText(Level::Warning))); // a word, not colour alone
    QVERIFY(certificate->text().contains(QStringLiteral("Rotate the SAML signing certificate")));
    QCOMPARE(certificate->accessibleName(), StatusRow::titleOf(Id::Certificate));
    for (const QString &name : {QStringLiteral("summaryRefreshButton"), QStringLiteral("summaryCancelButton"),
                                QStringLiteral("summaryCopyButton"), QStringLiteral("summarySaveButton")}) {
        auto *b = page.findChild<QPushButton *>(name);
        QVERIFY2(b && !b->accessibleName().isEmpty(), qPrintable(name));
    }
    auto *myApps = page.findChild<QLabel *>(QStringLiteral("summaryMyAppsLink"));
    QVERIFY(myApps && myApps->text().contains(QStringLiteral("https://myapps.microsoft.com/")));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryCopyButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), page.report().toPlainText());
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("[WARNING] SAML signing certificate")));

    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("status.html"));
    QVERIFY(page.saveReport(html));
    QFile saved(html);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(saved.readAll());
    QVERIFY(content.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(content.contains(f.store->state().certificateThumbprint));
    QVERIFY(content.contains(QStringLiteral("https://myapps.microsoft.com/")));
    QVERIFY(!page.saveReport(dir.filePath(QStringLiteral("missing-folder/status.txt"))));

    // Refresh reads again; Cancel stops a read at once and says so.
    QSignalSpy again(&page.report(), &SetupStatusReport::finished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryRefreshButton")), Qt::LeftButton);
    QVERIFY(page.report().isRunning());
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("summaryCancelButton")), Qt::LeftButton);
    QVERIFY(!again.isEmpty() || again.wait(30000)); // the cancelled read may end within the click
    QVERIFY(page.report().wasCancelled());
    QCOMPARE(page.report().settledCount(), int(page.report().rows().size()));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("summaryProgressLabel"))
                ->text()
                .contains(QStringLiteral("Cancelled")));
}

void TestSummary::wizardEndsOnSummaryWithFinish()
{
    SetupStepsFixture f(simOptions());
    QCOMPARE(f.start(), QString());
    SetupWizard wizard(*f.wizard);
    wizard.setStartId(SetupWizard::Summary);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *page = qobject_cast<SummaryPage *>(wizard.currentPage());
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return !page->report().isRunning(); }, 90000));
    QCOMPARE(page->report().row(Id::Application).level, Level::Error);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible() ||
            !wizard.button(QWizard::NextButton)->isEnabled());
    // Every control says what it is, to a screen reader too.
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->objectName().startsWith(QLatin1String("summary")) ||
            w->objectName().startsWith(QLatin1String("summaryPage")))
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QProgressBar *>(w) ||
            w->objectName().startsWith(QLatin1String("summaryRow_")) ||
            w->objectName().startsWith(QLatin1String("summaryIcon_")))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // Fits the wizard's size for a 1366×768 screen without a horizontal scroll bar.
    wizard.resize(980, 680);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("summaryPageScroll"));
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
