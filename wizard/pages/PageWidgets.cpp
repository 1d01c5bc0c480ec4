#include "pages/PageWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>

namespace insightly {

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text)
{
    return makeButton(parent, objectName, text, QString(text).remove(u'&'));
}

QLabel *makeTextLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace insightly

namespace insightly {

void setInfoText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
    label->setVisible(!text.isEmpty());
}

} // namespace insightly
