#include "pages/ChangePlanPanel.h"

#include "core/AuditJournal.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/SignInSession.h"
#include "pages/WizardContext.h"

#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace insightly {

namespace {

QString actionText(PlannedChange::Action action)
{
    switch (action) {
    case PlannedChange::Action::Create:
        return ChangePlanPanel::tr("Create");
    case PlannedChange::Action::Update:
        return ChangePlanPanel::tr("Change");
    case PlannedChange::Action::Delete:
        return ChangePlanPanel::tr("Delete");
    case PlannedChange::Action::None:
        return ChangePlanPanel::tr("No change");
    }
    return {};
}

} // namespace

ChangePlanPanel::ChangePlanPanel(WizardContext &context, PlannedChange::Step step, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_step(step)
{
    setObjectName(QStringLiteral("changePlan") + PlannedChange::stepKey(step));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(objectName() + QStringLiteral("Toggle"));
    m_toggle->setAccessibleName(tr("What will change"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_toggle->setText(tr("What will change: not read yet"));
    layout->addWidget(m_toggle);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(objectName() + QStringLiteral("List"));
    m_list->setAccessibleName(tr("Changes this step will make"));
    m_list->setHeaderLabels(
        {tr("Action"), tr("Object"), tr("Property"), tr("Now"), tr("After"), tr("Request")});
    m_list->setRootIsDecorated(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setMaximumHeight(140);
    m_list->hide();
    layout->addWidget(m_list);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_list->setVisible(open);
    });
}

QString ChangePlanPanel::summaryText() const
{
    return m_toggle->text();
}

void ChangePlanPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // each time the page is shown (after Back too): the tenant may have changed meanwhile
}

void ChangePlanPanel::refresh()
{
    if (!m_reading && !m_running)
        read();
}

void ChangePlanPanel::stepStarted()
{
    m_running = true;
    if (m_reading)
        m_journalMark = -1; // the plan was not read before the writes began: nothing to compare
    else if (m_journalMark >= 0)
        // Compared from here: what the admin did on the page between the plan and the step (removing an
        // assignment, provisioning someone on demand) is not the step's and not in its plan.
        m_journalMark = AuditJournal().read(m_tenant).size();
    else if (m_changes.isEmpty() && m_toggle->text() == tr("What will change: not read yet"))
        read(); // a step that starts on its own: shown, but not compared (read while it writes)
}

void ChangePlanPanel::stepFinished()
{
    if (!std::exchange(m_running, false))
        return;
    compareWithJournal();
    // What the panel showed was true before the step: read again, so that it now says what is left (usually
    // nothing) instead of a plan that has run — or "reading…" from a read the step overtook.
    if (m_reading)
        m_readAgain = true;
    else
        read();
}

void ChangePlanPanel::compareWithJournal()
{
    if (m_journalMark < 0 || m_tenant.isEmpty())
        return;
    const AuditJournal journal;
    const QList<AuditEntry> all = journal.read(m_tenant);
    const QList<AuditEntry> writes = all.mid(std::min(m_journalMark, all.size()));
    m_journalMark = -1; // once per plan
    QList<PlannedChange> planned;
    for (const PlannedChange &c : std::as_const(m_changes))
        if (c.step == m_step)
            planned.append(c);
    journal.append(m_tenant, ChangePlan::outcomeEntry(planned, writes));
}

QCoro::Task<> ChangePlanPanel::read()
{
    QPointer<ChangePlanPanel> self(this);
    entra::SignInSession *session = m_context.session();
    if (!session) {
        m_toggle->setText(tr("What will change: sign in to read it"));
        co_return;
    }
    m_reading = true;
    m_toggle->setText(tr("What will change: reading Microsoft Entra…"));
    entra::OperationContext operation;
    operation.graph = session->graph();
    operation.setup = &m_context.setup();
    operation.network = &m_context.network();
    const SetupState &state = m_context.setup().state();
    ChangePlan::Inputs inputs;
    inputs.adminUserId = session->preflight().identity.userId;
    inputs.notificationEmails = state.notificationEmails;
    if (inputs.notificationEmails.isEmpty())
        inputs.notificationEmails = {session->preflight().identity.userPrincipalName};
    inputs.notificationEmails.removeAll(QString());
    if (m_step == PlannedChange::Step::CertificateRotation)
        inputs.scope = ChangePlan::Scope::CertificateRotation;
    else if (m_step == PlannedChange::Step::ScimTokenRotation)
        inputs.scope = ChangePlan::Scope::ScimTokenRotation;
    const ChangePlanResult plan = co_await ChangePlan::read(operation, inputs);
    if (!self)
        co_return;
    m_reading = false;
    display(plan);
    if (std::exchange(m_readAgain, false) && !m_running)
        read();
}

void ChangePlanPanel::display(const ChangePlanResult &plan)
{
    m_list->clear();
    m_changes = plan.changes;
    m_tenant = plan.tenantId;
    if (!plan.ok()) {
        m_toggle->setText(tr("What will change: could not be read (%1)").arg(plan.error.what));
        m_journalMark = -1;
        Q_EMIT planRead();
        return;
    }
    QList<PlannedChange> mine;
    for (const PlannedChange &c : std::as_const(m_changes))
        if (c.step == m_step)
            mine.append(c);
    for (const PlannedChange &c : std::as_const(mine)) {
        const QString object =
            c.objectName.isEmpty() ? c.objectKind : tr("%1 \"%2\"").arg(c.objectKind, c.objectName);
        const QString request = c.isGraphRequest() ? c.method + u' ' + c.path : tr("you, in Insightly");
        auto *item = new QTreeWidgetItem(
            m_list, {actionText(c.action), object, c.property, c.oldValue, c.newValue, request});
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
    }
    m_toggle->setText(tr("What will change: %1").arg(ChangePlan::summary(mine)));
    m_toggle->setToolTip(m_toggle->text());
    m_journalMark = m_running || m_tenant.isEmpty() ? -1 : AuditJournal().read(m_tenant).size();
    Q_EMIT planRead();
}

} // namespace insightly
