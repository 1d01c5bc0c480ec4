#include "flows/AppFlow.h"

#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "flows/FlowLog.h"

namespace insightly {

AppFlow::AppFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

AppFlow::~AppFlow()
{
    // The operation holds no pointer to this flow; cancelling lets it end at its next step. That may resume
    // the coroutine at once, inside this destructor: it then stops (m_closing) instead of signalling.
    m_closing = true;
    cancel();
}

void AppFlow::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QCoro::Task<entra::GalleryApplicationResult> AppFlow::run()
{
    return execute(std::nullopt);
}

QCoro::Task<entra::GalleryApplicationResult> AppFlow::choose(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return execute(std::nullopt);
    return execute(m_candidates.at(index));
}

QCoro::Task<entra::GalleryApplicationResult>
AppFlow::execute(std::optional<entra::InsightlyApplication> choice)
{
    QPointer<AppFlow> self(this);
    entra::GalleryApplicationResult result;
    if (isRunning())
        co_return result;
    m_context.ensureSetupTenant();
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    m_done = false;
    Q_EMIT started();
    Q_EMIT progressChanged(tr("Looking for the Insightly SAML application…"));
    auto progress = [self](const QString &sentence) {
        if (self && !self->m_closing)
            Q_EMIT self->progressChanged(sentence);
    };
    const entra::OperationContext operation = m_context.operation(token, progress, m_convergence);
    if (choice)
        result = co_await entra::GalleryApplication::choose(operation, *choice);
    else
        result = co_await entra::GalleryApplication::ensure(operation);
    if (!self || m_closing)
        co_return result;
    token->deleteLater();
    m_cancel.clear();
    using Outcome = entra::GalleryApplicationResult::Outcome;
    if (result.outcome == Outcome::ChooseOne)
        m_candidates = result.candidates;
    // Only an app this wizard added may later be removed by it ("Remove what this wizard created").
    if (result.outcome == Outcome::Created && m_context.setup)
        m_context.setup->update([](SetupState &state) { state.appCreatedByWizard = true; });
    m_done = result.ok() && result.outcome != Outcome::ChooseOne;
    if (result.failed())
        qCWarning(lcFlows) << "Step 1 failed:" << result.error.code << result.error.requestId;
    Q_EMIT finished(result);
    co_return result;
}

} // namespace insightly
