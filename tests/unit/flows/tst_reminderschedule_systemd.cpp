// The weekly check against a real user systemd: installed with the real systemctl, its timer fires and runs
// the check's command line (a recording stand-in for insightly-sso-setup, at a path with a space), and it is
// removed again. The user manager is private to the test: `systemd --user` is started in its own mount
// namespace (where /run/systemd/system exists, so it believes the system was booted with systemd) with a
// temporary XDG_RUNTIME_DIR and XDG_CONFIG_HOME; systemctl reaches it through
// $XDG_RUNTIME_DIR/systemd/private. That needs root (unshare -m) and the systemd package; elsewhere the test
// skips and says why.
#include "RunTask.h"
#include "flows/ReminderSchedule.h"

#include <QCoroTask>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace insightly;
using insightlytest::runTask;

class TestReminderScheduleSystemd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_executable; // a recording stand-in for insightly-sso-setup, in a folder whose name has a space
    QString m_record;     // what the stand-in was started with
    QProcess m_manager;   // the private `systemd --user`
    QString m_systemctl;

    ReminderSchedule::Options options() const
    {
        return {m_executable, QStringLiteral("8f2c0a4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f"), {}};
    }

    // systemctl --user ARGS against the private manager; the exit code, and the output in `output`.
    int systemctl(const QStringList &arguments, QString *output = nullptr) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
        if (!process.waitForFinished(30000))
            return -1;
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString record() const
    {
        QFile file(m_record);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("Starting a private user systemd needs root (a mount namespace); run the suite as root, as "
                  "CI does");
        const QString systemd = QStringLiteral("/lib/systemd/systemd");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        m_systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
        if (!QFileInfo(systemd).isExecutable() || unshare.isEmpty() || m_systemctl.isEmpty())
            QSKIP("systemd (the systemd package) or unshare (util-linux) is not installed: "
                  "scripts/install-deps.sh installs both");

        QVERIFY(m_dir.isValid());
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
        QVERIFY(QDir().mkpath(config));
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        qputenv("XDG_CONFIG_HOME", config.toUtf8());

        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("my tools"))));
        m_executable = m_dir.filePath(QStringLiteral("my tools/insightly-sso-setup"));
        m_record = m_dir.filePath(QStringLiteral("started-with.txt"));
        QFile exe(m_executable);
        QVERIFY(exe.open(QIODevice::WriteOnly));
        exe.write(QStringLiteral("#!/bin/sh\necho \"$@\" > '%1.part' && mv '%1.part' '%1'\nexit 2\n")
                      .arg(m_record)
                      .toUtf8());
        exe.close();
        exe.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // The manager inherits XDG_RUNTIME_DIR and XDG_CONFIG_HOME from this process.
        m_manager.setProcessChannelMode(QProcess::MergedChannels);
        m_manager.start(unshare,
                        {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                         QStringLiteral("private"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("mkdir -p /run/systemd && mount -t tmpfs tmpfs /run/systemd && "
                                        "mkdir /run/systemd/system && exec %1 --user")
                             .arg(systemd)});
        QVERIFY2(m_manager.waitForStarted(), qPrintable(m_manager.errorString()));
        const bool up = QTest::qWaitFor(
            [&] {
                return m_manager.state() != QProcess::Running ||
                       systemctl({QStringLiteral("show-environment")}) == 0;
            },
            60000);
        if (!up || m_manager.state() != QProcess::Running)
            QSKIP(qPrintable(QStringLiteral("A private user systemd could not be started here: %1")
                                 .arg(QString::fromLocal8Bit(m_manager.readAll()).trimmed())));
    }

    void cleanupTestCase()
    {
        if (m_manager.state() == QProcess::Running) {
            m_manager.terminate();
            if (!m_manager.waitForFinished(30000))
                m_manager.kill();
        }
    }

    void installedFiresAndRemoved()
    {
        ReminderSchedule schedule(options());
        schedule.setPlatform(ReminderSchedule::Platform::SystemdUser);
        QVERIFY(!schedule.isInstalled());

        const ReminderSchedule::Result installed = runTask(schedule.install());
        QVERIFY2(installed.ok, qPrintable(installed.message));
        QVERIFY2(installed.schedulerUpdated, qPrintable(installed.message)); // the real manager answered
        const QString timer = schedule.name() + QStringLiteral(".timer");
        QString output;
        QCOMPARE(systemctl({QStringLiteral("is-enabled"), timer}, &output), 0);
        QCOMPARE(output.trimmed(), QStringLiteral("enabled"));
        QCOMPARE(systemctl({QStringLiteral("is-active"), timer}, &output), 0);
        QVERIFY2(systemctl({QStringLiteral("list-timers"), QStringLiteral("--all")}, &output) == 0 &&
                     output.contains(timer),
                 qPrintable(output));

        // Fire it now rather than next Monday: a drop-in adds a trigger one second after the timer starts
        // (and takes away the random delay, which applies to every trigger). The service, its command line
        // and the timer → service link are the installed ones.
        const QString dropIn = schedule.systemdUserDirectory() + u'/' + timer + QStringLiteral(".d");
        QVERIFY(QDir().mkpath(dropIn));
        QFile fireNow(dropIn + QStringLiteral("/fire-now.conf"));
        QVERIFY(fireNow.open(QIODevice::WriteOnly));
        fireNow.write("[Timer]\nOnActiveSec=1s\nAccuracySec=1s\nRandomizedDelaySec=0\n");
        fireNow.close();
        QCOMPARE(systemctl({QStringLiteral("daemon-reload")}), 0);
        QCOMPARE(systemctl({QStringLiteral("restart"), timer}, &output), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 60000);
        QCOMPARE(record().trimmed(),
                 QStringLiteral("--check --quiet --notify --tenant %1").arg(options().tenantId));
        // Exit status 2 (failing) is a verdict the notification reported, not a failed unit.
        QTRY_VERIFY_WITH_TIMEOUT(
            systemctl({QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("Result"),
                       schedule.name() + QStringLiteral(".service")},
                      &output) == 0 &&
                output.trimmed() == QStringLiteral("Result=success"),
            30000);
        QVERIFY(QDir(dropIn).removeRecursively());

        const ReminderSchedule::Result removed = runTask(schedule.remove());
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QVERIFY(removed.schedulerUpdated);
        QVERIFY(!schedule.isInstalled());
        QCOMPARE(systemctl({QStringLiteral("daemon-reload")}), 0);
        QVERIFY(systemctl({QStringLiteral("is-enabled"), timer}, &output) != 0);
        QVERIFY2(systemctl({QStringLiteral("list-timers"), QStringLiteral("--all")}, &output) == 0 &&
                     !output.contains(timer),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduleSystemd)
#include "tst_reminderschedule_systemd.moc"
