#pragma once

#include "core/SetupKey.h"
#include "core/SetupState.h"
#include "core/UserMessage.h"
#include "entra/CloudEndpoints.h"
#include "entra/SignInSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

class SecretStore;
class SetupStateStore;
namespace entra {
class KeychainRefreshTokenStore;
}

// The saved session of a setup, for a run without a window (`--check`, `--plan`): chooses the saved setup (by
// tenant, by Insightly instance, else the most recently used), loads its state, picks the client registration
// it signed in with and restores the session from the refresh token in the keychain — never prompting. The
// outcome says whether the setup's Graph session is ready or, in `message()`, why it cannot be told.
class SavedSession : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString tenant;   // a tenant id with a saved setup; empty = by instance, else the most recent
        QUrl instance;    // Insightly: the Sign-in page URL or just its host
        QString clientId; // empty = the one the setup signed in with
        // No setup of `instance` yet: take the tenant's fresh setup (one with no Insightly instance), as a
        // plan before Step 2 does.
        bool freshSetupForNewInstance = false;
    };

    enum class Outcome {
        NoSetup,     // no saved setup matches the options
        Unreadable,  // the setup's saved state could not be loaded
        NotSignedIn, // no usable session in the keychain
        Restored,    // signed in silently: session() is ready
    };

    SavedSession(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                 entra::CloudEndpoints endpoints, QObject *parent = nullptr);
    ~SavedSession() override;

    // The saved setup `options` points at; empty with `*why` set when there is none.
    SetupKey chooseSetup(const Options &options, QString *why) const;

    // Chooses, loads and restores; the result is also kept in outcome(), state(), session() and message().
    QCoro::Task<Outcome> restore(Options options);

    Outcome outcome() const { return m_outcome; }
    SetupKey key() const { return m_key; }
    // The chosen setup's saved state (empty before a setup was loaded).
    const SetupState &state() const { return m_state; }
    // The signed-in session (Restored only; owned by this object).
    entra::SignInSession *session() const { return m_session.get(); }
    const entra::SignInOutcome &signIn() const { return m_signIn; }
    // Why the session cannot be used (empty when Restored): what happened and a generic action; callers
    // that name their own command replace the action.
    const UserMessage &message() const { return m_message; }
    // The stores it was given (null once they are gone): where the chosen setup's state and secrets live.
    SecretStore *secrets() const;
    SetupStateStore *setupStore() const;

private:
    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    QPointer<SetupStateStore> m_setup;
    entra::CloudEndpoints m_endpoints;
    std::shared_ptr<entra::KeychainRefreshTokenStore> m_refreshTokens;
    std::shared_ptr<entra::SignInSession> m_session;
    Outcome m_outcome = Outcome::NoSetup;
    SetupKey m_key;
    SetupState m_state;
    entra::SignInOutcome m_signIn;
    UserMessage m_message;
};

} // namespace insightly
