#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <qcorotask.h>

namespace insightly {

struct SetupState;

// "Check this setup every week": a per-user scheduled run of `insightly-sso-setup --check --quiet --notify
// --tenant T --instance URL` — one per setup (tenant and Insightly instance) — with the platform's own
// scheduler — a systemd user timer on Linux, a launchd agent on macOS, a
// Task Scheduler task on Windows. The run raises a desktop notification when the setup is not healthy (the
// executable's --notify). Widget-free: the Summary page calls install() / remove() / isInstalled().
//
// Linux: `<name>.service` + `<name>.timer` in $XDG_CONFIG_HOME/systemd/user (~/.config when unset), then
// `systemctl --user daemon-reload` and `enable --now <name>.timer` when a user systemd runs; without one the
// files stay and the result says how to start the timer. macOS: ~/Library/LaunchAgents/<label>.plist and
// `launchctl load -w`. Windows: the task XML kept in the app data folder and `schtasks /Create /XML`.
class ReminderSchedule : public QObject
{
    Q_OBJECT
public:
    enum class Platform { SystemdUser, Launchd, TaskScheduler };

    struct Options {
        QString executable;         // absolute path of insightly-sso-setup
        QString tenantId;           // the setup the weekly check is about
        QStringList extraArguments; // e.g. {"--cloud", "usgov"}
        QString instanceId;         // the Insightly instance of the setup (part of the names); may be empty
        QUrl instance;              // its Sign-in page URL: the check's --instance, and what a click opens
    };
    // The options of the weekly check of `setup` (its tenant, instance and Sign-in page URL).
    static Options optionsFor(const SetupState &setup, const QString &executable);

    struct Result {
        bool ok = false;
        bool schedulerUpdated = false; // the scheduler itself was told (systemctl / launchctl / schtasks)
        QString message;               // what happened, in words (also when ok)
    };

    explicit ReminderSchedule(Options options, QObject *parent = nullptr);

    static Platform currentPlatform();
    Platform platform() const { return m_platform; }
    void setPlatform(Platform platform) { m_platform = platform; }
    // The scheduler's command-line tool; empty = found on PATH (tests point it at a recording script).
    void setSchedulerProgram(const QString &program) { m_program = program; }

    QString name() const;  // "insightly-sso-setup-check-<tenant>[-<instance>]"
    QString label() const; // launchd label / task name: "com.insightly-sso-setup.check.<tenant>[.<instance>]"
    QString taskName() const; // Windows: "Insightly SSO Setup\\<name>"
    QStringList checkArguments() const;

    QString systemdService() const;
    QString systemdTimer() const;
    QString launchdPlist() const;
    QString taskSchedulerXml() const;

    // Where the files of platform() go.
    QString systemdUserDirectory() const;
    QStringList files() const;
    bool isInstalled() const;

    // Installs this setup's weekly check; a check an earlier version installed for the tenant alone (named by
    // the tenant only) is then removed — this one replaces it.
    QCoro::Task<Result> install();
    QCoro::Task<Result> remove();
    // A scheduled run of a check an earlier version installed for the tenant alone: when this setup knows its
    // instance and that tenant-only check is installed, installs this setup's check and removes the old one
    // (install() does). Returns ok with schedulerUpdated false when there was nothing to replace.
    QCoro::Task<Result> replaceTenantOnlySchedule();

private:
    // The check of the same tenant named by the tenant alone (an earlier version's); null when this setup's
    // own name is already the tenant's alone.
    std::unique_ptr<ReminderSchedule> tenantOnlySchedule() const;
    QCoro::Task<int> runScheduler(QStringList arguments, QString *output = nullptr) const;
    QString program() const;
    QList<QByteArray> fileContents() const; // in the order of files()

    Options m_options;
    Platform m_platform;
    QString m_program;
};

} // namespace insightly
