#pragma once

#include "entra/CloudEndpoints.h"
#include "entra/OAuthTypes.h"
#include "entra/Preflight.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace insightly::entra {

class CancelToken;
class GraphClient;
class RefreshTokenStore;
class TokenClient;
class TokenSource;

struct SignInOutcome {
    bool signedIn = false;
    UserMessage error;          // why not (cancelled consent, wrong state, invalid_grant…)
    PreflightReport preflight;  // when signed in
    UserMessage sessionNotKept; // signed in, but the refresh token couldn't be stored: the next start asks again
};

// One admin's session with one tenant: the three ways to sign in (embedded browser, system browser with a
// loopback redirect, device code), silent sign-in from the stored refresh token, the preflight, sign-out — and
// the GraphClient every later step uses. Holds no widgets: the sign-in page shows the browser and calls in here.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    SignInSession(QNetworkAccessManager *network, CloudEndpoints endpoints, ClientRegistration client, QString tenant,
                  RefreshTokenStore *refreshTokens, QObject *parent = nullptr);
    ~SignInSession() override;

    // Interactive sign-in. begin…() returns the authorize URL and remembers the attempt (PKCE, state, nonce);
    // isRedirect() recognises the way back; finish…() checks state, redeems the code and runs the preflight.
    QUrl beginInteractive(const AuthorizeOptions &options = {});
    bool isRedirect(const QUrl &url) const;
    QCoro::Task<SignInOutcome> finishInteractive(QUrl redirect);

    // The same through the system browser: the redirect URI is the loopback listener's (any port).
    QUrl beginSystemBrowser(const QUrl &loopbackRedirectUri, const AuthorizeOptions &options = {});

    QCoro::Task<DeviceCode> beginDeviceCode();
    QCoro::Task<SignInOutcome> finishDeviceCode(DeviceCode code, QPointer<CancelToken> cancel);

    // Tokens obtained by another grant (scripts and tests use the resource-owner password grant that Entra
    // allows public clients): kept and checked exactly as after an interactive sign-in.
    QCoro::Task<SignInOutcome> adoptTokens(TokenResponse tokens) { return adoptAndCheck(std::move(tokens)); }

    // A later start: the stored refresh token signs the admin in without a browser.
    QCoro::Task<SignInOutcome> restore();
    QCoro::Task<void> signOut();

    bool isSignedIn() const { return m_signedIn; }
    const PreflightReport &preflight() const { return m_preflight; }
    QString tenant() const { return m_tenant; }
    QUrl adminConsentUrl() const;

    GraphClient *graph() const { return m_graph.get(); }
    TokenSource *tokens() const { return m_tokens.get(); }
    TokenClient *tokenClient() const { return m_tokenClient.get(); }

signals:
    void signedIn(const insightly::entra::PreflightReport &report);
    void signedOut();

private:
    QCoro::Task<SignInOutcome> adoptAndCheck(TokenResponse tokens);

    QPointer<QNetworkAccessManager> m_network;
    CloudEndpoints m_endpoints;
    ClientRegistration m_client;
    QString m_tenant;
    RefreshTokenStore *m_refreshTokens;
    std::unique_ptr<TokenClient> m_tokenClient;      // the registered redirect URI (embedded, device code, refresh)
    std::unique_ptr<TokenClient> m_loopbackClient;   // the system browser's loopback redirect URI
    std::unique_ptr<TokenSource> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
    std::optional<SignInAttempt> m_attempt;
    bool m_attemptViaLoopback = false;
    bool m_signedIn = false;
    PreflightReport m_preflight;
};

} // namespace insightly::entra
