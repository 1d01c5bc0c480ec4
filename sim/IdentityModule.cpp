// The identity platform's browser side: /authorize, the sign-in and consent pages, device login, and the
// sign-in that other modules' browser flows borrow (/signin?return_to=).
#include "IdentityModule.h"

#include "DirectorySeed.h"
#include "IdentityPages.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace sim {

namespace {

// A tenant segment for the form routes: narrower than the OAuth routes' [^/]+ so that other modules' paths
// (e.g. Insightly's) never end up here.
const QString tenantSegment = QStringLiteral(
    "(common|organizations|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
    "[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
constexpr qint64 codeLifetimeMs = 10 * 60 * 1000;
constexpr qint64 consentFlowLifetimeMs = 15 * 60 * 1000;
const QByteArray sessionCookie = "ESTSAUTH";

// Where /signin may send the browser back to: a path on this server, never another site.
bool isLocalPath(const QString &target)
{
    return target.startsWith(u'/') && !target.startsWith(QLatin1String("//")) && !target.contains(u'\\');
}

Response errorPage(int status, int aadsts, const QString &message)
{
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return Response::html(status,
                          pages::error(aadsts, message, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QUuid::createUuid().toString(QUuid::WithoutBraces), timestamp));
}

} // namespace

std::unique_ptr<SimModule> createIdentityModule(SimServer &server)
{
    return std::make_unique<IdentityModule>(server);
}

void IdentityModule::seed()
{
    seedDirectory(m_server);
}

void IdentityModule::registerRoutes()
{
    const QString oauth = QStringLiteral("/([^/]+)/oauth2/v2\\.0/");
    m_server.route("GET", oauth + QStringLiteral("authorize"),
                   [this](const Request &r) { return authorize(r); });
    m_server.route("POST", oauth + QStringLiteral("token"),
                   [this](const Request &r) { return m_tokens.token(r); });
    m_server.route("POST", oauth + QStringLiteral("devicecode"),
                   [this](const Request &r) { return m_tokens.deviceCode(r); });
    m_server.route("POST", QStringLiteral("/") + tenantSegment + QStringLiteral("/login"),
                   [this](const Request &r) { return signInPost(r); });
    m_server.route("POST", QStringLiteral("/") + tenantSegment + QStringLiteral("/consent"),
                   [this](const Request &r) { return consentPost(r); });
    m_server.route("GET", QStringLiteral("/") + tenantSegment + QStringLiteral("/signin"),
                   [this](const Request &r) { return signInReturn(r); });
    m_server.route("GET", QStringLiteral("/devicelogin"),
                   [this](const Request &r) { return deviceLoginGet(r); });
    m_server.route("POST", QStringLiteral("/devicelogin"),
                   [this](const Request &r) { return deviceLoginPost(r); });
    m_server.route("GET", QStringLiteral("/([^/]+)/v2\\.0/\\.well-known/openid-configuration"),
                   [this](const Request &r) { return m_discovery.openIdConfiguration(r); });
    m_server.route("GET", oauth + QStringLiteral("logout"),
                   [this](const Request &r) { return m_discovery.logout(r); });
    m_server.route("POST", QStringLiteral("/_sim/identity/revokeSessions"),
                   [this](const Request &r) { return revokeSessions(r); });
}

bool IdentityModule::parseAuthorize(const QString &tenant, const QUrlQuery &query, AuthorizeRequest *out,
                                    Response *failure)
{
    auto item = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const Tenant &t = m_server.world().directory.tenant;
    if (!identity::tenantMatches(t, tenant)) {
        *failure = errorPage(
            400, 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenant));
        return false;
    }
    AuthorizeRequest a;
    a.tenant = tenant;
    a.clientId = item("client_id");
    a.redirectUri = item("redirect_uri");
    a.state = item("state");
    a.query = query.toString(QUrl::FullyEncoded);
    if (a.clientId.isEmpty()) {
        *failure =
            errorPage(400, 900144,
                      QStringLiteral("The request body must contain the following parameter: 'client_id'."));
        return false;
    }
    if (!identity::isGuid(a.clientId)) {
        *failure =
            errorPage(400, 700016,
                      QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. "
                                     "This can happen if the application has not been installed by the "
                                     "administrator of the tenant or consented to by any user in the tenant. "
                                     "You may have sent your authentication request to the wrong tenant.")
                          .arg(a.clientId, t.displayName));
        return false;
    }
    if (a.redirectUri.isEmpty()) {
        *failure =
            errorPage(400, 500113, QStringLiteral("No reply address is registered for the application."));
        return false;
    }
    if (!identity::redirectUriAllowed(a.redirectUri)) {
        *failure = errorPage(
            400, 50011,
            QStringLiteral("The redirect URI '%1' specified in the request does not match the redirect "
                           "URIs configured for the application '%2'. Make sure the redirect URI sent "
                           "in the request matches one added to your application in the Azure "
                           "portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more "
                           "about how to fix this.")
                .arg(a.redirectUri, a.clientId));
        return false;
    }
    // From here on the redirect URI is trusted: errors go back to the client.
    auto fail = [&](const char *error, int code, const QString &description) {
        *failure = identity::redirectError(a.redirectUri, QLatin1String(error), code, description, a.state);
        return false;
    };
    const QString responseType = item("response_type");
    if (responseType.isEmpty())
        return fail(
            "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'response_type'."));
    if (responseType != QLatin1String("code"))
        return fail(
            "unsupported_response_type", 70005,
            QStringLiteral("response_type '%1' is not enabled for the application.").arg(responseType));
    const QString scope = item("scope");
    if (scope.trimmed().isEmpty())
        return fail("invalid_request", 900144,
                    QStringLiteral("The request body must contain the following parameter: 'scope'."));
    QString invalid;
    if (!identity::splitScopes(scope, &a.graphScopes, &a.oidcScopes, &invalid))
        return fail(
            "invalid_scope", 70011,
            QStringLiteral("The provided request must include a 'scope' input parameter. The provided value "
                           "for the input parameter 'scope' is not valid. The scope '%1' is not valid.")
                .arg(invalid));
    a.codeChallenge = item("code_challenge");
    const QString method = item("code_challenge_method");
    if (a.codeChallenge.isEmpty())
        return fail("invalid_request", 9002325,
                    QStringLiteral("Proof Key for Code Exchange is required: send code_challenge and "
                                   "code_challenge_method=S256."));
    if (method != QLatin1String("S256"))
        return fail("invalid_request", 50147,
                    QStringLiteral("The code_challenge_method '%1' is not supported. Use 'S256'.")
                        .arg(method.isEmpty() ? QStringLiteral("plain") : method));
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!base64url.match(a.codeChallenge).hasMatch())
        return fail("invalid_request", 501491, QStringLiteral("Invalid size of Code_Challenge parameter."));
    a.prompt = item("prompt");
    static const QStringList prompts{QStringLiteral("login"), QStringLiteral("none"),
                                     QStringLiteral("consent"), QStringLiteral("select_account")};
    if (!a.prompt.isEmpty() && !prompts.contains(a.prompt))
        return fail("invalid_request", 90023, QStringLiteral("Invalid prompt value '%1'.").arg(a.prompt));
    a.loginHint = item("login_hint");
    a.nonce = item("nonce");
    *out = a;
    return true;
}

