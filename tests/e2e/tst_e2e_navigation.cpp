// End to end: the real wizard window, headless, against the simulator — Welcome → Sign in → Back keeps
// what the admin chose.
#include "SimFixture.h"
#include "WizardDriver.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QRadioButton>
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
        QCOMPARE(m_driver->find<QLineEdit>(QStringLiteral("tenantEdit"))->text(), QStringLiteral("contoso.example"));
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
                if (qobject_cast<QLineEdit *>(b->parentWidget()))
                    continue; // QLineEdit's own clear button is named by Qt's accessibility layer
                QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                         qPrintable(page->objectName() + u'/' + b->objectName() + u'/'
                                    + QString::fromLatin1(b->metaObject()->className())));
            }
            for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
                if (qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
                    continue; // a spin box's own editor: the spin box carries the name
                QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(page->objectName() + u'/' + e->objectName()));
            }
        }
        QVERIFY(m_wizard->width() <= 1366);
        QVERIFY(m_wizard->height() <= 768);
    }

private:
    testsupport::SimFixture m_sim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<testsupport::WizardDriver> m_driver;
};

QTEST_MAIN(TestE2eNavigation)
#include "tst_e2e_navigation.moc"
