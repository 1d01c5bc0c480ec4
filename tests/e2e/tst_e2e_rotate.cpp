// End to end: the re-run flows chosen on the Welcome page, in the real wizard window against the simulator —
// which pages each mode visits, the rotation of the SAML signing certificate (create inactive, export,
// activate, sign-in test, remove the old one; roll back; resume after an interruption) and the rotation of
// the SCIM token.
//
// The existing setup is built beforehand with the wizard's own Step 1/2 operations (GalleryApplication,
// SamlConfiguration, SigningCertificates) and the provisioning operations, not through the pages. The upload
// of a certificate in Insightly is done through the simulator's HTTP API (POST /settings/Saml/Certificate,
// what the settings page's form posts): clicking Insightly's file field in the embedded tab does not reach
// the file chooser on the offscreen platform (see tst_e2e_saml, issue 5).
#include "ScimSimSetup.h"
#include "SessionHelpers.h"
#include "SimFixture.h"
#include "WizardDriver.h"
#include "core/SecretKeys.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GalleryApplication.h"
#include "entra/Provisioning.h"
#include "entra/SamlConfiguration.h"
#include "entra/SignInSession.h"
#include "entra/SigningCertificates.h"
#include "pages/FailurePanel.h"
#include "pages/OperationSupport.h"
#include "pages/RotateCertificatePage.h"
#include "pages/RotateScimTokenPage.h"
#include "pages/ScimStatusPanel.h"
#include "pages/SetupWizard.h"
#include "pages/SignInTestPanel.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEngineView>
#include <QtTest>
#include <qcorotask.h>

using namespace insightly;
using testsupport::WizardDriver;

namespace {

constexpr int kLong = 60000;

entra::ConvergencePolicy fastConvergence()
{
    entra::ConvergencePolicy policy;
    policy.pollInterval = std::chrono::milliseconds(100);
    policy.confirmations = 2;
    policy.timeout = std::chrono::minutes(1);
    policy.hostNameRetryInitial = std::chrono::milliseconds(200);
    policy.savedAppGrace = std::chrono::seconds(5);
    return policy;
}

QString thumbprintOfPemFile(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    return certificates.size() == 1
               ? QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha1).toHex()).toUpper()
               : QString();
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestE2eRotate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void eachModeVisitsItsPages_data();
    void eachModeVisitsItsPages();
    void certificateRotationEndsWithOnlyTheNewCertificate();
    void rollbackRestoresThePreviousCertificate();
    void interruptedRotationResumesWithoutASecondCertificate();
    void scimTokenRotationRefusesAWrongTokenAndSavesTheNewOne();

private:
    // Steps 1 and 2 of a finished setup, through the operations: the app, SAML, an active certificate that
    // Insightly holds. Returns the active thumbprint.
    QString makeExistingSetup();
    void openWizardAt(SetupWizard::PageId page, WizardMode mode);
    RotateCertificatePage *certificatePage() const
    {
        return qobject_cast<RotateCertificatePage *>(m_wizard->page(SetupWizard::RotateCertificate));
    }
    bool clickOnPage(QWizardPage *page, const QString &objectName);
    // What Graph holds: Verify certificates by thumbprint (SHA-1 of the DER) and the active one.
    QStringList graphCertificates(QString *active = nullptr);
    void uploadToInsightly(const QString &pemFile);
    void runSignInTest();

    std::unique_ptr<testsupport::SimFixture> m_sim;
    testsupport::ScimSim m_scim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_driver;
    QTemporaryDir m_folder;
};

void TestE2eRotate::init()
{
    m_sim = std::make_unique<testsupport::SimFixture>(insightlytest::options());
    QString error;
    QVERIFY2(testsupport::startSimWithScim(*m_sim, &m_scim, &error), qPrintable(error));
    AppConfig config;
    m_context = std::make_unique<WizardContext>(config);
    QVERIFY(m_folder.isValid());
}

void TestE2eRotate::cleanup()
{
    if (m_driver)
        m_driver->screenshotIfFailed();
    m_driver.reset();
    m_wizard.reset();
    m_context.reset();
    m_sim.reset();
}

