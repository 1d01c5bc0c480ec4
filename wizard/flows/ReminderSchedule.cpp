#include "flows/ReminderSchedule.h"

#include "core/PrivateFiles.h"
#include "core/SecretRedaction.h"
#include "core/SetupState.h"
#include "flows/FlowLog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringConverter>
#include <algorithm>
#include <qcoroprocess.h>

namespace insightly {

namespace {

constexpr auto kSchedulerTimeout = std::chrono::seconds(30);

// A tenant id or domain as it may appear in a file and unit name.
QString safeName(const QString &tenant)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9.-]"));
    QString name = tenant.toLower();
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("default") : name;
}

// One argument of a systemd ExecStart= line: quoted when needed; %-specifiers and $-variables kept literal.
QString systemdArgument(QString argument)
{
    argument.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    argument.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + argument + u'"';
}

// One argument of a Windows command line (the CommandLineToArgvW rules).
QString windowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QRegularExpression(QStringLiteral("[\\s\"]"))))
        return argument;
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        quoted += QString(c == u'"' ? backslashes * 2 + 1 : backslashes, u'\\');
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, u'\\') + u'"';
    return quoted;
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

bool writePrivateFile(const QString &path, const QByteArray &content)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    restrictToOwner(file);
    file.write(content);
    return file.commit();
}

} // namespace

ReminderSchedule::ReminderSchedule(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_platform(currentPlatform())
{
}

ReminderSchedule::Platform ReminderSchedule::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::TaskScheduler;
#elif defined(Q_OS_MACOS)
    return Platform::Launchd;
#else
    return Platform::SystemdUser;
#endif
}

ReminderSchedule::Options ReminderSchedule::optionsFor(const SetupState &setup, const QString &executable)
{
    Options options;
    options.executable = executable;
    options.tenantId = setup.tenantId;
    options.instanceId = setup.instanceId;
    options.instance = withoutUrlSecrets(setup.insightlySignInUrl);
    return options;
}

QString ReminderSchedule::name() const
{
    QString name = QStringLiteral("insightly-sso-setup-check-") + safeName(m_options.tenantId);
    if (!m_options.instanceId.isEmpty())
        name += u'-' + safeName(m_options.instanceId);
    return name;
}

QString ReminderSchedule::taskName() const
{
    return QStringLiteral("Insightly SSO Setup\\") + name();
}

QString ReminderSchedule::label() const
{
    QString label = QStringLiteral("com.insightly-sso-setup.check.") + safeName(m_options.tenantId);
    if (!m_options.instanceId.isEmpty())
        label += u'.' + safeName(m_options.instanceId);
    return label;
}

QStringList ReminderSchedule::checkArguments() const
{
    // The tenant and the instance name the setup to check, and the setup a click on the notification opens.
    QStringList arguments{QStringLiteral("--check"), QStringLiteral("--quiet"), QStringLiteral("--notify"),
                          QStringLiteral("--tenant"), m_options.tenantId};
    if (!m_options.instance.isEmpty())
        arguments << QStringLiteral("--instance") << m_options.instance.toString(QUrl::FullyEncoded);
    return arguments + m_options.extraArguments;
}

QString ReminderSchedule::systemdService() const
{
    QStringList command{systemdArgument(m_options.executable)};
    for (const QString &argument : checkArguments())
        command << systemdArgument(argument);
    return QStringLiteral("[Unit]\n"
                          "Description=Insightly SSO Setup: weekly check of the setup of tenant %1\n"
                          "After=network-online.target\n"
                          "Wants=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n"
                          // 1, 2, 3 are verdicts (the notification told the admin), not failures of the unit.
                          "SuccessExitStatus=1 2 3\n")
        .arg(m_options.tenantId, command.join(u' '));
}

