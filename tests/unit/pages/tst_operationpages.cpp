// The layout of Step 2 and of the certificate rotation, without starting any operation or web engine: the
// browsers sit right of the instructions in a splitter (not below them in the scroll area), the rotation
// does not repeat the first setup's "do not enforce yet", every control is named for a screen reader (never
// by its object name), information labels expose their text, and long values keep their full text.
#include "pages/ElidedLineEdit.h"
#include "pages/InsightlyTab.h"
#include "pages/OperationView.h"
#include "pages/RotateCertificatePage.h"
#include "pages/SamlPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QtTest>
#include <memory>

using namespace insightly;

class TestOperationPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InsightlyTab> m_tab;

    void checkBrowsersBesideInstructions(StepPage *page)
    {
        page->resize(700, 560); // narrower than the controls and the browsers need: they keep their minimum
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        auto *splitter = page->findChild<QSplitter *>(page->objectName() + QStringLiteral("Splitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 2);
        auto *browsers = qobject_cast<QTabWidget *>(splitter->widget(1));
        QVERIFY(browsers);
        QCOMPARE(browsers->count(), 2); // Insightly, and the sign-in test's browser
        auto *instructions = page->findChild<QLabel *>(QStringLiteral("instructions"));
        QVERIFY(instructions && instructions->isVisible());
        QVERIFY(splitter->widget(0)->isAncestorOf(instructions));
        // Beside, not below: the browsers start right of the instructions, at the same height.
        const QPoint instructionsAt = instructions->mapTo(page, QPoint(0, 0));
        const QPoint browsersAt = browsers->mapTo(page, QPoint(0, 0));
        QVERIFY(browsersAt.x() > instructionsAt.x() + instructions->width() - 1);
        QVERIFY(browsersAt.y() <= instructionsAt.y() + 1);
        // The browsers are not inside the scrolling controls.
        auto *scroll = page->findChild<QScrollArea *>(page->objectName() + QStringLiteral("Scroll"));
        QVERIFY(scroll);
        QVERIFY(!scroll->isAncestorOf(browsers));
        // No sideways scrolling: the controls fit the width they are given.
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("controls need %1 px, get %2")
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    static void checkNamedControls(QWidget *page)
    {
        for (QWidget *w : page->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QAbstractSpinBox *>(w);
            if (!interactive || w->parent()->inherits("QAbstractSpinBox"))
                continue;
            const QString spoken = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && spoken.isEmpty())
                QVERIFY2(!button->text().isEmpty(), qPrintable(w->objectName()));
            else
                QVERIFY2(!spoken.isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no name")));
            if (!w->objectName().isEmpty())
                QVERIFY2(spoken != w->objectName(), qPrintable(w->objectName()));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppConfig config;
        m_context = std::make_unique<WizardContext>(config);
        m_tab = std::make_unique<InsightlyTab>(*m_context);
    }

    void samlPageShowsTheBrowsersBesideTheInstructions()
    {
        SamlPage page(*m_context, m_tab.get());
        checkBrowsersBesideInstructions(&page);
        checkNamedControls(&page);
        auto *steps = page.findChild<QLabel *>(QStringLiteral("samlHandoffSteps"));
        QVERIFY(steps);
        QVERIFY(steps->text().contains(QLatin1String("Enforce SAML Login"))); // first setup: not yet
        QVERIFY(page.lockoutCheckArea());
    }

    void rotationPageHasItsOwnWording()
    {
        RotateCertificatePage page(*m_context, m_tab.get());
        checkBrowsersBesideInstructions(&page);
        checkNamedControls(&page);
        for (QLabel *label : page.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("Enforce SAML Login")),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }

    void statusLabelsExposeTheirText()
    {
        OperationView view(QStringLiteral("probe"), QStringLiteral("the probe"), QStringLiteral("Cancel"));
        view.setStatus(QStringLiteral("<b>Saved</b> two files."));
        auto *label = view.findChild<QLabel *>(QStringLiteral("probeProgressLabel"));
        QVERIFY(label);
        QCOMPARE(label->accessibleName(),
                 OperationView::tr("Progress of %1").arg(QStringLiteral("the probe")));
        QCOMPARE(label->accessibleDescription(), QStringLiteral("Saved two files."));
        view.setStatus(QStringLiteral("Cancelled."));
        QCOMPARE(label->accessibleDescription(), QStringLiteral("Cancelled."));
        QSignalSpy cancel(&view, &OperationView::cancelRequested);
        auto *button = view.findChild<QAbstractButton *>(QStringLiteral("probeCancelButton"));
        QVERIFY(button && !button->isEnabled());
        view.setRunning(true);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(cancel.size(), 1);
    }

    void longValuesKeepTheirFullText()
    {
        const QString url =
            QStringLiteral("https://login.microsoftonline.com/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/"
                           "saml2/with/a/long/tail");
        ElidedLineEdit edit(QStringLiteral("value"), QStringLiteral("Login URL"));
        edit.resize(120, edit.sizeHint().height());
        edit.setValue(url);
        QCOMPARE(edit.text(), url);
        QCOMPARE(edit.toolTip(), url);
        QCOMPARE(edit.accessibleDescription(), url);
        QCOMPARE(edit.cursorPosition(), 0); // the host first
        QVERIFY(edit.isReadOnly());
    }
};

QTEST_MAIN(TestOperationPages)
#include "tst_operationpages.moc"
