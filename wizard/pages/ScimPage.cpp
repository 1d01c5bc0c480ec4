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
#include "pages/ScimStatusPanel.h"
#include "pages/ScimTestResults.h"
#include "pages/WizardContext.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace insightly {

namespace {

QPushButton *button(QWidget *parent, const QString &objectName, const QString &text,
                    const QString &accessible)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    return b;
}

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

    m_browser = new EmbeddedBrowser(context.urlOpener(), QStringLiteral("scimInsightly"), this);
    m_browser->setMinimumHeight(240);
    contentLayout()->addWidget(m_browser, 1);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("scimUrlEdit"));
    m_url->setAccessibleName(tr("Tenant URL (Insightly's SCIM endpoint)"));
    m_url->setPlaceholderText(tr("https://api.na1.insightly.com/scim/v2"));
    auto *pasteUrl = button(this, QStringLiteral("scimPasteUrl"), tr("Paste"), tr("Paste the Tenant URL"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(pasteUrl);
    form->addRow(tr("Tenant &URL:"), urlRow);
    m_urlMessage = messageLabel(this, QStringLiteral("scimUrlMessage"));
    form->addRow(QString(), m_urlMessage);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("scimTokenEdit"));
    m_token->setAccessibleName(tr("Secret Token (Insightly's SCIM token)"));
    m_token->setEchoMode(QLineEdit::Password); // the token is never shown in full
    m_token->setPlaceholderText(tr("the token Insightly shows"));
    auto *pasteToken =
        button(this, QStringLiteral("scimPasteToken"), tr("Paste"), tr("Paste the Secret Token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(pasteToken);
    form->addRow(tr("Secret &Token:"), tokenRow);
    m_tokenMasked = messageLabel(this, QStringLiteral("scimTokenMasked"));
    form->addRow(QString(), m_tokenMasked);
    m_tokenMessage = messageLabel(this, QStringLiteral("scimTokenMessage"));
    form->addRow(QString(), m_tokenMessage);
    contentLayout()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_test = button(this, QStringLiteral("scimTestButton"), tr("&Test connection"), tr("Test connection"));
    m_save = button(this, QStringLiteral("scimSaveButton"), tr("&Save and start"),
                    tr("Save and start provisioning"));
    m_cancel =
        button(this, QStringLiteral("scimCancelButton"), tr("Cancel"), tr("Cancel the running operation"));
    m_copy =
        button(this, QStringLiteral("scimCopyDiagnostics"), tr("Copy diagnostics"), tr("Copy diagnostics"));
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
    ValidationOptions options;
    options.allowLoopbackHttp = context().allowLoopbackHttp();
    const SignInUrlValidation signIn =
        InsightlyUrls::validateSignInPageUrl(state.insightlySignInUrl.toString(), options);
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
    if (m_probe)
        m_probe->cancel();
    if (m_provisioning)
        m_provisioning->cancel();
}

ScimPage::Inputs ScimPage::validateInputs()
{
    ValidationOptions options;
    options.allowLoopbackHttp = context().allowLoopbackHttp();
    const ScimUrlValidation url = ScimInputs::validateTenantUrl(m_url->text(), options);
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

bool ScimPage::canReachEntra(UserMessage *why) const
{
    const entra::SignInSession *session = context().session();
    if (!session || !session->isSignedIn() || !session->graph()) {
        why->what = tr("You are not signed in to Microsoft Entra ID.");
        why->action = tr("Go back to the sign-in step and sign in.");
        why->code = QStringLiteral("scim-page.not-signed-in");
        return false;
    }
    if (context().setup().state().servicePrincipalId.isEmpty()) {
        why->what = tr("The Insightly SAML enterprise application is not known yet.");
        why->action = tr("Go back to step 1 and add or choose the application.");
        why->code = QStringLiteral("scim-page.no-application");
        return false;
    }
    return true;
}

QCoro::Task<QString> ScimPage::ensureJob(UserMessage *error)
{
    m_provisioning = std::make_unique<entra::Provisioning>(context().session()->graph(),
                                                           context().setup().state().servicePrincipalId);
    const entra::ProvisioningJobResult job =
        co_await m_provisioning->ensureJob(context().setup().state().synchronizationJobId);
    if (!alive())
        co_return QString();
    if (!job.ok()) {
        *error = job.error;
        co_return QString();
    }
    if (job.jobId != context().setup().state().synchronizationJobId)
        context().setup().update([&](SetupState &s) { s.synchronizationJobId = job.jobId; });
    co_return job.jobId;
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
    m_results->showRunning();

    // Both tests at once: the wizard's probe from here, Entra's from Microsoft's network.
    auto *probe = new ScimProbe(
        &context().network(),
        [this] {
            ScimProbeOptions o = m_probeOptions;
            o.allowLoopbackHttp = context().allowLoopbackHttp();
            return o;
        }(),
        this);
    m_probe = probe;
    connect(probe, &ScimProbe::checkFinished, m_results, &ScimTestResults::setCheck);
    QCoro::Task<ScimProbeReport> probeRun = probe->run(inputs.url, inputs.token);

    UserMessage entraProblem;
    entra::CredentialTestResult entraResult;
    bool entraRan = false;
    if (canReachEntra(&entraProblem)) {
        m_results->setEntraRunning();
        const QString jobId = co_await ensureJob(&entraProblem);
        if (!self || !alive())
            co_return;
        if (!jobId.isEmpty() && m_provisioning) {
            entraResult = co_await m_provisioning->validateCredentials(jobId, inputs.url, inputs.token);
            if (!self || !alive())
                co_return;
            entraRan = true;
        }
    }
    const ScimProbeReport report = co_await probeRun;
    if (!self || !alive())
        co_return;
    probe->deleteLater();
    m_results->setProbeReport(report);
    m_lastReport = report;
    m_lastEntra = entraResult;
    if (entraRan)
        m_results->setEntraResult(entraResult);
    else
        m_results->setEntraError(entraProblem);
    m_entraPassed = entraRan && entraResult.passed;
    qCInfo(lcPages) << "SCIM tests: probe" << (report.allPassed() ? "passed" : "failed") << "entra"
                    << (m_entraPassed ? "passed" : "failed");
    setBusy(false, report.cancelled ? tr("Cancelled.") : QString());
}

QCoro::Task<void> ScimPage::saveAndStart()
{
    const Inputs inputs = validateInputs();
    UserMessage problem;
    if (!inputs.ok || m_busy || !m_entraPassed || !canReachEntra(&problem)) {
        if (!problem.isEmpty())
            showError(problem);
        co_return;
    }
    QPointer<ScimPage> self(this);
    showError({});
    setBusy(true, tr("Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…"));
    const QString jobId = co_await ensureJob(&problem);
    if (!self || !alive())
        co_return;
    const SetupState state = context().setup().state();
    const QString adminEmail =
        context().session() ? context().session()->preflight().identity.userPrincipalName : QString();
    entra::ProvisioningActionResult step;
    if (!jobId.isEmpty())
        step = co_await m_provisioning->saveCredentials(inputs.url, inputs.token, adminEmail);
    if (!self || !alive())
        co_return;
    if (!jobId.isEmpty() && step.ok)
        step = co_await m_provisioning->start(jobId);
    if (!self || !alive())
        co_return;
    if (jobId.isEmpty() || !step.ok) {
        showError(jobId.isEmpty() ? problem : step.error);
        setBusy(false);
        co_return;
    }
    context().setup().update([&](SetupState &s) {
        s.synchronizationJobId = jobId;
        s.scimBaseAddress = inputs.url; // the token never goes here: the keychain keeps it
    });
    context().setup().markStepCompleted(SetupState::Step::Scim);
    m_saved = true;
    watchStatus();
    setBusy(false, tr("Saved. Provisioning is started."));

    // Kept for later runs (quarantine fixes, certificate rotation) — only in the OS keychain.
    const SecretKey key{state.tenantId.isEmpty() ? context().tenant() : state.tenantId,
                        QStringLiteral("scim-token"),
                        state.instanceId.isEmpty() ? state.appId : state.instanceId};
    const SecretResult stored = co_await context().secrets().write(key, inputs.token.toUtf8());
    if (!self || !alive())
        co_return;
    if (!stored.ok)
        showError(stored.error);
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
