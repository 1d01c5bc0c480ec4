#include "flows/ScimTokenRotationFlow.h"

#include "flows/InsightlyJournal.h"

#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/GalleryApplication.h"
#include "flows/FlowLog.h"
#include "insightly/ScimInputs.h"

namespace insightly {

ScimTokenRotationFlow::ScimTokenRotationFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_scim(new ScimFlow(std::move(context), this))
{
}

ScimTokenRotationFlow::~ScimTokenRotationFlow()
{
    m_destroying = true;
    cancel();
}

void ScimTokenRotationFlow::cancel()
{
    if (m_findCancel)
        m_findCancel->cancel();
    m_scim->cancel();
}

void ScimTokenRotationFlow::setRunning(bool running, const QString &sentence)
{
    m_running = running;
    Q_EMIT progressChanged(sentence);
    Q_EMIT runningChanged(running);
}

QCoro::Task<> ScimTokenRotationFlow::findSetup()
{
    m_context.ensureSetupTenant();
    if (!m_context.setup->state().servicePrincipalId.isEmpty() || !m_context.signedIn())
        co_return;
    QPointer<ScimTokenRotationFlow> self(this);
    auto *token = new entra::CancelToken(this);
    m_findCancel = token;
    setRunning(true, tr("Looking for the existing setup…"));
    auto progress = [self](const QString &sentence) {
        if (self && self->alive())
            Q_EMIT self->progressChanged(sentence);
    };
    const entra::GalleryApplicationResult app =
        co_await entra::GalleryApplication::findExisting(m_context.operation(token, progress, m_convergence));
    if (!self || !alive())
        co_return;
    token->deleteLater();
    setRunning(false);
    if (app.outcome == entra::GalleryApplicationResult::Outcome::ChooseOne) {
        UserMessage several;
        several.what = tr("Several Insightly SAML applications exist in this tenant.");
        several.action = tr("Run a new setup and choose the application in step 1; then rotate its token.");
        several.code = QStringLiteral("rotate.several-apps");
        Q_EMIT failed(several);
    } else if (app.failed() && !app.cancelled) {
        Q_EMIT failed(app.error);
    }
}

QCoro::Task<ScimTokenRotationFlow::Outcome> ScimTokenRotationFlow::testAndSave(QUrl url, QString token)
{
    Outcome outcome;
    if (m_running)
        co_return outcome;
    if (!m_scim->canReachEntra(&outcome.problem)) {
        outcome.result = Result::CannotReachEntra;
        co_return outcome;
    }
    QPointer<ScimTokenRotationFlow> self(this);
    if (!m_askRecorded) {
        m_askRecorded = true;
        InsightlyJournal(m_context.setup).askedToRegenerateToken(url);
    }
    m_lastTest = {};
    setRunning(true, tr("Testing the new token from this computer and from Microsoft Entra…"));
    m_lastTest = co_await m_scim->test(url, token);
    if (!self || !alive())
        co_return outcome;
    if (m_lastTest.probe.cancelled) {
        outcome.result = Result::Cancelled;
        setRunning(false, tr("Cancelled. Nothing was saved in Microsoft Entra."));
        co_return outcome;
    }
    if (!m_lastTest.entraPassed()) {
        // The cause the probe names (e.g. the token refused) is the most specific; else Entra's reading.
        outcome.result = Result::TestFailed;
        outcome.problem = m_lastTest.probe.firstFailure();
        if (outcome.problem.isEmpty())
            outcome.problem = m_lastTest.entraRan ? m_lastTest.entra.reading : m_lastTest.entraProblem;
        outcome.summary =
            tr("Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret "
               "Token. If you already clicked Regenerate in Insightly, the previous token no longer "
               "works — paste the new one and test again.");
        setRunning(false);
        co_return outcome;
    }
    setRunning(true, tr("Saving the new token in Microsoft Entra and starting provisioning…"));
    const ScimFlow::SaveOutcome saved = co_await m_scim->saveAndStart(url, token);
    if (!self || !alive())
        co_return outcome;
    if (!saved.ok) {
        outcome.result = Result::SaveFailed;
        outcome.problem = saved.error;
        outcome.summary =
            tr("The new token passed the tests but was not saved: Entra may still hold the previous "
               "one. Test and save again.");
        setRunning(false);
        co_return outcome;
    }
    outcome.result = Result::Saved;
    // The token's age (--check --max-token-age) counts from the last time a token was saved.
    m_context.setup->markStepCompleted(SetupState::Step::Scim);
    outcome.keychainError = saved.keychainError;
    outcome.summary = tr("Saved: Microsoft Entra provisions Insightly with the new token (%1).")
                          .arg(ScimInputs::maskedToken(token));
    qCInfo(lcFlows) << "SCIM token rotated";
    setRunning(false, tr("The SCIM token is rotated."));
    co_return outcome;
}

} // namespace insightly
