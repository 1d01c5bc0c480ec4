#include "flows/SavedSession.h"

#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/KeychainRefreshTokenStore.h"

#include <QNetworkAccessManager>

namespace insightly {

SavedSession::SavedSession(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                           entra::CloudEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_setup(setup)
    , m_endpoints(std::move(endpoints))
{
}

SavedSession::~SavedSession() = default;

namespace {

SetupKey chooseAmong(const SetupStateStore *setup, const SavedSession::Options &options, QString *why)
{
    // The most recently saved first: with several setups of a tenant and no --instance, the latest one.
    if (!setup) {
        *why = SavedSession::tr("No setup was found on this computer.");
        return {};
    }
    const SetupCatalogue catalogue = setup->catalogue();
    const QList<SetupCatalogue::SavedSetup> known = catalogue.knownSetups();
    if (known.isEmpty()) {
        *why = SavedSession::tr("No setup was found on this computer.");
        return {};
    }
    QList<SetupCatalogue::SavedSetup> candidates;
    for (const SetupCatalogue::SavedSetup &saved : known)
        if (options.tenant.isEmpty() ||
            saved.state.tenantId.compare(options.tenant, Qt::CaseInsensitive) == 0)
            candidates.append(saved);
    if (candidates.isEmpty()) {
        *why = SavedSession::tr("No setup of tenant %1 was found on this computer (known tenant ids: %2).")
                   .arg(options.tenant, catalogue.knownTenants().join(QStringLiteral(", ")));
        return {};
    }
    if (!options.instance.isEmpty()) {
        for (const SetupCatalogue::SavedSetup &saved : std::as_const(candidates))
            if (isSetupOfInstance(saved.state, options.instance))
                return saved.key();
        *why = SavedSession::tr("No setup for the Insightly instance %1 was found on this computer.")
                   .arg(options.instance.toString());
        return {};
    }
    const SetupKey recent = catalogue.mostRecentSetup();
    for (const SetupCatalogue::SavedSetup &saved : std::as_const(candidates))
        if (saved.key() == recent)
            return recent;
    return candidates.constFirst().key();
}

} // namespace

SetupKey SavedSession::chooseSetup(const Options &options, QString *why) const
{
    const SetupKey chosen = chooseAmong(m_setup, options, why);
    if (!chosen.tenantId.isEmpty() || !options.freshSetupForNewInstance || options.instance.isEmpty())
        return chosen;
    // An instance not set up yet: the tenant's setup that has no instance yet (a fresh one); `why` keeps
    // saying that the instance has no setup when there is none.
    Options tenantOnly = options;
    tenantOnly.instance.clear();
    QString tenantWhy;
    const SetupKey fresh = chooseAmong(m_setup, tenantOnly, &tenantWhy);
    if (!fresh.tenantId.isEmpty() && fresh.instanceId.isEmpty())
        return fresh;
    return chosen;
}

QCoro::Task<SavedSession::Outcome> SavedSession::restore(Options options)
{
    QPointer<SavedSession> self(this);
    m_session.reset();
    m_signIn = {};
    m_message = {};
    m_state = {};
    QString why;
    m_key = chooseSetup(options, &why);
    if (m_key.tenantId.isEmpty()) {
        m_outcome = Outcome::NoSetup;
        m_message.what = why;
        m_message.action =
            tr("Run the wizard on this computer and sign in to the tenant once (or pass --tenant "
               "with the tenant id of a setup made here).");
        co_return m_outcome;
    }
    const SetupStateStore::LoadResult loaded = m_setup->load(m_key);
    if (!loaded.message.isEmpty()) {
        m_outcome = Outcome::Unreadable;
        m_message = loaded.message;
        co_return m_outcome;
    }
    m_state = m_setup->state();

    const entra::ClientRegistration client = entra::ClientRegistration::forClientId(
        !options.clientId.isEmpty() ? options.clientId : m_state.clientId);
    // Held by this coroutine while it waits, so that both outlive a SavedSession destroyed meanwhile.
    auto refreshTokens = std::make_shared<entra::KeychainRefreshTokenStore>(m_secrets);
    auto session = std::make_shared<entra::SignInSession>(m_network, m_endpoints, client,
                                                          m_key.tenantId.toLower(), refreshTokens.get());
    const entra::SignInOutcome outcome = co_await session->restore();
    if (!self)
        co_return Outcome::NotSignedIn;
    m_refreshTokens = std::move(refreshTokens);
    m_session = std::move(session);
    m_signIn = outcome;
    if (!outcome.signedIn) {
        m_session.reset();
        m_outcome = Outcome::NotSignedIn;
        m_message.what = tr("Not signed in: the saved session could not be used (%1)")
                             .arg(outcome.error.what.isEmpty() ? tr("none is saved") : outcome.error.what);
        m_message.action = tr("Run the wizard and sign in: the saved session is then used.");
        co_return m_outcome;
    }
    m_outcome = Outcome::Restored;
    co_return m_outcome;
}

SecretStore *SavedSession::secrets() const
{
    return m_secrets;
}

SetupStateStore *SavedSession::setupStore() const
{
    return m_setup;
}

} // namespace insightly
