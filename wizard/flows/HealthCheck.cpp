#include "flows/HealthCheck.h"

#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "flows/SetupStatusReport.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <qcorosignal.h>

namespace insightly {

HealthCheck::HealthCheck(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                         entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_saved(network, secrets, setup, std::move(endpoints))
{
}

QCoro::Task<HealthVerdict> HealthCheck::run(Options options)
{
    QPointer<HealthCheck> self(this);
    SavedSession &saved = m_saved;
    const SavedSession::Outcome outcome = co_await saved.restore(options);
    if (!self)
        co_return HealthVerdict::cannotTell(QStringLiteral("session"), {}, {});
    switch (outcome) {
    case SavedSession::Outcome::NoSetup:
        co_return HealthVerdict::cannotTell(
            QStringLiteral("setup"), saved.message().what,
            HealthVerdict::tr(
                "Run the wizard on this computer to set up single sign-on (or pass --tenant with "
                "the tenant id of a setup made here)."));
    case SavedSession::Outcome::Unreadable:
        co_return HealthVerdict::cannotTell(QStringLiteral("setup"), saved.message().what,
                                            saved.message().action);
    case SavedSession::Outcome::NotSignedIn: {
        HealthVerdict v = HealthVerdict::cannotTell(
            QStringLiteral("session"), saved.message().what,
            HealthVerdict::tr("Run the wizard, sign in and choose \"Check the status of an existing setup\": "
                              "the check then uses that saved session."));
        v.tenantId = saved.state().tenantId;
        v.tenantName = saved.state().tenantDisplayName;
        v.instance = saved.state().insightlySignInUrl.toString();
        co_return v;
    }
    case SavedSession::Outcome::Restored:
        break;
    }

    SetupStatusReport report;
    SetupStatusReport::Inputs inputs;
    inputs.graph = saved.session()->graph();
    inputs.setup = saved.setupStore();
    inputs.secrets = saved.secrets();
    inputs.identity = saved.signIn().preflight.identity;
    report.setInputs(inputs);
    report.start();
    if (report.isRunning())
        co_await qCoro(&report, &SetupStatusReport::finished);
    if (!self)
        co_return HealthVerdict::cannotTell(QStringLiteral("session"), {}, {});
    SetupStateStore *setup = saved.setupStore();
    if (!setup)
        co_return HealthVerdict::cannotTell(QStringLiteral("session"), {}, {});
    HealthVerdict v =
        HealthVerdict::judge(report.rows(), setup->state(), options.verdict, QDateTime::currentDateTimeUtc());
    if (v.tenantName.isEmpty())
        v.tenantName = saved.signIn().preflight.identity.tenantName;
    co_return v;
}

} // namespace insightly