QString TestE2eRotate::makeExistingSetup()
{
    QString error;
    if (!testsupport::signInForTests(*m_context, *m_sim, QStringLiteral("admin@contoso.example"), &error)) {
        qWarning() << error;
        return {};
    }
    // A fresh simulator is a fresh tenant: forget what an earlier test saved for the same tenant id.
    QFile::remove(m_context->setup().filePath(m_sim->tenantId()));
    m_context->setup().load(m_sim->tenantId());
    const QUrl signIn = m_sim->insightlySignInUrl();
    m_context->setup().update([&](SetupState &state) {
        state.tenantId = m_sim->tenantId();
        state.pod = QStringLiteral("na1");
        state.insightlySignInUrl = signIn;
        state.instanceId = m_sim->server().world().insightly.instanceId;
    });
    const entra::OperationContext operation = operationContext(*m_context, nullptr, {}, fastConvergence());
    const entra::GalleryApplicationResult app = QCoro::waitFor(entra::GalleryApplication::ensure(operation));
    const entra::SamlConfigurationResult saml =
        QCoro::waitFor(entra::SamlConfiguration::apply(operation, signIn));
    const entra::CertificateResult certificate = QCoro::waitFor(
        entra::SigningCertificates::ensureActive(operation, entra::SigningCertificates::Options{}));
    if (!app.ok() || !saml.ok() || !certificate.ok()) {
        qWarning() << app.error.what << saml.error.what << certificate.error.what;
        return {};
    }
    const QString pem = m_folder.filePath(QStringLiteral("setup.cer"));
    QFile file(pem);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(certificate.certificate.certificate.toBase64Cer()) <= 0)
        return {};
    file.close();
    uploadToInsightly(pem);
    return certificate.certificate.thumbprint;
}

void TestE2eRotate::openWizardAt(SetupWizard::PageId page, WizardMode mode)
{
    m_context->setMode(mode);
    m_wizard = std::make_unique<SetupWizard>(*m_context);
    certificatePage()->setConvergencePolicy(fastConvergence());
    qobject_cast<RotateScimTokenPage *>(m_wizard->page(SetupWizard::RotateScimToken))
        ->setConvergencePolicy(fastConvergence());
    m_wizard->setStartId(page);
    m_wizard->restart();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_driver = std::make_unique<WizardDriver>(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(page));
}

bool TestE2eRotate::clickOnPage(QWizardPage *page, const QString &objectName)
{
    auto *button = page->findChild<QAbstractButton *>(objectName);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning() << objectName << "is missing, hidden or disabled";
        return false;
    }
    button->click();
    return true;
}

QStringList TestE2eRotate::graphCertificates(QString *active)
{
    const QString spId = m_context->setup().state().servicePrincipalId;
    const testsupport::HttpReply reply = m_sim->graph(
        "GET",
        QStringLiteral("/v1.0/servicePrincipals/%1?$select=keyCredentials,preferredTokenSigningKeyThumbprint")
            .arg(spId),
        {}, m_sim->token());
    QStringList thumbprints;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("keyCredentials")).toArray()) {
        const QJsonObject key = v.toObject();
        if (key.value(QStringLiteral("usage")).toString() != QLatin1String("Verify"))
            continue;
        const QByteArray der = QByteArray::fromBase64(key.value(QStringLiteral("key")).toString().toLatin1());
        thumbprints
            << QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex()).toUpper();
    }
    if (active)
        *active =
            reply.json().value(QStringLiteral("preferredTokenSigningKeyThumbprint")).toString().toUpper();
    thumbprints.sort();
    return thumbprints;
}

// The sign-in test's checklist as the admin reads it, for failure messages.
static QString checklist(QWidget *page)
{
    auto *results = page->findChild<QTreeWidget *>(QStringLiteral("samlTestResults"));
    QStringList lines;
    for (int i = 0; results && i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = results->topLevelItem(i);
        lines << QStringLiteral("%1 | %2 | %3 | %4").arg(item->text(0), item->text(1), item->text(2), item->text(3));
    }
    return lines.join(u'\n');
}

