#pragma once

#include <QLineEdit>

namespace insightly {

// A read-only value (a URL, a path, a thumbprint) that fits any width: while it does not have the focus it
// shows the start and the end with "…" in the middle, so a URL's host stays visible; the full text is in
// the tooltip and the accessible description, and text() / copy always give the whole value. With the focus
// it is a normal read-only line edit (select, scroll).
class ElidedLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    ElidedLineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace insightly
