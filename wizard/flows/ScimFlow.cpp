#include "flows/ScimFlow.h"

#include "flows/InsightlyJournal.h"

#include "core/SecretKeys.h"
#include "core/SetupStateStore.h"
#include "entra/Preflight.h"
#include "entra/SignInSession.h"
#include "flows/FlowLog.h"

namespace insightly {

ScimFlow::ScimFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

ScimFlow::~ScimFlow()
{
    m_destroying = true;
    cancel();
}

void ScimFlow::cancel()
{
    if (m_probe)
        m_probe->cancel();
    if (m_provisioning)
        m_provisioning->cancel();
}

bool ScimFlow::canReachEntra(UserMessage *why) const
{
    const entra::SignInSession *session = m_context.signedIn();
    if (!session || !session->isSignedIn() || !session->graph()) {
        why->what = tr("You are not signed in to Microsoft Entra ID.");
        why->action = tr("Go back to the sign-in step and sign in.");
        why->code = QStringLiteral("scim-page.not-signed-in");
        return false;
    }
    if (m_context.setup->state().servicePrincipalId.isEmpty()) {
        why->what = tr("The Insightly SAML enterprise application is not known yet.");
        why->action = tr("Go back to step 1 and add or choose the application.");
        why->code = QStringLiteral("scim-page.no-application");
        return false;
    }
    return true;
}

QCoro::Task<QString> ScimFlow::ensureJob(UserMessage *error)
{
    QPointer<ScimFlow> self(this);
    m_provisioning =
        std::make_unique<entra::Provisioning>(m_context.graph(), m_context.setup->state().servicePrincipalId);
    const QString knownJobId = m_context.setup->state().synchronizationJobId;
    const entra::ProvisioningJobResult job = co_await m_provisioning->ensureJob(knownJobId);
    if (!self || !alive())
        co_return QString();
    if (!job.ok()) {
        *error = job.error;
        co_return QString();
    }
    if (job.jobId != m_context.setup->state().synchronizationJobId)
        m_context.setup->update([&](SetupState &s) { s.synchronizationJobId = job.jobId; });
    co_return job.jobId;
}

QCoro::Task<ScimFlow::TestOutcome> ScimFlow::test(QUrl url, QString token)
{
    QPointer<ScimFlow> self(this);
    TestOutcome outcome;
    Q_EMIT testStarted();
    const InsightlyJournal insightly(m_context.setup);
    // The first setup's SCIM step: the admin enabled provisioning in Insightly to get the endpoint and token.
    // (A token rotation says its own request: ScimTokenRotationFlow.)
    if (!m_askRecorded && m_context.setup &&
        !m_context.setup->state().isStepCompleted(SetupState::Step::Scim)) {
        m_askRecorded = true;
        insightly.askedToEnableScim(url);
    }

    // Both tests at once: the wizard's probe from here, Entra's from Microsoft's network.
    auto *probe = new ScimProbe(m_context.network, m_probeOptions, this);
    m_probe = probe;
    connect(probe, &ScimProbe::checkFinished, this, &ScimFlow::probeCheckFinished);
    QCoro::Task<ScimProbeReport> probeRun = probe->run(url, token);

    if (canReachEntra(&outcome.entraProblem)) {
        Q_EMIT entraTestStarted();
        const QString jobId = co_await ensureJob(&outcome.entraProblem);
        if (!self || !alive())
            co_return outcome;
        if (!jobId.isEmpty() && m_provisioning) {
            outcome.entra = co_await m_provisioning->validateCredentials(jobId, url, token);
            if (!self || !alive())
                co_return outcome;
            outcome.entraRan = true;
        }
    }
    outcome.probe = co_await probeRun;
    if (!self || !alive())
        co_return outcome;
    probe->deleteLater();
    insightly.sawScimProbe(outcome.probe);
    qCInfo(lcFlows) << "SCIM tests: probe" << (outcome.probe.allPassed() ? "passed" : "failed") << "entra"
                    << (outcome.entraPassed() ? "passed" : "failed");
    Q_EMIT testFinished(outcome);
    co_return outcome;
}

QCoro::Task<ScimFlow::SaveOutcome> ScimFlow::saveAndStart(QUrl url, QString token)
{
    QPointer<ScimFlow> self(this);
    SaveOutcome outcome;
    if (!canReachEntra(&outcome.error))
        co_return outcome;
    outcome.jobId = co_await ensureJob(&outcome.error);
    if (!self || !alive() || outcome.jobId.isEmpty())
        co_return outcome;
    entra::SignInSession *session = m_context.signedIn();
    const QString adminEmail = session ? session->preflight().identity.userPrincipalName : QString();
    entra::ProvisioningActionResult step = co_await m_provisioning->saveCredentials(url, token, adminEmail);
    if (!self || !alive())
        co_return outcome;
    if (step.ok)
        step = co_await m_provisioning->start(outcome.jobId);
    if (!self || !alive())
        co_return outcome;
    if (!step.ok) {
        outcome.error = step.error;
        co_return outcome;
    }
    const QString jobId = outcome.jobId;
    m_context.setup->update([&](SetupState &s) {
        s.synchronizationJobId = jobId;
        s.scimBaseAddress = url; // the token never goes here: the keychain keeps it
    });
    m_context.setup->markStepCompleted(SetupState::Step::Scim);
    outcome.ok = true;

    // Kept for later runs (quarantine fixes, token rotation) — only in the OS keychain.
    const SecretKey key = SecretKeys::scimToken(m_context.setup->state(), m_context.tenant());
    const QByteArray secret = token.toUtf8();
    const SecretResult stored = co_await m_context.secrets->write(key, secret);
    if (!self || !alive())
        co_return outcome;
    if (!stored.ok)
        outcome.keychainError = stored.error;
    co_return outcome;
}

} // namespace insightly
