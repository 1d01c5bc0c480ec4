#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

namespace insightly {

// A word-wrapped QLabel that remembers its height for the last few widths asked. Qt's layouts ask a
// word-wrapped label for its height at the same widths several times while a page is first laid out (the
// Welcome page's two paragraphs: 3 widths, 4 times each), and QLabel lays the whole text out again on every
// call. The answer depends only on the text, its format, the font, the margins and the width: a change of any
// of them (or of the screen's logical resolution) empties the cache. Start-up figures:
// tests/bench/notes/startup.md.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Key {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        int logicalDpi = 0; // another screen: other font metrics
        bool operator==(const Key &other) const = default;
    };
    Key currentKey() const;

    static constexpr int kRemembered = 4;
    mutable Key m_key;
    mutable int m_widths[kRemembered] = {-1, -1, -1, -1};
    mutable int m_heights[kRemembered] = {};
    mutable int m_next = 0;
};

} // namespace insightly
