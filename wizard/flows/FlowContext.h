#pragma once

#include "entra/SetupOperation.h"

#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace insightly {

class SecretStore;
class SetupStateStore;

namespace entra {
class GraphClient;
class SignInSession;
} // namespace entra

// The services a flow works with, without widgets: the network manager, the keychain, the setup store, the
// signed-in session (looked up when needed: a new sign-in replaces it) and the tenant the admin named.
// The wizard builds one from its WizardContext; tests build their own.
struct FlowContext {
    QPointer<QNetworkAccessManager> network;
    QPointer<SecretStore> secrets;
    QPointer<SetupStateStore> setup;
    std::function<entra::SignInSession *()> session; // null (or answering null) before sign-in
    std::function<QString()> namedTenant;            // the tenant the admin named; may be empty

    entra::SignInSession *signedIn() const;
    entra::GraphClient *graph() const; // the session's Graph client; null before sign-in
    QString tenant() const;            // the signed-in tenant id, else the one named

    // The OperationContext the entra/ operations take, with the flow's cancel token and progress sentence.
    entra::OperationContext operation(entra::CancelToken *cancel,
                                      std::function<void(const QString &)> progress,
                                      const entra::ConvergencePolicy &convergence) const;
    // tenant(), saved into SetupState when SetupState has none yet (every operation reads it from there).
    QString ensureSetupTenant() const;
};

} // namespace insightly
