#include "pages/ScimPage.h"

#include "browser/EmbeddedBrowser.h"
#include "core/LogCategories.h"
#include "core/SecretRedaction.h"
#include "core/SetupStateStore.h"
#include "entra/Provisioning.h"
#include "entra/SignInSession.h"
#include "flows/ScimFlow.h"
#include "pages/ChangePlanPanel.h"
#include "pages/InfoLabel.h"
#include "pages/InsightlyTab.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"
#include "pages/ScimCredentialsForm.h"
#include "pages/ScimStatusPanel.h"
#include "pages/ScimTabs.h"
#include "pages/ScimTestResults.h"
#include "pages/WizardContext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace insightly {

ScimPage::ScimPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : StepPage(context, QStringLiteral("scimPage"), parent)
    , m_insightly(insightlyTab ? insightlyTab : new InsightlyTab(context, this))
{
    setTitle(tr("Step 3 — Connect SCIM provisioning"));
    setSubTitle(tr("Insightly's SCIM endpoint and token, tested and saved in Entra."));
    setInstructions(
        tr("<ol><li>In the <b>Insightly</b> tab, tick <b>Enable SCIM Provisioning</b> and click "
           "<b>Save</b>.</li>"
           "<li>Copy the <b>SCIM endpoint</b> into <i>Tenant URL</i> and the <b>token</b> into "
           "<i>Secret Token</i> in the <b>SCIM connection</b> tab (use the paste buttons).</li>"
           "<li><b>Test connection</b>: the wizard checks the endpoint from this computer and asks "
           "Microsoft Entra to test it too.</li>"
           "<li><b>Save and start</b>: Entra keeps the values and provisions the users and groups "
           "assigned to the app.</li></ol>"
           "<p>Regenerating the token in Insightly cancels the old one: paste the new one here and "
           "save again.</p>"));

    ScimTabs shell = ScimTabs::begin(this, QStringLiteral("scimTabs"), tr("SCIM connection and Insightly"));
    m_tabs = shell.tabs;
    QWidget *connection = shell.connection;
    QVBoxLayout *layout = shell.layout;
    m_form = new ScimCredentialsForm(
        QStringLiteral("scim"),
        {tr("Secret &Token:"), tr("Secret Token (Insightly's SCIM token)"), tr("the token Insightly shows")},
        connection);
    layout->addWidget(m_form);

    auto *plan = new ChangePlanPanel(context, PlannedChange::Step::Scim, connection);
    layout->addWidget(plan);
    auto *buttons = new QHBoxLayout;
    m_test = makeButton(connection, QStringLiteral("scimTestButton"), tr("T&est connection"),
                        tr("Test connection"));
    m_save = makeButton(connection, QStringLiteral("scimSaveButton"), tr("&Save and start"),
                        tr("Save and start provisioning"));
    m_cancel = makeButton(connection, QStringLiteral("scimCancelButton"), tr("Cancel"),
                          tr("Cancel the running operation"));
    m_copy = makeButton(connection, QStringLiteral("scimCopyDiagnostics"), tr("Copy diagnostics"),
                        tr("Copy diagnostics"));
    for (QPushButton *b : {m_test, m_save, m_cancel, m_copy})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_progress = InfoLabel::hiddenMessage(connection, QStringLiteral("scimProgress"), tr("Progress"));
    layout->addWidget(m_progress);
    m_error = InfoLabel::hiddenMessage(connection, QStringLiteral("scimError"), tr("What went wrong"));
    layout->addWidget(m_error);
    shell.finish(tr("SCIM c&onnection"), m_insightly, tr("&Insightly"));
    m_results = shell.results;
    m_status = shell.status;
    contentLayout()->addWidget(m_tabs, 1);

    m_flow = new ScimFlow(context.flowContext(), this);
    connect(m_flow, &ScimFlow::testStarted, plan, &ChangePlanPanel::stepStarted);
    m_results->follow(m_flow);

    connect(m_form, &ScimCredentialsForm::edited, this, [this] {
        m_entraPassed = false;
        updateButtons();
    });
    connect(m_test, &QPushButton::clicked, this, [this] { runTests(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAndStart(); });
    connect(m_cancel, &QPushButton::clicked, this, &ScimPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(
            redactSecrets(m_results->diagnostics() + u'\n' + m_lastError.toDiagnostics()));
    });
    updateButtons();
}