void TestE2eRotate::uploadToInsightly(const QString &pemFile)
{
    QFile file(pemFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    insightlytest::signIn(*m_sim, QStringLiteral("admin@contoso.example"));
    const testsupport::HttpReply uploaded =
        insightlytest::upload(*m_sim, QStringLiteral("Insightly SAML.cer"), file.readAll());
    QVERIFY2(uploaded.status == 303 || uploaded.status == 200, uploaded.body.left(300).constData());
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(m_sim->server().world().insightly.uploadedCertificateDer,
                                                     QCryptographicHash::Sha1)
                                .toHex())
            .toUpper(),
        thumbprintOfPemFile(pemFile));
}

// The sign-in test of the page, as the admin does it: Test, then sign in to Entra in the test's browser.
void TestE2eRotate::runSignInTest()
{
    RotateCertificatePage *page = certificatePage();
    auto *results = page->findChild<QTreeWidget *>(QStringLiteral("samlTestResults"));
    QVERIFY(results);
    QVERIFY(clickOnPage(page, QStringLiteral("samlTestButton")));
    QWebEngineView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = page->findChild<QWebEngineView *>(QStringLiteral("samlTestView"))),
                             kLong);
    QVERIFY(WizardDriver::waitForUrl(
        view, [](const QUrl &u) { return u.path().endsWith(QLatin1String("/signin")); }, kLong));
    WizardDriver::runJavaScript(
        view, QStringLiteral("document.getElementById('username').value='admin@contoso.example';"
                             "document.getElementById('password').value='%1';"
                             "document.getElementById('signin').click();")
                  .arg(m_sim->server().options().password));
    QTRY_VERIFY_WITH_TIMEOUT(!results->isHidden() && results->topLevelItemCount() > 0, kLong);
}

void TestE2eRotate::eachModeVisitsItsPages_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<int>>("pages");
    using W = SetupWizard;
    QTest::newRow("new setup") << "modeNewSetup" << int(WizardMode::NewSetup)
                               << QList<int>{W::Welcome, W::SignIn, W::Instance, W::App,
                                             W::Saml,    W::Scim,   W::Assign,   W::Summary};
    QTest::newRow("rotate certificate")
        << "modeRotateCertificate" << int(WizardMode::RotateCertificate)
        << QList<int>{W::Welcome, W::SignIn, W::RotateCertificate, W::Summary};
    QTest::newRow("rotate SCIM token") << "modeRotateScimToken" << int(WizardMode::RotateScimToken)
                                       << QList<int>{W::Welcome, W::SignIn, W::RotateScimToken, W::Summary};
    QTest::newRow("check status") << "modeCheckStatus" << int(WizardMode::CheckStatus)
                                  << QList<int>{W::Welcome, W::SignIn, W::Summary};
}

