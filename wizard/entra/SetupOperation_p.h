#pragma once

// Plumbing shared by the Step 1/2 operations (not for pages).
#include "entra/GraphClient.h"
#include "entra/SetupOperation.h"

#include <QLoggingCategory>
#include <functional>
#include <qcorotask.h>

namespace insightly::entra {

Q_DECLARE_LOGGING_CATEGORY(lcSetupSteps) // insightly.entra.steps

namespace setupops {

// The failure of a Graph answer (cancel included).
OperationFailure failureOf(const GraphResult &result);
OperationFailure cancelledFailure();
OperationFailure failure(const QString &what, const QString &why, const QString &action,
                         const QString &code = {});
// Non-empty when the context cannot be used (no Graph client or store, or a required SetupState id missing).
OperationFailure missingInputs(const OperationContext &context, bool needsApp);

// A POST answered this way may have been carried out — no answer, 429 or a gateway/server error (a gateway
// timeout often hides a write that landed; https://learn.microsoft.com/graph/errors lists them as transient):
// a create must look for what it made before it posts again.
bool mayHaveLanded(const GraphResult &result);

// A request with the context's cancel token and the admin-is-waiting priority.
GraphRequest prepared(GraphRequest request, const OperationContext &context);

// One look at the wanted state: seen, not yet (404 / not there), or a failure that ends the wait.
struct Probe {
    bool seen = false;
    OperationFailure failure;
};

// The message for a wait that ran out (code steps.replication-timeout), from already translated sentences.
UserMessage replicationTimeout(const QString &what, const QString &why, const QString &action);

// Looks with `probe` (pauses from ConvergencePolicy::pauseAfterMisses) until it is seen `confirmations` times
// in a row (a miss starts the count again), within the policy's timeout. `describe(seen, needed)` is the
// progress sentence. On timeout the failure is `timeoutMessage`.
QCoro::Task<OperationFailure> waitUntilSeen(OperationContext context, int confirmations,
                                            std::function<QCoro::Task<Probe>()> probe,
                                            std::function<QString(int seen, int needed)> describe,
                                            UserMessage timeoutMessage, FirstLook first = FirstLook::Now);

// Waits `delay` unless cancelled. False when cancelled.
QCoro::Task<bool> pause(OperationContext context, std::chrono::milliseconds delay);

bool sameStrings(const QStringList &a, const QStringList &b, Qt::CaseSensitivity cs = Qt::CaseSensitive);
QStringList stringsOf(const QJsonValue &array);

} // namespace setupops
} // namespace insightly::entra
