#include "CheckCommand.h"

#include "config.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/CloudEndpoints.h"
#include "flows/CheckNotification.h"
#include "flows/HealthCheck.h"
#include "flows/ReminderSchedule.h"
#include "pages/WizardContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
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
    if (printing.notify && verdict.status != HealthVerdict::Status::Healthy) {
        // Waits for the admin's click (or the notification's dismissal): a click opens the wizard on the
        // status page of this setup.
        const CheckNotification notification(verdict, QCoreApplication::applicationFilePath());
        if (!co_await notification.show(CheckNotification::currentPlatform()))
            *err << QCoreApplication::translate("main", "No desktop notification could be shown.")
                 << Qt::endl;
    }
    if (printing.notify) {
        // A scheduled run of a weekly check an earlier version installed for the tenant alone: from now on
        // the check is the setup's own (tenant and instance).
        const SetupState &setup = check->savedSession().state();
        if (!setup.instanceId.isEmpty()) {
            ReminderSchedule schedule(
                ReminderSchedule::optionsFor(setup, QCoreApplication::applicationFilePath()));
            const ReminderSchedule::Result replaced = co_await schedule.replaceTenantOnlySchedule();
            if (!replaced.ok)
                *err << replaced.message << Qt::endl;
        }
    }
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

} // namespace insightly
