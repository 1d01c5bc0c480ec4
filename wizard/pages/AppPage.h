#pragma once

#include "flows/AppFlow.h"
#include "pages/StepPage.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace insightly {

class ChangePlanPanel;
class FailurePanel;
class InfoLabel;

// Step 1, the page of AppFlow (find or add the Insightly SAML enterprise application, never a second one):
// starts on entering, once its "What will change" plan has been read (so the journal can say whether what
// ran matched the plan); Cancel stops it; when several apps exist the admin chooses one here.
class AppPage : public StepPage
{
    Q_OBJECT
public:
    explicit AppPage(WizardContext &context, QWidget *parent = nullptr);
    ~AppPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Tests shorten Entra's replication wait.
    void setConvergencePolicy(const entra::ConvergencePolicy &policy)
    {
        m_flow->setConvergencePolicy(policy);
    }
    bool isRunning() const { return m_flow->isRunning(); }
    // Step 1's "What will change" panel.
    ChangePlanPanel *changePlan() const { return m_plan; }

private:
    void start();
    void showRunning();
    void showResult(const entra::GalleryApplicationResult &result);

    AppFlow *m_flow;
    ChangePlanPanel *m_plan = nullptr;
    bool m_startWhenPlanRead = false;

    InfoLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancelButton = nullptr;
    InfoLabel *m_result = nullptr;
    QComboBox *m_candidates = nullptr;
    QPushButton *m_choose = nullptr;
    FailurePanel *m_failure = nullptr;
};

} // namespace insightly
