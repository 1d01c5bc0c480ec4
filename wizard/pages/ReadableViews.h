#pragma once

#include <QLabel>
#include <QString>

class QAbstractItemView;
class QLineEdit;

namespace insightly {

// What keeps a page readable at any width and for a screen reader (information labels: InfoLabel): named
// clear buttons, and item views that elide long text in the middle (the full text in a tooltip and in
// an ItemDetails line) instead of growing wider than the page.

// Names the clear button of a line edit with setClearButtonEnabled(true) ("Clear <the field's name>").
void nameClearButton(QLineEdit *edit);

// Long cells elide in the middle ("admin@con…example"), columns share the view's width, and the view never
// scrolls sideways.
void elideInMiddle(QAbstractItemView *view);

// The full text of the current row of a view (every column), for text a cell cuts. Hidden while nothing is
// current.
class ItemDetails : public QLabel
{
    Q_OBJECT
public:
    ItemDetails(QAbstractItemView *view, const QString &objectName, QWidget *parent = nullptr);
    void refresh();

private:
    QAbstractItemView *m_view;
};

} // namespace insightly
