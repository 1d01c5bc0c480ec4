#include "pages/RemoveSetupDialog.h"

#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <qcorotask.h>

namespace insightly {

namespace {

QString bulletList(const QStringList &items, bool ordered = false)
{
    QString html = QLatin1String(ordered ? "<ol>" : "<ul>");
    for (const QString &item : items)
        html += QLatin1String("<li>") + item.toHtmlEscaped() + QLatin1String("</li>");
    return html + QLatin1String(ordered ? "</ol>" : "</ul>");
}

} // namespace

QString RemoveSetupDialog::planHtml(const RemovalPlan &plan)
{
    QString html = QLatin1String("<p><b>") + tr("Removed:").toHtmlEscaped() + QLatin1String("</b></p>") +
                   bulletList(plan.removes);
    if (!plan.keeps.isEmpty())
        html += QLatin1String("<p><b>") + tr("Not touched:").toHtmlEscaped() + QLatin1String("</b></p>") +
                bulletList(plan.keeps);
    html += QLatin1String("<p><b>") +
            tr("In Insightly (the wizard cannot do this for you):").toHtmlEscaped() +
            QLatin1String("</b></p>") + bulletList(plan.insightlySteps, true);
    return html;
}

RemoveSetupDialog::RemoveSetupDialog(FlowContext context, QWidget *parent)
    : QDialog(parent)
    , m_flow(new RemoveSetupFlow(std::move(context), this))
{
    setWindowTitle(tr("Remove what this wizard created"));
    auto *layout = new QVBoxLayout(this);

    m_plan = new InfoLabel(QStringLiteral("removePlan"), tr("What will be removed"), this);
    m_plan->setTextFormat(Qt::RichText);
    const QString plan = planHtml(m_flow->plan());
    m_plan->setText(plan);
    m_plan->setAccessibleDescription(QTextDocumentFragment::fromHtml(plan).toPlainText());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_plan);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    m_understood = new QCheckBox(
        tr("I have &unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working"),
        this);
    m_understood->setObjectName(QStringLiteral("removeUnderstood"));
    m_understood->setAccessibleName(m_understood->text().remove(QLatin1Char('&')));
    layout->addWidget(m_understood);

    m_status = new InfoLabel(QStringLiteral("removeStatus"), tr("Removal status"), this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_remove = makeButton(this, QStringLiteral("removeConfirm"), tr("&Remove"));
    m_remove->setEnabled(false);
    m_close = makeButton(this, QStringLiteral("removeClose"), tr("&Keep everything"));
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_close->setDefault(true);
    m_close->setFocus();

    connect(m_understood, &QCheckBox::toggled, this,
            [this](bool on) { m_remove->setEnabled(on && !m_flow->isRunning() && !m_removed); });
    connect(m_remove, &QPushButton::clicked, this, &RemoveSetupDialog::remove);
    connect(m_close, &QPushButton::clicked, this, [this] { m_removed ? accept() : reject(); });
    connect(m_flow, &RemoveSetupFlow::progressChanged, this, [this](const QString &sentence) {
        m_status->setText(sentence);
        m_status->setAccessibleDescription(sentence);
    });
    connect(m_flow, &RemoveSetupFlow::finished, this, &RemoveSetupDialog::showOutcome);
    resize(sizeHint().expandedTo(QSize(560, 420)));
}

void RemoveSetupDialog::remove()
{
    m_remove->setEnabled(false);
    m_understood->setEnabled(false);
    m_close->setEnabled(false);
    // The flow reports through finished(); the task runs on by itself.
    m_flow->run();
}

void RemoveSetupDialog::showOutcome(const RemoveSetupFlow::Outcome &outcome)
{
    m_close->setEnabled(true);
    m_close->setFocus();
    QString text;
    if (outcome.ok) {
        m_removed = true;
        m_close->setText(tr("&Close"));
        text = tr("Removed: %1").arg(outcome.removed.join(QLatin1Char(' ')));
    } else {
        m_understood->setEnabled(true);
        m_remove->setEnabled(m_understood->isChecked());
        text = outcome.problem.what;
        if (!outcome.problem.action.isEmpty())
            text += QLatin1Char(' ') + outcome.problem.action;
        if (!outcome.removed.isEmpty())
            text += QLatin1Char(' ') + tr("Already removed: %1").arg(outcome.removed.join(QLatin1Char(' ')));
    }
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

} // namespace insightly
