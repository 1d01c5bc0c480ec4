#pragma once

#include "entra/SetupOperation.h"
#include "pages/ScimCredentialFlow.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QPushButton;

namespace insightly {

class FailurePanel;
class ScimStatusPanel;
class ScimTestResults;

// Re-run: a new SCIM token for the existing setup. Insightly's Regenerate cancels the old token at once
// (reference §D), so provisioning fails until the new one is in Entra: the admin regenerates it in Insightly,
// pastes it here, the wizard tests it (its own probe and Entra's Test Connection) and saves it in Entra only
// when Entra accepted it — otherwise Entra keeps the previous credentials. The token goes to the keychain,
// never to SetupState; the provisioning job's status is shown afterwards.
class RotateScimTokenPage : public StepPage
{
    Q_OBJECT
public:
    explicit RotateScimTokenPage(WizardContext &context, QWidget *parent = nullptr);
    ~RotateScimTokenPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void setProbeOptions(const ScimProbeOptions &options);
    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    bool isBusy() const { return m_busy; }
    bool isSaved() const { return m_saved; }
    const ScimCredentialFlow::TestOutcome &lastTest() const { return m_lastTest; }
    ScimStatusPanel *statusPanel() const { return m_status; }

public Q_SLOTS:
    void cancel();

private:
    QCoro::Task<> findSetup();
    QCoro::Task<> testAndSave();
    bool validateToken(QString *token);
    void setBusy(bool busy, const QString &progress = {});
    void watchStatus();
    bool alive() const { return !m_destroying; }

    QLabel *m_steps = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_paste = nullptr;
    QLabel *m_tokenMessage = nullptr;
    QPushButton *m_testSave = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_progress = nullptr;
    FailurePanel *m_failure = nullptr;
    QLabel *m_result = nullptr;
    ScimTestResults *m_results = nullptr;
    ScimStatusPanel *m_status = nullptr;
    ScimCredentialFlow *m_flow = nullptr;
    QPointer<entra::CancelToken> m_findCancel;

    entra::ConvergencePolicy m_convergence;
    ScimCredentialFlow::TestOutcome m_lastTest;
    bool m_busy = false;
    bool m_saved = false;
    bool m_initialized = false;
    bool m_destroying = false;
};

} // namespace insightly
