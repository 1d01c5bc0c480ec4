#include "pages/RotateScimTokenPage.h"

#include "browser/EmbeddedBrowser.h"
#include "core/SetupStateStore.h"
#include "entra/SignInSession.h"
#include "insightly/InsightlyUrls.h"
#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/InsightlyTab.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"
#include "pages/ScimCredentialsForm.h"
#include "pages/ScimStatusPanel.h"
#include "pages/ScimTabs.h"
#include "pages/ScimTestResults.h"
#include "pages/WizardContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace insightly {

RotateScimTokenPage::RotateScimTokenPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : StepPage(context, QStringLiteral("rotateScimTokenPage"), parent)
    , m_flow(new ScimTokenRotationFlow(context.flowContext(), this))
    , m_insightly(insightlyTab ? insightlyTab : new InsightlyTab(context, this))
{
    setTitle(tr("Rotate the SCIM token"));
    setSubTitle(tr("A new Secret Token from Insightly, tested and saved in Entra."));
    setInstructions(
        tr("<ol><li>In the <b>Insightly</b> tab, open <b>System Settings › Security › SAML and SCIM</b>.</li>"
           "<li>Click <b>Regenerate</b> next to the SCIM token. <b>The old token stops working at "
           "once</b>: provisioning fails until the new one is saved here.</li>"
           "<li>Copy the new token and paste it in the <b>New token</b> tab.</li>"
           "<li><b>Test and save</b>: the wizard and Microsoft Entra test it; Entra keeps it only when "
           "its test passed.</li></ol>"));

    m_steps =
        InfoLabel::spokenByText(this, QStringLiteral("rotateScimSteps"), tr("Where to regenerate the token"));
    m_steps->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_steps);

    ScimTabs shell = ScimTabs::begin(this, QStringLiteral("rotateScimTabs"), tr("New token and Insightly"));
    m_tabs = shell.tabs;
    QWidget *tokenTab = shell.connection;
    QVBoxLayout *tokenLayout = shell.layout;
    m_form = new ScimCredentialsForm(QStringLiteral("rotateScim"),
                                     {tr("New Secret &Token:"),
                                      tr("New Secret Token (Insightly's regenerated SCIM token)"),
                                      tr("the new token Insightly shows after Regenerate")},
                                     tokenTab);
    tokenLayout->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_testSave =
        makeButton(tokenTab, QStringLiteral("rotateScimTestSaveButton"), tr("Test and &save the new token"),
                   tr("Test the new token and save it in Microsoft Entra"));
    m_cancel = makeButton(tokenTab, QStringLiteral("rotateScimCancelButton"), tr("&Cancel"),
                          tr("Cancel the running test or save"));
    buttons->addWidget(m_testSave);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    tokenLayout->addLayout(buttons);
    m_progress = InfoLabel::spokenByText(tokenTab, QStringLiteral("rotateScimProgress"),
                                         tr("Progress of the token rotation"));
    tokenLayout->addWidget(m_progress);
    m_failure = new FailurePanel(QStringLiteral("rotateScim"), tokenTab);
    tokenLayout->addWidget(m_failure);
    m_result = InfoLabel::spokenByText(tokenTab, QStringLiteral("rotateScimResult"),
                                       tr("Result of the token rotation"));
    tokenLayout->addWidget(m_result);
    shell.finish(tr("Ne&w token"), m_insightly, tr("&Insightly"));
    m_results = shell.results;
    m_status = shell.status;
    contentLayout()->addWidget(m_tabs, 1);
    m_results->follow(m_flow->credentials());

    connect(m_testSave, &QPushButton::clicked, this, [this] { testAndSave(); });
    connect(m_cancel, &QPushButton::clicked, this, &RotateScimTokenPage::cancel);
    connect(m_flow, &ScimTokenRotationFlow::progressChanged, this, &RotateScimTokenPage::showProgress);
    connect(m_flow, &ScimTokenRotationFlow::runningChanged, this, &RotateScimTokenPage::updateControls);
    connect(m_flow, &ScimTokenRotationFlow::failed, m_failure, &FailurePanel::showMessage);
    showProgress(QString());
    updateControls();
}

RotateScimTokenPage::~RotateScimTokenPage()
{
    m_destroying = true;
    m_flow->disconnect(this);
    cancel();
}

void RotateScimTokenPage::setProbeOptions(const ScimProbeOptions &options)
{
    m_flow->credentials()->setProbeOptions(options);
}

void RotateScimTokenPage::cancel()
{
    m_flow->cancel();
}

void RotateScimTokenPage::initializePage()
{
    const SetupState &state = context().setup().state();
    const SignInUrlValidation signIn =
        InsightlyUrls::validateSignInPageUrl(state.insightlySignInUrl.toString());
    const QString settings = signIn.isValid() && !signIn.instance.isNull()
                                 ? signIn.instance.settingsPageUrl().toString()
                                 : tr("System Settings › Security › SAML and SCIM");
    m_steps->setText(
        tr("<b>Regenerate cancels the old token at once.</b> In the Insightly tab (%1), click "
           "<b>Regenerate</b> under SCIM provisioning, copy the new token and paste it here. Until "
           "it is saved, Entra's provisioning to Insightly fails.")
            .arg(settings.toHtmlEscaped()));
    m_insightly->showIfCurrent(m_tabs);
    if (m_initialized)
        return; // after Back: keep what the admin pasted
    m_initialized = true;
    if (state.scimBaseAddress.isValid())
        m_form->setUrl(state.scimBaseAddress);
    m_flow->findSetup();
}

void RotateScimTokenPage::cleanupPage()
{
    cancel();
    m_status->stop();
}

bool RotateScimTokenPage::isComplete() const
{
    return StepPage::isComplete() && m_saved && !isBusy();
}

void RotateScimTokenPage::showProgress(const QString &sentence)
{
    m_progress->setText(sentence);
    m_progress->setVisible(!sentence.isEmpty());
}

void RotateScimTokenPage::updateControls()
{
    const bool busy = isBusy();
    m_testSave->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_form->setReadOnly(busy);
    emit completeChanged();
}

QCoro::Task<> RotateScimTokenPage::testAndSave()
{
    if (isBusy())
        co_return;
    const ScimCredentialsForm::Inputs inputs = m_form->validate();
    m_failure->clear();
    m_result->clear();
    if (!inputs.ok) {
        m_failure->showMessage(inputs.error);
        co_return;
    }
    QPointer<RotateScimTokenPage> self(this);
    m_saved = false;
    const ScimTokenRotationFlow::Outcome outcome = co_await m_flow->testAndSave(inputs.url, inputs.token);
    if (!self || !alive())
        co_return;
    m_result->setText(outcome.summary);
    if (outcome.result == ScimTokenRotationFlow::Result::Saved) {
        m_saved = true;
        if (!outcome.keychainError.isEmpty())
            m_failure->showMessage(outcome.keychainError);
        watchStatus();
    } else if (!outcome.problem.isEmpty()) {
        m_failure->showMessage(outcome.problem);
    }
    updateControls();
}

void RotateScimTokenPage::watchStatus()
{
    m_status->watchJobOf(context().session(), context().setup().state());
}

} // namespace insightly
