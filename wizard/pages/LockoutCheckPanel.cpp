#include "pages/LockoutCheckPanel.h"

#include "flows/AssignFlow.h"
#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"
#include "pages/WizardContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace insightly {

LockoutCheckPanel::LockoutCheckPanel(WizardContext &context, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_flow(new LockoutCheckFlow(context.flowContext(), this))
{
    setObjectName(prefix + QStringLiteral("Panel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro =
        InfoLabel::spokenByText(this, prefix + QStringLiteral("Intro"), tr("What the lockout check does"));
    m_intro->setText(
        tr("Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. "
           "The check compares Insightly's active users with the assignments. It reads Insightly's "
           "user list with your API key (Insightly: User Settings › API key), kept in the system "
           "keychain."));
    layout->addWidget(m_intro);

    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(prefix + QStringLiteral("ApiKeyEdit"));
    m_apiKey->setAccessibleName(tr("Insightly API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Empty: the key kept in the keychain"));
    m_apiKey->setMinimumWidth(120);
    auto *keyLabel = new QLabel(tr("Insightly &API key:"), this);
    keyLabel->setBuddy(m_apiKey);
    m_check = makeButton(this, prefix + QStringLiteral("Button"), tr("Check for &lockouts"));
    // The label above its field: the panel also sits in Step 2's narrow controls pane.
    layout->addWidget(keyLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_apiKey, 1);
    row->addWidget(m_check);
    layout->addLayout(row);

    m_status =
        InfoLabel::spokenByText(this, prefix + QStringLiteral("Status"), tr("Result of the lockout check"));
    layout->addWidget(m_status);
    m_list = new QListWidget(this);
    m_list->setObjectName(prefix + QStringLiteral("List"));
    m_list->setAccessibleName(tr("Insightly users who could not sign in"));
    m_list->setMinimumHeight(80);
    elideInMiddle(m_list);
    layout->addWidget(m_list, 1);
    m_details = new ItemDetails(m_list, prefix + QStringLiteral("Details"), this);
    layout->addWidget(m_details);
    m_fix = makeButton(this, prefix + QStringLiteral("FixButton"), tr("Assign the &matching Entra users"));
    layout->addWidget(m_fix, 0, Qt::AlignLeft);
    m_failure = new FailurePanel(prefix, this);
    layout->addWidget(m_failure);

    connect(m_check, &QPushButton::clicked, this, &LockoutCheckPanel::check);
    connect(m_apiKey, &QLineEdit::returnPressed, this, &LockoutCheckPanel::check);
    connect(m_fix, &QPushButton::clicked, this, [this] { assignMatching(); });
    connect(m_flow, &LockoutCheckFlow::verdictChanged, this, &LockoutCheckPanel::updateControls);
    connect(m_flow, &LockoutCheckFlow::failed, m_failure, &FailurePanel::showMessage);
    updateControls();
}

LockoutCheckPanel::~LockoutCheckPanel()
{
    m_destroying = true;
    m_flow->disconnect(this);
}

void LockoutCheckPanel::setAssignFlow(AssignFlow *flow)
{
    m_assign = flow;
    connect(flow, &AssignFlow::stageChanged, this, &LockoutCheckPanel::updateControls);
    updateControls();
}

AssignFlow *LockoutCheckPanel::assignFlow()
{
    if (!m_assign)
        setAssignFlow(new AssignFlow(m_context.flowContext(), this));
    return m_assign;
}

bool LockoutCheckPanel::isBusy() const
{
    return m_flow->isRunning() || m_assigning || (m_assign && m_assign->isBusy());
}

void LockoutCheckPanel::check()
{
    runCheck();
}

QCoro::Task<> LockoutCheckPanel::runCheck()
{
    if (isBusy())
        co_return;
    QPointer<LockoutCheckPanel> self(this);
    m_failure->clear();
    const QString typed = m_apiKey->text();
    const LockoutReport report = co_await m_flow->run(typed);
    if (!self || m_destroying)
        co_return;
    if (report.ok())
        m_apiKey->clear(); // kept in the keychain now
    else if (report.error.code == QLatin1String("lockout.api-key-missing"))
        m_apiKey->setFocus();
    showReport(report);
}

void LockoutCheckPanel::showReport(const LockoutReport &report)
{
    m_list->clear();
    for (const LockoutRisk &risk : report.atRisk) {
        auto *item = new QListWidgetItem(LockoutCheckFlow::describe(risk), m_list);
        item->setToolTip(item->text());
    }
    m_details->refresh();
    updateControls();
}

QCoro::Task<> LockoutCheckPanel::assignMatching()
{
    const QList<SetupState::Assignment> entries = LockoutCheckFlow::fixes(m_flow->lastReport());
    if (isBusy() || entries.isEmpty())
        co_return;
    QPointer<LockoutCheckPanel> self(this);
    m_assigning = true;
    updateControls();
    const entra::BulkResult result = co_await assignFlow()->assign(entries);
    if (!self || m_destroying)
        co_return;
    m_assigning = false;
    if (!result.failures.isEmpty())
        m_failure->showMessage(result.failures.first().userMessage());
    updateControls();
    co_await runCheck(); // the list shows what is still true
}

void LockoutCheckPanel::updateControls()
{
    const bool busy = isBusy();
    m_check->setEnabled(!busy);
    m_apiKey->setReadOnly(busy);
    m_fix->setEnabled(!busy && m_flow->verdict() == LockoutCheckFlow::Verdict::AtRisk &&
                      !LockoutCheckFlow::fixes(m_flow->lastReport()).isEmpty());
    m_fix->setVisible(m_flow->verdict() == LockoutCheckFlow::Verdict::AtRisk);
    m_list->setVisible(m_flow->verdict() == LockoutCheckFlow::Verdict::AtRisk);
    m_status->setText(m_assigning ? tr("Assigning the matching Entra users…") : m_flow->statusText());
    Q_EMIT busyChanged(busy);
}

} // namespace insightly
