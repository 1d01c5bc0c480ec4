#include "pages/WrappedLabel.h"

#include <QEvent>

#include <algorithm>
#include <iterator>

namespace insightly {

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), textFormat(), wordWrap(), logicalDpiY()};
}

int WrappedLabel::heightForWidth(int width) const
{
    const Key key = currentKey();
    if (!(key == m_key)) {
        m_key = key;
        std::fill(std::begin(m_widths), std::end(m_widths), -1);
    }
    for (int i = 0; i < kRemembered; ++i)
        if (m_widths[i] == width)
            return m_heights[i];
    const int height = QLabel::heightForWidth(width);
    m_widths[m_next] = width;
    m_heights[m_next] = height;
    m_next = (m_next + 1) % kRemembered;
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // The style and the screen's fonts are not in the key: forget every height they may change.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        std::fill(std::begin(m_widths), std::end(m_widths), -1);
    QLabel::changeEvent(event);
}

} // namespace insightly
