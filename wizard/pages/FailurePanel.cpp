#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace insightly {

FailurePanel::FailurePanel(const QString &objectNamePrefix, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectNamePrefix + QStringLiteral("Failure"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(objectNamePrefix + QStringLiteral("FailureText"));
    m_text->setWordWrap(true);
    InfoLabel::speakText(m_text, tr("What went wrong")); // spoken by what it says
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_copy = makeButton(this, objectNamePrefix + QStringLiteral("CopyDiagnostics"), tr("Copy &diagnostics"),
                        tr("Copy diagnostics"));
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_message.toDiagnostics()); });
    hide();
}

void FailurePanel::showMessage(const UserMessage &message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    m_message = message;
    QString html = QStringLiteral("<b>%1</b>").arg(message.what.toHtmlEscaped());
    if (!message.why.isEmpty())
        html += QStringLiteral("<br>") + message.why.toHtmlEscaped();
    if (!message.action.isEmpty())
        html +=
            QStringLiteral("<br>") + message.action.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (!message.requestId.isEmpty())
        html += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("Request id: %1").arg(message.requestId.toHtmlEscaped()));
    m_text->setText(html);
    show();
}

void FailurePanel::clear()
{
    m_message = {};
    m_text->clear();
    hide();
}

QString FailurePanel::text() const
{
    return m_message.isEmpty() ? QString() : m_message.toDiagnostics();
}

} // namespace insightly
