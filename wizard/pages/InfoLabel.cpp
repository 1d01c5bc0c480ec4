#include "pages/InfoLabel.h"

#include <QTextDocumentFragment>

namespace insightly {

InfoLabel::InfoLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QLabel *InfoLabel::spokenByText(QWidget *parent, const QString &objectName, const QString &description)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    speakText(label, description);
    return label;
}

QLabel *InfoLabel::hiddenMessage(QWidget *parent, const QString &objectName, const QString &description)
{
    auto *label = spokenByText(parent, objectName, description);
    label->hide();
    return label;
}

void InfoLabel::speakText(QLabel *label, const QString &description)
{
    label->setAccessibleName(QString());
    label->setAccessibleDescription(description);
}

void InfoLabel::showText(QLabel *label, const QString &text)
{
    label->setText(text);
    describeAsText(label, text);
    label->setVisible(!text.isEmpty());
}

void InfoLabel::setText(const QString &text)
{
    QLabel::setText(text);
    describeAsText(this, text);
}

void InfoLabel::describeAsText(QLabel *label, const QString &text)
{
    const Qt::TextFormat format = label->textFormat();
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    label->setAccessibleDescription(rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
}

} // namespace insightly
