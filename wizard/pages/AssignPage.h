#pragma once

#include "core/UserMessage.h"
#include "entra/AppAssignments.h"
#include "insightly/LockoutCheck.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace insightly {

namespace entra {
class PrincipalSearchModel;
class ProvisionOnDemand;
} // namespace entra

// Step 4: assign users and groups (picker + bulk assignment from SetupState's queue), provision chosen users
// on demand, and the lockout preflight against Insightly's user list.
class AssignPage : public StepPage
{
    Q_OBJECT
public:
    explicit AssignPage(WizardContext &context, QWidget *parent = nullptr);
    ~AssignPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void buildPicker();
    void buildCurrent();
    void buildProvisioning();
    void buildLockout();
    void setBusy(bool busy);
    void showMessage(const UserMessage &message);
    void showProgress(const entra::BulkProgress &progress);
    bool ensureServices();

    void addSelected();
    QCoro::Task<> queueAndAssign(QList<SetupState::Assignment> entries);
    QCoro::Task<> runQueue();
    QCoro::Task<> reloadCurrent();
    QCoro::Task<> removeSelected();
    QCoro::Task<> provisionSelected();
    QCoro::Task<> runLockoutCheck();
    QCoro::Task<QString> insightlyApiKey();

    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QListView *m_results = nullptr;
    entra::PrincipalSearchModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_current = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_provision = nullptr;
    QTreeWidget *m_provisionResults = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_lockout = nullptr;
    QListWidget *m_lockoutList = nullptr;
    QPushButton *m_lockoutFix = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_copyDiagnostics = nullptr;
    UserMessage m_lastMessage;

    QPointer<entra::AppAssignments> m_assignments;
    QPointer<entra::ProvisionOnDemand> m_onDemand;
    bool m_busy = false;
    int m_currentCount = 0;
};

} // namespace insightly
