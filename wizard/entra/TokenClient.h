#pragma once

#include "entra/CancelToken.h"
#include "entra/CloudEndpoints.h"
#include "entra/ErrorCatalog.h"
#include "entra/OAuthTypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <qcorotask.h>

namespace insightly::entra {

// The OAuth 2.0 public-client side of Microsoft sign-in
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow): authorize URL with PKCE,
// redirect recognition, code exchange, refresh, device code. Holds no tokens (TokenSource does). No secrets
// are ever logged.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    TokenClient(QNetworkAccessManager *network, CloudEndpoints endpoints, ClientRegistration client,
                QString tenant, QObject *parent = nullptr);

    const CloudEndpoints &endpoints() const { return m_endpoints; }
    const ClientRegistration &client() const { return m_client; }
    const QString &tenant() const { return m_tenant; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The scopes every flow asks for when the caller passes none (default: wizardScopes(endpoints)).
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }

    QUrl authorizeUrl(const SignInAttempt &attempt, const AuthorizeOptions &options = {}) const;
    // A sign-in error in words, with this client's tenant, client id, redirect URI and admin-consent link
    // filled in.
    UserMessage describe(const TokenError &error) const;

    // True when `url` is the configured redirect URI: same scheme, host and path; for a loopback host any
    // port (Entra ignores the port of localhost redirect URIs of public clients).
    bool isRedirectFor(const QUrl &url) const;
    // Reads code/state/error/error_description from the query (or the fragment, for response_mode=fragment).
    RedirectResult parseRedirect(const QUrl &url) const;

    // The whole second leg: checks the redirect (error, state) and redeems the code with the attempt's
    // verifier.
    QCoro::Task<TokenResponse> completeSignIn(SignInAttempt attempt, QUrl redirect, QStringList scopes = {});
    QCoro::Task<TokenResponse> redeemCode(QString code, QByteArray verifier, QStringList scopes = {});
    QCoro::Task<TokenResponse> refresh(QString refreshToken, QStringList scopes = {});

    QCoro::Task<DeviceCode> startDeviceCode(QStringList scopes = {});
    // Polls /token at the given interval until the admin finished, declined, or the code expired.
    QCoro::Task<TokenResponse> pollDeviceCode(DeviceCode code, QPointer<CancelToken> cancel = {});

    // POSTs a form to the tenant's /token endpoint (client_id is added). Used by the flows above; tests use
    // it for the password grant.
    QCoro::Task<TokenResponse> requestToken(QUrlQuery form, QPointer<CancelToken> cancel = {});

private:
    QStringList scopesOrDefault(const QStringList &scopes) const;

    QPointer<QNetworkAccessManager> m_network;
    CloudEndpoints m_endpoints;
    ClientRegistration m_client;
    QString m_tenant;
    int m_timeoutMs = 30000;
    QStringList m_scopes;
};

} // namespace insightly::entra
