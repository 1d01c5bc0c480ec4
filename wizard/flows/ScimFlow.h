#pragma once

#include "core/SecretStore.h"
#include "core/UserMessage.h"
#include "entra/Provisioning.h"
#include "flows/FlowContext.h"
#include "insightly/ScimProbe.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <qcorotask.h>

namespace insightly {

// Step 3 — testing and saving Insightly's SCIM Tenant URL and Secret Token in Entra (also the heart of the
// SCIM token rotation): the wizard's own probe and Entra's Test Connection side by side, then saveCredentials
// + start, the job id and Tenant URL in SetupState (Step::Scim), and the token in the OS keychain only
// (SecretKeys::scimToken). Resumes from SetupState: a job saved by an earlier run is reused, never doubled.
class ScimFlow : public QObject
{
    Q_OBJECT
public:
    struct TestOutcome {
        ScimProbeReport probe;
        entra::CredentialTestResult entra;
        bool entraRan = false;
        UserMessage entraProblem; // why Entra's test could not run (not signed in, no app, no job)

        bool entraPassed() const { return entraRan && entra.passed; }
    };
    struct SaveOutcome {
        bool ok = false;
        QString jobId;
        UserMessage error;         // nothing was saved, or the job did not start
        UserMessage keychainError; // saved in Entra, but the token could not be kept in the keychain
    };

    explicit ScimFlow(FlowContext context, QObject *parent = nullptr);
    ~ScimFlow() override;

    void setProbeOptions(const ScimProbeOptions &options) { m_probeOptions = options; }
    // Signed in, and the Insightly SAML app known: Entra's side can run. Otherwise `why` says what to do.
    bool canReachEntra(UserMessage *why) const;
    // Both tests at once; each probe row and Entra's answer are signalled as they arrive.
    QCoro::Task<TestOutcome> test(QUrl url, QString token);
    // Only after Entra's test passed: saves the credentials, starts (or restarts a quarantined) job, records
    // the job and the Tenant URL in SetupState (Step::Scim) and the token in the keychain.
    QCoro::Task<SaveOutcome> saveAndStart(QUrl url, QString token);

public Q_SLOTS:
    void cancel(); // aborts the probe and the Entra requests in flight

Q_SIGNALS:
    void testStarted();
    void probeCheckFinished(const insightly::ScimCheck &check);
    void entraTestStarted();
    void testFinished(const insightly::ScimFlow::TestOutcome &outcome);

private:
    QCoro::Task<QString> ensureJob(UserMessage *error);
    bool alive() const { return !m_destroying; }

    FlowContext m_context;
    ScimProbeOptions m_probeOptions;
    std::unique_ptr<entra::Provisioning> m_provisioning;
    QPointer<ScimProbe> m_probe;
    bool m_destroying = false;
    bool m_askRecorded = false; // the journal says once per flow what the admin was asked in Insightly
};

} // namespace insightly
