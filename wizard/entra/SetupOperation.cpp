#include "entra/SetupOperation_p.h"

#include "core/SetupStateStore.h"
#include "entra/ErrorCatalog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <algorithm>

namespace insightly::entra {

Q_LOGGING_CATEGORY(lcSetupSteps, "insightly.entra.steps")

std::chrono::milliseconds ConvergencePolicy::pauseAfterMisses(int misses) const
{
    const double first = double(std::max<qint64>(0, pollInterval.count()));
    const double cap = maxPollInterval.count() > 0 ? double(maxPollInterval.count()) : 8 * first;
    double pause = first;
    for (int i = 1; i < misses && pause < cap; ++i)
        pause *= std::max(1.0, pollBackoff);
    return std::chrono::milliseconds(qint64(std::min(pause, std::max(first, cap))));
}

namespace setupops {

OperationFailure failureOf(const GraphResult &result)
{
    if (result.cancelled)
        return cancelledFailure();
    OperationFailure failed;
    failed.error = result.userMessage();
    return failed;
}

OperationFailure cancelledFailure()
{
    OperationFailure failed;
    failed.cancelled = true;
    failed.error = ErrorCatalog::cancelled();
    return failed;
}

OperationFailure failure(const QString &what, const QString &why, const QString &action, const QString &code)
{
    OperationFailure failed;
    failed.error.what = what;
    failed.error.why = why;
    failed.error.action = action;
    failed.error.code = code;
    return failed;
}

UserMessage replicationTimeout(const QString &what, const QString &why, const QString &action)
{
    return makeUserMessage("steps.replication-timeout", what, why, action);
}

OperationFailure missingInputs(const OperationContext &context, bool needsApp)
{
    if (!context.graph || !context.setup)
        return failure(
            QCoreApplication::translate("SetupOperation", "The wizard is not signed in to Microsoft Entra."),
            QCoreApplication::translate("SetupOperation", "The sign-in session ended or was replaced."),
            QCoreApplication::translate("SetupOperation", "Go back to the sign-in step and sign in again."),
            QStringLiteral("steps.no-session"));
    if (context.isCancelled())
        return cancelledFailure();
    const SetupState &state = context.setup->state();
    if (needsApp &&
        (state.servicePrincipalId.isEmpty() || state.appObjectId.isEmpty() || state.appId.isEmpty()))
        return failure(
            QCoreApplication::translate("SetupOperation", "The Insightly SAML application is not known yet."),
            QCoreApplication::translate("SetupOperation",
                                        "This step changes the enterprise application created in Step 1."),
            QCoreApplication::translate(
                "SetupOperation",
                "Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first."),
            QStringLiteral("steps.no-application"));
    return {};
}

bool mayHaveLanded(const GraphResult &result)
{
    return result.status == 0 || result.status == 429 || result.status >= 500;
}

GraphRequest prepared(GraphRequest request, const OperationContext &context)
{
    request.cancel = context.cancel;
    request.highPriority = true;
    return request;
}

QCoro::Task<bool> pause(OperationContext context, std::chrono::milliseconds delay)
{
    const bool slept = co_await sleepUnlessCancelled(delay, context.cancel);
    co_return slept && !context.isCancelled();
}

QCoro::Task<OperationFailure> waitUntilSeen(OperationContext context, int confirmations,
                                            std::function<QCoro::Task<Probe>()> probe,
                                            std::function<QString(int seen, int needed)> describe,
                                            UserMessage timeoutMessage, FirstLook first)
{
    const int needed = std::max(1, confirmations);
    const QDeadlineTimer deadline(context.convergence.timeout);
    int seen = 0;
    int misses = first == FirstLook::AfterPause ? 1 : 0;
    for (bool look = first == FirstLook::Now;; look = true) {
        if (look) {
            if (context.isCancelled())
                co_return cancelledFailure();
            const Probe answer = co_await probe();
            if (answer.failure.failed())
                co_return answer.failure;
            seen = answer.seen ? seen + 1 : 0;
            misses = answer.seen ? 0 : misses + 1;
            context.report(describe(seen, needed));
            if (seen >= needed)
                co_return OperationFailure{};
            if (deadline.hasExpired()) {
                OperationFailure timedOut;
                timedOut.error = timeoutMessage;
                co_return timedOut;
            }
        }
        // A confirmation look follows at the first interval; a miss waits longer each time.
        const auto delay =
            misses > 0 ? context.convergence.pauseAfterMisses(misses) : context.convergence.pollInterval;
        if (!co_await pause(context, delay))
            co_return cancelledFailure();
    }
}

bool sameStrings(const QStringList &a, const QStringList &b, Qt::CaseSensitivity cs)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).compare(b.at(i), cs) != 0)
            return false;
    return true;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace setupops
} // namespace insightly::entra
