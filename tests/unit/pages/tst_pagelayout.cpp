// Steps 3 and 4 and the rotate-SCIM-token page at the window sizes an admin has: 972×547 (the wizard's size
// on a 1280×720 screen at 125 %), 980×680 (its default) and 1300×700 (a 1366×768 screen). Nothing scrolls
// sideways, no button's text is cut, the page's first action is on screen without scrolling, every
// information label is spoken by its text (never by an object name), and line-edit clear buttons have names.
#include "core/AppConfig.h"
#include "pages/AssignPage.h"
#include "pages/RotateScimTokenPage.h"
#include "pages/ScimPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>
#include <QtTest>

using namespace insightly;

class TestPageLayout : public QObject
{
    Q_OBJECT

    // The page's own content (the scroll area StepPage puts it in).
    static QScrollArea *contentArea(QWizardPage *page)
    {
        return page->findChild<QScrollArea *>(page->objectName() + QStringLiteral("Scroll"));
    }

    // Checks what is on screen now; `failures` collects one line per fault.
    static void inspect(QWizardPage *page, const QString &where, QStringList *failures)
    {
        QScrollArea *scroll = contentArea(page);
        if (!scroll) {
            *failures << where + QStringLiteral(": no content scroll area");
            return;
        }
        QApplication::processEvents();
        if (scroll->horizontalScrollBar()->isVisible())
            *failures << where + QStringLiteral(": scrolls sideways (content %1 px in a view of %2 px)")
                                     .arg(scroll->widget()->minimumSizeHint().width())
                                     .arg(scroll->viewport()->width());
        for (QAbstractButton *button : scroll->widget()->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(page) || qobject_cast<QToolButton *>(button))
                continue;
            if (button->width() < button->sizeHint().width())
                *failures << where + QStringLiteral(": button %1 cut (%2 of %3 px)")
                                         .arg(button->objectName())
                                         .arg(button->width())
                                         .arg(button->sizeHint().width());
        }
        for (QWidget *widget : scroll->widget()->findChildren<QWidget *>()) {
            if (!widget->objectName().isEmpty() && widget->accessibleName() == widget->objectName())
                *failures
                    << where + QStringLiteral(": %1 is spoken by its object name").arg(widget->objectName());
        }
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page) || label->text().isEmpty() || label->buddy())
                continue;
            QTextDocument doc;
            doc.setHtml(label->text());
            const QString shown = Qt::mightBeRichText(label->text()) ? doc.toPlainText() : label->text();
            QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(label);
            const QString spoken =
                a11y ? a11y->text(QAccessible::Name) + u' ' + a11y->text(QAccessible::Description)
                     : QString();
            if (!spoken.contains(shown.simplified().left(40)) &&
                !spoken.simplified().contains(shown.simplified().left(40)))
                *failures << where + QStringLiteral(": label %1 does not speak its text (\"%2\" / \"%3\")")
                                         .arg(label->objectName(), shown.left(40), spoken.left(40));
        }
        for (QLineEdit *edit : scroll->widget()->findChildren<QLineEdit *>()) {
            if (!edit->isClearButtonEnabled())
                continue;
            for (QToolButton *clear : edit->findChildren<QToolButton *>())
                if (clear->accessibleName().isEmpty())
                    *failures << where + QStringLiteral(": the clear button of %1 has no name")
                                             .arg(edit->objectName());
        }
    }

    // True when `widget` lies inside the visible part of the page's content without scrolling.
    static bool onScreen(QWizardPage *page, QWidget *widget)
    {
        QScrollArea *scroll = contentArea(page);
        const QRect inViewport(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        return widget->isVisible() && scroll->viewport()->rect().contains(inViewport);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pagesFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720 at 125%") << QSize(972, 547);
        QTest::newRow("default") << QSize(980, 680);
        QTest::newRow("1366x768") << QSize(1300, 700);
    }

    void pagesFit()
    {
        QFETCH(QSize, size);
        AppConfig config;
        WizardContext context(config);
        QStringList failures;

        {
            QWizard wizard;
            wizard.setWizardStyle(QWizard::ModernStyle);
            auto *page = new AssignPage(context);
            wizard.addPage(page);
            wizard.resize(size);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("assignTabs"));
            QVERIFY(tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                inspect(page, QStringLiteral("Step 4, tab %1").arg(tabs->tabText(i)), &failures);
            }
            tabs->setCurrentIndex(0);
            QApplication::processEvents();
            auto *add = page->findChild<QAbstractButton *>(QStringLiteral("assignAddButton"));
            QVERIFY(add);
            if (!onScreen(page, add))
                failures << QStringLiteral("Step 4: Assign selected is below the fold");
        }
        {
            QWizard wizard;
            wizard.setWizardStyle(QWizard::ModernStyle);
            auto *page = new RotateScimTokenPage(context);
            wizard.addPage(page);
            wizard.resize(size);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            inspect(page, QStringLiteral("Rotate SCIM token"), &failures);
            auto *save = page->findChild<QAbstractButton *>(QStringLiteral("rotateScimTestSaveButton"));
            QVERIFY(save);
            if (!onScreen(page, save))
                failures << QStringLiteral("Rotate SCIM token: Test and save is below the fold");
            auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("rotateScimTabs"));
            QVERIFY(tabs);
            QCOMPARE(tabs->count(), 2); // the new token, and Insightly itself
        }
        {
            QWizard wizard;
            wizard.setWizardStyle(QWizard::ModernStyle);
            auto *page = new ScimPage(context);
            wizard.addPage(page);
            wizard.resize(size);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            inspect(page, QStringLiteral("Step 3"), &failures);
            auto *test = page->findChild<QAbstractButton *>(QStringLiteral("scimTestButton"));
            QVERIFY(test);
            if (!onScreen(page, test))
                failures << QStringLiteral("Step 3: Test connection is below the fold");
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
