#pragma once

#include "core/SetupState.h"
#include "entra/SetupOperation.h"
#include "entra/SigningCertificates.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <functional>
#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace insightly {

class FailurePanel;
class InsightlyHandoffPanel;
class InsightlyTab;
class SignInTestPanel;

// Re-run: rotate the SAML signing certificate of an existing setup (reference §E). Insightly holds one
// certificate, so the rotation is a short cut-over: a new certificate is created inactive and exported (with
// the current one, for a rollback), the admin uploads it in the Insightly tab, activates it here at once,
// tests one sign-in, then removes the old certificate — or rolls back to it. Each step is saved in
// SetupState::certificateRotation, so an interrupted rotation resumes where it stopped.
class RotateCertificatePage : public StepPage
{
    Q_OBJECT
public:
    enum class Stage {
        Reading,    // looking for the setup and its certificates
        NoSetup,    // no app or no active certificate: nothing to rotate (the failure panel says why)
        Ready,      // the current certificate is shown; no new one yet
        Created,    // a new inactive certificate exists and was exported: upload it, then activate
        Activated,  // the new one signs; test, then remove the old one (or roll back)
        Removed,    // done: only the new certificate is left
        RolledBack, // the previous certificate signs again
    };
    Q_ENUM(Stage)

    RotateCertificatePage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~RotateCertificatePage() override;

    void initializePage() override;
    bool isComplete() const override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy);
    Stage stage() const { return m_stage; }
    bool isRunning() const { return !m_cancel.isNull(); }
    QString previousThumbprint() const { return m_previousThumbprint; }
    QString newThumbprint() const { return m_newThumbprint; }
    QString certificatePath() const { return m_newCertificatePath; }
    QString previousCertificatePath() const { return m_previousCertificatePath; }
    SignInTestPanel *signInTest() const { return m_test; }

private:
    // RotateCertificateActions.cpp: the operations, each saved in SetupState as soon as Entra answered.
    QCoro::Task<> load();
    QCoro::Task<> create();
    QCoro::Task<bool> exportFiles();
    QCoro::Task<> activate();
    QCoro::Task<> removeOld();
    QCoro::Task<> rollback();
    // A new cancel token, busy state and progress sentence for one operation.
    entra::OperationContext begin(const QString &sentence);
    // Ends the operation begun; shows its failure (not a cancel). True when it succeeded.
    bool end(const entra::OperationFailure &result);
    bool alive() const { return !m_destroying; }
    void saveRotation(const std::function<void(SetupState::CertificateRotation &)> &change);

    void setStage(Stage stage);
    void showCurrent(const entra::CertificateInventory &inventory);
    void updateControls();
    void chooseFolder();

    InsightlyTab *m_insightly;
    QLabel *m_current = nullptr;
    QSpinBox *m_validityYears = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    FailurePanel *m_failure = nullptr;
    QLabel *m_exported = nullptr;
    QLabel *m_cutover = nullptr;
    InsightlyHandoffPanel *m_handoff = nullptr;
    QPushButton *m_activate = nullptr;
    SignInTestPanel *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_rollback = nullptr;
    QLabel *m_result = nullptr;

    QPointer<entra::CancelToken> m_cancel;
    entra::ConvergencePolicy m_convergence;
    Stage m_stage = Stage::Reading;
    QString m_previousThumbprint;
    QString m_newThumbprint;
    QString m_newCertificatePath;
    QString m_previousCertificatePath;
    bool m_initialized = false;
    bool m_destroying = false; // a cancelled operation may resume inside the destructor: touch nothing then
};

} // namespace insightly
