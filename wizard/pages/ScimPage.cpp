#include "pages/ScimPage.h"

#include "browser/EmbeddedBrowser.h"
#include "core/LogCategories.h"
#include "core/SecretRedaction.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/ErrorCatalog.h"
#include "entra/Provisioning.h"
#include "entra/SignInSession.h"
#include "insightly/InsightlyUrls.h"
#include "insightly/ScimInputs.h"
#include "pages/ScimCredentialFlow.h"
#include "pages/ScimStatusPanel.h"
#include "pages/ScimTestResults.h"
#include "pages/WizardContext.h"
#include "pages/PageWidgets.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace insightly {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QString describe(const UserMessage &m)
{
    QStringList parts{m.what};
    if (!m.why.isEmpty())
        parts << m.why;
    if (!m.action.isEmpty())
        parts << m.action;
    return parts.join(u' ');
}

} // namespace

ScimPage::ScimPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("scimPage"), parent)
{
    setTitle(tr("Step 3 — Connect SCIM provisioning"));
    setSubTitle(tr("Insightly's SCIM endpoint and token, tested and saved in Entra."));
    setInstructions(
        tr("<ol><li>In the Insightly tab below, tick <b>Enable SCIM Provisioning</b> and click "
           "<b>Save</b>.</li>"
           "<li>Copy the <b>SCIM endpoint</b> into <i>Tenant URL</i> and the <b>token</b> into "
           "<i>Secret Token</i> (use the paste buttons).</li>"
           "<li><b>Test connection</b>: the wizard checks the endpoint from this computer and asks "
           "Microsoft Entra to test it too.</li>"
           "<li><b>Save and start</b>: Entra keeps the values and provisions the users and groups "
           "assigned to the app.</li></ol>"
           "<p>Regenerating the token in Insightly cancels the old one: paste the new one here and "
           "save again.</p>"));

    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("scimInsightly"), context.certificateTrust(), this);
    m_browser->setMinimumHeight(240);
    contentLayout()->addWidget(m_browser, 1);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("scimUrlEdit"));
    m_url->setAccessibleName(tr("Tenant URL (Insightly's SCIM endpoint)"));
    m_url->setPlaceholderText(tr("https://api.na1.insightly.com/scim/v2"));
    auto *pasteUrl = makeButton(this, QStringLiteral("scimPasteUrl"), tr("Paste"), tr("Paste the Tenant URL"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(pasteUrl);
    auto *urlLabel = new QLabel(tr("Tenant &URL:"), this);
    urlLabel->setBuddy(m_url); // addRow() sets no buddy for a row of several widgets
    form->addRow(urlLabel, urlRow);
    m_urlMessage = messageLabel(this, QStringLiteral("scimUrlMessage"));
    form->addRow(QString(), m_urlMessage);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("scimTokenEdit"));
    m_token->setAccessibleName(tr("Secret Token (Insightly's SCIM token)"));
    m_token->setEchoMode(QLineEdit::Password); // the token is never shown in full
    m_token->setPlaceholderText(tr("the token Insightly shows"));
    auto *pasteToken =
        makeButton(this, QStringLiteral("scimPasteToken"), tr("Paste"), tr("Paste the Secret Token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(pasteToken);
    // A row of several widgets gets no buddy from addRow(): give the label one, or "&" shows literally.
    auto *tokenLabel = new QLabel(tr("Secret &Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    m_tokenMasked = messageLabel(this, QStringLiteral("scimTokenMasked"));
    form->addRow(QString(), m_tokenMasked);
    m_tokenMessage = messageLabel(this, QStringLiteral("scimTokenMessage"));
    form->addRow(QString(), m_tokenMessage);
    contentLayout()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_test = makeButton(this, QStringLiteral("scimTestButton"), tr("&Test connection"), tr("Test connection"));
    m_save = makeButton(this, QStringLiteral("scimSaveButton"), tr("&Save and start"),
                    tr("Save and start provisioning"));
    m_cancel =
        makeButton(this, QStringLiteral("scimCancelButton"), tr("Cancel"), tr("Cancel the running operation"));
    m_copy =
        makeButton(this, QStringLiteral("scimCopyDiagnostics"), tr("Copy diagnostics"), tr("Copy diagnostics"));
    for (QPushButton *b : {m_test, m_save, m_cancel, m_copy})
        buttons->addWidget(b);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    m_progress = messageLabel(this, QStringLiteral("scimProgress"));
    contentLayout()->addWidget(m_progress);
    m_error = messageLabel(this, QStringLiteral("scimError"));
    contentLayout()->addWidget(m_error);
    m_results = new ScimTestResults(this);
    contentLayout()->addWidget(m_results);
    m_status = new ScimStatusPanel(this);
    m_status->hide();
    contentLayout()->addWidget(m_status);
    m_flow = new ScimCredentialFlow(context, this);

    connect(pasteUrl, &QPushButton::clicked, this,
            [this] { m_url->setText(QGuiApplication::clipboard()->text()), validateInputs(); });
    connect(pasteToken, &QPushButton::clicked, this,
            [this] { m_token->setText(QGuiApplication::clipboard()->text()), validateInputs(); });
    for (QLineEdit *edit : {m_url, m_token})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_entraPassed = false;
            updateButtons();
        });
    connect(m_url, &QLineEdit::editingFinished, this, [this] { validateInputs(); });
    connect(m_token, &QLineEdit::editingFinished, this, [this] { validateInputs(); });
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
    if (m_url->text().isEmpty() && state.scimBaseAddress.isValid())
        m_url->setText(state.scimBaseAddress.toString());
    m_saved = state.isStepCompleted(SetupState::Step::Scim) && !state.synchronizationJobId.isEmpty();
    const SignInUrlValidation signIn =
        InsightlyUrls::validateSignInPageUrl(state.insightlySignInUrl.toString());
    if (signIn.isValid() && !signIn.instance.isNull() && m_browser->currentUrl().isEmpty())
        m_browser->load(signIn.instance.settingsPageUrl());
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

ScimPage::Inputs ScimPage::validateInputs()
{
    const ScimUrlValidation url = ScimInputs::validateTenantUrl(m_url->text());
    const ScimTokenValidation token = ScimInputs::validateSecretToken(m_token->text());
    const auto show = [](QLabel *label, const UserMessage &error, const QList<UserMessage> &notes) {
        QStringList lines;
        if (!error.isEmpty())
            lines << describe(error);
        for (const UserMessage &note : notes)
            lines << note.what;
        label->setText(lines.join(u'\n'));
        label->setVisible(!lines.isEmpty());
    };
    show(m_urlMessage, m_url->text().isEmpty() ? UserMessage{} : url.error, url.notes);
    show(m_tokenMessage, m_token->text().isEmpty() ? UserMessage{} : token.error, token.notes);
    if (url.isValid() && m_url->text() != url.url.toString()) {
        const QSignalBlocker blocker(m_url); // a cleaned value is the same value: keep a passed test
        m_url->setText(url.url.toString());
    }
    if (token.isValid()) {
        if (m_token->text() != token.token) {
            const QSignalBlocker blocker(m_token);
            m_token->setText(token.token);
        }
        m_tokenMasked->setText(tr("Token: %1").arg(ScimInputs::maskedToken(token.token)));
    }
    m_tokenMasked->setVisible(token.isValid());
    return Inputs{url.url, token.token, url.isValid() && token.isValid()};
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
    m_url->setReadOnly(m_busy);
    m_token->setReadOnly(m_busy);
}

void ScimPage::showError(const UserMessage &message)
{
    m_lastError = message;
    m_error->setText(message.isEmpty()
                         ? QString()
                         : describe(message) + (message.requestId.isEmpty()
                                                    ? QString()
                                                    : u' ' + tr("(request ID %1)").arg(message.requestId)));
    m_error->setVisible(!message.isEmpty());
}

QCoro::Task<void> ScimPage::runTests()
{
    const Inputs inputs = validateInputs();
    if (!inputs.ok || m_busy)
        co_return;
    QPointer<ScimPage> self(this);
    showError({});
    m_lastReport = {};
    m_lastEntra = {};
    setBusy(true, tr("Testing Insightly's SCIM endpoint from this computer and from Microsoft Entra…"));
    const ScimCredentialFlow::TestOutcome outcome =
        co_await m_flow->test(inputs.url, inputs.token, m_results);
    if (!self || !alive())
        co_return;
    m_lastReport = outcome.probe;
    m_lastEntra = outcome.entra;
    m_entraPassed = outcome.entraPassed();
    setBusy(false, outcome.probe.cancelled ? tr("Cancelled.") : QString());
}

QCoro::Task<void> ScimPage::saveAndStart()
{
    const Inputs inputs = validateInputs();
    UserMessage problem;
    if (!inputs.ok || m_busy || !m_entraPassed || !m_flow->canReachEntra(&problem)) {
        if (!problem.isEmpty())
            showError(problem);
        co_return;
    }
    QPointer<ScimPage> self(this);
    showError({});
    setBusy(true, tr("Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…"));
    const ScimCredentialFlow::SaveOutcome saved = co_await m_flow->saveAndStart(inputs.url, inputs.token);
    if (!self || !alive())
        co_return;
    if (!saved.ok) {
        showError(saved.error);
        setBusy(false);
        co_return;
    }
    m_saved = true;
    watchStatus();
    setBusy(false, tr("Saved. Provisioning is started."));
    if (!saved.keychainError.isEmpty())
        showError(saved.keychainError);
}

void ScimPage::watchStatus()
{
    const entra::SignInSession *session = context().session();
    const SetupState &state = context().setup().state();
    if (!session || !session->graph() || state.synchronizationJobId.isEmpty())
        return;
    m_status->show();
    m_status->watch(session->graph(), state.servicePrincipalId, state.synchronizationJobId);
}

} // namespace insightly
