#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>

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

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    nameClearButton(edit);
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::NoFocus); // Tab goes field to field; Ctrl+A, Delete clears
}

} // namespace insightly