ScimPage::~ScimPage()
{
    m_destroying = true;
    cancel();
}

bool ScimPage::alive() const
{
    return !m_destroying;
}

void ScimPage::initializePage()
{
    const SetupState &state = context().setup().state();
    // After Back/Next keep what the admin typed; on a re-run offer the saved Tenant URL.
    if (m_form->urlEmpty() && state.scimBaseAddress.isValid())
        m_form->setUrl(state.scimBaseAddress);
    m_saved = state.isStepCompleted(SetupState::Step::Scim) && !state.synchronizationJobId.isEmpty();
    m_insightly->showIfCurrent(m_tabs);
    if (m_saved)
        watchStatus();
    updateButtons();
}

void ScimPage::cleanupPage()
{
    cancel();
    m_status->stop();
}

bool ScimPage::isComplete() const
{
    return StepPage::isComplete() && m_saved && !m_busy;
}

void ScimPage::cancel()
{
    m_flow->cancel();
}

void ScimPage::setProbeOptions(const ScimProbeOptions &options)
{
    m_flow->setProbeOptions(options);
}

void ScimPage::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_progress->setText(progress);
    m_progress->setVisible(!progress.isEmpty());
    updateButtons();
    Q_EMIT completeChanged();
}

void ScimPage::updateButtons()
{
    m_test->setEnabled(!m_busy);
    m_save->setEnabled(!m_busy && m_entraPassed);
    m_cancel->setVisible(m_busy);
    m_form->setReadOnly(m_busy);
}

void ScimPage::showError(const UserMessage &message)
{
    m_lastError = message;
    m_error->setText(message.isEmpty() ? QString()
                                       : ScimCredentialsForm::describe(message) +
                                             (message.requestId.isEmpty()
                                                  ? QString()
                                                  : u' ' + tr("(request ID %1)").arg(message.requestId)));
    m_error->setVisible(!message.isEmpty());
}

QCoro::Task<void> ScimPage::runTests()
{
    const ScimCredentialsForm::Inputs inputs = m_form->validate();
    if (!inputs.ok || m_busy)
        co_return;
    QPointer<ScimPage> self(this);
    showError({});
    m_lastReport = {};
    m_lastEntra = {};
    setBusy(true, tr("Testing Insightly's SCIM endpoint from this computer and from Microsoft Entra…"));
    const ScimFlow::TestOutcome outcome = co_await m_flow->test(inputs.url, inputs.token);
    if (!self || !alive())
        co_return;
    m_lastReport = outcome.probe;
    m_lastEntra = outcome.entra;
    m_entraPassed = outcome.entraPassed();
    setBusy(false, outcome.probe.cancelled ? tr("Cancelled.") : QString());
}

QCoro::Task<void> ScimPage::saveAndStart()
{
    const ScimCredentialsForm::Inputs inputs = m_form->validate();
    UserMessage problem;
    if (!inputs.ok || m_busy || !m_entraPassed || !m_flow->canReachEntra(&problem)) {
        if (!problem.isEmpty())
            showError(problem);
        co_return;
    }
    QPointer<ScimPage> self(this);
    showError({});
    setBusy(true, tr("Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…"));
    const ScimFlow::SaveOutcome saved = co_await m_flow->saveAndStart(inputs.url, inputs.token);
    if (!self || !alive())
        co_return;
    if (!saved.ok) {
        showError(saved.error);
        setBusy(false);
        co_return;
    }
    m_saved = true;
    if (auto *plan = findChild<ChangePlanPanel *>())
        plan->stepFinished();
    watchStatus();
    setBusy(false, tr("Saved. Provisioning is started."));
    if (!saved.keychainError.isEmpty())
        showError(saved.keychainError);
}

void ScimPage::watchStatus()
{
    m_status->watchJobOf(context().session(), context().setup().state());
}

} // namespace insightly