QString ReminderSchedule::systemdTimer() const
{
    return QStringLiteral("[Unit]\n"
                          "Description=Insightly SSO Setup: weekly check of the setup of tenant %1\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=Mon *-*-* 09:00:00\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=30min\n"
                          "Unit=%2.service\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(m_options.tenantId, name());
}

QString ReminderSchedule::launchdPlist() const
{
    QString arguments = QStringLiteral("        <string>%1</string>\n").arg(xml(m_options.executable));
    for (const QString &argument : checkArguments())
        arguments += QStringLiteral("        <string>%1</string>\n").arg(xml(argument));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>StartCalendarInterval</key>\n"
                          "    <dict>\n"
                          "        <key>Weekday</key>\n"
                          "        <integer>1</integer>\n"
                          "        <key>Hour</key>\n"
                          "        <integer>9</integer>\n"
                          "        <key>Minute</key>\n"
                          "        <integer>0</integer>\n"
                          "    </dict>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <false/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Background</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(xml(label()), arguments);
}

QString ReminderSchedule::taskSchedulerXml() const
{
    QStringList arguments;
    for (const QString &argument : checkArguments())
        arguments << windowsArgument(argument);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
               "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
               "  <RegistrationInfo>\n"
               "    <Description>Insightly SSO Setup: weekly check of the setup of tenant %1</Description>\n"
               "    <URI>\\Insightly SSO Setup\\%2</URI>\n"
               "  </RegistrationInfo>\n"
               "  <Triggers>\n"
               "    <CalendarTrigger>\n"
               "      <StartBoundary>2026-01-05T09:00:00</StartBoundary>\n"
               "      <Enabled>true</Enabled>\n"
               "      <RandomDelay>PT30M</RandomDelay>\n"
               "      <ScheduleByWeek>\n"
               "        <DaysOfWeek><Monday /></DaysOfWeek>\n"
               "        <WeeksInterval>1</WeeksInterval>\n"
               "      </ScheduleByWeek>\n"
               "    </CalendarTrigger>\n"
               "  </Triggers>\n"
               "  <Principals>\n"
               "    <Principal id=\"Author\">\n"
               "      <LogonType>InteractiveToken</LogonType>\n"
               "      <RunLevel>LeastPrivilege</RunLevel>\n"
               "    </Principal>\n"
               "  </Principals>\n"
               "  <Settings>\n"
               "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
               "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
               "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
               "    <StartWhenAvailable>true</StartWhenAvailable>\n"
               "    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>\n"
               "    <ExecutionTimeLimit>PT10M</ExecutionTimeLimit>\n"
               "    <Enabled>true</Enabled>\n"
               "  </Settings>\n"
               "  <Actions Context=\"Author\">\n"
               "    <Exec>\n"
               "      <Command>%3</Command>\n"
               "      <Arguments>%4</Arguments>\n"
               "    </Exec>\n"
               "  </Actions>\n"
               "</Task>\n")
        .arg(xml(m_options.tenantId), xml(name()), xml(windowsArgument(m_options.executable)),
             xml(arguments.join(u' ')));
}

QString ReminderSchedule::systemdUserDirectory() const
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

QStringList ReminderSchedule::files() const
{
    switch (m_platform) {
    case Platform::SystemdUser: {
        const QDir dir(systemdUserDirectory());
        return {dir.filePath(name() + QStringLiteral(".service")),
                dir.filePath(name() + QStringLiteral(".timer"))};
    }
    case Platform::Launchd:
        return {QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + label() +
                QStringLiteral(".plist")};
    case Platform::TaskScheduler:
        return {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                QStringLiteral("/reminders/") + name() + QStringLiteral(".xml")};
    }
    return {};
}

bool ReminderSchedule::isInstalled() const
{
    const QStringList paths = files();
    return !paths.isEmpty() &&
           std::all_of(paths.begin(), paths.end(), [](const QString &p) { return QFile::exists(p); });
}

QList<QByteArray> ReminderSchedule::fileContents() const
{
    switch (m_platform) {
    case Platform::SystemdUser:
        return {systemdService().toUtf8(), systemdTimer().toUtf8()};
    case Platform::Launchd:
        return {launchdPlist().toUtf8()};
    case Platform::TaskScheduler: {
        // schtasks reads the task definition as UTF-16 (with a byte order mark).
        QStringEncoder encode(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encode(taskSchedulerXml());
        return {bytes};
    }
    }
    return {};
}

QString ReminderSchedule::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    switch (m_platform) {
    case Platform::SystemdUser:
        return QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    case Platform::Launchd:
        return QStandardPaths::findExecutable(QStringLiteral("launchctl"));
    case Platform::TaskScheduler:
        return QStandardPaths::findExecutable(QStringLiteral("schtasks"));
    }
    return {};
}

