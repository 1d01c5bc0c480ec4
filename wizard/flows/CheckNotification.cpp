#include "flows/CheckNotification.h"

#include "flows/FlowLog.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <qcoroprocess.h>

namespace insightly {

namespace {

const QLatin1String kOpenAnswer("open");

// notify-send --wait returns when the notification is closed: a critical one stays until the admin acts.
constexpr auto kNotifierTimeout = std::chrono::hours(12);

QCoro::Task<QString> runWithQProcess(CheckNotification::Command command)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = command.environment.cbegin(); it != command.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!co_await qCoro(process).start(command.program, command.arguments, QIODevice::ReadOnly,
                                       std::chrono::seconds(30)))
        co_return QString();
    if (!co_await qCoro(process).waitForFinished(kNotifierTimeout)) {
        process.kill();
        co_return QString();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        co_return QString();
    co_return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

CheckNotification::CheckNotification(const HealthVerdict &verdict, QString executable)
    : m_verdict(verdict)
    , m_executable(std::move(executable))
{
}

CheckNotification::Platform CheckNotification::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

QString CheckNotification::title() const
{
    return QCoreApplication::translate("main", "Insightly SSO Setup: %1")
        .arg(HealthVerdict::statusText(m_verdict.status));
}

QString CheckNotification::body() const
{
    QStringList lines = m_verdict.headline().split(u'\n');
    lines.removeFirst();
    return lines.join(u'\n');
}

bool CheckNotification::critical() const
{
    return m_verdict.status == HealthVerdict::Status::Failing;
}

QString CheckNotification::pageFor(const HealthVerdict &verdict)
{
    bool scimToken = false;
    for (const HealthVerdict::Finding &finding : verdict.findings) {
        if (finding.status != verdict.status)
            continue;
        if (finding.remedy == HealthVerdict::Remedy::RotateCertificate)
            return QStringLiteral("rotate-certificate");
        scimToken = scimToken || finding.remedy == HealthVerdict::Remedy::RotateScimToken;
    }
    return scimToken ? QStringLiteral("rotate-scim-token") : QStringLiteral("status");
}

QStringList CheckNotification::openArguments() const
{
    QStringList arguments{QStringLiteral("--open"), pageFor(m_verdict)};
    if (!m_verdict.tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << m_verdict.tenantId;
    if (!m_verdict.instance.isEmpty())
        arguments << QStringLiteral("--instance") << m_verdict.instance;
    return arguments;
}

CheckNotification::Command CheckNotification::command(Platform platform, bool withAction) const
{
    const QString openLabel = QCoreApplication::translate("main", "Open the wizard");
    Command c;
    switch (platform) {
    case Platform::Linux: {
        c.program = QStringLiteral("notify-send");
        c.arguments = {QStringLiteral("--app-name=Insightly SSO Setup"),
                       QStringLiteral("--urgency=") +
                           (critical() ? QStringLiteral("critical") : QStringLiteral("normal")),
                       QStringLiteral("--icon=insightly-sso-setup")};
        if (withAction)
            c.arguments << QStringLiteral("--action=%1=%2").arg(kOpenAnswer, openLabel)
                        << QStringLiteral("--wait");
        c.arguments << title() << body();
        break;
    }
    case Platform::MacOS: {
        // The texts are the script's arguments, never part of it: no quoting to get wrong.
        c.program = QStringLiteral("/usr/bin/osascript");
        c.arguments = {
            QStringLiteral("-e"),
            QStringLiteral("on run argv"),
            QStringLiteral("-e"),
            QStringLiteral(
                "set answer to display dialog (item 2 of argv) with title (item 1 of argv) buttons "
                "{item 3 of argv, item 4 of argv} default button (item 4 of argv) with icon caution "
                "giving up after %1")
                .arg(std::chrono::seconds(kClickWait).count()),
            QStringLiteral("-e"),
            QStringLiteral("if button returned of answer is (item 4 of argv) then return \"%1\"")
                .arg(kOpenAnswer),
            QStringLiteral("-e"),
            QStringLiteral("return \"\""),
            QStringLiteral("-e"),
            QStringLiteral("end run"),
            title(),
            body(),
            QCoreApplication::translate("main", "Later"),
            openLabel};
        break;
    }
    case Platform::Windows:
        c.program = QStringLiteral("powershell.exe");
        c.environment.insert(QStringLiteral("INSIGHTLY_NOTIFY_TITLE"), title());
        c.environment.insert(QStringLiteral("INSIGHTLY_NOTIFY_TEXT"), body());
        // A balloon tip's click arrives as a WinForms event: the loop pumps messages until it came or the
        // wait is over.
        c.arguments = {
            QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
            QStringLiteral(
                "Add-Type -AssemblyName System.Windows.Forms; "
                "$n = New-Object System.Windows.Forms.NotifyIcon; "
                "$n.Icon = [System.Drawing.SystemIcons]::Warning; $n.Visible = $true; "
                "Register-ObjectEvent -InputObject $n -EventName BalloonTipClicked -SourceIdentifier clicked "
                "| Out-Null; "
                "$n.ShowBalloonTip(15000, $env:INSIGHTLY_NOTIFY_TITLE, $env:INSIGHTLY_NOTIFY_TEXT, "
                "'Warning'); "
                "$until = (Get-Date).AddSeconds(%1); "
                "while ((Get-Date) -lt $until -and -not (Get-Event -SourceIdentifier clicked "
                "-ErrorAction SilentlyContinue)) { [System.Windows.Forms.Application]::DoEvents(); "
                "Start-Sleep -Milliseconds 200 }; "
                "if (Get-Event -SourceIdentifier clicked -ErrorAction SilentlyContinue) { '%2' }; "
                "$n.Dispose()")
                .arg(std::chrono::seconds(kClickWait).count())
                .arg(kOpenAnswer)};
        break;
    }
    return c;
}

QCoro::Task<bool> CheckNotification::show(Platform platform, Runner run, Launcher launch) const
{
    if (!run)
        run = runWithQProcess;
    if (!launch)
        launch = [](const QString &program, const QStringList &arguments) {
            return QProcess::startDetached(program, arguments);
        };
    QString answer = co_await run(command(platform, true));
    if (answer.isNull() && platform == Platform::Linux) // a notify-send older than libnotify 0.7.9
        answer = co_await run(command(platform, false));
    if (answer.isNull())
        co_return false;
    if (answer.trimmed() == kOpenAnswer) {
        qCInfo(lcFlows) << "the notification was clicked: opening the wizard";
        if (!launch(m_executable, openArguments()))
            qCWarning(lcFlows) << "the wizard could not be started from the notification";
    }
    co_return true;
}

} // namespace insightly
