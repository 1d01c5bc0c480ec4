#include "flows/SamlSetupFlow.h"

#include "flows/InsightlyJournal.h"

#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/Preflight.h"
#include "entra/SamlConfiguration.h"
#include "entra/SignInSession.h"
#include "flows/FlowLog.h"
#include "flows/SignInTestFlow.h"

#include <QDir>

namespace insightly {

SamlSetupFlow::SamlSetupFlow(FlowContext context, entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_endpoints(std::move(endpoints))
{
}

SamlSetupFlow::~SamlSetupFlow()
{
    m_destroying = true;
    cancel();
}

void SamlSetupFlow::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QString SamlSetupFlow::statusSentence() const
{
    if (m_lastEnding == Ending::Cancelled && m_stage < Stage::Exported)
        return tr("Cancelled. Start again to continue where it stopped.");
    if (m_lastEnding == Ending::Failed && m_stage < Stage::Exported)
        return tr("Step 2 did not finish.");
    switch (m_stage) {
    case Stage::NotStarted:
        return tr("Not started.");
    case Stage::Configuring:
        return tr("Turning on SAML single sign-on…");
    case Stage::Configured:
        return m_certificateKept
                   ? tr("SAML is on; the active signing certificate is valid long enough and was kept.")
                   : tr("SAML is on, with a new signing certificate made active.");
    case Stage::Exported:
        return tr("SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.");
    case Stage::Tested:
        return tr("The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.");
    case Stage::Enforced:
        return tr("Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.");
    }
    return {};
}

QStringList SamlSetupFlow::proposedNotificationEmails() const
{
    QStringList emails = m_context.setup ? m_context.setup->state().notificationEmails : QStringList();
    if (emails.isEmpty())
        if (entra::SignInSession *session = m_context.signedIn())
            emails << session->preflight().identity.userPrincipalName;
    emails.removeAll(QString());
    return emails;
}

QStringList SamlSetupFlow::parseEmails(const QString &text)
{
    QStringList emails;
    for (const QString &email : text.split(u',', Qt::SkipEmptyParts))
        if (const QString trimmed = email.trimmed(); !trimmed.isEmpty())
            emails << trimmed;
    return emails;
}

entra::OperationContext SamlSetupFlow::begin(const QString &sentence)
{
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    m_lastEnding = Ending::Done;
    Q_EMIT failureCleared();
    Q_EMIT progressChanged(sentence);
    Q_EMIT runningChanged(true);
    QPointer<SamlSetupFlow> self(this);
    auto progress = [self](const QString &text) {
        if (self && !self->m_destroying)
            Q_EMIT self->progressChanged(text);
    };
    return m_context.operation(token, progress, m_convergence);
}

bool SamlSetupFlow::end(const entra::OperationFailure &result)
{
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel.clear();
    if (result.cancelled) {
        m_lastEnding = Ending::Cancelled;
    } else if (result.failed()) {
        m_lastEnding = Ending::Failed;
        Q_EMIT failed(result.error);
        qCWarning(lcFlows) << "Step 2 failed:" << result.error.code << result.error.requestId;
    }
    Q_EMIT runningChanged(false);
    if (result.failed())
        Q_EMIT statusChanged(statusSentence());
    return !result.failed();
}

void SamlSetupFlow::setStage(Stage stage)
{
    const bool changed = m_stage != stage;
    m_stage = stage;
    if (changed)
        Q_EMIT stageChanged(stage);
    Q_EMIT statusChanged(statusSentence());
}

bool SamlSetupFlow::provenBefore() const
{
    const SetupState &state = m_context.setup->state();
    return state.isStepCompleted(SetupState::Step::Enforce) && state.lastSignInTest &&
           state.lastSignInTest->succeeded;
}

QCoro::Task<> SamlSetupFlow::configure(int validityDays, QStringList notificationEmails)
{
    QPointer<SamlSetupFlow> self(this);
    if (isRunning())
        co_return;
    m_context.ensureSetupTenant();
    const bool proven = provenBefore();
    const QString provenThumbprint = m_context.setup->state().certificateThumbprint;
    const Stage before = m_stage;
    entra::OperationContext operation = begin(tr("Turning on SAML single sign-on…"));
    setStage(Stage::Configuring);
    const QUrl signInUrl = m_context.setup->state().insightlySignInUrl;
    entra::SigningCertificates::Options options;
    options.validityDays = validityDays;
    options.notificationEmails = notificationEmails;
    // The SAML settings and the certificate side by side: their waits for Entra to replicate overlap.
    const entra::SamlSetupResult setup =
        co_await entra::SamlConfiguration::applyWithCertificate(operation, signInUrl, options);
    if (!self || m_destroying)
        co_return;
    const Stage back = before == Stage::Configuring ? Stage::NotStarted : before;
    if (setup.saml.failed()) {
        end(setup.saml);
        setStage(back);
        co_return;
    }
    const entra::CertificateResult &certificate = setup.certificate;
    if (!end(certificate)) {
        setStage(back);
        co_return;
    }
    m_context.setup->update([&](SetupState &state) { state.notificationEmails = notificationEmails; });
    m_certificateKept = certificate.outcome == entra::CertificateResult::Outcome::KeptActive;
    const SetupState &state = m_context.setup->state();
    m_panel = entra::SamlHandoffFiles::panelValues(m_endpoints, state.tenantId, state.appId,
                                                   certificate.certificate.thumbprint,
                                                   certificate.certificate.endDateTime);
    Q_EMIT panelValuesChanged(m_panel);
    setStage(Stage::Configured);
    if (!co_await exportFiles(certificate.certificate) || !self || m_destroying)
        co_return;
    // The same certificate that a passing test proved, with Enforce SAML Login confirmed: nothing to redo.
    if (proven && m_certificateKept && provenThumbprint == certificate.certificate.thumbprint)
        setStage(Stage::Enforced);
}

QCoro::Task<bool> SamlSetupFlow::exportFiles()
{
    co_return co_await exportFiles(std::nullopt);
}

QCoro::Task<bool> SamlSetupFlow::exportFiles(std::optional<entra::TokenSigningCertificate> listed)
{
    QPointer<SamlSetupFlow> self(this);
    if (isRunning() || m_stage < Stage::Configured)
        co_return false;
    const QString folder = m_folder.trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        Q_EMIT folderRefused();
        co_return false;
    }
    const entra::OperationContext operation =
        begin(tr("Exporting Certificate (Base64) and Federation Metadata XML…"));
    entra::SamlHandoffFiles::Options options;
    options.folder = folder;
    options.overwrite = true; // the wizard's own files, named after the app: a re-run refreshes them
    options.listed = std::move(listed);
    const entra::HandoffFilesResult files = co_await entra::SamlHandoffFiles::exportFiles(operation, options);
    if (!self || m_destroying)
        co_return false;
    if (!end(files))
        co_return false;
    m_certificatePath = files.certificatePath;
    m_metadataPath = files.metadataPath;
    if (m_stage < Stage::Exported) { // the first export: the admin's part in Insightly starts now
        const InsightlyJournal insightly(m_context.setup);
        insightly.askedToUploadCertificate(files.panel.thumbprint, false);
        insightly.askedToEnterEntraValues(files.panel.loginUrl, files.panel.entraIdentifier);
    }
    Q_EMIT filesExported(m_certificatePath, m_metadataPath);
    // New files after a pass are the same certificate (export never changes it): keep the verdict.
    setStage(m_stage >= Stage::Exported ? m_stage : Stage::Exported);
    co_return true;
}

void SamlSetupFlow::followSignInTest(SignInTestFlow *test)
{
    connect(test, &SignInTestFlow::finished, this,
            [this](const SignInTestFlow::Verdict &verdict) { signInTestFinished(verdict.passed); });
    connect(test, &SignInTestFlow::enforced, this, &SamlSetupFlow::enforceConfirmed);
}

void SamlSetupFlow::followHandoff(CertificateHandoff *handoff)
{
    InsightlyJournal(m_context.setup).follow(handoff);
}

void SamlSetupFlow::signInTestFinished(bool passed)
{
    if (m_stage < Stage::Exported || isRunning())
        return;
    const InsightlyJournal insightly(m_context.setup);
    insightly.sawSignInTest(passed);
    if (passed && m_stage < Stage::Tested)
        insightly.askedToTickEnforce();
    setStage(passed ? Stage::Tested : Stage::Exported);
}

void SamlSetupFlow::enforceConfirmed()
{
    if (m_stage == Stage::Tested) {
        InsightlyJournal(m_context.setup).sawEnforceConfirmed();
        setStage(Stage::Enforced);
    }
}

} // namespace insightly