void TestE2eRotate::eachModeVisitsItsPages()
{
    QFETCH(QString, radio);
    QFETCH(int, mode);
    QFETCH(QList<int>, pages);
    // Not signed in: the pages on the way cannot change the tenant; only the sequence is looked at.
    m_context->setMode(WizardMode::NewSetup);
    m_wizard = std::make_unique<SetupWizard>(*m_context);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_driver = std::make_unique<WizardDriver>(m_wizard.get());
    auto *button = m_driver->find<QRadioButton>(radio);
    QVERIFY(button && button->isVisible() && !button->accessibleName().isEmpty());
    // On the round indicator: a radio button reacts to clicks on its indicator and text only, and the layout
    // stretches it wider than a short text (WizardDriver::click aims at the centre).
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
    QCOMPARE(int(m_context->mode()), mode);

    // QWizard::next() moves on without waiting for each page to be complete: the route is what is tested.
    QList<int> visited{m_wizard->currentId()};
    while (m_wizard->nextId() != -1 && visited.size() <= 10) {
        if (m_wizard->currentId() ==
            SetupWizard::Instance) // the one page that refuses to go on without input
            QVERIFY(m_driver->typeText(
                QStringLiteral("instanceUrlEdit"),
                QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=1234567")));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), m_wizard->visitedIds().constLast());
        visited << m_wizard->currentId();
    }
    QCOMPARE(visited, pages);
    QCOMPARE(m_wizard->visitedIds(), pages);
}

void TestE2eRotate::certificateRotationEndsWithOnlyTheNewCertificate()
{
    const QString old = makeExistingSetup();
    QVERIFY(!old.isEmpty());
    openWizardAt(SetupWizard::RotateCertificate, WizardMode::RotateCertificate);
    RotateCertificatePage *page = certificatePage();
    QTRY_COMPARE_WITH_TIMEOUT(page->stage(), RotateCertificatePage::Stage::Ready, kLong);
    const QString current = page->findChild<QLabel *>(QStringLiteral("rotateCurrentCertificate"))->text();
    QVERIFY2(current.contains(old) && current.contains(QStringLiteral("day")), qPrintable(current));
    QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("rotateValidityYears"))->value(), 3);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    QVERIFY(m_driver->typeText(QStringLiteral("rotateExportFolderEdit"), m_folder.path()));
    QVERIFY(clickOnPage(page, QStringLiteral("rotateCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Created && !page->isRunning(),
                             kLong);
    const QString fresh = page->newThumbprint();
    QVERIFY(!fresh.isEmpty() && fresh != old);
    QString active;
    QCOMPARE(graphCertificates(&active), sortedList({old, fresh}));
    QCOMPARE(active, old); // created inactive: Entra still signs with the old one
    QCOMPARE(thumbprintOfPemFile(page->certificatePath()), fresh);
    QCOMPARE(thumbprintOfPemFile(page->previousCertificatePath()), old);
    QVERIFY(page->certificatePath().startsWith(m_folder.path()));
    const auto rotation = m_context->setup().state().certificateRotation;
    QVERIFY(rotation && rotation->newThumbprint == fresh && rotation->previousThumbprint == old);

    // The cut-over: the new certificate in Insightly, then at once active in Entra.
    uploadToInsightly(page->certificatePath());
    QVERIFY(clickOnPage(page, QStringLiteral("rotateActivateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Activated && !page->isRunning(),
                             kLong);
    graphCertificates(&active);
    QCOMPARE(active, fresh);
    QCOMPARE(m_context->setup().state().certificateThumbprint, fresh);
    QVERIFY(m_context->setup().state().certificateRotation->activatedAt.isValid());
    // Not before the sign-in test passed.
    QVERIFY(!page->findChild<QAbstractButton *>(QStringLiteral("rotateRemoveOldButton"))->isEnabled());

    runSignInTest();
    QVERIFY2(page->signInTest()->passed(), qPrintable(checklist(page)));
    QVERIFY(clickOnPage(page, QStringLiteral("rotateRemoveOldButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Removed && !page->isRunning(),
                             kLong);
    QCOMPARE(graphCertificates(&active), QStringList{fresh});
    QCOMPARE(active, fresh);
    QVERIFY(!m_context->setup().state().certificateRotation);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("rotateResultLabel"))->text().contains(fresh));
}

void TestE2eRotate::rollbackRestoresThePreviousCertificate()
{
    const QString old = makeExistingSetup();
    QVERIFY(!old.isEmpty());
    openWizardAt(SetupWizard::RotateCertificate, WizardMode::RotateCertificate);
    RotateCertificatePage *page = certificatePage();
    QTRY_COMPARE_WITH_TIMEOUT(page->stage(), RotateCertificatePage::Stage::Ready, kLong);
    QVERIFY(m_driver->typeText(QStringLiteral("rotateExportFolderEdit"), m_folder.path()));
    QVERIFY(clickOnPage(page, QStringLiteral("rotateCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Created && !page->isRunning(),
                             kLong);
    const QString fresh = page->newThumbprint();
    // The admin activates without uploading the new certificate: Insightly still holds the old one.
    QVERIFY(clickOnPage(page, QStringLiteral("rotateActivateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Activated && !page->isRunning(),
                             kLong);
    // Remove is offered only after a passing sign-in test. (The failing test itself is not run here: the
    // sign-in test panel notices Insightly's refusal, an HTTP 4xx page, only at its one-minute timeout.)
    QVERIFY(!page->signInTest()->passed());
    QVERIFY(!page->findChild<QAbstractButton *>(QStringLiteral("rotateRemoveOldButton"))->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // So the admin rolls back.
    QVERIFY(clickOnPage(page, QStringLiteral("rotateRollbackButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::RolledBack && !page->isRunning(),
                             kLong);
    QString active;
    QCOMPARE(graphCertificates(&active), sortedList({old, fresh}));
    QCOMPARE(active, old);
    QCOMPARE(m_context->setup().state().certificateThumbprint, old);
    // The words say to upload the previous certificate again, and name the exported file.
    const QString result = page->findChild<QLabel *>(QStringLiteral("rotateResultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("upload the previous certificate back in Insightly")),
             qPrintable(result));
    QVERIFY(result.contains(QDir::toNativeSeparators(page->previousCertificatePath()).toHtmlEscaped()));
    QCOMPARE(thumbprintOfPemFile(page->previousCertificatePath()), old);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestE2eRotate::interruptedRotationResumesWithoutASecondCertificate()
{
    const QString old = makeExistingSetup();
    QVERIFY(!old.isEmpty());
    openWizardAt(SetupWizard::RotateCertificate, WizardMode::RotateCertificate);
    QTRY_COMPARE_WITH_TIMEOUT(certificatePage()->stage(), RotateCertificatePage::Stage::Ready, kLong);
    QVERIFY(m_driver->typeText(QStringLiteral("rotateExportFolderEdit"), m_folder.path()));
    QVERIFY(clickOnPage(certificatePage(), QStringLiteral("rotateCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(certificatePage()->stage() == RotateCertificatePage::Stage::Created, kLong);
    const QString fresh = certificatePage()->newThumbprint();

    // The window closes (or the app crashes) right after the new certificate was created.
    m_driver.reset();
    m_wizard.reset();
    openWizardAt(SetupWizard::RotateCertificate, WizardMode::RotateCertificate);
    RotateCertificatePage *page = certificatePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Created && !page->isRunning(),
                             kLong);
    QCOMPARE(page->newThumbprint(), fresh);
    QCOMPARE(page->previousThumbprint(), old);
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("rotateExportFolderEdit"))->text(), m_folder.path());
    QCOMPARE(thumbprintOfPemFile(page->certificatePath()), fresh);
    // Exporting again (the button the resumed page offers) makes no certificate either.
    QVERIFY(clickOnPage(page, QStringLiteral("rotateCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kLong);
    QString active;
    QCOMPARE(graphCertificates(&active), sortedList({old, fresh}));
    QCOMPARE(active, old);

    // Interrupted again after the activation: it resumes at the sign-in test, old certificate still known.
    uploadToInsightly(page->certificatePath());
    QVERIFY(clickOnPage(page, QStringLiteral("rotateActivateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Activated && !page->isRunning(),
                             kLong);
    m_driver.reset();
    m_wizard.reset();
    openWizardAt(SetupWizard::RotateCertificate, WizardMode::RotateCertificate);
    page = certificatePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->stage() == RotateCertificatePage::Stage::Activated && !page->isRunning(),
                             kLong);
    QCOMPARE(page->previousThumbprint(), old);
    QCOMPARE(page->newThumbprint(), fresh);
    QVERIFY(page->findChild<QAbstractButton *>(QStringLiteral("rotateRollbackButton"))->isEnabled());
    QCOMPARE(graphCertificates(&active), sortedList({old, fresh}));
    QCOMPARE(active, fresh);
}

void TestE2eRotate::scimTokenRotationRefusesAWrongTokenAndSavesTheNewOne()
{
    QVERIFY(!makeExistingSetup().isEmpty());
    // Step 3 as an earlier run left it: the job, started, with Insightly's token of then.
    const QString spId = m_context->setup().state().servicePrincipalId;
    entra::Provisioning provisioning(m_context->session()->graph(), spId);
    const entra::ProvisioningJobResult job = QCoro::waitFor(provisioning.ensureJob());
    QVERIFY(job.ok());
    QVERIFY(QCoro::waitFor(provisioning.saveCredentials(m_scim.endpoint, m_scim.token, QString())).ok);
    QVERIFY(QCoro::waitFor(provisioning.start(job.jobId)).ok);
    m_context->setup().update([&](SetupState &state) {
        state.synchronizationJobId = job.jobId;
        state.scimBaseAddress = m_scim.endpoint;
    });
    const auto savedToken = [this, spId] {
        return m_sim->server()
            .world()
            .apps.synchronizationSecrets.value(spId)
            .value(QStringLiteral("SecretToken"))
            .toString();
    };
    QCOMPARE(savedToken(), m_scim.token);

    // The admin clicks Regenerate in Insightly: the old token stops working at once.
    QVERIFY(insightlytest::postForm(*m_sim, QStringLiteral("/settings/Saml/RegenerateToken"), {}).status <
            400);
    const QString regenerated = m_sim->server().world().insightly.scimToken;
    QVERIFY(!regenerated.isEmpty() && regenerated != m_scim.token);

    openWizardAt(SetupWizard::RotateScimToken, WizardMode::RotateScimToken);
    auto *page = qobject_cast<RotateScimTokenPage *>(m_wizard->page(SetupWizard::RotateScimToken));
    QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("rotateScimUrlEdit"))->text(),
             m_scim.endpoint.toString());
    QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("rotateScimTokenEdit"))->echoMode(),
             QLineEdit::Password);

    // A wrong token: refused with the token's own cause, and Entra keeps what it had.
    QVERIFY(m_driver->typeText(QStringLiteral("rotateScimTokenEdit"),
                               QStringLiteral("not-the-insightly-token-1234")));
    QVERIFY(m_driver->click(QStringLiteral("rotateScimTestSaveButton")));
    QVERIFY(m_driver->waitFor([page] { return !page->isBusy() && !page->lastTest().probe.checks.isEmpty(); },
                              kLong));
    QCOMPARE(page->lastTest().probe.firstFailure().code, QString::fromLatin1(ScimProbeCode::TokenRejected));
    QVERIFY(!page->lastTest().entraPassed());
    QVERIFY(page->lastTest().entra.entraCode.contains(QStringLiteral("CredentialValidationFailure")));
    auto *failure = page->findChild<FailurePanel *>();
    QVERIFY(failure && failure->isVisible());
    QCOMPARE(failure->message().code, QString::fromLatin1(ScimProbeCode::TokenRejected));
    QVERIFY(m_driver->find<QLabel>(QStringLiteral("rotateScimResult"))
                ->text()
                .contains(QStringLiteral("Nothing was saved")));
    QVERIFY(!page->isSaved());
    QCOMPARE(savedToken(), m_scim.token);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // The regenerated token: tested, saved in Entra and in the keychain, and the job's status shown.
    QVERIFY(m_driver->typeText(QStringLiteral("rotateScimTokenEdit"), QStringLiteral("  ") + regenerated));
    QVERIFY(m_driver->click(QStringLiteral("rotateScimTestSaveButton")));
    QVERIFY(m_driver->waitFor([page] { return page->isSaved() && !page->isBusy(); }, kLong));
    QVERIFY(page->lastTest().entraPassed());
    QCOMPARE(savedToken(), regenerated);
    const SecretKey key = SecretKeys::scimToken(m_context->setup().state(), m_context->tenant());
    QCOMPARE(key.qualifier, m_context->setup().state().instanceId);
    QTRY_VERIFY_WITH_TIMEOUT(m_context->secrets().storedKeys(key.tenant).contains(key.toString()), 20000);
    const SecretResult stored = QCoro::waitFor(m_context->secrets().read(key));
    QVERIFY(stored.ok);
    QCOMPARE(QString::fromUtf8(stored.value), regenerated);
    QVERIFY(!m_driver->find<QLabel>(QStringLiteral("rotateScimResult"))->text().contains(regenerated));
    QTRY_VERIFY_WITH_TIMEOUT(
        page->statusPanel()->isVisible() && !page->statusPanel()->lastStatus().code.isEmpty(), 30000);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestE2eRotate)
#include "tst_e2e_rotate.moc"
