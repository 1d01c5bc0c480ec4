#include "flows/HealthCheck.h"

#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/KeychainRefreshTokenStore.h"
#include "entra/SignInSession.h"
#include "flows/SetupStatusReport.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <qcorosignal.h>

namespace insightly {

HealthCheck::HealthCheck(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                         entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_setup(setup)
    , m_endpoints(std::move(endpoints))
{
}

SetupKey HealthCheck::chooseSetup(const Options &options, QString *why) const
{
    // The most recently saved first: with several setups of a tenant and no --instance, the latest one.
    const QList<SetupStateStore::SavedSetup> known =
        m_setup ? m_setup->knownSetups() : QList<SetupStateStore::SavedSetup>();
    if (known.isEmpty()) {
        *why = HealthVerdict::tr("No setup was found on this computer.");
        return {};
    }
    QList<SetupStateStore::SavedSetup> candidates;
    for (const SetupStateStore::SavedSetup &saved : known)
        if (options.tenant.isEmpty() ||
            saved.state.tenantId.compare(options.tenant, Qt::CaseInsensitive) == 0)
            candidates.append(saved);
    if (candidates.isEmpty()) {
        *why = HealthVerdict::tr("No setup of tenant %1 was found on this computer (known tenant ids: %2).")
                   .arg(options.tenant, m_setup->knownTenants().join(QStringLiteral(", ")));
        return {};
    }
    if (!options.instance.isEmpty()) {
        for (const SetupStateStore::SavedSetup &saved : std::as_const(candidates))
            if (isSetupOfInstance(saved.state, options.instance))
                return saved.key();
        *why = HealthVerdict::tr("No setup for the Insightly instance %1 was found on this computer.")
                   .arg(options.instance.toString());
        return {};
    }
    const SetupKey recent = m_setup->mostRecentSetup();
    for (const SetupStateStore::SavedSetup &saved : std::as_const(candidates))
        if (saved.key() == recent)
            return recent;
    return candidates.constFirst().key();
}

QCoro::Task<HealthVerdict> HealthCheck::run(Options options)
{
    QPointer<HealthCheck> self(this);
    QString why;
    const SetupKey chosen = chooseSetup(options, &why);
    const QString tenant = chosen.tenantId.toLower();
    if (chosen.isEmpty())
        co_return HealthVerdict::cannotTell(
            QStringLiteral("setup"), why,
            HealthVerdict::tr(
                "Run the wizard on this computer to set up single sign-on (or pass --tenant with "
                "the tenant id of a setup made here)."));
    const SetupStateStore::LoadResult loaded = m_setup->load(chosen);
    if (!loaded.message.isEmpty())
        co_return HealthVerdict::cannotTell(QStringLiteral("setup"), loaded.message.what,
                                            loaded.message.action);
    const SetupState state = m_setup->state();

    const QString clientId = !options.clientId.isEmpty() ? options.clientId : state.clientId;
    const entra::ClientRegistration client =
        clientId.isEmpty() || clientId == entra::ClientRegistration::defaultClient().clientId
            ? entra::ClientRegistration::defaultClient()
            : entra::ClientRegistration::ownClient(clientId);
    entra::KeychainRefreshTokenStore refreshTokens(m_secrets);
    entra::SignInSession session(m_network, m_endpoints, client, tenant, &refreshTokens);
    const entra::SignInOutcome outcome = co_await session.restore();
    if (!self)
        co_return HealthVerdict::cannotTell(QStringLiteral("session"), {}, {});
    if (!outcome.signedIn) {
        HealthVerdict v = HealthVerdict::cannotTell(
            QStringLiteral("session"),
            HealthVerdict::tr("Not signed in: the saved session could not be used (%1)")
                .arg(outcome.error.what.isEmpty() ? HealthVerdict::tr("none is saved") : outcome.error.what),
            HealthVerdict::tr("Run the wizard, sign in and choose \"Check the status of an existing setup\": "
                              "the check then uses that saved session."));
        v.tenantId = state.tenantId;
        v.tenantName = state.tenantDisplayName;
        v.instance = state.insightlySignInUrl.toString();
        co_return v;
    }

    SetupStatusReport report;
    SetupStatusReport::Inputs inputs;
    inputs.graph = session.graph();
    inputs.setup = m_setup;
    inputs.secrets = m_secrets;
    inputs.identity = outcome.preflight.identity;
    report.setInputs(inputs);
    report.start();
    if (report.isRunning())
        co_await qCoro(&report, &SetupStatusReport::finished);
    if (!self)
        co_return HealthVerdict::cannotTell(QStringLiteral("session"), {}, {});
    HealthVerdict v = HealthVerdict::judge(report.rows(), m_setup->state(), options.verdict,
                                           QDateTime::currentDateTimeUtc());
    if (v.tenantName.isEmpty())
        v.tenantName = outcome.preflight.identity.tenantName;
    co_return v;
}

} // namespace insightly
