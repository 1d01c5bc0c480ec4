// AssignPage's longer actions: current assignments, removal, provision on demand and the lockout check.
#include "pages/AssignPage.h"

#include "core/LogCategories.h"
#include "core/SecretKeys.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/ProvisionOnDemand.h"
#include "entra/SignInSession.h"
#include "insightly/InsightlyRestClient.h"
#include "pages/WizardContext.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

namespace insightly {

namespace {
constexpr int kPrincipalIdRole = Qt::UserRole + 1;
constexpr int kPrincipalTypeRole = Qt::UserRole + 2;
constexpr int kAssignmentIdRole = Qt::UserRole + 3;
} // namespace

QCoro::Task<> AssignPage::reloadCurrent()
{
    QPointer<AssignPage> self(this);
    if (!ensureServices())
        co_return;
    entra::GraphResult result;
    const QList<entra::AppRoleAssignment> current = co_await m_assignments->currentAssignments(&result);
    if (!self)
        co_return;
    if (!result.ok()) {
        showMessage(result.userMessage());
        co_return;
    }
    m_current->clear();
    for (const entra::AppRoleAssignment &a : current) {
        auto *item = new QListWidgetItem(
            a.principalType == QLatin1String("Group") ? tr("%1 (group)").arg(a.principalDisplayName)
                                                      : tr("%1 (user)").arg(a.principalDisplayName),
            m_current);
        item->setData(kPrincipalIdRole, a.principalId);
        item->setData(kPrincipalTypeRole, a.principalType);
        item->setData(kAssignmentIdRole, a.id);
    }
    m_currentCount = int(current.size());
    if (m_currentCount > 0 && !context().setup().state().isStepCompleted(SetupState::Step::Assign))
        context().setup().markStepCompleted(SetupState::Step::Assign);
    Q_EMIT completeChanged();
}

QCoro::Task<> AssignPage::removeSelected()
{
    QPointer<AssignPage> self(this);
    const QList<QListWidgetItem *> selected = m_current->selectedItems();
    if (m_busy || selected.isEmpty() || !ensureServices())
        co_return;
    QStringList ids;
    QStringList principals;
    for (QListWidgetItem *item : selected) {
        ids << item->data(kAssignmentIdRole).toString();
        principals << item->data(kPrincipalIdRole).toString();
    }
    setBusy(true);
    for (const QString &id : ids) {
        const entra::GraphResult result = co_await m_assignments->remove(id);
        if (!self)
            co_return;
        if (!result.ok() && result.status != 404) {
            showMessage(result.userMessage());
            break;
        }
    }
    // A removed principal must not come back from the queue on the next run.
    context().setup().update([&principals](SetupState &state) {
        state.assignmentQueue.removeIf(
            [&principals](const SetupState::Assignment &a) { return principals.contains(a.principalId); });
    });
    setBusy(false);
    co_await reloadCurrent();
}

QCoro::Task<> AssignPage::provisionSelected()
{
    QPointer<AssignPage> self(this);
    if (m_busy || !ensureServices())
        co_return;
    QStringList users;
    for (QListWidgetItem *item : m_current->selectedItems())
        if (item->data(kPrincipalTypeRole).toString() == QLatin1String("User"))
            users << item->data(kPrincipalIdRole).toString();
    if (users.isEmpty()) {
        showMessage({tr("No user is selected."), tr("Provision on demand works on assigned users."),
                     tr("Select users in the list of current assignments."),
                     QStringLiteral("assign.no-user-selected"), {}, {}});
        co_return;
    }
    if (!m_onDemand) {
        const SetupState &state = context().setup().state();
        m_onDemand = new entra::ProvisionOnDemand(context().session()->graph(), state.servicePrincipalId,
                                                  state.synchronizationJobId, this);
        connect(m_onDemand, &entra::ProvisionOnDemand::userProvisioned, this,
                [this](const entra::OnDemandOutcome &outcome) {
                    QString name = outcome.principalId;
                    for (int i = 0; i < m_current->count(); ++i)
                        if (m_current->item(i)->data(kPrincipalIdRole).toString() == outcome.principalId)
                            name = m_current->item(i)->text();
                    auto *item = new QTreeWidgetItem(m_provisionResults);
                    item->setText(0, name);
                    item->setText(1, outcome.result.isEmpty() ? tr("Failure") : outcome.result);
                    item->setText(2, outcome.result.isEmpty() ? outcome.http.userMessage().what
                                                              : outcome.errorMessage);
                    for (const entra::ProvisioningStep &step : outcome.steps) {
                        auto *child = new QTreeWidgetItem(item);
                        child->setText(0, step.name);
                        child->setText(1, step.status);
                        child->setText(2, step.description);
                    }
                    item->setExpanded(!outcome.succeeded());
                });
    }
    setBusy(true);
    m_cancel->setEnabled(true);
    m_provisionResults->clear();
    const QList<entra::OnDemandOutcome> outcomes = co_await m_onDemand->provision(users);
    if (!self)
        co_return;
    setBusy(false);
    if (!outcomes.isEmpty() && outcomes.first().result.isEmpty() && !outcomes.first().http.ok())
        showMessage(outcomes.first().http.userMessage());
}

QCoro::Task<QString> AssignPage::insightlyApiKey()
{
    QPointer<AssignPage> self(this);
    const SecretKey key = SecretKeys::insightlyApiKey(context().setup().state(), context().tenant());
    const QString typed = m_apiKey->text().trimmed();
    if (!typed.isEmpty()) {
        const SecretResult saved = co_await context().secrets().write(key, typed.toUtf8());
        if (self && !saved.ok)
            qCWarning(lcPages) << "the Insightly API key could not be kept in the keychain";
        co_return typed;
    }
    const SecretResult stored = co_await context().secrets().read(key);
    co_return stored.ok ? QString::fromUtf8(stored.value) : QString();
}

QCoro::Task<> AssignPage::runLockoutCheck()
{
    QPointer<AssignPage> self(this);
    if (m_busy || !ensureServices())
        co_return;
    setBusy(true);
    showMessage({});
    const QString apiKey = co_await insightlyApiKey();
    if (!self)
        co_return;
    if (apiKey.isEmpty()) {
        setBusy(false);
        showMessage({tr("The Insightly API key is needed for this check."),
                     tr("It reads Insightly's user list to compare it with the assignments."),
                     tr("In Insightly, open User Settings › API key, copy it, and paste it here."),
                     QStringLiteral("assign.api-key-missing"), {}, {}});
        m_apiKey->setFocus();
        co_return;
    }
    const InsightlyInstance instance = InsightlyInstance::forPod(context().setup().state().pod);
    InsightlyRestClient insightly(&context().network(), instance, apiKey);
    const LockoutReport report = co_await LockoutCheck::run(context().session()->graph(),
                                                            context().setup().state().servicePrincipalId,
                                                            &insightly);
    if (!self)
        co_return;
    m_lockoutList->clear();
    if (!report.ok()) {
        setBusy(false);
        showMessage(report.error);
        co_return;
    }
    for (const LockoutRisk &risk : report.atRisk) {
        const InsightlyUser &u = risk.insightlyUser;
        QString text = tr("%1 %2 <%3>").arg(u.firstName, u.lastName, u.email);
        if (risk.isKeyOwner)
            text = tr("You: %1").arg(text);
        text += risk.entraUser ? tr(" — Entra user %1 is not assigned").arg(risk.entraUser->address())
                               : tr(" — no Entra user with this e-mail");
        auto *item = new QListWidgetItem(text, m_lockoutList);
        if (risk.entraUser)
            item->setData(kPrincipalIdRole, risk.entraUser->id);
    }
    if (report.atRisk.isEmpty())
        m_progressText->setText(tr("Every active Insightly user can sign in through Entra."));
    setBusy(false);
}

} // namespace insightly
