#include "pages/AssignPage.h"

#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "flows/AssignFlow.h"
#include "pages/AssignPickerPanel.h"
#include "pages/AssignedUsersPanel.h"
#include "pages/ChangePlanPanel.h"
#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/LockoutCheckPanel.h"
#include "pages/ReadableViews.h"
#include "pages/ScimStatusPanel.h"
#include "pages/WizardContext.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace insightly {

AssignPage::AssignPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("assignPage"), parent)
    , m_flow(new AssignFlow(context.flowContext(), this))
{
    setTitle(tr("Step 4 — Assign users and groups"));
    setSubTitle(tr("Who may sign in to Insightly through Entra, and who is provisioned."));
    setInstructions(
        tr("<p>Assign the users and groups who use Insightly. Their Insightly e-mail address must "
           "match their Entra sign-in name.</p><p>Assigning a group is faster than assigning its "
           "members one by one.</p><p>The lockout check lists the Insightly users who could not sign "
           "in while <b>Enforce SAML Login</b> is ticked.</p>"
           "<p>Users then sign in from <b>https://myapps.microsoft.com</b>.</p>"));

    m_status = InfoLabel::spokenByText(this, QStringLiteral("assignStatus"), tr("State of the assignments"));
    contentLayout()->addWidget(m_status);
    m_failure = new FailurePanel(QStringLiteral("assign"), this);
    contentLayout()->addWidget(m_failure);

    auto *plan = new ChangePlanPanel(context, PlannedChange::Step::Assign, this);
    contentLayout()->addWidget(plan);
    connect(m_flow, &AssignFlow::stageChanged, plan, [plan](AssignFlow::Stage stage) {
        if (stage == AssignFlow::Stage::Assigning)
            plan->stepStarted();
        else if (stage == AssignFlow::Stage::Ready)
            plan->stepFinished();
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assignTabs"));
    m_tabs->setAccessibleName(tr("Step 4 tasks"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setExpanding(false);
    m_picker = new AssignPickerPanel(m_flow, m_tabs);
    m_tabs->addTab(m_picker, tr("F&ind and assign"));
    m_assigned = new AssignedUsersPanel(m_flow, m_tabs);
    m_tabs->addTab(m_assigned, QString());
    m_provisioning = new ScimStatusPanel(m_tabs);
    m_tabs->addTab(m_provisioning, tr("Pro&visioning"));
    m_lockout = new LockoutCheckPanel(context, QStringLiteral("assignLockout"), m_tabs);
    m_lockout->setAssignFlow(m_flow);
    m_tabs->addTab(m_lockout, tr("Loc&kout check"));
    contentLayout()->addWidget(m_tabs, 1);

    connect(m_flow, &AssignFlow::stageChanged, this, &AssignPage::updateStatus);
    connect(m_flow, &AssignFlow::progressChanged, this, &AssignPage::updateStatus);
    connect(m_flow, &AssignFlow::currentChanged, this, &AssignPage::updateStatus);
    connect(m_lockout, &LockoutCheckPanel::busyChanged, this, &AssignPage::completeChanged);
    connect(m_flow, &AssignFlow::stageChanged, m_failure, [this](AssignFlow::Stage stage) {
        if (stage == AssignFlow::Stage::Assigning || stage == AssignFlow::Stage::Removing ||
            stage == AssignFlow::Stage::Provisioning)
            m_failure->clear(); // a new action: the last one's failure no longer holds
    });
    connect(m_flow, &AssignFlow::failed, this, [this](const UserMessage &message) {
        qCWarning(lcPages) << "assign page:" << message.code << "request-id" << message.requestId;
        m_failure->showMessage(message);
    });
    updateStatus();
}

AssignPage::~AssignPage()
{
    m_flow->disconnect(this);
    m_flow->cancel();
}

void AssignPage::initializePage()
{
    // Runs again after Back: keep what the admin typed and chose; resume a queue an interruption left behind.
    UserMessage why;
    if (!m_flow->canAssign(&why)) {
        m_failure->showMessage(why);
        return;
    }
    m_picker->refresh();
    watchProvisioning();
    if (!m_flow->isBusy())
        m_flow->resume();
}

void AssignPage::cleanupPage()
{
    m_provisioning->stop();
}

bool AssignPage::isComplete() const
{
    return StepPage::isComplete() && !m_flow->isBusy() && m_flow->hasAssignments() && !m_lockout->isBusy();
}

void AssignPage::watchProvisioning()
{
    const SetupState &state = context().setup().state();
    const bool known = m_flow->graph() && m_flow->hasProvisioningJob();
    m_tabs->setTabVisible(m_tabs->indexOf(m_provisioning), known);
    if (known)
        m_provisioning->watch(m_flow->graph(), state.servicePrincipalId, state.synchronizationJobId);
}

void AssignPage::updateStatus()
{
    m_status->setText(m_flow->statusText());
    m_status->setVisible(!m_status->text().isEmpty());
    m_tabs->setTabText(m_tabs->indexOf(m_assigned), tr("Assi&gned (%1)").arg(m_flow->current().size()));
    Q_EMIT completeChanged();
}

} // namespace insightly
