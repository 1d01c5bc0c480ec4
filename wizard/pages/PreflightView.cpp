#include "pages/PreflightView.h"
#include "pages/InfoLabel.h"
#include "pages/ReadableViews.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace insightly {

PreflightView::PreflightView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_tenant = new QLabel(this);
    m_tenant->setObjectName(QStringLiteral("signedInTenant"));
    m_tenant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    InfoLabel::speakText(m_tenant, tr("Tenant"));
    InfoLabel::speakText(m_user, tr("Signed in as"));
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Signed in as:"), m_user);
    layout->addLayout(form);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("preflightVerdict"));
    m_verdict->setWordWrap(true);
    InfoLabel::speakText(m_verdict, tr("Result of the checks"));
    layout->addWidget(m_verdict);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("preflightTable"));
    m_table->setAccessibleName(tr("Roles and permissions checked before any change"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Check"), tr("Result"), tr("What to do")});
    m_table->setRootIsDecorated(false);
    // Cells cut in the middle, never wider than the page; the full text is in each cell's tooltip and in the
    // details line under the table. The result (a role's full name, "✓ Cloud Application Administrator") is
    // never cut: its column takes the width of its longest cell; the check and the advice share the rest.
    elideInMiddle(m_table);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_details = new ItemDetails(m_table, QStringLiteral("preflightDetails"), this);
    layout->addWidget(m_details);
}

void PreflightView::show(const entra::PreflightReport &report)
{
    const entra::SignedInIdentity &who = report.identity;
    m_tenant->setText(tr("%1 (%2)").arg(who.tenantName, who.tenantId));
    m_user->setText(who.displayName.isEmpty() ? who.userPrincipalName
                                              : tr("%1 <%2>").arg(who.displayName, who.userPrincipalName));
    m_verdict->setText(
        report.passed()
            ? tr("✓ Everything the wizard needs is in place. Nothing has been changed yet.")
            : tr("✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows "
                 "marked ✗, then sign in again."));
    m_table->clear();
    m_details->refresh();
    for (const entra::PreflightRow &row : report.rows) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(0, Qt::UserRole, row.id);
        item->setText(0, row.title);
        item->setText(1, (row.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + row.seen);
        item->setText(2, row.passed ? QString() : row.fix.action);
        item->setToolTip(0, row.title);
        item->setToolTip(1, row.seen);
        item->setToolTip(2, row.fix.toDiagnostics());
    }
    // "What to do" only matters when something is missing.
    m_table->setColumnHidden(2, report.passed());
    QWidget::show();
}

} // namespace insightly
