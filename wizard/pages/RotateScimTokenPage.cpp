#include "pages/RotateScimTokenPage.h"

#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/GalleryApplication.h"
#include "entra/SignInSession.h"
#include "insightly/InsightlyUrls.h"
#include "insightly/ScimInputs.h"
#include "pages/FailurePanel.h"
#include "pages/OperationSupport.h"
#include "pages/PageWidgets.h"
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

RotateScimTokenPage::RotateScimTokenPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("rotateScimTokenPage"), parent)
{
    setTitle(tr("Rotate the SCIM token"));
    setSubTitle(tr("A new Secret Token from Insightly, tested and saved in Entra."));
    setInstructions(
        tr("<ol><li>In Insightly, open <b>System Settings › Security › SAML and SCIM</b>.</li>"
           "<li>Click <b>Regenerate</b> next to the SCIM token. <b>The old token stops working at "
           "once</b>: provisioning fails until the new one is saved here.</li>"
           "<li>Copy the new token and paste it below.</li>"
           "<li><b>Test and save</b>: the wizard and Microsoft Entra test it; Entra keeps it only when "
           "its test passed.</li></ol>"));

    m_steps = makeTextLabel(this, QStringLiteral("rotateScimSteps"), tr("Where to regenerate the token"));
    m_steps->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_steps);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("rotateScimUrlEdit"));
    m_url->setAccessibleName(tr("Tenant URL (Insightly's SCIM endpoint)"));
    m_url->setPlaceholderText(tr("https://api.na1.insightly.com/scim/v2"));
    form->addRow(tr("Tenant &URL:"), m_url);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("rotateScimTokenEdit"));
    m_token->setAccessibleName(tr("New Secret Token (Insightly's regenerated SCIM token)"));
    m_token->setEchoMode(QLineEdit::Password); // the token is never shown in full
    m_token->setPlaceholderText(tr("the new token Insightly shows after Regenerate"));
    m_paste = makeButton(this, QStringLiteral("rotateScimPasteToken"), tr("&Paste"),
                         tr("Paste the new Secret Token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_paste);
    auto *tokenLabel = new QLabel(tr("New Secret &Token:"), this);
    tokenLabel->setBuddy(m_token); // a row of several widgets gets no buddy from QFormLayout
    form->addRow(tokenLabel, tokenRow);
    m_tokenMessage = makeTextLabel(this, QStringLiteral("rotateScimTokenMessage"), tr("About the token"));
    m_tokenMessage->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_tokenMessage);
    contentLayout()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_testSave =
        makeButton(this, QStringLiteral("rotateScimTestSaveButton"), tr("Test and &save the new token"),
                   tr("Test the new token and save it in Microsoft Entra"));
    m_cancel = makeButton(this, QStringLiteral("rotateScimCancelButton"), tr("&Cancel"),
                          tr("Cancel the running test or save"));
    buttons->addWidget(m_testSave);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    m_progress =
        makeTextLabel(this, QStringLiteral("rotateScimProgress"), tr("Progress of the token rotation"));
    contentLayout()->addWidget(m_progress);
    m_failure = new FailurePanel(QStringLiteral("rotateScim"), this);
    contentLayout()->addWidget(m_failure);
    m_result = makeTextLabel(this, QStringLiteral("rotateScimResult"), tr("Result of the token rotation"));
    contentLayout()->addWidget(m_result);
    m_results = new ScimTestResults(this);
    contentLayout()->addWidget(m_results);
    m_status = new ScimStatusPanel(this);
    m_status->hide();
    contentLayout()->addWidget(m_status);
    m_flow = new ScimCredentialFlow(context, this);

    connect(m_paste, &QPushButton::clicked, this, [this] {
        m_token->setText(QGuiApplication::clipboard()->text());
        QString token;
        validateToken(&token);
    });
    connect(m_token, &QLineEdit::editingFinished, this, [this] {
        QString token;
        validateToken(&token);
    });
    connect(m_testSave, &QPushButton::clicked, this, [this] { testAndSave(); });
    connect(m_cancel, &QPushButton::clicked, this, &RotateScimTokenPage::cancel);
    setBusy(false);
}

RotateScimTokenPage::~RotateScimTokenPage()
{
    m_destroying = true;
    cancel();
}

void RotateScimTokenPage::setProbeOptions(const ScimProbeOptions &options)
{
    m_flow->setProbeOptions(options);
}

void RotateScimTokenPage::cancel()
{
    if (m_findCancel)
        m_findCancel->cancel();
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
        tr("<b>Regenerate cancels the old token at once.</b> In Insightly (%1), click "
           "<b>Regenerate</b> under SCIM provisioning, copy the new token and paste it here. Until "
           "it is saved, Entra's provisioning to Insightly fails.")
            .arg(settings.toHtmlEscaped()));
    if (m_initialized)
        return; // after Back: keep what the admin pasted
    m_initialized = true;
    if (state.scimBaseAddress.isValid())
        m_url->setText(state.scimBaseAddress.toString());
    findSetup();
}

void RotateScimTokenPage::cleanupPage()
{
    cancel();
    m_status->stop();
}

bool RotateScimTokenPage::isComplete() const
{
    return StepPage::isComplete() && m_saved && !m_busy;
}

