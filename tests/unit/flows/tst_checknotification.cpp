// The scheduled check's notification: the command each platform runs to show it and wait for a click, and
// that a click — and only a click — starts exactly `insightly-sso-setup --open status --tenant T --instance
// URL`. The runner and the launcher are injected: no desktop, no notification daemon.
#include "flows/CheckNotification.h"

#include <QTest>
#include <optional>

using namespace insightly;
using Platform = CheckNotification::Platform;

namespace {

const QString exe = QStringLiteral("/opt/insightly-sso-setup/bin/insightly-sso-setup");
const QString tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString instance = QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=111");

HealthVerdict failingVerdict()
{
    HealthVerdict v;
    v.status = HealthVerdict::Status::Failing;
    v.tenantId = tenant;
    v.tenantName = QStringLiteral("Contoso");
    v.instance = instance;
    v.findings.append({QStringLiteral("certificate"), HealthVerdict::Status::Failing,
                       QStringLiteral("The SAML signing certificate expires in 9 days."),
                       QStringLiteral("Rotate the certificate.")});
    return v;
}

struct Recorder {
    QList<CheckNotification::Command> ran;
    QList<QPair<QString, QStringList>> launched;
    QStringList answers; // what each run answers in turn ("null" = it failed)

    CheckNotification::Runner runner()
    {
        return [this](CheckNotification::Command command) -> QCoro::Task<QString> {
            ran.append(command);
            const QString answer = answers.isEmpty() ? QString() : answers.takeFirst();
            co_return answer == QLatin1String("null") ? QString() : answer;
        };
    }
    CheckNotification::Launcher launcher()
    {
        return [this](const QString &program, const QStringList &arguments) {
            launched.append({program, arguments});
            return true;
        };
    }
};

} // namespace

class TestCheckNotification : public QObject
{
    Q_OBJECT

private slots:
    void aClickOpensTheStatusPageOfTheCheckedSetup()
    {
        const CheckNotification notification(failingVerdict(), exe);
        Recorder r;
        r.answers = {QStringLiteral("open\n")};
        QVERIFY(QCoro::waitFor(notification.show(Platform::Linux, r.runner(), r.launcher())));
        QCOMPARE(r.ran.size(), 1);
        QCOMPARE(r.launched.size(), 1);
        QCOMPARE(r.launched.first().first, exe);
        QCOMPARE(r.launched.first().second,
                 (QStringList{QStringLiteral("--open"), QStringLiteral("status"), QStringLiteral("--tenant"),
                              tenant, QStringLiteral("--instance"), instance}));
        // notify-send with an action and --wait: it prints the action's name when clicked.
        const CheckNotification::Command &shown = r.ran.first();
        QCOMPARE(shown.program, QStringLiteral("notify-send"));
        QVERIFY(shown.arguments.contains(QStringLiteral("--wait")));
        QVERIFY(std::any_of(shown.arguments.cbegin(), shown.arguments.cend(),
                            [](const QString &a) { return a.startsWith(QLatin1String("--action=open=")); }));
        QVERIFY(shown.arguments.contains(QStringLiteral("--urgency=critical")));
        QCOMPARE(shown.arguments.at(shown.arguments.size() - 2), notification.title());
        QVERIFY(shown.arguments.last().contains(QStringLiteral("Rotate the certificate.")));
    }

    void dismissedItOpensNothing()
    {
        const CheckNotification notification(failingVerdict(), exe);
        Recorder r;
        r.answers = {QString(QLatin1String(""))};
        QVERIFY(QCoro::waitFor(notification.show(Platform::Linux, r.runner(), r.launcher())));
        QCOMPARE(r.ran.size(), 1);
        QVERIFY(r.launched.isEmpty());
    }

    void anOldNotifySendShowsItWithoutTheAction()
    {
        const CheckNotification notification(failingVerdict(), exe);
        Recorder r;
        r.answers = {QStringLiteral("null"), QString(QLatin1String(""))};
        QVERIFY(QCoro::waitFor(notification.show(Platform::Linux, r.runner(), r.launcher())));
        QCOMPARE(r.ran.size(), 2);
        QVERIFY(!r.ran.at(1).arguments.contains(QStringLiteral("--wait")));
        QVERIFY(r.launched.isEmpty());

        Recorder none;
        none.answers = {QStringLiteral("null"), QStringLiteral("null")};
        QVERIFY(!QCoro::waitFor(notification.show(Platform::Linux, none.runner(), none.launcher())));
        QVERIFY(none.launched.isEmpty());
    }

    void macOSAndWindowsWaitForTheClickToo()
    {
        const CheckNotification notification(failingVerdict(), exe);
        for (Platform platform : {Platform::MacOS, Platform::Windows}) {
            Recorder r;
            r.answers = {QStringLiteral("open")};
            QVERIFY(QCoro::waitFor(notification.show(platform, r.runner(), r.launcher())));
            QCOMPARE(r.launched.size(), 1);
            QCOMPARE(r.launched.first().second, notification.openArguments());
        }
        // The texts travel as arguments (macOS) or in the environment (Windows), never inside the script.
        const CheckNotification::Command mac = notification.command(Platform::MacOS);
        QCOMPARE(mac.program, QStringLiteral("/usr/bin/osascript"));
        QVERIFY(mac.arguments.contains(notification.title()));
        QVERIFY(mac.arguments.contains(notification.body()));
        const CheckNotification::Command windows = notification.command(Platform::Windows);
        QCOMPARE(windows.environment.value(QStringLiteral("INSIGHTLY_NOTIFY_TITLE")), notification.title());
        QCOMPARE(windows.environment.value(QStringLiteral("INSIGHTLY_NOTIFY_TEXT")), notification.body());
        QVERIFY(windows.arguments.last().contains(QStringLiteral("BalloonTipClicked")));
        QVERIFY(!windows.arguments.last().contains(notification.body()));
    }

    void withoutASetupItOpensTheWelcomePageChoice()
    {
        HealthVerdict v =
            HealthVerdict::cannotTell(QStringLiteral("setup"), QStringLiteral("No setup was found."),
                                      QStringLiteral("Run the wizard."));
        const CheckNotification notification(v, exe);
        QCOMPARE(notification.openArguments(),
                 (QStringList{QStringLiteral("--open"), QStringLiteral("status")}));
        QVERIFY(!notification.critical());
    }
};

QTEST_GUILESS_MAIN(TestCheckNotification)
#include "tst_checknotification.moc"
