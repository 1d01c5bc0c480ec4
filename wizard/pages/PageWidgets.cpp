#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    nameClearButton(edit);
    for (QToolButton *button : edit->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::NoFocus); // Tab goes field to field; Ctrl+A, Delete clears
}

void chooseFolderInto(QLineEdit *field, const QString &objectName, const QString &title,
                      const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(field->window(), title, field->text());
    dialog->setObjectName(objectName);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, field, [field, chosen](const QString &folder) {
        field->setText(folder);
        if (chosen)
            chosen(folder);
    });
    dialog->open();
}

} // namespace insightly
