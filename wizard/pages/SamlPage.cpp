#include "pages/SamlPage.h"

#include "browser/EmbeddedBrowser.h"
#include "pages/ChangePlanPanel.h"
#include "pages/InfoLabel.h"
#include "pages/InsightlyHandoffPanel.h"
#include "pages/InsightlyTab.h"
#include "pages/LockoutCheckPanel.h"
#include "pages/OperationView.h"
#include "pages/PageWidgets.h"
#include "pages/SamlValuesPanel.h"
#include "pages/SignInTestPanel.h"
#include "pages/WizardContext.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace insightly {

SamlPage::SamlPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : StepPage(context, QStringLiteral("samlPage"), parent)
    , m_flow(new SamlSetupFlow(context.flowContext(), context.endpoints(), this))
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

    // Right: the browsers, beside the instructions.
    QTabWidget *browsers = browserPane();
    auto *insightlyHost = new QWidget(browsers);
    insightlyHost->setObjectName(QStringLiteral("samlInsightlyHost"));
    m_insightlyArea = new QVBoxLayout(insightlyHost);
    m_insightlyArea->setContentsMargins(0, 0, 0, 0);
    browsers->addTab(insightlyHost, tr("Insightly"));

    // Left: the step's controls in the order the admin uses them.
    auto *plan = new ChangePlanPanel(context, PlannedChange::Step::Saml, this);
    contentLayout()->addWidget(plan);
    connect(m_flow, &SamlSetupFlow::runningChanged, plan, [plan](bool on) {
        if (on)
            plan->stepStarted();
    });
    connect(m_flow, &SamlSetupFlow::stageChanged, plan, [plan](SamlSetupFlow::Stage stage) {
        if (stage == SamlSetupFlow::Stage::Enforced)
            plan->stepFinished();
    });
    m_operation = new OperationView(QStringLiteral("saml"), tr("step 2"), tr("Cancel step 2"), this);
    m_configure = makeButton(this, QStringLiteral("samlConfigureButton"), tr("Con&figure SAML"),
                             tr("Configure SAML single sign-on and the signing certificate"));
    m_operation->addAction(m_configure);
    m_operation->setStatus(m_flow->statusSentence());
    contentLayout()->addWidget(m_operation);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("samlDetailsToggle"));
    m_detailsToggle->setText(tr("Entra's values and certificate setting&s"));
    m_detailsToggle->setAccessibleName(tr("Show Entra's SAML values and the certificate options"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    contentLayout()->addWidget(m_detailsToggle);
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("samlDetails"));
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_validityYears = new QSpinBox(m_details);
    m_validityYears->setObjectName(QStringLiteral("samlValidityYears"));
    m_validityYears->setAccessibleName(tr("Validity of a new signing certificate, in years"));
    m_validityYears->setRange(1, 3);
    m_validityYears->setValue(3);
    m_validityYears->setSuffix(tr(" years"));
    form->addRow(tr("New certificate &valid for:"), m_validityYears);
    m_emails = new QLineEdit(m_details);
    m_emails->setObjectName(QStringLiteral("samlNotificationEmails"));
    m_emails->setAccessibleName(tr("E-mail addresses notified before the certificate expires"));
    m_emails->setPlaceholderText(tr("one or more addresses, separated by commas (at most 5)"));
    form->addRow(tr("Expiry &notifications to:"), m_emails);
    details->addLayout(form);
    m_values = new SamlValuesPanel(m_details);
    details->addWidget(m_values);
    m_details->setVisible(false);
    contentLayout()->addWidget(m_details);

    auto *folderRow = new QHBoxLayout;
    auto *exportRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("samlExportFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the certificate and metadata files"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Insightly SSO")));
    m_browse = makeButton(this, QStringLiteral("samlExportBrowseButton"), tr("Bro&wse…"),
                          tr("Choose the folder for the files"));
    m_export = makeButton(this, QStringLiteral("samlExportButton"), tr("&Export files"),
                          tr("Export Certificate (Base64) and Federation Metadata XML"));
    auto *folderLabel = new QLabel(tr("Save files &in:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    contentLayout()->addLayout(folderRow);
    exportRow->addWidget(m_browse);
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    contentLayout()->addLayout(exportRow);
    m_exported = new InfoLabel(QStringLiteral("samlExportedLabel"), tr("Exported files"), this);
    contentLayout()->addWidget(m_exported);

    m_handoff = new InsightlyHandoffPanel(insightlyTab, InsightlyHandoffPanel::Purpose::FirstSetup, this);
    contentLayout()->addWidget(m_handoff);
    m_test = new SignInTestPanel(context, insightlyTab, this);
    contentLayout()->addWidget(m_test);
    contentLayout()->addStretch(1);
    browsers->addTab(m_test->browser(), tr("Sign-in test"));
    // After a passing test, the request to enforce is in view at 1366×768 without scrolling.
    controlsFooter()->addWidget(m_test->enforcePanel());
    // The lockout check (Insightly users vs Entra assignments) sits right above the request to tick Enforce
    // SAML Login, so the admin sees who could not sign in before anyone is locked out.
    lockoutCheckArea()->addWidget(new LockoutCheckPanel(context, QStringLiteral("samlLockout"), this));

    bindFlow();
    updateControls();
}

void SamlPage::bindFlow()
{
    QTabWidget *browsers = browserPane();
    connect(m_configure, &QPushButton::clicked, this, &SamlPage::start);
    connect(m_operation, &OperationView::cancelRequested, m_flow, &SamlSetupFlow::cancel);
    connect(m_browse, &QPushButton::clicked, this, &SamlPage::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, [this] {
        m_flow->setExportFolder(m_folder->text().trimmed());
        m_flow->exportFiles();
    });
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_flow, &SamlSetupFlow::runningChanged, this, [this](bool running) {
        m_operation->setRunning(running);
        updateControls();
    });
    connect(m_flow, &SamlSetupFlow::progressChanged, m_operation, &OperationView::setStatus);
    connect(m_flow, &SamlSetupFlow::statusChanged, m_operation, &OperationView::setStatus);
    connect(m_flow, &SamlSetupFlow::failed, this, [this](const UserMessage &message) {
        m_operation->showFailure(message);
        bringIntoView(m_operation);
    });
    connect(m_flow, &SamlSetupFlow::failureCleared, m_operation, &OperationView::clearFailure);
    connect(m_flow, &SamlSetupFlow::panelValuesChanged, m_values, &SamlValuesPanel::setValues);
    connect(m_flow, &SamlSetupFlow::filesExported, this, &SamlPage::showExported);
    connect(m_flow, &SamlSetupFlow::folderRefused, this,
            [this] { m_exported->setText(tr("Choose a folder the wizard can write to.")); });
    connect(m_flow, &SamlSetupFlow::stageChanged, this, [this](SamlSetupFlow::Stage stage) {
        updateControls();
        // The next action on screen.
        if (stage == SamlSetupFlow::Stage::Exported)
            bringIntoView(m_handoff);
        else if (stage >= SamlSetupFlow::Stage::Tested)
            bringIntoView(m_test);
    });

    m_flow->followSignInTest(m_test->flow());
    m_flow->followHandoff(m_handoff->handoff());
    connect(m_test->flow(), &SignInTestFlow::finished, m_handoff,
            [this](const SignInTestFlow::Verdict &verdict) { m_handoff->signInTested(verdict.passed); });
    connect(m_test, &SignInTestPanel::stateChanged, this, &SamlPage::completeChanged);
    connect(m_test, &SignInTestPanel::browserWanted, browsers,
            [this, browsers] { browsers->setCurrentWidget(m_test->browser()); });
    auto showInsightly = [this, browsers] { browsers->setCurrentWidget(m_insightlyArea->parentWidget()); };
    connect(m_test, &SignInTestPanel::insightlyWanted, browsers, showInsightly);
    connect(m_handoff, &InsightlyHandoffPanel::insightlyWanted, browsers, showInsightly);
}

SamlPage::~SamlPage()
{
    // The flow's running operation stops before the widgets its signals reach are gone.
    m_flow->disconnect(this);
    m_flow->cancel();
}

QVBoxLayout *SamlPage::lockoutCheckArea() const
{
    return m_test->beforeEnforceArea();
}

void SamlPage::setConvergencePolicy(const entra::ConvergencePolicy &policy)
{
    m_flow->setConvergencePolicy(policy);
    m_test->setConvergencePolicy(policy);
}

void SamlPage::initializePage()
{
    m_handoff->attachTab(m_insightlyArea);
    if (m_initialized)
        return; // after Back: keep the admin's choices and results
    m_initialized = true;
    m_emails->setText(m_flow->proposedNotificationEmails().join(QStringLiteral(", ")));
    start();
}

bool SamlPage::isComplete() const
{
    return m_flow->isComplete() && StepPage::isComplete();
}

void SamlPage::start()
{
    if (isRunning())
        return;
    m_flow->setExportFolder(m_folder->text().trimmed());
    m_flow->configure(m_validityYears->value() * 365, SamlSetupFlow::parseEmails(m_emails->text()));
}

void SamlPage::updateControls()
{
    using Stage = SamlSetupFlow::Stage;
    const bool busy = isRunning();
    const Stage stage = m_flow->stage();
    m_configure->setEnabled(!busy);
    m_validityYears->setEnabled(!busy);
    m_emails->setEnabled(!busy);
    m_folder->setReadOnly(busy);
    m_browse->setEnabled(!busy);
    m_export->setEnabled(!busy && stage >= Stage::Configured);
    m_test->setEnabled(!busy && stage >= Stage::Exported);
    emit completeChanged();
}

void SamlPage::showExported(const QString &certificatePath, const QString &metadataPath)
{
    m_exported->setText(
        tr("Saved %1 and %2.")
            .arg(QDir::toNativeSeparators(certificatePath), QDir::toNativeSeparators(metadataPath)));
    m_exported->setToolTip(m_exported->text());
    m_handoff->setCertificateFile(certificatePath);
}

void SamlPage::chooseFolder()
{
    chooseFolderInto(m_folder, QStringLiteral("samlExportFolderDialog"),
                     tr("Folder for the Insightly SAML files"),
                     [this](const QString &folder) { m_flow->setExportFolder(folder); });
}

} // namespace insightly
