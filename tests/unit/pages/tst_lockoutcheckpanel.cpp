// LockoutCheckPanel, as an admin uses it on any page, against the simulator: the API key typed, "Check for
// lockouts" lists who could not sign in (the admin first) and says so in words, "Assign the matching Entra
// users" assigns them and checks again, and the key is not kept in the field.
#include "FlowTestFixture.h"
#include "core/SetupStateStore.h"
#include "pages/LockoutCheckPanel.h"
#include "pages/WizardContext.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace insightly;

class TestLockoutCheckPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checksAssignsAndChecksAgain()
    {
        FlowTestFixture f;
        QCOMPARE(f.start(), QString());
        const entra::GalleryApplicationResult app = f.run(entra::GalleryApplication::ensure(f.context()));
        QVERIFY2(app.ok(), qPrintable(app.error.toDiagnostics()));
        const sim::InsightlyState &insightly = f.sim->server().world().insightly;
        f.store->update([&](SetupState &s) {
            s.pod = insightly.pod;
            s.instanceId = insightly.instanceId;
        });
        QVERIFY(f.wizard->setup().replace(f.store->state())); // the page reads the wizard's own store

        LockoutCheckPanel panel(*f.wizard, QStringLiteral("testLockout"));
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *key = panel.findChild<QLineEdit *>(QStringLiteral("testLockoutApiKeyEdit"));
        auto *check = panel.findChild<QPushButton *>(QStringLiteral("testLockoutButton"));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("testLockoutList"));
        auto *fix = panel.findChild<QPushButton *>(QStringLiteral("testLockoutFixButton"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("testLockoutStatus"));
        QVERIFY(key && check && list && fix && status);
        QVERIFY(!key->accessibleName().isEmpty() && !check->accessibleName().isEmpty());
        QVERIFY(!list->isVisible() && !fix->isVisible()); // nothing to show before a check

        QTest::keyClicks(key, insightly.apiKey);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.flow()->verdict() == LockoutCheckFlow::Verdict::AtRisk, 60000);
        QVERIFY(key->text().isEmpty()); // kept in the keychain, not in the field
        QVERIFY(list->isVisible() && list->count() > 0);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("You: ")));
        QCOMPARE(list->item(0)->toolTip(), list->item(0)->text());
        QCOMPARE(status->text(), panel.flow()->statusText());
        QVERIFY(status->accessibleName().isEmpty()); // spoken by its text
        QTRY_VERIFY(fix->isEnabled());
        const int before = list->count();

        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && list->count() < before, 120000);
        QVERIFY(!fix->isEnabled()); // those left have no Entra user to assign
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(list->item(i)->text().contains(QStringLiteral("no Entra user")),
                     qPrintable(list->item(i)->text()));
        QCOMPARE(status->text(), panel.flow()->statusText());
    }
};

QTEST_MAIN(TestLockoutCheckPanel)
#include "tst_lockoutcheckpanel.moc"