QCoro::Task<int> ReminderSchedule::runScheduler(QStringList arguments, QString *output) const
{
    const QString tool = program();
    if (tool.isEmpty() || !QFileInfo(tool).isExecutable())
        co_return -1;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!co_await qCoro(process).start(tool, arguments, QIODevice::ReadOnly, kSchedulerTimeout))
        co_return -1;
    if (!co_await qCoro(process).waitForFinished(kSchedulerTimeout)) {
        process.kill();
        co_return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    co_return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QCoro::Task<ReminderSchedule::Result> ReminderSchedule::install()
{
    Result result;
    if (m_options.executable.isEmpty() || m_options.tenantId.isEmpty()) {
        result.message = tr("The weekly check needs the program's path and the tenant.");
        co_return result;
    }
    const QStringList paths = files();
    const QList<QByteArray> contents = fileContents();
    for (qsizetype i = 0; i < paths.size(); ++i)
        if (!writePrivateFile(paths.at(i), contents.at(i))) {
            result.message = tr("The schedule could not be written to %1.").arg(paths.at(i));
            co_return result;
        }
    result.ok = true;

    // (The argument lists are built before each co_await: GCC 12 rejects a braced list of QStringLiteral inside one.)
    QString output;
    if (m_platform == Platform::SystemdUser) {
        const QStringList probe{QStringLiteral("--user"), QStringLiteral("show-environment")};
        if (co_await runScheduler(probe) != 0) {
            result.message =
                tr("The weekly check is saved in %1, but no user systemd runs here to start it. It "
                   "starts with your next desktop session, or now with: systemctl --user enable --now "
                   "%2.timer")
                    .arg(systemdUserDirectory(), name());
            co_return result;
        }
        const QStringList reload{QStringLiteral("--user"), QStringLiteral("daemon-reload")};
        co_await runScheduler(reload);
        const QStringList enable{QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"),
                                 name() + QStringLiteral(".timer")};
        if (co_await runScheduler(enable, &output) != 0) {
            result.message =
                tr("The weekly check is saved, but systemd did not start its timer: %1").arg(output);
            co_return result;
        }
    } else if (m_platform == Platform::Launchd) {
        const QStringList load{QStringLiteral("load"), QStringLiteral("-w"), paths.constFirst()};
        if (co_await runScheduler(load, &output) != 0) {
            result.message = tr("The weekly check is saved, but launchd did not load it: %1").arg(output);
            co_return result;
        }
    } else {
        const QStringList create{QStringLiteral("/Create"),
                                 QStringLiteral("/TN"),
                                 taskName(),
                                 QStringLiteral("/XML"),
                                 QDir::toNativeSeparators(paths.constFirst()),
                                 QStringLiteral("/F")};
        if (co_await runScheduler(create, &output) != 0) {
            QFile::remove(paths.constFirst());
            result.ok = false;
            result.message = tr("Task Scheduler did not accept the weekly check: %1").arg(output);
            co_return result;
        }
    }
    result.schedulerUpdated = true;
    result.message =
        tr("The setup is now checked every Monday; you get a notification when it needs attention.");
    qCInfo(lcFlows) << "weekly check installed:" << name();
    if (const std::unique_ptr<ReminderSchedule> old = tenantOnlySchedule(); old && old->isInstalled()) {
        const Result removed = co_await old->remove();
        qCInfo(lcFlows) << "weekly check" << old->name() << "replaced by" << name() << removed.ok;
        if (!removed.ok)
            result.message += u' ' + removed.message;
    }
    co_return result;
}

std::unique_ptr<ReminderSchedule> ReminderSchedule::tenantOnlySchedule() const
{
    if (m_options.instanceId.isEmpty())
        return {};
    Options options = m_options;
    options.instanceId.clear();
    options.instance.clear();
    auto old = std::make_unique<ReminderSchedule>(options);
    old->m_platform = m_platform;
    old->m_program = m_program;
    return old;
}

QCoro::Task<ReminderSchedule::Result> ReminderSchedule::replaceTenantOnlySchedule()
{
    const std::unique_ptr<ReminderSchedule> old = tenantOnlySchedule();
    if (!old || !old->isInstalled()) {
        Result nothing;
        nothing.ok = true;
        co_return nothing;
    }
    if (!isInstalled())
        co_return co_await install(); // removes the old one once this one is in place
    co_return co_await old->remove();
}

QCoro::Task<ReminderSchedule::Result> ReminderSchedule::remove()
{
    Result result;
    const QStringList paths = files();
    if (m_platform == Platform::SystemdUser) {
        const QStringList probe{QStringLiteral("--user"), QStringLiteral("show-environment")};
        if (co_await runScheduler(probe) == 0) {
            const QStringList disable{QStringLiteral("--user"), QStringLiteral("disable"),
                                      QStringLiteral("--now"), name() + QStringLiteral(".timer")};
            co_await runScheduler(disable);
            result.schedulerUpdated = true;
        }
    } else if (m_platform == Platform::Launchd) {
        if (QFile::exists(paths.constFirst())) {
            const QStringList unload{QStringLiteral("unload"), QStringLiteral("-w"), paths.constFirst()};
            result.schedulerUpdated = co_await runScheduler(unload) == 0;
        }
    } else {
        const QStringList remove{QStringLiteral("/Delete"), QStringLiteral("/TN"), taskName(),
                                 QStringLiteral("/F")};
        result.schedulerUpdated = co_await runScheduler(remove) == 0;
    }
    result.ok = true;
    for (const QString &path : paths)
        if (QFile::exists(path) && !QFile::remove(path)) {
            result.ok = false;
            result.message = tr("%1 could not be removed.").arg(path);
        }
    if (m_platform == Platform::SystemdUser && result.schedulerUpdated) {
        const QStringList reload{QStringLiteral("--user"), QStringLiteral("daemon-reload")};
        co_await runScheduler(reload);
    }
    if (result.ok)
        result.message = tr("The weekly check is removed.");
    co_return result;
}

} // namespace insightly
