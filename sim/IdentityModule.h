#pragma once

#include "IdentityDiscovery.h"
#include "IdentityToken.h"
#include "SimServer.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sim {

// The /authorize parameters, validated. Round-trips through the sign-in and consent forms as `query`.
struct AuthorizeRequest {
    QString tenant; // the path segment as requested
    QString clientId;
    QString redirectUri;
    QString state;
    QString codeChallenge;
    QString prompt;
    QString loginHint;
    QString nonce;
    QStringList graphScopes; // short names ("Application.ReadWrite.All")
    QStringList oidcScopes;  // openid, profile, email, offline_access
    QString query;           // the original query string
};

// A signed-in user waiting on the consent page; `continuation` is "authorize?<query>" or "device:<user
// code>".
struct PendingConsent {
    QString userId;
    QString continuation;
    qint64 expiresAtMs = 0;
};

// The identity platform: /authorize with its sign-in and consent pages, /token (authorization code + PKCE,
// refresh token, device code, password), /devicecode and /devicelogin, and /signin?return_to= for other
// modules' browser flows. Seeds the directory (it is the first module).
class IdentityModule final : public SimModule
{
public:
    explicit IdentityModule(SimServer &server)
        : SimModule(server)
        , m_tokens(server, m_codes, m_devices)
        , m_discovery(server)
    {
    }
    void seed() override;
    void registerRoutes() override;

private:
    // Browser flows (IdentityModule.cpp).
    Response authorize(const Request &request);
    Response signInPost(const Request &request);
    Response consentPost(const Request &request);
    Response signInReturn(const Request &request);
    Response deviceLoginGet(const Request &request);
    Response deviceLoginPost(const Request &request);
    Response revokeSessions(const Request &request);
    // Validates /authorize parameters. On failure returns false and *failure holds the answer: an error page
    // when the redirect URI cannot be trusted, else a redirect carrying the error.
    bool parseAuthorize(const QString &tenant, const QUrlQuery &query, AuthorizeRequest *out,
                        Response *failure);
    Response continueAfterSignIn(const QString &userId, const QString &continuation, const QString &tenant,
                                 bool forceConsent);
    Response consentPage(const QString &userId, const QString &continuation, const QString &tenant,
                         const QString &clientId, const QStringList &graphScopes);
    Response issueCode(const AuthorizeRequest &authorize, const QString &userId);
    QString sessionUser(const Request &request) const;
    QString clientDisplayName(const QString &clientId) const;
    bool needsConsent(const QString &userId, const QString &clientId, const QStringList &graphScopes) const;
    void recordConsent(const QString &userId, const QString &clientId, const QStringList &graphScopes);
    DeviceAuthorization *deviceByUserCode(const QString &userCode);

    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, DeviceAuthorization> m_devices;    // device_code -> authorization
    QHash<QString, PendingConsent> m_pendingConsents; // flow id -> pending consent
    // Token endpoint (IdentityToken.cpp) and discovery and sign-out (IdentityDiscovery.cpp); the token
    // endpoint redeems the codes and device authorizations the browser flows above fill in.
    IdentityTokenEndpoint m_tokens;
    IdentityDiscovery m_discovery;
};

// Helpers shared by the identity files.
namespace identity {

// The full delegated set `.default` stands for.
const QStringList &defaultGraphScopes();
// Splits a scope parameter into Graph scopes (short names) and OpenID Connect scopes. Returns false with
// *invalid naming the first scope that is neither.
bool isOidcScope(const QString &scope); // openid, profile, email, offline_access
bool splitScopes(const QString &scope, QStringList *graph, QStringList *oidc, QString *invalid);
// Whether `segment` names the simulated tenant (its id or a verified domain) or is common / organizations.
bool tenantMatches(const Tenant &tenant, const QString &segment);
bool isGuid(const QString &text);
// The identity platform's error JSON: error, error_description (AADSTS code, Trace ID, Correlation ID,
// Timestamp), error_codes, timestamp, trace_id, correlation_id, error_uri.
Response tokenError(int status, const QString &error, int aadsts, const QString &description);
// The same error as a redirect to the client (query: error, error_description, state).
Response redirectError(const QString &redirectUri, const QString &error, int aadsts,
                       const QString &description, const QString &state);
// Redirect URIs the simulated public client accepts: http://localhost[:port][/path],
// http://127.0.0.1[:port][/path] and https://login.microsoftonline.com/common/oauth2/nativeclient.
bool redirectUriAllowed(const QString &uri);
QString cookieValue(const Request &request, const QByteArray &name);
QString randomToken(QRandomGenerator &random, int bytes);
QString siteBase(const Request &request); // "http://127.0.0.1:PORT"

} // namespace identity

} // namespace sim
