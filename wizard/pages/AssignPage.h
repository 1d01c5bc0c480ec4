#pragma once

#include "pages/StepPage.h"

class QLabel;
class QTabWidget;

namespace insightly {

class AssignFlow;
class AssignPickerPanel;
class AssignedUsersPanel;
class FailurePanel;
class LockoutCheckPanel;
class ScimStatusPanel;

// Step 4: assign users and groups — the page of AssignFlow. One tab per job: find and assign
// (AssignPickerPanel), who is assigned with provision on demand (AssignedUsersPanel), the provisioning job's
// status (ScimStatusPanel) and the lockout check (LockoutCheckPanel). A line above the tabs always says what
// is true now. Complete once someone is assigned and nothing runs.
class AssignPage : public StepPage
{
    Q_OBJECT
public:
    explicit AssignPage(WizardContext &context, QWidget *parent = nullptr);
    ~AssignPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    AssignFlow *flow() const { return m_flow; }

private:
    void updateStatus();
    void watchProvisioning();

    AssignFlow *m_flow;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    AssignPickerPanel *m_picker = nullptr;
    AssignedUsersPanel *m_assigned = nullptr;
    ScimStatusPanel *m_provisioning = nullptr;
    LockoutCheckPanel *m_lockout = nullptr;
    FailurePanel *m_failure = nullptr;
};

} // namespace insightly
