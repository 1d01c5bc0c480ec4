#include "flows/HealthCheck.h"

#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/KeychainRefreshTokenStore.h"
#include "entra/SignInSession.h"
#include "flows/SetupStatusReport.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>
#include <qcorosignal.h>

namespace insightly {

namespace {

bool sameInstance(const SetupState &state, const QUrl &instance)
{
    if (state.insightlySignInUrl.isEmpty())
        return false;
    if (instance.host().isEmpty()) // a bare host name was given
        return state.insightlySignInUrl.host().compare(instance.toString(), Qt::CaseInsensitive) == 0;
    if (state.insightlySignInUrl.host().compare(instance.host(), Qt::CaseInsensitive) != 0)
        return false;
    const QString id = QUrlQuery(instance).queryItemValue(QStringLiteral("instanceId"));
    return id.isEmpty() || id == state.instanceId;
}

} // namespace

HealthCheck::HealthCheck(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                         entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_setup(setup)
    , m_endpoints(std::move(endpoints))
{
}

QString HealthCheck::chooseTenant(const Options &options, QString *why) const
{
    const QStringList known = m_setup ? m_setup->knownTenants() : QStringList();
    if (known.isEmpty()) {
        *why = HealthVerdict::tr("No setup was found on this computer.");
        return {};
    }
    if (!options.tenant.isEmpty()) {
        if (known.contains(options.tenant.toLower()))
            return options.tenant.toLower();
        *why = HealthVerdict::tr("No setup of tenant %1 was found on this computer (known tenant ids: %2).")
                   .arg(options.tenant, known.join(QStringLiteral(", ")));
        return {};
    }
    if (!options.instance.isEmpty()) {
        SetupStateStore probe(m_setup->directory());
        for (const QString &tenant : known) {
            probe.load(tenant);
            if (sameInstance(probe.state(), options.instance))
                return tenant;
        }
        *why = HealthVerdict::tr("No setup for the Insightly instance %1 was found on this computer.")
                   .arg(options.instance.toString());
        return {};
    }
    return m_setup->mostRecentTenant().isEmpty() ? known.constFirst() : m_setup->mostRecentTenant();
}

QCoro::Task<HealthVerdict> HealthCheck::run(Options options)
{
    QPointer<HealthCheck> self(this);
    QString why;
    const QString tenant = chooseTenant(options, &why);
    if (tenant.isEmpty())
        co_return HealthVerdict::cannotTell(
            QStringLiteral("setup"), why,
            HealthVerdict::tr(
                "Run the wizard on this computer to set up single sign-on (or pass --tenant with "
                "the tenant id of a setup made here)."));
    const SetupStateStore::LoadResult loaded = m_setup->load(tenant);
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
