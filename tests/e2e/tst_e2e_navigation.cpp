// End to end: the real wizard window, headless, against the simulator — Welcome → Sign in → Back keeps
// what the admin chose; the window fits the screen and remembers its geometry; the frame's pages need no
// horizontal scrolling; after a sign-in the keyboard focus goes on to Next and then to the Instance page's
// first field.
#include "SimFixture.h"
#include "WizardDriver.h"
#include "entra/SignInSession.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTreeWidget>
#include <QWebEngineView>
#include <QtTest>

using namespace insightly;

class TestE2eNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(), "the simulator did not start");
    }

    void init()
    {
        QSettings().remove(SetupWizard::geometrySettingsKey());
        AppConfig config;
        m_context = std::make_unique<WizardContext>(config);
        m_wizard = std::make_unique<SetupWizard>(*m_context);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_driver = std::make_unique<testsupport::WizardDriver>(m_wizard.get());
    }

    void cleanup()
    {
        m_driver->screenshotIfFailed();
        m_driver.reset();
        m_wizard.reset();
        m_context.reset();
    }

    void welcomeThenSignInThenBackKeepsChoices()
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::Welcome));
        QVERIFY(m_driver->waitForWidget(QStringLiteral("modeRotateCertificate")));
        // On the radio button's indicator: a stretched button's centre may lie past its label's end.
        auto *rotate = m_driver->find<QRadioButton>(QStringLiteral("modeRotateCertificate"));
        QTest::mouseClick(rotate, Qt::LeftButton, Qt::NoModifier, QPoint(8, rotate->height() / 2));
        QVERIFY(m_driver->typeText(QStringLiteral("tenantEdit"), QStringLiteral("contoso.example")));
        QCOMPARE(m_context->mode(), WizardMode::RotateCertificate);

        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::SignIn));
        QCOMPARE(m_context->tenant(), QStringLiteral("contoso.example"));
        QVERIFY(m_driver->find(QStringLiteral("signInPage"))->isVisible());

        QVERIFY(m_driver->clickWizardButton(QWizard::BackButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::Welcome));
        QVERIFY(m_driver->find<QRadioButton>(QStringLiteral("modeRotateCertificate"))->isChecked());
        QVERIFY(!m_driver->find<QRadioButton>(QStringLiteral("modeNewSetup"))->isChecked());
        QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("tenantEdit"))->text(),
                 QStringLiteral("contoso.example"));
        QCOMPARE(m_context->mode(), WizardMode::RotateCertificate);
    }

    void everyPageHasTitleAndInstructionsAndFits()
    {
        // Every page carries a title; every interactive widget an accessible name; the window fits 1366×768.
        const QList<int> ids = SetupWizard::allPageIds();
        QCOMPARE(ids.size(), 10);
        for (int id : ids) { // page() builds the pages not visited yet
            QWizardPage *page = m_wizard->page(id);
            QVERIFY2(!page->title().isEmpty(), qPrintable(page->objectName()));
            for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
                // A line edit's clear button: named on the frame's pages (PageWidgets' enableClearButton).
                const bool framePage = id == SetupWizard::Welcome || id == SetupWizard::Instance;
                if (qobject_cast<QLineEdit *>(b->parentWidget()) && !framePage)
                    continue;
                QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                         qPrintable(page->objectName() + u'/' + b->objectName() + u'/' +
                                    QString::fromLatin1(b->metaObject()->className())));
            }
            for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
                if (qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
                    continue; // a spin box's own editor: the spin box carries the name
                QVERIFY2(!e->accessibleName().isEmpty(),
                         qPrintable(page->objectName() + u'/' + e->objectName()));
            }
        }
        QVERIFY(m_wizard->width() <= 1366);
        QVERIFY(m_wizard->height() <= 768);
    }

    void windowFitsTheScreenAndRemembersItsGeometry()
    {
        const QRect available = m_wizard->screen()->availableGeometry();
        QVERIFY2(available.contains(m_wizard->geometry()),
                 qPrintable(QStringLiteral("window %1×%2 at %3,%4 on %5×%6")
                                .arg(m_wizard->width())
                                .arg(m_wizard->height())
                                .arg(m_wizard->x())
                                .arg(m_wizard->y())
                                .arg(available.width())
                                .arg(available.height())));
        // 1280×720 at 125 %: 1024×576 logical pixels, less a task bar and the title bar.
        QVERIFY(m_wizard->minimumWidth() <= 1024 && m_wizard->minimumHeight() <= 490);

        const QSize chosen = (m_wizard->size() - QSize(40, 30)).expandedTo(m_wizard->minimumSize());
        m_wizard->resize(chosen);
        QTRY_COMPARE(m_wizard->size(), chosen);
        m_wizard->reject(); // closing the window keeps its geometry
        QVERIFY(QSettings().contains(SetupWizard::geometrySettingsKey()));

        SetupWizard reopened(*m_context);
        QCOMPARE(reopened.size(), chosen);
        QSettings().remove(SetupWizard::geometrySettingsKey());
    }

    void framePagesNeedNoHorizontalScrolling()
    {
        // The smallest screen the pages are made for: 1280×720 at 125 % less a task bar and the title bar.
        m_wizard->resize(QSize(1008, 490).expandedTo(m_wizard->minimumSize()));
        for (int id : {SetupWizard::Welcome, SetupWizard::Instance, SetupWizard::Summary}) {
            m_wizard->setStartId(id);
            m_wizard->restart();
            QTRY_COMPARE(m_wizard->currentId(), id);
            QWizardPage *page = m_wizard->currentPage();
            auto *scroll = page->findChild<QScrollArea *>(page->objectName() + QStringLiteral("Scroll"));
            QVERIFY2(scroll, qPrintable(page->objectName()));
            QCoreApplication::processEvents(); // the layout settles
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(page->objectName()));
            QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(page->objectName()));
            // The next action is on screen without scrolling: the wizard's buttons are inside the window.
            QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton);
            QVERIFY(m_wizard->rect().contains(
                QRect(cancel->mapTo(m_wizard.get(), QPoint(0, 0)), cancel->size())));
        }
    }

    void informationLabelsExposeTheirText()
    {
        m_wizard->setStartId(SetupWizard::Instance);
        m_wizard->restart();
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::Instance));
        QVERIFY(m_driver->typeText(QStringLiteral("instanceUrlEdit"),
                                   QStringLiteral("http://crm.na1.insightly.com/")));
        auto *check = m_driver->find<QLabel>(QStringLiteral("instanceUrlMessage"));
        QVERIFY(check && check->isVisible() && !check->text().isEmpty());
        QCOMPARE(check->accessibleDescription(), check->text()); // read by a screen reader, not only its name
        QVERIFY(!check->accessibleName().isEmpty());
        // An empty result is not shown (nothing empty to reach or to announce).
        auto *keyResult = m_wizard->findChild<QLabel *>(QStringLiteral("instanceApiKeyResult"));
        QVERIFY(keyResult && keyResult->text().isEmpty() && !keyResult->isVisible());
    }

    void keyboardFocusFollowsTheSignInToTheInstancePage()
    {
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QVERIFY(m_driver->clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::SignIn));

        QWebEngineView *view = nullptr;
        QVERIFY(m_driver->waitFor(
            [&] {
                view = m_wizard->findChild<QWebEngineView *>(QStringLiteral("signInView"));
                return view != nullptr;
            },
            30000));
        auto jsTrue = [&](const QString &script) {
            return testsupport::WizardDriver::runJavaScript(view, script).toBool();
        };
        QVERIFY(m_driver->waitFor(
            [&] { return jsTrue(QStringLiteral("!!document.getElementById('username')")); }, 60000));
        view->setFocus(Qt::TabFocusReason); // where a keyboard user types the credentials
        testsupport::WizardDriver::runJavaScript(
            view, QStringLiteral("document.getElementById('username').value = 'admin@contoso.example';"
                                 "document.getElementById('password').value = '%1';"
                                 "document.getElementById('signin').click();")
                      .arg(m_sim.server().options().password));
        QVERIFY(m_driver->waitFor(
            [&] {
                return jsTrue(QStringLiteral("!!document.getElementById('accept')")) ||
                       (m_context->session() && m_context->session()->isSignedIn());
            },
            60000));
        if (jsTrue(QStringLiteral("!!document.getElementById('accept')")))
            testsupport::WizardDriver::runJavaScript(
                view, QStringLiteral("document.getElementById('accept').click()"));
        auto *table = m_driver->find<QTreeWidget>(QStringLiteral("preflightTable"));
        QVERIFY(m_driver->waitFor(
            [&] { return table && table->isVisible() && table->topLevelItemCount() > 0; }, 60000));

        // No cut-off result: the role's full name fits its column.
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QString text = table->topLevelItem(row)->text(1);
            QVERIFY2(table->header()->sectionSize(1) >= table->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }

        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTRY_COMPARE(m_wizard->focusWidget(), static_cast<QWidget *>(next));
        QTest::keyClick(next, Qt::Key_Return);
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::Instance));
        QWidget *url = m_driver->find(QStringLiteral("instanceUrlEdit"));
        QTRY_COMPARE(m_wizard->focusWidget(), url);
        QTest::keyClick(url, Qt::Key_Tab);
        QTRY_COMPARE(m_wizard->focusWidget()->objectName(), QStringLiteral("instanceApiKeyEdit"));
    }

private:
    testsupport::SimFixture m_sim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<testsupport::WizardDriver> m_driver;
};

QTEST_MAIN(TestE2eNavigation)
#include "tst_e2e_navigation.moc"
