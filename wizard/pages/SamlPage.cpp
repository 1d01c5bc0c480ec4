#include "pages/SamlPage.h"
#include "pages/PageWidgets.h"

#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/Preflight.h"
#include "entra/SamlConfiguration.h"
#include "entra/SignInSession.h"
#include "entra/SigningCertificates.h"
#include "pages/FailurePanel.h"
#include "pages/InsightlyHandoffPanel.h"
#include "pages/OperationSupport.h"
#include "pages/SamlValuesPanel.h"
#include "pages/SignInTestPanel.h"
#include "pages/WizardContext.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace insightly {

SamlPage::SamlPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : StepPage(context, QStringLiteral("samlPage"), parent)
    , m_insightly(insightlyTab)
{
    setTitle(tr("Step 2 — Configure SAML single sign-on"));
    setSubTitle(
        tr("Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly."));
    setInstructions(
        tr("<ol><li>Single sign-on method: <b>SAML</b>.</li>"
           "<li><b>Identifier (Entity ID)</b> and <b>Reply URL</b>: Insightly's Sign-in page URL.</li>"
           "<li>Download the <b>Certificate (Base64)</b> (recommended) or the <b>Federation Metadata "
           "XML</b>.</li><li>Upload it in Insightly's SAML settings.</li>"
           "<li>Test the sign-in. Only then tick <b>Enforce SAML Login</b> in Insightly and save."
           "</li></ol>"));

    auto *form = new QFormLayout;
    m_validityYears = new QSpinBox(this);
    m_validityYears->setObjectName(QStringLiteral("samlValidityYears"));
    m_validityYears->setAccessibleName(tr("Validity of a new signing certificate, in years"));
    m_validityYears->setRange(1, 3);
    m_validityYears->setValue(3);
    m_validityYears->setSuffix(tr(" years"));
    form->addRow(tr("New certificate &valid for:"), m_validityYears);
    m_emails = new QLineEdit(this);
    m_emails->setObjectName(QStringLiteral("samlNotificationEmails"));
    m_emails->setAccessibleName(tr("E-mail addresses notified before the certificate expires"));
    m_emails->setPlaceholderText(tr("one or more addresses, separated by commas (at most 5)"));
    form->addRow(tr("Expiry &notifications to:"), m_emails);
    contentLayout()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_configure = makeButton(this, QStringLiteral("samlConfigureButton"), tr("Con&figure SAML"),
                             tr("Configure SAML single sign-on and the signing certificate"));
    m_cancelButton = makeButton(this, QStringLiteral("samlCancelButton"), tr("&Cancel"), tr("Cancel step 2"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_configure);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    m_progressText = new QLabel(tr("Not started."), this);
    m_progressText->setObjectName(QStringLiteral("samlProgressLabel"));
    m_progressText->setAccessibleName(tr("Progress of step 2"));
    m_progressText->setWordWrap(true);
    contentLayout()->addWidget(m_progressText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("samlProgressBar"));
    m_progress->setAccessibleName(tr("Progress of step 2"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    contentLayout()->addWidget(m_progress);
    m_failure = new FailurePanel(QStringLiteral("saml"), this);
    contentLayout()->addWidget(m_failure);

    m_values = new SamlValuesPanel(this);
    contentLayout()->addWidget(m_values);

    auto *exportRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("samlExportFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the certificate and metadata files"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Insightly SSO")));
    m_browse = makeButton(this, QStringLiteral("samlExportBrowseButton"), tr("&Browse…"),
                          tr("Choose the folder for the files"));
    m_export = makeButton(this, QStringLiteral("samlExportButton"), tr("&Export files"),
                          tr("Export Certificate (Base64) and Federation Metadata XML"));
    exportRow->addWidget(new QLabel(tr("Save files in:"), this));
    exportRow->addWidget(m_folder, 1);
    exportRow->addWidget(m_browse);
    exportRow->addWidget(m_export);
    contentLayout()->addLayout(exportRow);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("samlExportedLabel"));
    m_exported->setAccessibleName(tr("Exported files"));
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_exported);

    m_handoff = new InsightlyHandoffPanel(insightlyTab, this);
    contentLayout()->addWidget(m_handoff, 1);
    m_test = new SignInTestPanel(context, insightlyTab, this);
    contentLayout()->addWidget(m_test, 1);
    m_export->setEnabled(false);
    m_test->setEnabled(false);

    connect(m_configure, &QPushButton::clicked, this, &SamlPage::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->cancel();
    });
    connect(m_browse, &QPushButton::clicked, this, &SamlPage::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, [this] { exportFiles(); });
    connect(m_test, &SignInTestPanel::stateChanged, this, &SamlPage::completeChanged);
}

SamlPage::~SamlPage()
{
    // Cancelling may resume the operation's coroutine at once, inside this destructor: it then stops
    // (m_closing) instead of updating widgets or signalling a wizard that is being torn down.
    m_closing = true;
    if (m_cancel)
        m_cancel->cancel();
}

void SamlPage::setConvergencePolicy(const entra::ConvergencePolicy &policy)
{
    m_convergence = policy;
    m_test->setConvergencePolicy(policy);
}

void SamlPage::initializePage()
{
    m_handoff->attachTab();
    if (m_initialized)
        return; // after Back: keep the admin's choices and results
    m_initialized = true;
    QStringList emails = context().setup().state().notificationEmails;
    if (emails.isEmpty())
        if (entra::SignInSession *session = context().session())
            emails << session->preflight().identity.userPrincipalName;
    emails.removeAll(QString());
    m_emails->setText(emails.join(QStringLiteral(", ")));
    start();
}

bool SamlPage::isComplete() const
{
    return m_configured && m_test->passed() && m_test->enforceConfirmed() && StepPage::isComplete();
}

void SamlPage::start()
{
    if (!isRunning())
        configure();
}

void SamlPage::setBusy(bool busy)
{
    m_configure->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_export->setEnabled(!busy && m_configured);
    m_progress->setRange(0, busy ? 0 : 1);
    m_progress->setValue(busy || !m_configured ? 0 : 1);
    emit completeChanged();
}

void SamlPage::fail(const UserMessage &message, bool cancelled)
{
    m_progressText->setText(cancelled ? tr("Cancelled. Start again to continue where it stopped.")
                                      : tr("Step 2 did not finish."));
    if (!cancelled)
        m_failure->showMessage(message);
    qCWarning(lcPages) << "Step 2 failed:" << message.code << message.requestId;
}

QCoro::Task<> SamlPage::configure()
{
    QPointer<SamlPage> self(this);
    ensureSetupTenant(context());
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    m_failure->clear();
    setBusy(true);
    m_progressText->setText(tr("Turning on SAML single sign-on…"));
    auto progress = [self](const QString &sentence) {
        if (self)
            self->m_progressText->setText(sentence);
    };
    const entra::OperationContext operation = operationContext(context(), token, progress, m_convergence);
    const QUrl signInUrl = context().setup().state().insightlySignInUrl;
    const entra::SamlConfigurationResult saml =
        co_await entra::SamlConfiguration::apply(operation, signInUrl);
    if (!self || self->m_closing)
        co_return;
    if (!saml.ok()) {
        token->deleteLater();
        m_cancel.clear();
        setBusy(false);
        fail(saml.error, saml.cancelled);
        co_return;
    }
    entra::SigningCertificates::Options options;
    options.validityDays = m_validityYears->value() * 365;
    for (const QString &email : m_emails->text().split(u',', Qt::SkipEmptyParts))
        if (!email.trimmed().isEmpty())
            options.notificationEmails << email.trimmed();
    m_progressText->setText(tr("Checking the SAML signing certificate…"));
    const entra::CertificateResult certificate =
        co_await entra::SigningCertificates::ensureActive(operation, options);
    if (!self || self->m_closing)
        co_return;
    token->deleteLater();
    m_cancel.clear();
    if (!certificate.ok()) {
        setBusy(false);
        fail(certificate.error, certificate.cancelled);
        co_return;
    }
    const QStringList emails = options.notificationEmails;
    context().setup().update([&](SetupState &state) { state.notificationEmails = emails; });
    m_configured = true;
    const SetupState &state = context().setup().state();
    m_panel = entra::SamlHandoffFiles::panelValues(context().endpoints(), state.tenantId, state.appId,
                                                   certificate.certificate.thumbprint,
                                                   certificate.certificate.endDateTime);
    m_values->setValues(m_panel);
    m_progressText->setText(
        certificate.outcome == entra::CertificateResult::Outcome::KeptActive
            ? tr("SAML is on; the active signing certificate is valid long enough and was kept.")
            : tr("SAML is on, with a new signing certificate made active."));
    setBusy(false);
    co_await exportFiles();
}

void SamlPage::chooseFolder()
{
    // Non-modal: no nested event loop while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Folder for the Insightly SAML files"), m_folder->text());
    dialog->setObjectName(QStringLiteral("samlExportFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(folder); });
    dialog->open();
}

QCoro::Task<> SamlPage::exportFiles()
{
    QPointer<SamlPage> self(this);
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_exported->setText(tr("Choose a folder the wizard can write to."));
        co_return;
    }
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    setBusy(true);
    m_progressText->setText(tr("Exporting Certificate (Base64) and Federation Metadata XML…"));
    entra::SamlHandoffFiles::Options options;
    options.folder = folder;
    options.overwrite = true; // the wizard's own files, named after the app: a re-run refreshes them
    auto progress = [self](const QString &sentence) {
        if (self)
            self->m_progressText->setText(sentence);
    };
    const entra::HandoffFilesResult files = co_await entra::SamlHandoffFiles::exportFiles(
        operationContext(context(), token, progress, m_convergence), options);
    if (!self || self->m_closing)
        co_return;
    token->deleteLater();
    m_cancel.clear();
    setBusy(false);
    if (!files.ok()) {
        fail(files.error, files.cancelled);
        co_return;
    }
    m_certificatePath = files.certificatePath;
    m_exported->setText(tr("Saved %1 and %2.")
                            .arg(QDir::toNativeSeparators(files.certificatePath),
                                 QDir::toNativeSeparators(files.metadataPath)));
    m_progressText->setText(tr("SAML is configured. Now upload the certificate to Insightly, then test."));
    m_handoff->setCertificateFile(files.certificatePath);
    m_test->setEnabled(true);
    emit completeChanged();
}

} // namespace insightly
