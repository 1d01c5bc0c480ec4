// RemoveSetupDialog: the confirmation lists the plan in words, "Remove" stays disabled until the admin
// confirms the Insightly warning, and the default button keeps everything.
#include "core/SetupState.h"
#include "core/SetupStateStore.h"
#include "pages/RemoveSetupDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insightly;

class TestRemoveSetupDialog : public QObject
{
    Q_OBJECT

private slots:
    void planInWordsAndAnExplicitConfirmation()
    {
        QTemporaryDir dir;
        SetupStateStore store(dir.path());
        SetupState state;
        state.tenantId = QStringLiteral("tenant-1");
        state.appObjectId = QStringLiteral("0d6b8b2f-6c8e-4a53-9c1e-3b7a2f9d4e10");
        state.appCreatedByWizard = true;
        QVERIFY(store.replace(state));
        FlowContext context;
        context.setup = &store;
        RemoveSetupDialog dialog(context);
        auto *plan = dialog.findChild<QLabel *>(QStringLiteral("removePlan"));
        auto *understood = dialog.findChild<QCheckBox *>(QStringLiteral("removeUnderstood"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeConfirm"));
        auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("removeClose"));
        QVERIFY(plan && understood && remove && keep);
        QVERIFY(plan->text().contains(state.appObjectId));
        QVERIFY(plan->accessibleDescription().contains(QLatin1String("Enforce SAML Login")));
        QVERIFY(!remove->isEnabled());
        QVERIFY(keep->isDefault());
        understood->setChecked(true);
        QVERIFY(remove->isEnabled());
        for (QWidget *control : {static_cast<QWidget *>(understood), static_cast<QWidget *>(remove),
                                 static_cast<QWidget *>(keep)})
            QVERIFY2(!control->accessibleName().isEmpty() &&
                         control->accessibleName() != control->objectName(),
                     qPrintable(control->objectName()));
        keep->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.removed());
        QCOMPARE(store.state().appObjectId, state.appObjectId); // nothing removed
    }

    void anAppTheWizardFoundIsListedAsKept()
    {
        SetupState state;
        state.appObjectId = QStringLiteral("app-found");
        const QString html = RemoveSetupDialog::planHtml(RemovalPlan::forState(state));
        QVERIFY(html.contains(QLatin1String("Not touched")));
        QVERIFY(html.contains(QLatin1String("app-found")));
        QVERIFY(!RemovalPlan::forState(state).deletesApplication());
    }
};

QTEST_MAIN(TestRemoveSetupDialog)
#include "tst_removesetupdialog.moc"
