#pragma once

#include "core/UserMessage.h"
#include "entra/CloudEndpoints.h"
#include "entra/SamlHandoffFiles.h"
#include "entra/SetupOperation.h"
#include "entra/SigningCertificates.h"
#include "flows/FlowContext.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>
#include <qcorotask.h>

namespace insightly {

class CertificateHandoff;

class SignInTestFlow;

// Step 2 of a first setup, without widgets: SAML single sign-on on the app (Identifier and Reply URL =
// Insightly's Sign-in page URL), an active signing certificate (validity and expiry e-mails chosen by the
// admin), the hand-off files (Certificate (Base64) and Federation Metadata XML) written to a folder, then the
// sign-in test's verdict (SignInTestFlow, bound with followSignInTest()) and the admin's confirmation that
// Enforce SAML Login is saved in Insightly. The stage says where the step is; statusSentence() is derived
// from it, so the page never shows a sentence that went stale.
//
// Resumption: every Entra operation reads first and writes only what is missing, so configure() on a new
// flow converges without a second certificate. When SetupState shows that the kept certificate was already
// proven by a passing sign-in test and Enforce SAML Login was confirmed, the flow resumes at Enforced.
class SamlSetupFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        NotStarted,  // nothing run yet in this flow
        Configuring, // SAML and the certificate are being set (isRunning())
        Configured,  // SAML and an active certificate; the files are not written yet
        Exported,    // the files are written: upload the certificate in Insightly, then test
        Tested,      // the sign-in test passed: tick Enforce SAML Login in Insightly and confirm
        Enforced,    // done: the step is complete
    };
    Q_ENUM(Stage)

    SamlSetupFlow(FlowContext context, entra::CloudEndpoints endpoints, QObject *parent = nullptr);
    ~SamlSetupFlow() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    // Where the hand-off files go (the wizard's own files there are replaced on a re-run).
    void setExportFolder(const QString &folder) { m_folder = folder; }
    QString exportFolder() const { return m_folder; }

    Stage stage() const { return m_stage; }
    bool isRunning() const { return !m_cancel.isNull(); }
    bool isComplete() const { return m_stage == Stage::Enforced && !isRunning(); }
    bool isConfigured() const { return m_stage >= Stage::Configured; }
    // True when the last configure() kept the active certificate (nothing new to upload).
    bool certificateKept() const { return m_certificateKept; }
    entra::SamlPanelValues panelValues() const { return m_panel; }
    QString certificatePath() const { return m_certificatePath; }
    QString metadataPath() const { return m_metadataPath; }
    // One sentence for the page, derived from the stage (and whether the last run failed or was cancelled).
    QString statusSentence() const;

    // The expiry e-mails to propose: those saved by an earlier run, else the signed-in admin's address.
    QStringList proposedNotificationEmails() const;
    // "a@x, b@y,," → {"a@x", "b@y"}.
    static QStringList parseEmails(const QString &text);

    // Turns SAML on, ensures an active certificate valid long enough, then writes the files.
    QCoro::Task<> configure(int validityDays, QStringList notificationEmails);
    // Writes the files again (into exportFolder()). False when they were not written.
    QCoro::Task<bool> exportFiles();

    // Follows the verdicts of the step's sign-in test: a pass moves to Tested, a failure back to Exported,
    // the admin's confirmation of Enforce SAML Login to Enforced.
    void followSignInTest(SignInTestFlow *test);
    // Records in the setup's journal what Insightly's settings page shows as the hand-off learns it.
    void followHandoff(CertificateHandoff *handoff);

public Q_SLOTS:
    void signInTestFinished(bool passed);
    void enforceConfirmed();
    void cancel(); // the running operation stops at its next step

Q_SIGNALS:
    void stageChanged(insightly::SamlSetupFlow::Stage stage);
    void runningChanged(bool running);
    void progressChanged(const QString &sentence); // while running; statusChanged() after
    void statusChanged(const QString &sentence);   // statusSentence() changed
    void failed(const insightly::UserMessage &message);
    void failureCleared();
    void panelValuesChanged(const insightly::entra::SamlPanelValues &values);
    void filesExported(const QString &certificatePath, const QString &metadataPath);
    void folderRefused(); // the export folder is empty or cannot be made

private:
    enum class Ending { Done, Failed, Cancelled };
    entra::OperationContext begin(const QString &sentence);
    bool end(const entra::OperationFailure &result);
    void setStage(Stage stage);
    bool provenBefore() const;
    // `listed`: the certificate as the step just read it from Entra (exported without reading it again).
    QCoro::Task<bool> exportFiles(std::optional<entra::TokenSigningCertificate> listed);

    FlowContext m_context;
    entra::CloudEndpoints m_endpoints;
    entra::ConvergencePolicy m_convergence;
    QPointer<entra::CancelToken> m_cancel;
    Stage m_stage = Stage::NotStarted;
    Ending m_lastEnding = Ending::Done;
    QString m_folder;
    entra::SamlPanelValues m_panel;
    QString m_certificatePath;
    QString m_metadataPath;
    bool m_certificateKept = false;
    bool m_destroying = false; // a cancelled operation may resume inside the destructor: touch nothing then
};

} // namespace insightly
