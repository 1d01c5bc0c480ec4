// The weekly check's schedule: the systemd user service + timer (checked by systemd-analyze where present),
// the launchd plist and the Task Scheduler XML (well-formed, the right program and arguments); install and
// remove on Linux in a temporary XDG_CONFIG_HOME, with a user systemd (a recording stand-in for systemctl)
// and without one.
#include "RunTask.h"
#include "flows/ReminderSchedule.h"

#include <QCoroTask>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace insightly;
using insightlytest::runTask;

class TestReminderSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_executable; // a real executable whose path has a space, as "Program Files" does
    QString m_log;

    ReminderSchedule::Options options() const
    {
        return {m_executable, QStringLiteral("8f2c0a4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f"), {}};
    }

    // A systemctl stand-in: appends its arguments to m_log; `show-environment` answers `userManager`.
    QString fakeSystemctl(bool userManager) const
    {
        const QString path =
            m_dir.filePath(userManager ? QStringLiteral("systemctl-up") : QStringLiteral("systemctl-down"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\n"
                                  "if [ \"$2\" = show-environment ]; then exit %2; fi\nexit 0\n")
                       .arg(m_log)
                       .arg(userManager ? 0 : 1)
                       .toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    QString log() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("my tools"))));
        m_executable = m_dir.filePath(QStringLiteral("my tools/insightly-sso-setup"));
        QFile exe(m_executable);
        QVERIFY(exe.open(QIODevice::WriteOnly));
        exe.write("#!/bin/sh\nexit 0\n");
        exe.close();
        exe.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_log = m_dir.filePath(QStringLiteral("systemctl.log"));
    }

    void init()
    {
        QFile::remove(m_log);
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void systemdUnits()
    {
        const ReminderSchedule schedule(options());
        const QString service = schedule.systemdService();
        QVERIFY2(service.contains(QStringLiteral("ExecStart=\"%1\" --check --quiet --notify --tenant "
                                                 "8f2c0a4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f\n")
                                      .arg(m_executable)),
                 qPrintable(service));
        QVERIFY(service.contains(QStringLiteral("Type=oneshot\n")));
        const QString timer = schedule.systemdTimer();
        QVERIFY(timer.contains(QStringLiteral("OnCalendar=Mon *-*-* 09:00:00\n")));
        QVERIFY(timer.contains(QStringLiteral("Persistent=true\n")));
        QVERIFY(timer.contains(QStringLiteral("Unit=%1.service\n").arg(schedule.name())));
        QVERIFY(timer.contains(QStringLiteral("WantedBy=timers.target\n")));
        QCOMPARE(schedule.name(),
                 QStringLiteral("insightly-sso-setup-check-8f2c0a4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f"));
    }

    void systemdAcceptsTheUnits()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        ReminderSchedule schedule(options());
        schedule.setSchedulerProgram(fakeSystemctl(false));
        QVERIFY(runTask(schedule.install()).ok);
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(analyze,
                     QStringList{QStringLiteral("verify"), QStringLiteral("--man=no")} + schedule.files());
        QVERIFY(verify.waitForFinished(30000));
        const QString output = QString::fromUtf8(verify.readAll());
        QVERIFY2(verify.exitCode() == 0, qPrintable(output));
        QVERIFY(runTask(schedule.remove()).ok);
    }

    void launchdPlist()
    {
        ReminderSchedule::Options o = options();
        o.extraArguments = {QStringLiteral("--cloud"), QStringLiteral("usgov")};
        const ReminderSchedule schedule(o);
        QXmlStreamReader xml(schedule.launchdPlist());
        QStringList strings;
        QString lastKey;
        bool weekday = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("key"))
                lastKey = xml.readElementText();
            else if (xml.name() == QLatin1String("string"))
                strings << xml.readElementText();
            else if (xml.name() == QLatin1String("integer") && lastKey == QLatin1String("Weekday"))
                weekday = xml.readElementText() == QLatin1String("1");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(weekday);
        QCOMPARE(strings.value(0), schedule.label());
        QCOMPARE(strings.mid(1, 8),
                 (QStringList{m_executable, QStringLiteral("--check"), QStringLiteral("--quiet"),
                              QStringLiteral("--notify"), QStringLiteral("--tenant"), o.tenantId,
                              QStringLiteral("--cloud"), QStringLiteral("usgov")}));
    }

    void taskSchedulerXml()
    {
        ReminderSchedule::Options o = options();
        o.executable = QStringLiteral("C:\\Program Files\\Insightly SSO Setup\\insightly-sso-setup.exe");
        o.extraArguments = {QStringLiteral("--instance"), QStringLiteral("a \"b\" c")};
        const ReminderSchedule schedule(o);
        const QString text = schedule.taskSchedulerXml();
        QVERIFY(text.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>")));
        QXmlStreamReader xml(text);
        QString command, arguments, days;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Command"))
                command = xml.readElementText();
            else if (xml.name() == QLatin1String("Arguments"))
                arguments = xml.readElementText();
            else if (xml.name() == QLatin1String("WeeksInterval"))
                days = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(command,
                 QStringLiteral("\"C:\\Program Files\\Insightly SSO Setup\\insightly-sso-setup.exe\""));
        QCOMPARE(arguments,
                 QStringLiteral("--check --quiet --notify --tenant %1 --instance \"a \\\"b\\\" c\"")
                     .arg(o.tenantId));
        QCOMPARE(days, QStringLiteral("1"));
        QVERIFY(text.contains(QStringLiteral("<LogonType>InteractiveToken</LogonType>")));
    }

    void installAndRemoveWithUserSystemd()
    {
        ReminderSchedule schedule(options());
        schedule.setPlatform(ReminderSchedule::Platform::SystemdUser);
        schedule.setSchedulerProgram(fakeSystemctl(true));
        QVERIFY(!schedule.isInstalled());
        const ReminderSchedule::Result installed = runTask(schedule.install());
        QVERIFY2(installed.ok, qPrintable(installed.message));
        QVERIFY(installed.schedulerUpdated);
        QVERIFY(schedule.isInstalled());
        const QString dir = m_dir.filePath(QStringLiteral("config/systemd/user"));
        QCOMPARE(schedule.files(), (QStringList{dir + u'/' + schedule.name() + QStringLiteral(".service"),
                                                dir + u'/' + schedule.name() + QStringLiteral(".timer")}));
        QFile service(schedule.files().constFirst());
        QVERIFY(service.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(service.readAll()), schedule.systemdService());
        QCOMPARE(QFile::permissions(service.fileName()) & (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY2(
            log().contains(
                QStringLiteral("--user daemon-reload\n--user enable --now %1.timer\n").arg(schedule.name())),
            qPrintable(log()));

        const ReminderSchedule::Result removed = runTask(schedule.remove());
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QVERIFY(!schedule.isInstalled());
        QVERIFY(!QFile::exists(schedule.files().constLast()));
        QVERIFY2(
            log().contains(
                QStringLiteral("--user disable --now %1.timer\n--user daemon-reload\n").arg(schedule.name())),
            qPrintable(log()));
    }

    void installWithoutUserSystemdSaysHowToStart()
    {
        ReminderSchedule schedule(options());
        schedule.setPlatform(ReminderSchedule::Platform::SystemdUser);
        schedule.setSchedulerProgram(fakeSystemctl(false));
        const ReminderSchedule::Result installed = runTask(schedule.install());
        QVERIFY(installed.ok);
        QVERIFY(!installed.schedulerUpdated);
        QVERIFY2(installed.message.contains(
                     QStringLiteral("systemctl --user enable --now %1.timer").arg(schedule.name())),
                 qPrintable(installed.message));
        QVERIFY(schedule.isInstalled());
        QVERIFY(!log().contains(QStringLiteral("enable")));
        QVERIFY(runTask(schedule.remove()).ok);
        QVERIFY(!schedule.isInstalled());
    }

    // An earlier version named the weekly check by the tenant alone: installing the setup's own check (or a
    // scheduled run of the old one, replaceTenantOnlySchedule()) leaves only the setup's, named by its key.
    void anEarlierTenantOnlyCheckIsReplaced()
    {
        ReminderSchedule::Options keyed = options();
        keyed.instanceId = QStringLiteral("111");
        keyed.instance = QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=111"));
        const QString systemctl = fakeSystemctl(true);
        for (const bool byRun : {false, true}) {
            ReminderSchedule old(options());
            old.setPlatform(ReminderSchedule::Platform::SystemdUser);
            old.setSchedulerProgram(systemctl);
            QVERIFY(runTask(old.install()).ok);
            QVERIFY(old.isInstalled());
            QFile::remove(m_log);

            ReminderSchedule schedule(keyed);
            schedule.setPlatform(ReminderSchedule::Platform::SystemdUser);
            schedule.setSchedulerProgram(systemctl);
            QVERIFY(schedule.name() != old.name());
            const ReminderSchedule::Result result =
                runTask(byRun ? schedule.replaceTenantOnlySchedule() : schedule.install());
            QVERIFY2(result.ok, qPrintable(result.message));
            QVERIFY(result.schedulerUpdated);
            QVERIFY(schedule.isInstalled());
            QVERIFY(!old.isInstalled());
            for (const QString &path : old.files())
                QVERIFY2(!QFile::exists(path), qPrintable(path));
            QFile service(schedule.files().constFirst());
            QVERIFY(service.open(QIODevice::ReadOnly));
            QVERIFY(QString::fromUtf8(service.readAll()).contains(QStringLiteral("--instance")));
            QVERIFY2(log().contains(QStringLiteral("--user enable --now %1.timer\n").arg(schedule.name())),
                     qPrintable(log()));
            QVERIFY2(log().contains(QStringLiteral("--user disable --now %1.timer\n").arg(old.name())),
                     qPrintable(log()));

            // Nothing left to replace: a later run changes nothing.
            QFile::remove(m_log);
            const ReminderSchedule::Result again = runTask(schedule.replaceTenantOnlySchedule());
            QVERIFY(again.ok);
            QVERIFY(!again.schedulerUpdated);
            QCOMPARE(log(), QString());
            QVERIFY(runTask(schedule.remove()).ok);
        }
    }

    void schedulesArePerTenant()
    {
        ReminderSchedule::Options other = options();
        other.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        QVERIFY(ReminderSchedule(options()).name() != ReminderSchedule(other).name());
        QVERIFY(ReminderSchedule(options()).files() != ReminderSchedule(other).files());
    }
};

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
