// End to end: Step 4 driven like a person — type in the search box, pick two users, Add, wait for the
// progress to finish, and see them in the current assignments.
#include "GalleryApp.h"
#include "SessionHelpers.h"
#include "SimFixture.h"
#include "WizardDriver.h"
#include "core/SetupStateStore.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

using namespace insightly;

class TestE2eAssign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sim.start(), "the simulator did not start");
    }

    void cleanup()
    {
        if (m_driver)
            m_driver->screenshotIfFailed();
        m_driver.reset();
        m_wizard.reset();
        m_context.reset();
    }

    void searchPickTwoAddAndSeeThemAssigned()
    {
        AppConfig config;
        m_context = std::make_unique<WizardContext>(config);
        QString error;
        QVERIFY2(testsupport::signInForTests(*m_context, m_sim, QStringLiteral("admin@contoso.example"), &error),
                 qPrintable(error));

        // Step 1's result: the Insightly SAML app (found in the gallery by name, never a hard-coded id).
        const testsupport::GalleryApp app = testsupport::addInsightlySamlFromGallery(m_sim, m_sim.token(), &error);
        QVERIFY2(app.isValid(), qPrintable(error));
        const QString spId = app.servicePrincipalId;
        m_context->setup().load(m_context->tenant());
        m_context->setup().update([&spId](SetupState &state) { state.servicePrincipalId = spId; });

        m_wizard = std::make_unique<SetupWizard>(*m_context);
        m_wizard->setStartId(SetupWizard::Assign);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_driver = std::make_unique<testsupport::WizardDriver>(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::Assign));

        // Two users who share a first name; the admin types it.
        for (const QString &last : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
            sim::DirectoryUser user;
            user.id = m_sim.server().newGuid();
            user.givenName = QStringLiteral("Quinzel");
            user.surname = last;
            user.displayName = user.givenName + u' ' + last;
            user.userPrincipalName = QStringLiteral("quinzel.%1@contoso.example").arg(last.toLower());
            user.mail = user.userPrincipalName;
            m_sim.server().world().directory.addUser(user);
        }
        QVERIFY(m_driver->typeText(QStringLiteral("assignSearchEdit"), QStringLiteral("Quinzel")));
        auto *results = m_driver->find<QListView>(QStringLiteral("assignResultsView"));
        QVERIFY(results);
        QVERIFY(m_driver->waitFor([&] { return results->model()->rowCount() == 2; }, 30000));
        // Pick two users with the mouse: a click, then a Ctrl+click.
        QStringList picked;
        QList<int> rows;
        for (int row = 0; row < results->model()->rowCount() && rows.size() < 2; ++row)
            if (results->model()->index(row, 0).data(Qt::UserRole + 3).toInt() == 0) // a user, not a group
                rows << row;
        QCOMPARE(rows.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QModelIndex index = results->model()->index(rows[i], 0);
            results->scrollTo(index);
            picked << index.data(Qt::UserRole + 4).toString();
            QTest::mouseClick(results->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              results->visualRect(index).center());
        }
        QCOMPARE(results->selectionModel()->selectedRows().size(), 2);

        QVERIFY(m_driver->click(QStringLiteral("assignAddButton")));
        auto *progress = m_driver->find<QProgressBar>(QStringLiteral("assignProgress"));
        auto *cancel = m_driver->find<QPushButton>(QStringLiteral("assignCancelButton"));
        auto *current = m_driver->find<QListWidget>(QStringLiteral("assignCurrentView"));
        QVERIFY(progress && cancel && current);
        QVERIFY(m_driver->waitFor(
            [&] { return progress->maximum() == 2 && progress->value() == 2 && !cancel->isEnabled(); }, 60000));
        QVERIFY(m_driver->waitFor([&] { return current->count() == 2; }, 30000));
        QStringList shown;
        for (int i = 0; i < current->count(); ++i)
            shown << current->item(i)->text();
        for (const QString &name : picked)
            QVERIFY2(shown.join(u'\n').contains(name), qPrintable(shown.join(u'\n')));
        QCOMPARE(m_context->setup().state().pendingAssignments(), 0);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

private:
    testsupport::SimFixture m_sim;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<testsupport::WizardDriver> m_driver;
};

QTEST_MAIN(TestE2eAssign)
#include "tst_e2e_assign.moc"
