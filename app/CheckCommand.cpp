#include "CheckCommand.h"

#include "config.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/CloudEndpoints.h"
#include "flows/HealthCheck.h"
#include "pages/WizardContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace insightly {

namespace {

void print(const CommandLine::Check &options, const HealthVerdict &verdict, QTextStream &out)
{
    if (options.json) {
        if (!options.quiet || verdict.status != HealthVerdict::Status::Healthy)
            out << QString::fromUtf8(QJsonDocument(verdict.toJson()).toJson(QJsonDocument::Indented));
    } else if (options.quiet) {
        if (verdict.status != HealthVerdict::Status::Healthy)
            out << verdict.headline() << Qt::endl;
    } else {
        out << verdict.toTable();
    }
    out.flush();
}

QCoro::Task<> checkAndExit(HealthCheck *check, HealthCheck::Options options, CommandLine::Check printing,
                           QTextStream *out, QTextStream *err, int *exitCode)
{
    const HealthVerdict verdict = co_await check->run(std::move(options));
    *exitCode = verdict.exitCode();
    print(printing, verdict, *out);
    if (printing.notify && verdict.status != HealthVerdict::Status::Healthy && !notifyDesktop(verdict))
        *err << QCoreApplication::translate("main", "No desktop notification could be shown.") << Qt::endl;
    QCoreApplication::exit(*exitCode);
}

} // namespace

int runCheckCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    network.setStrictTransportSecurityEnabled(true);
    SecretStore secrets(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    SetupStateStore setup;
    HealthCheck check(&network, &secrets, &setup,
                      WizardContext::endpointsFor(command.config.cloud));

    HealthCheck::Options options;
    options.tenant = command.config.tenant;
    options.instance = command.check.instance;
    options.clientId = command.config.clientId;
    options.verdict.maxScimTokenAgeDays = command.check.maxScimTokenAgeDays;

    int exitCode = int(HealthVerdict::Status::CannotTell);
    // Started from inside the event loop, so that exit() always reaches a running loop.
    QTimer::singleShot(0, &check,
                       [&] { checkAndExit(&check, options, command.check, &out, &err, &exitCode); });
    QCoreApplication::exec();
    return exitCode;
}

bool notifyDesktop(const HealthVerdict &verdict)
{
    const QString title = QCoreApplication::translate("main", "Insightly SSO Setup: %1")
                              .arg(HealthVerdict::statusText(verdict.status));
    QStringList lines = verdict.headline().split(u'\n');
    lines.removeFirst();
    const QString body = lines.join(u'\n');
#if defined(Q_OS_WIN)
    // Title and text travel in the environment, never inside the script: no quoting to get wrong.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSIGHTLY_NOTIFY_TITLE"), title);
    env.insert(QStringLiteral("INSIGHTLY_NOTIFY_TEXT"), body);
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral("powershell.exe"));
    process.setArguments(
        {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
         QStringLiteral("Add-Type -AssemblyName System.Windows.Forms; "
                        "$n = New-Object System.Windows.Forms.NotifyIcon; "
                        "$n.Icon = [System.Drawing.SystemIcons]::Warning; $n.Visible = $true; "
                        "$n.ShowBalloonTip(15000, $env:INSIGHTLY_NOTIFY_TITLE, "
                        "$env:INSIGHTLY_NOTIFY_TEXT, 'Warning'); Start-Sleep -Seconds 16; "
                        "$n.Dispose()")});
    return process.startDetached();
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(
        QStringLiteral("/usr/bin/osascript"),
        {QStringLiteral("-e"), QStringLiteral("on run argv"), QStringLiteral("-e"),
         QStringLiteral("display notification (item 2 of argv) with title (item 1 of argv)"),
         QStringLiteral("-e"), QStringLiteral("end run"), title, body});
#else
    const QString notifySend = QStandardPaths::findExecutable(QStringLiteral("notify-send"));
    if (notifySend.isEmpty())
        return false;
    const QString urgency = verdict.status == HealthVerdict::Status::Failing ? QStringLiteral("critical")
                                                                             : QStringLiteral("normal");
    return QProcess::startDetached(notifySend,
                                   {QStringLiteral("--app-name=" INSIGHTLY_PRODUCT_NAME),
                                    QStringLiteral("--urgency=") + urgency,
                                    QStringLiteral("--icon=" INSIGHTLY_EXECUTABLE_NAME), title, body});
#endif
}

} // namespace insightly
