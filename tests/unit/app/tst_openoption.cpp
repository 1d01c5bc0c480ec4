// --open PAGE --tenant T --instance URL (what a click on the weekly check's notification starts): its
// parsing, that it needs a window, and the page and saved setup the wizard then opens on.
#include "CommandLine.h"
#include "core/SetupChoiceModel.h"
#include "core/SetupStateStore.h"
#include "pages/SetupWizard.h"
#include "pages/WelcomePage.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace insightly;

namespace {

const QString tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

QUrl signInUrl(const QString &instanceId)
{
    return QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=%1").arg(instanceId));
}

QStringList arguments(const QStringList &options)
{
    return QStringList{QStringLiteral("insightly-sso-setup")} + options;
}

} // namespace

class TestOpenOption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
    void cleanupTestCase()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void parses_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("mode"); // -1: an error
        QTest::newRow("status") << QStringList{QStringLiteral("--open"),
                                               QStringLiteral("status"),
                                               QStringLiteral("--tenant"),
                                               tenant,
                                               QStringLiteral("--instance"),
                                               signInUrl(QStringLiteral("111")).toString()}
                                << int(WizardMode::CheckStatus);
        QTest::newRow("rotate certificate")
            << QStringList{QStringLiteral("--open=rotate-certificate")} << int(WizardMode::RotateCertificate);
        QTest::newRow("rotate token")
            << QStringList{QStringLiteral("--open"), QStringLiteral("rotate-scim-token")}
            << int(WizardMode::RotateScimToken);
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--open"), QStringLiteral("setup")} << -1;
        QTest::newRow("with --check")
            << QStringList{QStringLiteral("--open"), QStringLiteral("status"), QStringLiteral("--check")}
            << -1;
        QTest::newRow("instance alone")
            << QStringList{QStringLiteral("--instance"), QStringLiteral("crm.na1.insightly.com")} << -1;
    }

    void parses()
    {
        QFETCH(QStringList, options);
        QFETCH(int, mode);
        const CommandLine cmd = parseCommandLine(arguments(options));
        if (mode < 0) {
            QVERIFY(!cmd.error.isEmpty());
            return;
        }
        QVERIFY2(cmd.error.isEmpty(), qPrintable(cmd.error));
        QVERIFY(cmd.open.mode.has_value());
        QCOMPARE(int(*cmd.open.mode), mode);
        QVERIFY(!cmd.check.run);
        if (options.contains(QStringLiteral("--instance"))) {
            QCOMPARE(cmd.open.instance, signInUrl(QStringLiteral("111")));
            QCOMPARE(cmd.config.tenant, tenant);
        }
    }

    void opensWithAWindowAndIsInTheHelp()
    {
        QVERIFY(!runsWithoutWindow(
            arguments({QStringLiteral("--open"), QStringLiteral("status"), QStringLiteral("--instance"),
                       signInUrl(QStringLiteral("1")).toString()})));
        QVERIFY(runsWithoutWindow(arguments({QStringLiteral("--check"), QStringLiteral("--instance"),
                                             QStringLiteral("crm.na1.insightly.com")})));
        QVERIFY(runsWithoutWindow(
            arguments({QStringLiteral("--instance"), QStringLiteral("crm.na1.insightly.com")})));
        QVERIFY(runsWithoutWindow(
            arguments({QStringLiteral("--open"), QStringLiteral("status"), QStringLiteral("--help")})));
        QVERIFY(parseCommandLine(arguments({})).helpText.contains(QStringLiteral("--open <page>")));
    }

    void theStartPage()
    {
        QCOMPARE(SetupWizard::startPageFor(WizardMode::CheckStatus, true), int(SetupWizard::SignIn));
        QCOMPARE(SetupWizard::startPageFor(WizardMode::RotateCertificate, true), int(SetupWizard::SignIn));
        QCOMPARE(SetupWizard::startPageFor(WizardMode::CheckStatus, false), int(SetupWizard::Welcome));
        QCOMPARE(SetupWizard::startPageFor(WizardMode::NewSetup, true), int(SetupWizard::Welcome));
    }

    void opensOnTheNamedSetup()
    {
        AppConfig config;
        config.tenant = tenant;
        WizardContext context(config);
        // Two saved setups of the tenant.
        SetupStateStore &store = context.setup();
        for (const QString &instance : {QStringLiteral("111"), QStringLiteral("222")}) {
            store.choose(SetupKey{tenant, {}});
            store.load(tenant);
            store.update([&](SetupState &s) {
                s.instanceId = instance;
                s.insightlySignInUrl = signInUrl(instance);
            });
        }
        store.forgetChoice();

        const CommandLine cmd = parseCommandLine(
            arguments({QStringLiteral("--open"), QStringLiteral("status"), QStringLiteral("--tenant"), tenant,
                       QStringLiteral("--instance"), signInUrl(QStringLiteral("111")).toString()}));
        QVERIFY2(cmd.error.isEmpty(), qPrintable(cmd.error));
        SetupWizard wizard(context);
        wizard.openSetup(*cmd.open.mode, store.catalogue().findSetup(cmd.config.tenant, cmd.open.instance));
        QCOMPARE(wizard.startId(), int(SetupWizard::SignIn));
        QCOMPARE(context.mode(), WizardMode::CheckStatus);
        QCOMPARE(context.tenant(), tenant);
        QCOMPARE(store.choice(), std::optional<SetupKey>(SetupKey{tenant, QStringLiteral("111")}));
        // The sign-in then opens that setup, not the tenant's latest (222).
        store.load(tenant);
        QCOMPARE(store.state().instanceId, QStringLiteral("111"));
        // The status page follows the sign-in.
        QCOMPARE(SetupWizard::sequence(context.mode()).indexOf(SetupWizard::Summary),
                 SetupWizard::sequence(context.mode()).indexOf(SetupWizard::SignIn) + 1);

        // An instance without a saved setup: the Welcome page, with the mode chosen, where the admin picks.
        WizardContext other(config);
        SetupWizard unknown(other);
        unknown.openSetup(WizardMode::CheckStatus,
                          other.setup().catalogue().findSetup(tenant, signInUrl(QStringLiteral("999"))));
        QCOMPARE(unknown.startId(), int(SetupWizard::Welcome));
        QCOMPARE(other.mode(), WizardMode::CheckStatus);
    }

    void theWelcomePageOffersTheSavedSetups()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        WizardContext context(AppConfig{});
        SetupWizard wizard(context);
        auto *welcome = qobject_cast<WelcomePage *>(wizard.page(SetupWizard::Welcome));
        QVERIFY(welcome);
        auto *box = welcome->findChild<QComboBox *>(QStringLiteral("setupCombo"));
        auto *tenantEdit = welcome->findChild<QLineEdit *>(QStringLiteral("tenantEdit"));
        QVERIFY(box && tenantEdit);
        QVERIFY(!box->accessibleName().isEmpty());
        welcome->initializePage();
        QVERIFY(box->isHidden()); // nothing saved: nothing to pick

        SetupStateStore &store = context.setup();
        for (const QString &instance : {QStringLiteral("111"), QStringLiteral("222")}) {
            store.choose(SetupKey{tenant, {}});
            store.load(tenant);
            store.update([&](SetupState &s) {
                s.instanceId = instance;
                s.insightlySignInUrl = signInUrl(instance);
            });
        }
        store.forgetChoice();
        SetupWizard again(context);
        welcome = qobject_cast<WelcomePage *>(again.page(SetupWizard::Welcome));
        box = welcome->findChild<QComboBox *>(QStringLiteral("setupCombo"));
        tenantEdit = welcome->findChild<QLineEdit *>(QStringLiteral("tenantEdit"));
        welcome->initializePage();
        QVERIFY(!box->isHidden());
        QCOMPARE(box->count(), 3);
        QVERIFY(box->model() == welcome->setups());
        // The setup used last is offered first, with its tenant.
        QCOMPARE(welcome->setups()->setupAt(box->currentIndex()), (SetupKey{tenant, QStringLiteral("222")}));
        QCOMPARE(tenantEdit->text(), tenant);

        // Picking the other one: the sign-in opens it.
        const int other = welcome->setups()->rowOf(SetupKey{tenant, QStringLiteral("111")});
        box->setCurrentIndex(other);
        emit box->activated(other);
        QVERIFY(welcome->validatePage());
        QCOMPARE(store.choice(), std::optional<SetupKey>(SetupKey{tenant, QStringLiteral("111")}));
        QCOMPARE(context.tenant(), tenant);

        // "A new setup": the tenant is the admin's to name, the run a set-up, and the sign-in starts afresh.
        box->setCurrentIndex(0);
        emit box->activated(0);
        QVERIFY(tenantEdit->text().isEmpty());
        QCOMPARE(context.mode(), WizardMode::NewSetup);
        tenantEdit->setText(QStringLiteral("fabrikam.onmicrosoft.com"));
        QVERIFY(welcome->validatePage());
        QCOMPARE(store.choice(),
                 std::optional<SetupKey>(SetupKey{QStringLiteral("fabrikam.onmicrosoft.com"), {}}));
    }
};

QTEST_MAIN(TestOpenOption)
#include "tst_openoption.moc"
