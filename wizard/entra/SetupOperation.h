#pragma once

#include "core/UserMessage.h"
#include "entra/CancelToken.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>
#include <chrono>
#include <functional>

namespace insightly {
class SetupStateStore;
}

namespace insightly::entra {

class GraphClient;

// How long and how often the Step 1/2 operations wait for Entra's replication: the pauses between looks
// start at `pollInterval` and grow `pollBackoff` times each (at most `maxPollInterval`) until the wanted
// state is seen `confirmations` times in a row, at most `timeout`. Creating an app "is not instant":
// Microsoft suggests reading it back until it answers
// (https://learn.microsoft.com/graph/application-saml-sso-configure-api). One sighting ends the wait: a
// later request that still meets a lagging replica is retried by GraphClient (ConsistencyRetry), so more
// looks would only add round trips to the admin's wait. Tests shrink the intervals.
struct ConvergencePolicy {
    std::chrono::milliseconds pollInterval{2000};
    double pollBackoff = 3.0;
    std::chrono::milliseconds maxPollInterval{0}; // 0 = 8 × pollInterval
    int confirmations = 1;
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};

    // The pause after `misses` looks in a row that did not see the wanted state (1, 2, …).
    std::chrono::milliseconds pauseAfterMisses(int misses) const;
    // 400 HostNameNotOnVerifiedDomain right after SAML mode was turned on (the SAML exemption from the
    // verified-domain rule holds once that mode has replicated:
    // https://learn.microsoft.com/entra/identity-platform/reference-breaking-changes): retried from
    // `hostNameRetryInitial`, each pause `pollBackoff` times the one before (capped at 30 s), for at most
    // `hostNameRetryBudget`.
    std::chrono::milliseconds hostNameRetryInitial{5000};
    std::chrono::milliseconds hostNameRetryBudget{std::chrono::minutes(2)};
    // The app saved in SetupState answers 404: it may be a fresh one that has not replicated yet (a crash
    // right after instantiate) or one deleted since. Looked at again for this long before it counts as
    // deleted — never create a second app because of a slow replica.
    std::chrono::milliseconds savedAppGrace{std::chrono::minutes(1)};
    // A create answered without a clear outcome (no answer, 429, 5xx) may have landed on a replica the next
    // reads do not see yet: it is looked for, every pollInterval, for this long before it is sent again.
    std::chrono::milliseconds landedGrace{std::chrono::minutes(1)};
};

// What every Step 1/2 operation (GalleryLookup, GalleryApplication, SamlConfiguration, CertificateReader,
// SigningCertificates, CertificateActivation, CertificateCleanup, SamlHandoffFiles, AdminAssignment) is
// given. Passed BY VALUE into the coroutines, which hold no `this`: the caller may go away at any time —
// cancel the token first, the coroutine then returns `cancelled` at its next step without touching anything.
// Graph and the store are QPointers; when one is gone the operation fails.
//
// The ids of the Insightly SAML app are read from and written to `setup->state()` (appObjectId, appId,
// servicePrincipalId, tenantId, certificateThumbprint…): SetupState is the single source of truth, saved
// as soon as Entra answered, so that a crash resumes instead of creating a second app or certificate.
struct OperationContext {
    QPointer<GraphClient> graph;             // the signed-in session's client (SignInSession::graph())
    QPointer<SetupStateStore> setup;         // WizardContext::setup()
    QPointer<QNetworkAccessManager> network; // for the plain (token-less) metadata download only
    QPointer<CancelToken> cancel;            // may be null
    // One sentence per stage, translated ("Waiting for Microsoft Entra… seen 3 of 5 times"). Called on the
    // caller's thread, synchronously; the callee must not delete the operation's inputs from inside it.
    std::function<void(const QString &sentence)> progress;
    ConvergencePolicy convergence;

    // Cancelled, or the signed-in client is gone (the wizard closed mid-operation): going on would call into
    // a deleted object.
    bool isCancelled() const { return entra::isCancelled(cancel) || graph.isNull(); }
    void report(const QString &sentence) const
    {
        if (progress)
            progress(sentence);
    }
};

// The common tail of every result: empty error + not cancelled = success.
struct OperationFailure {
    UserMessage error;      // what/why/action + request-id (GraphErrors::explain via GraphResult)
    bool cancelled = false; // the CancelToken fired; `error` is then ErrorCatalog::cancelled()

    bool failed() const { return cancelled || !error.isEmpty(); }
};

namespace setupops {

// Whether the first look of a wait is sent at once (a change that may already be readable) or only after the
// first pause (an object created a moment ago: the look at once would only find it missing).
enum class FirstLook { Now, AfterPause };

} // namespace setupops

} // namespace insightly::entra
