#pragma once

#include "flows/LockoutCheckFlow.h"

#include <QPointer>
#include <QWidget>
#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace insightly {

class AssignFlow;
class FailurePanel;
class ItemDetails;
class WizardContext;

// The lockout check as a panel any page can embed (the page of LockoutCheckFlow): the Insightly API key
// (optional once kept in the keychain), "Check for lockouts", the Insightly users who could not sign in once
// SAML login is enforced, and "Assign the matching Entra users", which assigns through an AssignFlow — the
// page's own (setAssignFlow) or one the panel makes — and checks again.
class LockoutCheckPanel : public QWidget
{
    Q_OBJECT
public:
    // `prefix` starts every object name ("assignLockout" → "assignLockoutButton").
    LockoutCheckPanel(WizardContext &context, const QString &prefix, QWidget *parent = nullptr);
    ~LockoutCheckPanel() override;

    // Assign through the page's flow (one queue, one run at a time) instead of the panel's own.
    void setAssignFlow(AssignFlow *flow);
    LockoutCheckFlow *flow() const { return m_flow; }
    bool isBusy() const;

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    QCoro::Task<> runCheck();
    QCoro::Task<> assignMatching();
    void showReport(const LockoutReport &report);
    void updateControls();
    AssignFlow *assignFlow();

    WizardContext &m_context;
    LockoutCheckFlow *m_flow;
    QPointer<AssignFlow> m_assign;
    QLabel *m_intro = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    ItemDetails *m_details = nullptr;
    QPushButton *m_fix = nullptr;
    FailurePanel *m_failure = nullptr;
    bool m_assigning = false;
    bool m_destroying = false;
};

} // namespace insightly
