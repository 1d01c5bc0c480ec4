#pragma once

#include "core/SecretStore.h"
#include "entra/AsyncWaitQueue.h"
#include "entra/GraphTypes.h"
#include "entra/TokenClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <chrono>

namespace insightly::entra {

// Where the refresh token is kept between runs. The product uses the OS keychain (KeychainRefreshTokenStore
// over core/SecretStore); tests use InMemoryRefreshTokenStore.
class RefreshTokenStore
{
public:
    virtual ~RefreshTokenStore() = default;
    virtual QCoro::Task<SecretResult> read(SecretKey key) = 0;
    virtual QCoro::Task<SecretResult> write(SecretKey key, QByteArray value) = 0;
    virtual QCoro::Task<SecretResult> remove(SecretKey key) = 0;
};

class InMemoryRefreshTokenStore : public RefreshTokenStore
{
public:
    QCoro::Task<SecretResult> read(SecretKey key) override;
    QCoro::Task<SecretResult> write(SecretKey key, QByteArray value) override;
    QCoro::Task<SecretResult> remove(SecretKey key) override;
    bool contains(const SecretKey &key) const { return m_values.contains(keyString(key)); }
    QByteArray value(const SecretKey &key) const { return m_values.value(keyString(key)); }

private:
    static QString keyString(const SecretKey &key)
    {
        return key.tenant + u'/' + key.purpose + u'/' + key.qualifier;
    }
    QHash<QString, QByteArray> m_values;
};

// The signed-in session: the current access token and its expiry in memory, the refresh token in the store
// under SecretKey{tenant, "refresh-token", clientId}. accessToken() refreshes ahead of expiry (refreshMargin)
// and after Graph rejected a token; concurrent callers share one refresh.
class TokenSource : public QObject, public AccessTokenProvider
{
    Q_OBJECT
public:
    TokenSource(TokenClient *client, RefreshTokenStore *store, QObject *parent = nullptr);

    // After an interactive or device-code sign-in: keeps the tokens and stores the refresh token.
    // Returns the store's error (the session still works for this run) or an empty message.
    // With store=false the tokens are used for this run only until persist() (the sign-in checks the account
    // first: a session that fails the preflight is never kept).
    QCoro::Task<UserMessage> adopt(TokenResponse signedIn, bool store = true);
    QCoro::Task<UserMessage> persist();
    // Keep the refresh token under this tenant (the tenant id learnt at sign-in) rather than the one signed in
    // with ("organizations"), so that the next start finds it by tenant id.
    void setStorageTenant(const QString &tenantId) { m_storageTenant = tenantId; }
    // On a later run: reads the stored refresh token and redeems it. Failure means "sign in interactively".
    QCoro::Task<AccessTokenResult> restore();
    QCoro::Task<AccessTokenResult> accessToken() override;
    void rejectAccessToken(const QString &token) override;
    // Forgets the tokens and removes the stored refresh token.
    QCoro::Task<SecretResult> signOut();

    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }
    QDateTime accessTokenExpiry() const { return m_expiresAt; }
    // The delegated scopes of the current access token (the token response's space-separated `scope`).
    QString grantedScope() const { return m_grantedScope; }
    int refreshCount() const { return m_refreshCount; }
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    SecretKey refreshTokenKey() const;

Q_SIGNALS:
    // The saved session can't be renewed silently: show the sign-in page again (with this message).
    void signInRequired(const insightly::UserMessage &message);

private:
    bool accessTokenFresh() const;
    QCoro::Task<void> refreshNow();

    QPointer<TokenClient> m_client;
    RefreshTokenStore *m_store;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    QString m_grantedScope;
    QString m_storageTenant;
    qint64 m_lifetimeS = 3600;
    UserMessage m_lastError;
    std::chrono::seconds m_margin{300};
    bool m_refreshing = false;
    int m_refreshCount = 0;
    AsyncWaitQueue m_refreshDone;
};

} // namespace insightly::entra
