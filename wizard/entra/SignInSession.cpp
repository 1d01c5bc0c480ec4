#include "entra/SignInSession.h"

#include "core/LogCategories.h"
#include "entra/GraphClient.h"
#include "entra/SignInErrors.h"
#include "entra/TokenClient.h"
#include "entra/TokenSource.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace insightly::entra {

SignInSession::SignInSession(QNetworkAccessManager *network, CloudEndpoints endpoints, ClientRegistration client,
                             QString tenant, RefreshTokenStore *refreshTokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_client(std::move(client))
    , m_tenant(tenant.isEmpty() ? QStringLiteral("organizations") : std::move(tenant))
    , m_refreshTokens(refreshTokens)
{
    m_tokenClient = std::make_unique<TokenClient>(network, m_endpoints, m_client, m_tenant);
    m_tokens = std::make_unique<TokenSource>(m_tokenClient.get(), m_refreshTokens);
    m_graph = std::make_unique<GraphClient>(network, m_endpoints, m_tokens.get());
}

SignInSession::~SignInSession()
{
    // GraphClient uses the token source; the token source uses the token client.
    m_graph.reset();
    m_tokens.reset();
}

QUrl SignInSession::beginInteractive(const AuthorizeOptions &options)
{
    m_attempt = SignInAttempt::create();
    m_attemptViaLoopback = false;
    return m_tokenClient->authorizeUrl(*m_attempt, options);
}

QUrl SignInSession::beginSystemBrowser(const QUrl &loopbackRedirectUri, const AuthorizeOptions &options)
{
    ClientRegistration loopback = m_client;
    loopback.redirectUri = loopbackRedirectUri;
    m_loopbackClient = std::make_unique<TokenClient>(m_network, m_endpoints, loopback, m_tenant);
    m_attempt = SignInAttempt::create();
    m_attemptViaLoopback = true;
    return m_loopbackClient->authorizeUrl(*m_attempt, options);
}

bool SignInSession::isRedirect(const QUrl &url) const
{
    return m_tokenClient->isRedirectFor(url);
}

QCoro::Task<SignInOutcome> SignInSession::finishInteractive(QUrl redirect)
{
    if (!m_attempt) {
        SignInOutcome outcome;
        outcome.error.what = QCoreApplication::translate("SignInSession", "This sign-in was not started by the wizard.");
        outcome.error.action = QCoreApplication::translate("SignInSession", "Start the sign-in again.");
        outcome.error.code = QStringLiteral("signin.no-attempt");
        co_return outcome;
    }
    const SignInAttempt attempt = *m_attempt;
    m_attempt.reset(); // a code and its verifier are used once
    TokenClient *client = m_attemptViaLoopback && m_loopbackClient ? m_loopbackClient.get() : m_tokenClient.get();
    TokenResponse tokens = co_await client->completeSignIn(attempt, redirect);
    co_return co_await adoptAndCheck(std::move(tokens));
}

QCoro::Task<DeviceCode> SignInSession::beginDeviceCode()
{
    co_return co_await m_tokenClient->startDeviceCode();
}

QCoro::Task<SignInOutcome> SignInSession::finishDeviceCode(DeviceCode code, QPointer<CancelToken> cancel)
{
    TokenResponse tokens = co_await m_tokenClient->pollDeviceCode(code, cancel);
    co_return co_await adoptAndCheck(std::move(tokens));
}

QCoro::Task<SignInOutcome> SignInSession::restore()
{
    SignInOutcome outcome;
    const AccessTokenResult restored = co_await m_tokens->restore();
    if (!restored.ok()) {
        outcome.error = restored.error;
        co_return outcome;
    }
    m_preflight = co_await runPreflight(*m_graph, m_tokens->grantedScope(), adminConsentUrl().toString());
    if (!m_preflight.error.isEmpty()) {
        outcome.error = m_preflight.error;
        co_return outcome;
    }
    m_signedIn = true;
    outcome.signedIn = true;
    outcome.preflight = m_preflight;
    emit signedIn(m_preflight);
    co_return outcome;
}

QCoro::Task<SignInOutcome> SignInSession::adoptAndCheck(TokenResponse tokens)
{
    SignInOutcome outcome;
    if (!tokens.ok()) {
        outcome.error = SignInErrors::explain(tokens.error);
        co_return outcome;
    }
    const QString scope = tokens.scope;
    co_await m_tokens->adopt(std::move(tokens), false);
    m_preflight = co_await runPreflight(*m_graph, scope, adminConsentUrl().toString());
    if (!m_preflight.error.isEmpty()) {
        outcome.error = m_preflight.error;
        co_return outcome;
    }
    // Only a session that passed the preflight is kept for the next start, under the tenant's id.
    if (m_preflight.passed()) {
        m_tokens->setStorageTenant(m_preflight.identity.tenantId);
        const UserMessage storeProblem = co_await m_tokens->persist();
        if (!storeProblem.isEmpty())
            qCWarning(lcSignIn) << "refresh token not stored:" << storeProblem.what;
        outcome.sessionNotKept = storeProblem;
    }
    m_signedIn = true;
    outcome.signedIn = true;
    outcome.preflight = m_preflight;
    emit signedIn(m_preflight);
    co_return outcome;
}

QCoro::Task<void> SignInSession::signOut()
{
    m_graph->cancelAll();
    co_await m_tokens->signOut();
    m_signedIn = false;
    m_preflight = {};
    emit signedOut();
}

QUrl SignInSession::adminConsentUrl() const
{
    return m_endpoints.adminConsentUrl(m_tenant, m_client.clientId);
}

} // namespace insightly::entra
