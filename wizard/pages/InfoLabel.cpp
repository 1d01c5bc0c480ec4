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

void InfoLabel::setText(const QString &text)
{
    QLabel::setText(text);
    const bool rich =
        textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    setAccessibleDescription(rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
}

} // namespace insightly
