#include "pages/OperationView.h"

#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace insightly {

OperationView::OperationView(const QString &prefix, const QString &subject,
                             const QString &cancelAccessibleName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("Operation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actions = new QHBoxLayout;
    m_cancel = makeButton(this, prefix + QStringLiteral("CancelButton"), tr("&Cancel"), cancelAccessibleName);
    m_cancel->setEnabled(false);
    m_actions->addWidget(m_cancel);
    m_actions->addStretch(1);
    layout->addLayout(m_actions);
    m_status =
        new InfoLabel(prefix + QStringLiteral("ProgressLabel"), tr("Progress of %1").arg(subject), this);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(prefix + QStringLiteral("ProgressBar"));
    m_progress->setAccessibleName(tr("Progress of %1").arg(subject));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_failure = new FailurePanel(prefix, this);
    layout->addWidget(m_failure);
    connect(m_cancel, &QPushButton::clicked, this, &OperationView::cancelRequested);
}

void OperationView::addAction(QWidget *button)
{
    m_actions->insertWidget(m_actions->indexOf(m_cancel), button);
}

void OperationView::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_progress->setRange(0, running ? 0 : 1);
    m_progress->setValue(running ? 0 : 1);
}

void OperationView::setStatus(const QString &sentence)
{
    m_status->setText(sentence);
}

QString OperationView::status() const
{
    return m_status->text();
}

void OperationView::showFailure(const UserMessage &message)
{
    m_failure->showMessage(message);
}

void OperationView::clearFailure()
{
    m_failure->clear();
}

} // namespace insightly
