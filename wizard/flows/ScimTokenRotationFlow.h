#pragma once

#include "core/UserMessage.h"
#include "entra/SetupOperation.h"
#include "flows/FlowContext.h"
#include "flows/ScimFlow.h"

#include <QObject>
#include <QPointer>
#include <qcorotask.h>

namespace insightly {

// Re-run: a new SCIM token for the existing setup. Insightly's Regenerate cancels the old token at once, so
// provisioning fails until the new one is in Entra: the new token is tested (the wizard's probe and Entra's
// Test Connection, through ScimFlow) and saved in Entra only when Entra accepted it — otherwise Entra keeps
// the previous credentials. Finds the setup's app when SetupState does not know it (another computer, a lost
// state file). The token goes to the keychain, never to SetupState.
class ScimTokenRotationFlow : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Saved,           // Entra holds the new token and provisioning runs
        TestFailed,      // nothing saved: Entra keeps the previous credentials
        SaveFailed,      // the tests passed, the save did not
        Cancelled,       // nothing saved
        CannotReachEntra // not signed in, or no app: nothing ran
    };
    Q_ENUM(Result)
    struct Outcome {
        Result result = Result::Cancelled;
        UserMessage problem;       // why, for every result but Saved
        UserMessage keychainError; // Saved, but the token is not kept in the keychain
        QString summary;           // one sentence for the page
    };

    explicit ScimTokenRotationFlow(FlowContext context, QObject *parent = nullptr);
    ~ScimTokenRotationFlow() override;

    ScimFlow *credentials() const { return m_scim; } // its test signals show the probe rows as they arrive
    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    bool isRunning() const { return m_running; }
    const ScimFlow::TestOutcome &lastTest() const { return m_lastTest; }

    // The app of the existing setup, looked up when SetupState does not know it. Failures go to failed().
    QCoro::Task<> findSetup();
    // Tests the new token and, only when Entra accepted it, saves it and starts provisioning.
    QCoro::Task<Outcome> testAndSave(QUrl url, QString token);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(const QString &sentence);
    void failed(const insightly::UserMessage &message);

private:
    void setRunning(bool running, const QString &sentence = {});
    bool alive() const { return !m_destroying; }

    FlowContext m_context;
    ScimFlow *m_scim;
    entra::ConvergencePolicy m_convergence;
    QPointer<entra::CancelToken> m_findCancel;
    ScimFlow::TestOutcome m_lastTest;
    bool m_running = false;
    bool m_destroying = false;
    bool m_askRecorded = false; // the journal says once per flow what the admin was asked in Insightly
};

} // namespace insightly
