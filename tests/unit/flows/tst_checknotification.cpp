// The scheduled check's notification: the command each platform runs to show it and wait for a click, and
// that a click — and only a click — starts exactly `insightly-sso-setup --open PAGE --tenant T --instance
// URL`, PAGE the re-run that fixes the findings (issue 14). The runner and the launcher are injected: no
// desktop, no notification daemon.
#include "flows/CheckNotification.h"
#include "flows/StatusRowRules.h"

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
                       QStringLiteral("Rotate the certificate."), HealthVerdict::Remedy::RotateCertificate});
    return v;
}

const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

StatusRow certificateRow(int daysLeft, StatusRow::Level level, const QString &action)
{
    StatusRow row;
    row.id = StatusRow::Id::Certificate;
    row.level = level;
    row.summary = QStringLiteral("certificate");
    row.action = action;
    row.values.insert(QStringLiteral("daysLeft"), daysLeft);
    row.values.insert(QStringLiteral("expiry"), now.addDays(daysLeft));
    row.values.insert(QStringLiteral("thumbprint"), QStringLiteral("AAAA"));
    return row;
}

StatusRow row(StatusRow::Id id, StatusRow::Level level, const QVariantMap &values = {})
{
    StatusRow r;
    r.id = id;
    r.level = level;
    r.summary = StatusRow::idKey(id);
    r.action = QStringLiteral("Do something about %1.").arg(StatusRow::idKey(id));
    r.values = values;
    return r;
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
    void aClickOpensThePageThatFixesTheCheckedSetup()
    {
        const CheckNotification notification(failingVerdict(), exe);
        Recorder r;
        r.answers = {QStringLiteral("open\n")};
        QVERIFY(QCoro::waitFor(notification.show(Platform::Linux, r.runner(), r.launcher())));
        QCOMPARE(r.ran.size(), 1);
        QCOMPARE(r.launched.size(), 1);
        QCOMPARE(r.launched.first().first, exe);
        QCOMPARE(r.launched.first().second,
                 (QStringList{QStringLiteral("--open"), QStringLiteral("rotate-certificate"),
                              QStringLiteral("--tenant"), tenant, QStringLiteral("--instance"), instance}));
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

    // Issue 14: the page a click opens, derived from the verdict HealthVerdict::judge() gives for the rows
    // the status report read.
    void thePageFollowsTheFindings_data()
    {
        using Level = StatusRow::Level;
        using Id = StatusRow::Id;
        const QString rotate = StatusRowRules::rotateCertificateAction();
        QTest::addColumn<QList<StatusRow>>("rows");
        QTest::addColumn<QString>("savedThumbprint");
        QTest::addColumn<int>("scimTokenDaysOld");
        QTest::addColumn<QString>("page");
        QTest::newRow("certificate expiring: warning")
            << QList<StatusRow>{certificateRow(30, Level::Warning, rotate)} << QString() << 0
            << QStringLiteral("rotate-certificate");
        QTest::newRow("certificate expiring: failing")
            << QList<StatusRow>{certificateRow(9, Level::Warning, rotate)} << QString() << 0
            << QStringLiteral("rotate-certificate");
        QTest::newRow("certificate expired") << QList<StatusRow>{certificateRow(-2, Level::Error, rotate)}
                                             << QString() << 0 << QStringLiteral("rotate-certificate");
        QTest::newRow("Insightly's certificate differs")
            << QList<StatusRow>{certificateRow(400, Level::Ok, {})} << QStringLiteral("BBBB") << 0
            << QStringLiteral("rotate-certificate");
        QTest::newRow("no certificate active") << QList<StatusRow>{[&] {
            StatusRow r = row(Id::Certificate, Level::Error);
            r.action = rotate;
            return r;
        }()} << QString() << 0 << QStringLiteral("rotate-certificate");
        QTest::newRow("no certificate at all: Step 2 makes one")
            << QList<StatusRow>{row(Id::Certificate, Level::Error)} << QString() << 0
            << QStringLiteral("status");
        QTest::newRow("certificate fine, nobody gets Microsoft's e-mails")
            << QList<StatusRow>{certificateRow(400, Level::Warning, QStringLiteral("Add an e-mail address."))}
            << QString() << 0 << QStringLiteral("status");
        QTest::newRow("SCIM token too old") << QList<StatusRow>{certificateRow(400, Level::Ok, {})}
                                            << QString() << 200 << QStringLiteral("rotate-scim-token");
        QTest::newRow("SCIM token not kept here") << QList<StatusRow>{row(Id::ScimToken, Level::Warning)}
                                                  << QString() << 0 << QStringLiteral("rotate-scim-token");
        QTest::newRow("quarantine: Insightly refuses the token")
            << QList<StatusRow>{row(
                   Id::Provisioning, Level::Error,
                   {{QStringLiteral("quarantineReason"), QStringLiteral("EncounteredQuarantineException")}})}
            << QString() << 0 << QStringLiteral("rotate-scim-token");
        QTest::newRow("quarantine: too many deletes")
            << QList<StatusRow>{row(Id::Provisioning, Level::Error,
                                    {{QStringLiteral("quarantineReason"), QStringLiteral("TooManyDeletes")}})}
            << QString() << 0 << QStringLiteral("status");
        QTest::newRow("failing sign-in test outranks an expiring certificate")
            << QList<StatusRow>{certificateRow(30, Level::Warning, rotate), row(Id::SignInTest, Level::Error)}
            << QString() << 0 << QStringLiteral("status");
        QTest::newRow("expired certificate outranks an old SCIM token")
            << QList<StatusRow>{row(Id::ScimToken, Level::Warning), certificateRow(-1, Level::Error, rotate)}
            << QString() << 200 << QStringLiteral("rotate-certificate");
        QTest::newRow("a row that could not be read")
            << QList<StatusRow>{row(Id::Provisioning, Level::Unknown)} << QString() << 0
            << QStringLiteral("status");
    }

    void thePageFollowsTheFindings()
    {
        QFETCH(QList<StatusRow>, rows);
        QFETCH(QString, savedThumbprint);
        QFETCH(int, scimTokenDaysOld);
        QFETCH(QString, page);
        SetupState state;
        state.tenantId = tenant;
        state.certificateThumbprint = savedThumbprint;
        HealthVerdict::Options options;
        if (scimTokenDaysOld > 0) {
            state.completedSteps.insert(SetupState::Step::Scim, now.addDays(-scimTokenDaysOld));
            options.maxScimTokenAgeDays = 90;
        }
        const HealthVerdict verdict = HealthVerdict::judge(rows, state, options, now);
        QVERIFY2(verdict.status != HealthVerdict::Status::Healthy, qPrintable(verdict.toTable()));
        QCOMPARE(CheckNotification::pageFor(verdict), page);
        const QStringList arguments = CheckNotification(verdict, exe).openArguments();
        QCOMPARE(arguments.mid(0, 4),
                 (QStringList{QStringLiteral("--open"), page, QStringLiteral("--tenant"), tenant}));
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
