#include "pages/ElidedLineEdit.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace insightly {

ElidedLineEdit::ElidedLineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setReadOnly(true);
}

void ElidedLineEdit::setValue(const QString &text)
{
    setText(text);
    setCursorPosition(0); // with the focus, the start (a URL's host) shows first
    setToolTip(text);
    setAccessibleDescription(text);
}

void ElidedLineEdit::paintEvent(QPaintEvent *event)
{
    if (hasFocus()) {
        QLineEdit::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOptionFrame panel;
    initStyleOption(&panel);
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &panel, &painter, this);
    const QRect area =
        style()->subElementRect(QStyle::SE_LineEditContents, &panel, this).adjusted(2, 0, -2, 0);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()));
}

} // namespace insightly