QString IdentityModule::sessionUser(const Request &request) const
{
    const QString cookie = identity::cookieValue(request, sessionCookie);
    if (cookie.isEmpty())
        return {};
    const QString userId = m_server.world().directory.browserSessions.value(cookie);
    const DirectoryUser *user = m_server.world().directory.userById(userId);
    return user && user->accountEnabled ? userId : QString();
}

QString IdentityModule::clientDisplayName(const QString &clientId) const
{
    if (clientId.compare(QLatin1String("14d82eec-204b-4c2f-b7e8-296a70dab67e"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Microsoft Graph Command Line Tools");
    for (const ApplicationObject &app : m_server.world().apps.applications)
        if (app.json.value(QStringLiteral("appId")).toString().compare(clientId, Qt::CaseInsensitive) == 0)
            return app.json.value(QStringLiteral("displayName")).toString();
    return QStringLiteral("Unverified application");
}

bool IdentityModule::needsConsent(const QString &userId, const QString &clientId,
                                  const QStringList &graphScopes) const
{
    const QStringList granted = m_server.world().directory.consents.value(userId + u'|' + clientId.toLower());
    for (const QString &scope : graphScopes)
        if (!granted.contains(scope, Qt::CaseInsensitive))
            return true;
    return granted.isEmpty();
}

void IdentityModule::recordConsent(const QString &userId, const QString &clientId,
                                   const QStringList &graphScopes)
{
    QStringList &granted = m_server.world().directory.consents[userId + u'|' + clientId.toLower()];
    for (const QString &scope : graphScopes)
        if (!granted.contains(scope, Qt::CaseInsensitive))
            granted.append(scope);
    m_server.saveState();
}

Response IdentityModule::authorize(const Request &request)
{
    AuthorizeRequest a;
    Response failure;
    if (!parseAuthorize(request.captures.value(0), request.query(), &a, &failure))
        return failure;
    QString userId = (a.prompt == QLatin1String("login") || a.prompt == QLatin1String("select_account"))
                         ? QString()
                         : sessionUser(request);
    if (!userId.isEmpty() && !a.loginHint.isEmpty() &&
        m_server.world().directory.userById(userId)->userPrincipalName.compare(a.loginHint,
                                                                               Qt::CaseInsensitive) != 0)
        userId.clear();
    const QString continuation = QStringLiteral("authorize?") + a.query;
    if (userId.isEmpty()) {
        if (a.prompt == QLatin1String("none"))
            return identity::redirectError(
                a.redirectUri, QStringLiteral("login_required"), 50058,
                QStringLiteral("A silent sign-in request was sent but no user is signed "
                               "in."),
                a.state);
        return Response::html(200, pages::signIn({QStringLiteral("/%1/login").arg(a.tenant),
                                                  continuation,
                                                  a.loginHint,
                                                  {},
                                                  m_server.options().password,
                                                  clientDisplayName(a.clientId)}));
    }
    if (a.prompt == QLatin1String("none") && needsConsent(userId, a.clientId, a.graphScopes))
        return identity::redirectError(
            a.redirectUri, QStringLiteral("consent_required"), 65001,
            QStringLiteral("The user or administrator has not consented to use the "
                           "application with ID '%1' named '%2'. Send an interactive "
                           "authorization request for this user and resource.")
                .arg(a.clientId, clientDisplayName(a.clientId)),
            a.state);
    return continueAfterSignIn(userId, continuation, a.tenant, a.prompt == QLatin1String("consent"));
}

Response IdentityModule::signInPost(const Request &request)
{
    const QString tenant = request.captures.value(0);
    const QHash<QString, QString> form = request.formBody();
    const QString continuation = form.value(QStringLiteral("ctx"));
    const QString username = form.value(QStringLiteral("username")).trimmed();
    QString clientName;
    bool forceConsent = false;
    if (continuation.startsWith(QLatin1String("authorize?"))) {
        AuthorizeRequest a;
        Response failure;
        if (!parseAuthorize(tenant, QUrlQuery(continuation.mid(10)), &a, &failure))
            return failure;
        clientName = clientDisplayName(a.clientId);
        forceConsent = a.prompt == QLatin1String("consent");
    } else if (!continuation.startsWith(QLatin1String("device:")) &&
               !(continuation.startsWith(QLatin1String("return:")) && isLocalPath(continuation.mid(7)))) {
        return errorPage(400, 900144,
                         QStringLiteral("The request body must contain the following parameter: 'ctx'."));
    }
    const DirectoryUser *user = m_server.world().directory.userByUpn(username);
    QString error;
    if (!user || form.value(QStringLiteral("password")) != m_server.options().password)
        error = QStringLiteral(
            "Your account or password is incorrect. If you don't remember your password, reset it now.");
    else if (!user->accountEnabled)
        error = QStringLiteral(
            "Your account has been locked. Contact your support person to unlock it, then try again.");
    if (!error.isEmpty())
        return Response::html(200, pages::signIn({QStringLiteral("/%1/login").arg(tenant), continuation,
                                                  username, error, m_server.options().password, clientName}));

    const QString session = identity::randomToken(m_server.random(), 32);
    m_server.world().directory.browserSessions.insert(session, user->id);
    Response response = continueAfterSignIn(user->id, continuation, tenant, forceConsent);
    response.header("Set-Cookie",
                    sessionCookie + '=' + session.toLatin1() + "; path=/; HttpOnly; SameSite=Lax");
    return response;
}

Response IdentityModule::continueAfterSignIn(const QString &userId, const QString &continuation,
                                             const QString &tenant, bool forceConsent)
{
    if (continuation.startsWith(QLatin1String("return:")))
        return Response::redirect(QUrl(continuation.mid(7)));
    if (continuation.startsWith(QLatin1String("device:"))) {
        const DeviceAuthorization *device = deviceByUserCode(continuation.mid(7));
        if (!device)
            return Response::html(
                200, pages::deviceCodeEntry(QStringLiteral("/devicelogin"),
                                            QStringLiteral("That code didn't work. Check the code "
                                                           "and try again.")));
        return consentPage(userId, continuation, tenant, device->clientId, device->graphScopes);
    }
    AuthorizeRequest a;
    Response failure;
    if (!parseAuthorize(tenant, QUrlQuery(continuation.mid(10)), &a, &failure))
        return failure;
    if (forceConsent || needsConsent(userId, a.clientId, a.graphScopes))
        return consentPage(userId, continuation, tenant, a.clientId, a.graphScopes);
    return issueCode(a, userId);
}

Response IdentityModule::consentPage(const QString &userId, const QString &continuation,
                                     const QString &tenant, const QString &clientId,
                                     const QStringList &graphScopes)
{
    const QString flow = identity::randomToken(m_server.random(), 24);
    m_pendingConsents.insert(flow,
                             PendingConsent{userId, continuation, m_server.nowMs() + consentFlowLifetimeMs});
    const DirectoryUser *user = m_server.world().directory.userById(userId);
    return Response::html(200, pages::consent({QStringLiteral("/%1/consent").arg(tenant), flow,
                                               user ? user->userPrincipalName : QString(),
                                               clientDisplayName(clientId), clientId, graphScopes}));
}

Response IdentityModule::consentPost(const Request &request)
{
    const QString tenant = request.captures.value(0);
    const QHash<QString, QString> form = request.formBody();
    const PendingConsent pending = m_pendingConsents.take(form.value(QStringLiteral("flow")));
    if (pending.userId.isEmpty() || pending.expiresAtMs < m_server.nowMs())
        return errorPage(400, 50089,
                         QStringLiteral("Authentication failed due to flow token expired. Sign in again."));
    const bool accepted = form.contains(QStringLiteral("accept")) && !form.contains(QStringLiteral("cancel"));
    if (pending.continuation.startsWith(QLatin1String("device:"))) {
        DeviceAuthorization *device = deviceByUserCode(pending.continuation.mid(7));
        if (!device)
            return Response::html(
                200, pages::deviceCodeEntry(QStringLiteral("/devicelogin"),
                                            QStringLiteral("That code has expired. Get a new code "
                                                           "on your device and try again.")));
        device->status =
            accepted ? DeviceAuthorization::Status::Approved : DeviceAuthorization::Status::Declined;
        device->userId = pending.userId;
        if (accepted)
            recordConsent(pending.userId, device->clientId, device->graphScopes);
        return Response::html(200, pages::deviceDone(clientDisplayName(device->clientId), accepted));
    }
    AuthorizeRequest a;
    Response failure;
    if (!parseAuthorize(tenant, QUrlQuery(pending.continuation.mid(10)), &a, &failure))
        return failure;
    if (!accepted)
        return identity::redirectError(a.redirectUri, QStringLiteral("access_denied"), 65004,
                                       QStringLiteral("User declined to consent to access the app."),
                                       a.state);
    recordConsent(pending.userId, a.clientId, a.graphScopes);
    return issueCode(a, pending.userId);
}

Response IdentityModule::issueCode(const AuthorizeRequest &a, const QString &userId)
{
    const QString code = QStringLiteral("1.AQ") + identity::randomToken(m_server.random(), 96);
    m_server.witnessSecret(QStringLiteral("authorization-code"), code);
    m_codes.insert(code,
                   AuthorizationCode{userId, a.clientId, a.redirectUri, a.graphScopes, a.oidcScopes,
                                     a.codeChallenge, a.nonce, m_server.nowMs() + codeLifetimeMs, false});
    QUrl target(a.redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), code);
    if (!a.state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(a.state)));
    query.addQueryItem(QStringLiteral("session_state"), m_server.newGuid());
    target.setQuery(query);
    return Response::redirect(target);
}

Response IdentityModule::signInReturn(const Request &request)
{
    const QString tenant = request.captures.value(0);
    if (!identity::tenantMatches(m_server.world().directory.tenant, tenant))
        return errorPage(400, 90002, QStringLiteral("Tenant '%1' not found.").arg(tenant));
    const QString returnTo = request.queryItem(QStringLiteral("return_to"));
    if (!isLocalPath(returnTo))
        return errorPage(
            400, 900144,
            QStringLiteral("The request must contain the parameter 'return_to' with a relative URL."));
    const QString userId = request.queryItem(QStringLiteral("prompt")) == QLatin1String("login")
                               ? QString()
                               : sessionUser(request);
    if (!userId.isEmpty())
        return Response::redirect(QUrl(returnTo));
    return Response::html(200, pages::signIn({QStringLiteral("/%1/login").arg(tenant),
                                              QStringLiteral("return:") + returnTo,
                                              request.queryItem(QStringLiteral("login_hint")),
                                              {},
                                              m_server.options().password,
                                              {}}));
}

DeviceAuthorization *IdentityModule::deviceByUserCode(const QString &userCode)
{
    QString normalized = userCode.toUpper();
    normalized.remove(u'-');
    normalized.remove(u' ');
    for (DeviceAuthorization &device : m_devices)
        if (device.userCode == normalized && device.status == DeviceAuthorization::Status::Pending &&
            device.expiresAtMs > m_server.nowMs())
            return &device;
    return nullptr;
}

Response IdentityModule::deviceLoginGet(const Request &)
{
    return Response::html(200, pages::deviceCodeEntry(QStringLiteral("/devicelogin"), {}));
}

Response IdentityModule::deviceLoginPost(const Request &request)
{
    const QString userCode = request.formBody().value(QStringLiteral("otc"));
    const DeviceAuthorization *device = deviceByUserCode(userCode);
    if (!device)
        return Response::html(
            200, pages::deviceCodeEntry(QStringLiteral("/devicelogin"),
                                        QStringLiteral("That code didn't work. Check the code and "
                                                       "try again.")));
    const QString continuation = QStringLiteral("device:") + device->userCode;
    const QString tenant = QStringLiteral("organizations");
    if (const QString userId = sessionUser(request); !userId.isEmpty())
        return consentPage(userId, continuation, tenant, device->clientId, device->graphScopes);
    return Response::html(200, pages::signIn({QStringLiteral("/%1/login").arg(tenant),
                                              continuation,
                                              {},
                                              {},
                                              m_server.options().password,
                                              clientDisplayName(device->clientId)}));
}

Response IdentityModule::revokeSessions(const Request &request)
{
    // Stands in for an admin's "Revoke sessions" (or a password reset): refresh tokens and browser sessions
    // of the user stop working; issued access tokens live on until they expire, as in Entra.
    const QString upn = request.jsonBody().value(QStringLiteral("userPrincipalName")).toString();
    DirectoryState &dir = m_server.world().directory;
    const DirectoryUser *user = dir.userByUpn(upn);
    if (!user)
        return Response::text(404, "no such user");
    int revoked = 0;
    for (RefreshGrant &grant : dir.refreshTokens)
        if (grant.userId == user->id && !grant.revoked) {
            grant.revoked = true;
            ++revoked;
        }
    for (auto it = dir.browserSessions.begin(); it != dir.browserSessions.end();)
        it = it.value() == user->id ? dir.browserSessions.erase(it) : std::next(it);
    m_server.saveState();
    return Response::json(200, QJsonObject{{QStringLiteral("revokedRefreshTokens"), revoked}});
}

} // namespace sim