void RotateScimTokenPage::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_progress->setText(progress);
    m_progress->setVisible(!progress.isEmpty());
    m_testSave->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_url->setReadOnly(busy);
    m_token->setReadOnly(busy);
    emit completeChanged();
}

bool RotateScimTokenPage::validateToken(QString *token)
{
    const ScimTokenValidation checked = ScimInputs::validateSecretToken(m_token->text());
    QStringList lines;
    if (!checked.isValid() && !m_token->text().isEmpty())
        lines << checked.error.what + u' ' + checked.error.action;
    for (const UserMessage &note : checked.notes)
        lines << note.what;
    if (checked.isValid()) {
        if (m_token->text() != checked.token)
            m_token->setText(checked.token);
        lines << tr("Token: %1").arg(ScimInputs::maskedToken(checked.token));
    }
    m_tokenMessage->setText(lines.join(u'\n'));
    m_tokenMessage->setProperty("code", checked.error.code);
    *token = checked.token;
    return checked.isValid();
}

// The app of the existing setup, when SetupState does not know it (another computer, a lost state file).
QCoro::Task<> RotateScimTokenPage::findSetup()
{
    ensureSetupTenant(context());
    if (!context().setup().state().servicePrincipalId.isEmpty() || !context().session())
        co_return;
    QPointer<RotateScimTokenPage> self(this);
    auto *token = new entra::CancelToken(this);
    m_findCancel = token;
    setBusy(true, tr("Looking for the existing setup…"));
    auto progress = [self](const QString &sentence) {
        if (self && self->alive())
            self->m_progress->setText(sentence);
    };
    const entra::OperationContext operation = operationContext(context(), token, progress, m_convergence);
    const entra::GalleryApplicationResult app = co_await entra::GalleryApplication::findExisting(operation);
    if (!self || !alive())
        co_return;
    token->deleteLater();
    setBusy(false);
    if (app.outcome == entra::GalleryApplicationResult::Outcome::ChooseOne) {
        UserMessage several;
        several.what = tr("Several Insightly SAML applications exist in this tenant.");
        several.action = tr("Run a new setup and choose the application in step 1; then rotate its token.");
        several.code = QStringLiteral("rotate.several-apps");
        m_failure->showMessage(several);
    } else if (app.failed() && !app.cancelled) {
        m_failure->showMessage(app.error);
    }
}

QCoro::Task<> RotateScimTokenPage::testAndSave()
{
    if (m_busy)
        co_return;
    QString token;
    const bool tokenOk = validateToken(&token);
    const ScimUrlValidation url = ScimInputs::validateTenantUrl(m_url->text());
    m_failure->clear();
    m_result->clear();
    if (!url.isValid() || !tokenOk) {
        m_failure->showMessage(!url.isValid() ? url.error
                                              : ScimInputs::validateSecretToken(m_token->text()).error);
        co_return;
    }
    UserMessage unreachable;
    if (!m_flow->canReachEntra(&unreachable)) {
        m_failure->showMessage(unreachable);
        co_return;
    }
    QPointer<RotateScimTokenPage> self(this);
    m_saved = false;
    m_lastTest = {};
    setBusy(true, tr("Testing the new token from this computer and from Microsoft Entra…"));
    m_lastTest = co_await m_flow->test(url.url, token, m_results);
    if (!self || !alive())
        co_return;
    if (m_lastTest.probe.cancelled) {
        setBusy(false, tr("Cancelled. Nothing was saved in Microsoft Entra."));
        co_return;
    }
    if (!m_lastTest.entraPassed()) {
        // The cause the probe names (e.g. the token refused) is the most specific; else Entra's reading.
        UserMessage why = m_lastTest.probe.firstFailure();
        if (why.isEmpty())
            why = m_lastTest.entraRan ? m_lastTest.entra.reading : m_lastTest.entraProblem;
        m_failure->showMessage(why);
        m_result->setText(
            tr("Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret "
               "Token. If you already clicked Regenerate in Insightly, the previous token no longer "
               "works — paste the new one and test again."));
        setBusy(false);
        co_return;
    }
    setBusy(true, tr("Saving the new token in Microsoft Entra and starting provisioning…"));
    const ScimCredentialFlow::SaveOutcome saved = co_await m_flow->saveAndStart(url.url, token);
    if (!self || !alive())
        co_return;
    if (!saved.ok) {
        m_failure->showMessage(saved.error);
        m_result->setText(
            tr("The new token passed the tests but was not saved: Entra may still hold the previous "
               "one. Test and save again."));
        setBusy(false);
        co_return;
    }
    m_saved = true;
    m_result->setText(tr("Saved: Microsoft Entra provisions Insightly with the new token (%1).")
                          .arg(ScimInputs::maskedToken(token)));
    if (!saved.keychainError.isEmpty())
        m_failure->showMessage(saved.keychainError);
    qCInfo(lcPages) << "SCIM token rotated";
    watchStatus();
    setBusy(false, tr("The SCIM token is rotated."));
}

void RotateScimTokenPage::watchStatus()
{
    const entra::SignInSession *session = context().session();
    const SetupState &state = context().setup().state();
    if (!session || !session->graph() || state.synchronizationJobId.isEmpty())
        return;
    m_status->show();
    m_status->watch(session->graph(), state.servicePrincipalId, state.synchronizationJobId);
}

} // namespace insightly
