#include "entra/TokenSource.h"

#include "core/SecretKeys.h"
#include "entra/ErrorCatalog.h"
#include "entra/SignInErrors.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSignIn)

namespace insightly::entra {

QCoro::Task<SecretResult> InMemoryRefreshTokenStore::read(SecretKey key)
{
    SecretResult r;
    const auto it = m_values.constFind(keyString(key));
    r.ok = it != m_values.cend();
    r.notFound = !r.ok;
    if (r.ok)
        r.value = *it;
    co_return r;
}

QCoro::Task<SecretResult> InMemoryRefreshTokenStore::write(SecretKey key, QByteArray value)
{
    m_values.insert(keyString(key), value);
    SecretResult r;
    r.ok = true;
    co_return r;
}

QCoro::Task<SecretResult> InMemoryRefreshTokenStore::remove(SecretKey key)
{
    SecretResult r;
    r.ok = m_values.remove(keyString(key)) > 0;
    r.notFound = !r.ok;
    co_return r;
}

namespace {

// Errors after which the refresh token is worthless: only an interactive sign-in helps.
bool needsInteractiveSignIn(const TokenError &error)
{
    static const char *const values[] = {"invalid_grant",    "interaction_required", "login_required",
                                         "consent_required", "invalid_client",       "unauthorized_client"};
    for (const char *value : values) {
        if (error.error == QLatin1String(value))
            return true;
    }
    return false;
}

} // namespace

TokenSource::TokenSource(TokenClient *client, RefreshTokenStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

SecretKey TokenSource::refreshTokenKey() const
{
    const QString tenant = !m_storageTenant.isEmpty() ? m_storageTenant : (m_client ? m_client->tenant() : QString());
    return SecretKeys::refreshToken(tenant, m_client ? m_client->client().clientId : QString());
}

bool TokenSource::accessTokenFresh() const
{
    if (m_accessToken.isEmpty() || !m_expiresAt.isValid())
        return false;
    // A margin larger than half the token's life (short test lifetimes) would refresh on every call.
    const qint64 margin = std::min<qint64>(m_margin.count(), m_lifetimeS / 2);
    return QDateTime::currentDateTimeUtc().addSecs(margin) < m_expiresAt;
}

QCoro::Task<UserMessage> TokenSource::adopt(TokenResponse signedIn, bool store)
{
    m_accessToken = signedIn.accessToken;
    m_expiresAt = signedIn.expiresAt;
    m_grantedScope = signedIn.scope;
    m_lifetimeS = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    m_lastError = {};
    if (signedIn.refreshToken.isEmpty())
        co_return UserMessage{};
    m_refreshToken = signedIn.refreshToken;
    if (!store)
        co_return UserMessage{};
    co_return co_await persist();
}

QCoro::Task<UserMessage> TokenSource::persist()
{
    if (m_refreshToken.isEmpty())
        co_return UserMessage{};
    const SecretResult stored = co_await m_store->write(refreshTokenKey(), m_refreshToken.toUtf8());
    co_return stored.ok ? UserMessage{} : stored.error;
}

QCoro::Task<AccessTokenResult> TokenSource::restore()
{
    const SecretResult stored = co_await m_store->read(refreshTokenKey());
    if (!stored.ok) {
        AccessTokenResult none;
        none.error = stored.notFound ? UserMessage{} : stored.error;
        co_return none;
    }
    m_refreshToken = QString::fromUtf8(stored.value);
    m_accessToken.clear();
    co_return co_await accessToken();
}

QCoro::Task<AccessTokenResult> TokenSource::accessToken()
{
    AccessTokenResult result;
    if (accessTokenFresh()) {
        result.token = m_accessToken;
        co_return result;
    }
    const QPointer<TokenSource> self(this);
    if (m_refreshing) {
        co_await m_refreshDone.wait();
    } else if (!m_refreshToken.isEmpty()) {
        co_await refreshNow();
    }
    if (!self) {
        result.error = ErrorCatalog::cancelled();
        co_return result;
    }
    if (accessTokenFresh()) {
        result.token = m_accessToken;
    } else if (!m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc().addSecs(5) < m_expiresAt) {
        // Refresh failed transiently, but the token still has a little life: use it.
        result.token = m_accessToken;
    } else {
        result.error = m_lastError;
        if (result.error.isEmpty()) {
            TokenError none;
            none.error = QStringLiteral("login_required");
            result.error = (m_client ? m_client->describe(none) : SignInErrors::explain(none));
        }
    }
    co_return result;
}

QCoro::Task<void> TokenSource::refreshNow()
{
    m_refreshing = true;
    const QString used = m_refreshToken;
    // (No co_await inside ?: — GCC 12 mishandles temporaries there.)
    TokenResponse response;
    const QPointer<TokenSource> self(this);
    if (m_client)
        response = co_await m_client->refresh(used);
    else
        response.error.error = QStringLiteral("invalid_client");
    if (!self)
        co_return; // the session was closed while the refresh was out
    if (response.ok()) {
        ++m_refreshCount;
        m_accessToken = response.accessToken;
        m_expiresAt = response.expiresAt;
        if (!response.scope.isEmpty())
            m_grantedScope = response.scope;
        m_lifetimeS = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
        m_lastError = {};
        // Entra rotates refresh tokens; keep the newest (the old one stays valid, so a failed write is not
        // fatal).
        if (!response.refreshToken.isEmpty() && response.refreshToken != used) {
            m_refreshToken = response.refreshToken;
            const SecretResult stored = co_await m_store->write(refreshTokenKey(), m_refreshToken.toUtf8());
            if (!stored.ok)
                qCWarning(lcSignIn) << "could not store the renewed refresh token:" << stored.error.what;
        }
        qCInfo(lcSignIn) << "access token renewed";
    } else {
        m_lastError = (m_client ? m_client->describe(response.error) : SignInErrors::explain(response.error));
        qCInfo(lcSignIn) << "refresh failed:" << m_lastError.code << m_lastError.requestId;
        if (needsInteractiveSignIn(response.error)) {
            m_accessToken.clear();
            m_refreshToken.clear();
            co_await m_store->remove(refreshTokenKey());
            Q_EMIT signInRequired(m_lastError);
        }
    }
    m_refreshing = false;
    m_refreshDone.wakeAll();
}

void TokenSource::rejectAccessToken(const QString &token)
{
    if (!token.isEmpty() && token == m_accessToken)
        m_accessToken.clear();
}

QCoro::Task<SecretResult> TokenSource::signOut()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    SecretResult removed = co_await m_store->remove(refreshTokenKey());
    if (removed.notFound) // nothing stored is what signing out wants
        removed.ok = true;
    co_return removed;
}

} // namespace insightly::entra
