#pragma once

#include "flows/ScimTokenRotationFlow.h"
#include "pages/StepPage.h"

#include <qcorotask.h>

class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace insightly {

class FailurePanel;
class InsightlyTab;
class ScimCredentialsForm;
class ScimStatusPanel;
class ScimTestResults;

// Re-run: a new SCIM token for the existing setup — the page of ScimTokenRotationFlow, which tests the token
// and saves it in Entra only when Entra accepted it. The page says where to regenerate the token in
// Insightly, takes it in the shared ScimCredentialsForm, shows both tests and, once saved, the provisioning
// job's status. Insightly itself is in a tab of the page (the wizard's shared InsightlyTab when one is given,
// so that the admin stays signed in to Insightly; else the page's own), opened at the SAML and SCIM settings
// the first time the admin shows it.
class RotateScimTokenPage : public StepPage
{
    Q_OBJECT
public:
    explicit RotateScimTokenPage(WizardContext &context, InsightlyTab *insightlyTab = nullptr,
                                 QWidget *parent = nullptr);
    ~RotateScimTokenPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void setProbeOptions(const ScimProbeOptions &options);
    void setConvergencePolicy(const entra::ConvergencePolicy &policy)
    {
        m_flow->setConvergencePolicy(policy);
    }
    bool isBusy() const { return m_flow->isRunning(); }
    bool isSaved() const { return m_saved; }
    const ScimFlow::TestOutcome &lastTest() const { return m_flow->lastTest(); }
    ScimStatusPanel *statusPanel() const { return m_status; }

public Q_SLOTS:
    void cancel();

private:
    QCoro::Task<> testAndSave();
    void showProgress(const QString &sentence);
    void updateControls();
    void watchStatus();
    bool alive() const { return !m_destroying; }

    ScimTokenRotationFlow *m_flow;
    InsightlyTab *m_insightly;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_steps = nullptr;
    ScimCredentialsForm *m_form = nullptr;
    QPushButton *m_testSave = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_progress = nullptr;
    FailurePanel *m_failure = nullptr;
    QLabel *m_result = nullptr;
    ScimTestResults *m_results = nullptr;
    ScimStatusPanel *m_status = nullptr;
    bool m_saved = false;
    bool m_initialized = false;
    bool m_destroying = false;
};

} // namespace insightly
