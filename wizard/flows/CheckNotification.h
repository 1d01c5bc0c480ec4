#pragma once

#include "flows/HealthVerdict.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

#include <chrono>
#include <functional>

namespace insightly {

// The desktop notification of a scheduled `--check --notify` that found a problem, and what a click on it
// does: it starts the wizard on the page that fixes it, for the setup that was checked —
// `insightly-sso-setup --open PAGE --tenant T --instance URL`, PAGE from pageFor().
//
// Each platform's own tool shows it and reports a click on its standard output ("open"):
// Linux: notify-send with an action (`--action=open=…` and `--wait`, libnotify 0.7.9 and later; an older
// notify-send shows the notification without the action); macOS: osascript with a dialog whose default button
// opens the wizard (a plain `display notification` cannot start a program when clicked); Windows: a
// PowerShell balloon tip whose BalloonTipClicked event is waited for. The runner and the launcher are seams
// for tests.
class CheckNotification
{
public:
    enum class Platform { Linux, MacOS, Windows };

    // A program to run: its standard output says "open" when the admin clicked.
    struct Command {
        QString program;
        QStringList arguments;
        QMap<QString, QString>
            environment; // added to the process's environment (texts travel here on Windows)
    };
    // Runs a command to its end; answers its standard output, or a null QString when it could not run or
    // failed (no notification was shown).
    using Runner = std::function<QCoro::Task<QString>(Command)>;
    // Starts a program detached; answers whether it started.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    CheckNotification(const HealthVerdict &verdict, QString executable);

    static Platform currentPlatform();

    QString title() const;
    QString body() const;
    bool critical() const;
    // The `--open` page a click opens, from the findings that decide the verdict's status: the certificate
    // rotation when one of them is about the signing certificate (expiring, expired, none active, Insightly's
    // differs), else the SCIM token rotation when one is about the SCIM token, else the status page. Pure.
    static QString pageFor(const HealthVerdict &verdict);
    // The wizard's arguments for a click: pageFor() of the checked setup.
    QStringList openArguments() const;
    // The platform's command that shows the notification and waits for a click. `withAction` false: the
    // plain notification (Linux, for a notify-send without --action).
    Command command(Platform platform, bool withAction = true) const;

    // Shows the notification, waits for the admin's click (or its dismissal) and on a click starts the
    // wizard. Returns false when no notification could be shown. Empty `run`/`launch` use QProcess.
    QCoro::Task<bool> show(Platform platform, Runner run = {}, Launcher launch = {}) const;

    static constexpr auto kClickWait = std::chrono::minutes(5); // how long Windows and macOS wait for a click

private:
    HealthVerdict m_verdict;
    QString m_executable;
};

} // namespace insightly
