#include "pages/ReadableViews.h"

#include "pages/InfoLabel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace insightly {

void nameClearButton(QLineEdit *edit)
{
    const QString name =
        edit->accessibleName().isEmpty()
            ? QCoreApplication::translate("ReadableViews", "Clear")
            : QCoreApplication::translate("ReadableViews", "Clear %1", "the clear button of a text field")
                  .arg(edit->accessibleName());
    // Qt's clear action ("_q_qlineeditclearaction") and its button come without text.
    for (QAction *action : edit->findChildren<QAction *>())
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            action->setText(name);
            action->setToolTip(name);
        }
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void elideInMiddle(QAbstractItemView *view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = nullptr;
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(false);
        header = tree->header();
    } else if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(false);
        header = table->horizontalHeader();
    }
    if (header) {
        header->setMinimumSectionSize(40);
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setTextElideMode(Qt::ElideMiddle);
    }
}

ItemDetails::ItemDetails(QAbstractItemView *view, const QString &objectName, QWidget *parent)
    : QLabel(parent)
    , m_view(view)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    InfoLabel::speakText(this, tr("The selected row in full"));
    hide();
    connect(view, &QAbstractItemView::clicked, this, &ItemDetails::refresh);
    connect(view, &QAbstractItemView::activated, this, &ItemDetails::refresh);
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemDetails::refresh);
}

void ItemDetails::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        clear();
        hide();
        return;
    }
    QStringList cells;
    const QAbstractItemModel *model = current.model();
    for (int column = 0; column < model->columnCount(current.parent()); ++column) {
        const QString text = current.siblingAtColumn(column).data(Qt::DisplayRole).toString();
        if (!text.isEmpty())
            cells << text;
    }
    setText(cells.join(QStringLiteral(" — ")));
    setVisible(!cells.isEmpty());
}

} // namespace insightly
