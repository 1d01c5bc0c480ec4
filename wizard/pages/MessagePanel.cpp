#include "pages/MessagePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace insightly {

MessagePanel::MessagePanel(const QString &objectName, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_copy = new QPushButton(tr("Copy diagnostics"), this);
    m_copy->setObjectName(objectName + QStringLiteral("Copy"));
    m_copy->setAccessibleName(tr("Copy diagnostics to the clipboard"));
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_message.toDiagnostics()); });
    hide();
}

void MessagePanel::showMessage(const UserMessage &message)
{
    m_message = message;
    QString html = QStringLiteral("<b>%1</b>").arg(message.what.toHtmlEscaped());
    if (!message.why.isEmpty())
        html += QStringLiteral("<br>") + message.why.toHtmlEscaped();
    if (!message.action.isEmpty())
        html += QStringLiteral("<br><i>%1</i> %2").arg(tr("What to do:"), message.action.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (!message.requestId.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(tr("Request ID for support: %1").arg(message.requestId.toHtmlEscaped()));
    m_text->setText(html);
    setAccessibleName(message.what);
    show();
}

void MessagePanel::clear()
{
    m_message = {};
    m_text->clear();
    hide();
}

QString MessagePanel::text() const
{
    return m_text->text();
}

} // namespace insightly
