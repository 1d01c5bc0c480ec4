#include "pages/AssignedUsersPanel.h"

#include "flows/AssignFlow.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace insightly {

namespace {
constexpr int kPrincipalIdRole = Qt::UserRole + 1;
constexpr int kPrincipalTypeRole = Qt::UserRole + 2;
constexpr int kAssignmentIdRole = Qt::UserRole + 3;
} // namespace

AssignedUsersPanel::AssignedUsersPanel(AssignFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("assignedUsersPanel"));
    auto *layout = new QVBoxLayout(this);
    m_current = new QListWidget(this);
    m_current->setObjectName(QStringLiteral("assignCurrentView"));
    m_current->setAccessibleName(tr("Current assignments"));
    m_current->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_current->setMinimumHeight(80);
    elideInMiddle(m_current);
    layout->addWidget(m_current, 1);

    m_remove = makeButton(this, QStringLiteral("assignRemoveButton"), tr("&Remove selected"));
    m_provision =
        makeButton(this, QStringLiteral("assignProvisionButton"), tr("Provision selected users n&ow"));
    m_provision->setToolTip(
        tr("Creates the selected assigned users in Insightly now instead of waiting for the "
           "next provisioning cycle (at most 5 users per 10 seconds)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_provision);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("assignProvisionResults"));
    m_results->setAccessibleName(tr("Provisioning results"));
    m_results->setHeaderLabels({tr("User or step"), tr("Result"), tr("Details")});
    m_results->setMinimumHeight(80);
    elideInMiddle(m_results);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->hide();
    layout->addWidget(m_results, 1);
    m_details = new ItemDetails(m_results, QStringLiteral("assignProvisionDetails"), this);
    layout->addWidget(m_details);

    connect(m_remove, &QPushButton::clicked, this, &AssignedUsersPanel::removeSelected);
    connect(m_provision, &QPushButton::clicked, this, &AssignedUsersPanel::provisionSelected);
    connect(m_current, &QListWidget::itemSelectionChanged, this, &AssignedUsersPanel::updateControls);
    connect(m_flow, &AssignFlow::currentChanged, this, &AssignedUsersPanel::showCurrent);
    connect(m_flow, &AssignFlow::stageChanged, this, &AssignedUsersPanel::updateControls);
    connect(m_flow, &AssignFlow::userProvisioned, this, &AssignedUsersPanel::showOutcome);
    updateControls();
}

void AssignedUsersPanel::showCurrent()
{
    m_current->clear();
    for (const entra::AppRoleAssignment &a : m_flow->current()) {
        auto *item = new QListWidgetItem(a.principalType == QLatin1String("Group")
                                             ? tr("%1 (group)").arg(a.principalDisplayName)
                                             : tr("%1 (user)").arg(a.principalDisplayName),
                                         m_current);
        item->setToolTip(item->text());
        item->setData(kPrincipalIdRole, a.principalId);
        item->setData(kPrincipalTypeRole, a.principalType);
        item->setData(kAssignmentIdRole, a.id);
    }
    updateControls();
}

void AssignedUsersPanel::showOutcome(const entra::OnDemandOutcome &outcome)
{
    m_results->show();
    auto *item = new QTreeWidgetItem(m_results);
    const QStringList cells{
        m_flow->displayName(outcome.principalId), outcome.result.isEmpty() ? tr("Failure") : outcome.result,
        outcome.result.isEmpty() ? outcome.http.userMessage().what : outcome.errorMessage};
    for (int column = 0; column < cells.size(); ++column) {
        item->setText(column, cells[column]);
        item->setToolTip(column, cells[column]);
    }
    for (const entra::ProvisioningStep &step : outcome.steps) {
        auto *child = new QTreeWidgetItem(item);
        for (const auto &[column, text] :
             {std::pair{0, step.name}, {1, step.status}, {2, step.description}}) {
            child->setText(column, text);
            child->setToolTip(column, text);
        }
    }
    item->setExpanded(!outcome.succeeded());
}

void AssignedUsersPanel::removeSelected()
{
    QStringList ids;
    for (QListWidgetItem *item : m_current->selectedItems())
        ids << item->data(kAssignmentIdRole).toString();
    if (!ids.isEmpty())
        m_flow->remove(ids);
}

void AssignedUsersPanel::provisionSelected()
{
    QStringList users;
    for (QListWidgetItem *item : m_current->selectedItems())
        if (item->data(kPrincipalTypeRole).toString() == QLatin1String("User"))
            users << item->data(kPrincipalIdRole).toString();
    m_results->clear();
    m_details->refresh();
    m_flow->provisionOnDemand(users); // says what to do when no user is selected
}

void AssignedUsersPanel::updateControls()
{
    const bool busy = m_flow->isBusy();
    const bool selected = !m_current->selectedItems().isEmpty();
    m_remove->setEnabled(!busy && selected);
    m_provision->setEnabled(!busy && m_flow->hasProvisioningJob());
}

} // namespace insightly
