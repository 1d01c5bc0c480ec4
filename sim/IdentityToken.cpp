// The identity platform's token side: /token (authorization code with PKCE, refresh token, device code,
// resource-owner password) and /devicecode, with errors in Entra's JSON shape.
#include "IdentityToken.h"

#include "IdentityModule.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace sim {

namespace {

constexpr qint64 refreshTokenLifetimeMs = qint64(90) * 24 * 3600 * 1000;
constexpr int deviceCodeLifetimeS = 900;

Response missingParameter(const char *name)
{
    return identity::tokenError(400, QStringLiteral("invalid_request"), 900144,
                                QStringLiteral("The request body must contain the following parameter: '%1'.")
                                    .arg(QLatin1String(name)));
}

Response badGrant(int aadsts, const QString &description)
{
    return identity::tokenError(400, QStringLiteral("invalid_grant"), aadsts, description);
}

QString userCodeAlphabetPick(QRandomGenerator &random)
{
    // Entra's user codes: 9 letters and digits, without look-alikes.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
    return code;
}

} // namespace

Response IdentityTokenEndpoint::token(const Request &request)
{
    const QHash<QString, QString> form = request.formBody();
    if (!identity::tenantMatches(m_server.world().directory.tenant, request.captures.value(0)))
        return identity::tokenError(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct "
                           "tenant ID and are signing into the correct cloud.")
                .arg(request.captures.value(0)));
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return missingParameter("grant_type");
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return missingParameter("client_id");
    if (!identity::isGuid(clientId))
        return identity::tokenError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory "
                           "'%2'.")
                .arg(clientId, m_server.world().directory.tenant.displayName));
    if (form.contains(QStringLiteral("client_secret")) || form.contains(QStringLiteral("client_assertion")))
        return identity::tokenError(401, QStringLiteral("invalid_client"), 700025,
                                    QStringLiteral("Client is public so neither 'client_assertion' nor "
                                                   "'client_secret' should be presented."));
    if (grantType == QLatin1String("authorization_code"))
        return redeemCode(request, form);
    if (grantType == QLatin1String("refresh_token"))
        return redeemRefreshToken(request, form);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return redeemDeviceCode(request, form);
    if (grantType == QLatin1String("password"))
        return redeemPassword(request, form);
    return identity::tokenError(
        400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

Response IdentityTokenEndpoint::redeemCode(const Request &request, const QHash<QString, QString> &form)
{
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return missingParameter("code");
    if (!form.contains(QStringLiteral("redirect_uri")))
        return missingParameter("redirect_uri");
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return badGrant(9002313, QStringLiteral("Invalid request. Request is malformed or invalid."));
    if (it->redeemed)
        return badGrant(54005,
                        QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a "
                                       "new valid code or use an existing refresh token."));
    // A code is good for one attempt: whatever happens next, it is spent.
    it->redeemed = true;
    const AuthorizationCode grant = *it;
    if (grant.expiresAtMs <= m_server.nowMs())
        return badGrant(
            70008, QStringLiteral("The provided authorization code or refresh token has expired due to "
                                  "inactivity. Send a new interactive authorization request for this user "
                                  "and resource."));
    if (grant.clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive) != 0)
        return badGrant(70000,
                        QStringLiteral("Provided grant is invalid or malformed. The code was issued to "
                                       "another client."));
    if (grant.redirectUri != form.value(QStringLiteral("redirect_uri")))
        return badGrant(500112, QStringLiteral("The reply address '%1' does not match the reply address '%2' "
                                               "provided when requesting Authorization code.")
                                    .arg(form.value(QStringLiteral("redirect_uri")), grant.redirectUri));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (verifier.isEmpty())
        return missingParameter("code_verifier");
    m_server.witnessSecret(QStringLiteral("pkce-verifier"), verifier);
    const QByteArray computed = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (QString::fromLatin1(computed) != grant.codeChallenge)
        return badGrant(501481,
                        QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                                       "authorization request."));
    return issueTokens(request, grant.userId, grant.clientId, grant.graphScopes, grant.oidcScopes,
                       grant.nonce);
}

Response IdentityTokenEndpoint::redeemRefreshToken(const Request &request,
                                                   const QHash<QString, QString> &form)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return missingParameter("refresh_token");
    const auto it = m_server.world().directory.refreshTokens.constFind(refreshToken);
    if (it == m_server.world().directory.refreshTokens.constEnd())
        return badGrant(9002313, QStringLiteral("Invalid request. Request is malformed or invalid."));
    const RefreshGrant grant = *it;
    if (grant.revoked)
        return badGrant(
            50173, QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth "
                                  "token is needed. The user might have changed or reset their password."));
    if (grant.issuedAtMs + refreshTokenLifetimeMs <= m_server.nowMs())
        return badGrant(
            700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token was issued "
                           "on %1 and was inactive for 90.00:00:00.")
                .arg(QDateTime::fromMSecsSinceEpoch(grant.issuedAtMs, Qt::UTC).toString(Qt::ISODate)));
    if (grant.clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive) != 0)
        return badGrant(70000,
                        QStringLiteral("Provided grant is invalid or malformed. The refresh token was issued "
                                       "to another client."));
    const DirectoryUser *user = m_server.world().directory.userById(grant.userId);
    if (!user || !user->accountEnabled)
        return badGrant(50057, QStringLiteral("The user account is disabled."));
    QStringList graph, oidc;
    const QStringList granted = grant.scopes;
    for (const QString &s : granted)
        (identity::isOidcScope(s) ? oidc : graph).append(s);
    if (const QString scope = form.value(QStringLiteral("scope")); !scope.trimmed().isEmpty()) {
        QStringList requestedGraph, requestedOidc;
        QString invalid;
        if (!identity::splitScopes(scope, &requestedGraph, &requestedOidc, &invalid))
            return identity::tokenError(
                400, QStringLiteral("invalid_scope"), 70011,
                QStringLiteral("The provided value for the input parameter 'scope' is not "
                               "valid. The scope '%1' is not valid.")
                    .arg(invalid));
        for (const QString &s : requestedGraph)
            if (!graph.contains(s, Qt::CaseInsensitive))
                return badGrant(65001,
                                QStringLiteral("The user or administrator has not consented to use the "
                                               "application with ID '%1'. Send an interactive authorization "
                                               "request for this user and resource.")
                                    .arg(grant.clientId));
        if (!requestedGraph.isEmpty())
            graph = requestedGraph;
        requestedOidc.removeAll(QStringLiteral("offline_access"));
        oidc = requestedOidc + QStringList{QStringLiteral("offline_access")};
    }
    if (!oidc.contains(QStringLiteral("offline_access")))
        oidc.append(QStringLiteral("offline_access"));
    return issueTokens(request, grant.userId, grant.clientId, graph, oidc, {});
}

Response IdentityTokenEndpoint::redeemDeviceCode(const Request &request, const QHash<QString, QString> &form)
{
    const QString deviceCode = form.value(QStringLiteral("device_code"));
    if (deviceCode.isEmpty())
        return missingParameter("device_code");
    const auto it = m_devices.find(deviceCode);
    if (it == m_devices.end() ||
        it->clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive) != 0)
        return identity::tokenError(
            400, QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The provided value for the input parameter 'device_code' is not "
                           "valid."));
    if (it->status == DeviceAuthorization::Status::Redeemed)
        return badGrant(54005, QStringLiteral("The device code was already redeemed."));
    if (it->expiresAtMs <= m_server.nowMs())
        return identity::tokenError(400, QStringLiteral("expired_token"), 70019,
                                    QStringLiteral("Verification code expired."));
    if (it->status == DeviceAuthorization::Status::Declined)
        return identity::tokenError(400, QStringLiteral("authorization_declined"), 70000,
                                    QStringLiteral("The end user declined the authorization request."));
    if (it->status == DeviceAuthorization::Status::Pending)
        return identity::tokenError(
            400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue "
                           "polling."));
    it->status = DeviceAuthorization::Status::Redeemed;
    return issueTokens(request, it->userId, it->clientId, it->graphScopes, it->oidcScopes, {});
}

Response IdentityTokenEndpoint::redeemPassword(const Request &request, const QHash<QString, QString> &form)
{
    const QString username = form.value(QStringLiteral("username"));
    if (username.isEmpty())
        return missingParameter("username");
    if (!form.contains(QStringLiteral("password")))
        return missingParameter("password");
    const QString scope = form.value(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty())
        return missingParameter("scope");
    QStringList graph, oidc;
    QString invalid;
    if (!identity::splitScopes(scope, &graph, &oidc, &invalid))
        return identity::tokenError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. "
                           "The scope '%1' is not valid.")
                .arg(invalid));
    const DirectoryUser *user = m_server.world().directory.userByUpn(username);
    if (!user)
        return badGrant(
            50034, QStringLiteral("The user account {EmailHidden} does not exist in the %1 directory. To "
                                  "sign into this application, the account must be added to the "
                                  "directory.")
                       .arg(m_server.world().directory.tenant.displayName));
    if (form.value(QStringLiteral("password")) != m_server.options().password)
        return badGrant(50126,
                        QStringLiteral("Error validating credentials due to invalid username or password."));
    if (!user->accountEnabled)
        return badGrant(50057, QStringLiteral("The user account is disabled."));
    return issueTokens(request, user->id, form.value(QStringLiteral("client_id")), graph, oidc, {});
}

Response IdentityTokenEndpoint::issueTokens(const Request &request, const QString &userId,
                                            const QString &clientId, const QStringList &graphScopes,
                                            const QStringList &oidcScopes, const QString &nonce)
{
    DirectoryState &dir = m_server.world().directory;
    const DirectoryUser *user = dir.userById(userId);
    if (!user)
        return badGrant(50034, QStringLiteral("The user account does not exist in the directory."));
    const qint64 now = m_server.nowMs();
    // Forget expired access tokens now and then, so that a long run does not grow without bound.
    if (dir.accessTokens.size() > 5000)
        dir.accessTokens.removeIf([now](const auto &entry) { return entry.value().expiresAtMs <= now; });

    const QStringList graph = graphScopes.isEmpty() ? QStringList{QStringLiteral("User.Read")} : graphScopes;
    const int lifetime = m_server.options().tokenLifetimeS;
    const QString accessToken = QStringLiteral("sim-at-") + identity::randomToken(m_server.random(), 48);
    dir.accessTokens.insert(accessToken, AccessGrant{userId, clientId, graph, now + qint64(lifetime) * 1000});
    m_server.witnessSecret(QStringLiteral("access-token"), accessToken);

    QStringList shownScopes = graph;
    for (const QString &s : oidcScopes)
        if (s != QLatin1String("offline_access"))
            shownScopes.append(s);
    QJsonObject response{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), shownScopes.join(u' ')},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("ext_expires_in"), lifetime},
                         {QStringLiteral("access_token"), accessToken}};
    if (oidcScopes.contains(QStringLiteral("offline_access"))) {
        const QString refreshToken = QStringLiteral("1.AR") + identity::randomToken(m_server.random(), 120);
        dir.refreshTokens.insert(refreshToken,
                                 RefreshGrant{userId, clientId, graph + oidcScopes, now, false});
        response.insert(QStringLiteral("refresh_token"), refreshToken);
        m_server.witnessSecret(QStringLiteral("refresh-token"), refreshToken);
        m_server.saveState();
    }
    if (oidcScopes.contains(QStringLiteral("openid"))) {
        const Tenant &tenant = dir.tenant;
        const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("alg"), QStringLiteral("none")}};
        QJsonObject claims{
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("iss"), identity::siteBase(request) + u'/' + tenant.id + QStringLiteral("/v2.0")},
            {QStringLiteral("iat"), now / 1000},
            {QStringLiteral("nbf"), now / 1000},
            {QStringLiteral("exp"), now / 1000 + lifetime},
            {QStringLiteral("name"), user->displayName},
            {QStringLiteral("oid"), user->id},
            {QStringLiteral("preferred_username"), user->userPrincipalName},
            {QStringLiteral("sub"),
             QString::fromLatin1(
                 QCryptographicHash::hash((user->id + clientId).toUtf8(), QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
            {QStringLiteral("tid"), tenant.id},
            {QStringLiteral("ver"), QStringLiteral("2.0")}};
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        const QByteArray jwt = QJsonDocument(header)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                               '.' +
                               QJsonDocument(claims)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                               '.';
        response.insert(QStringLiteral("id_token"), QString::fromLatin1(jwt));
    }
    return Response::json(200, response);
}

Response IdentityTokenEndpoint::deviceCode(const Request &request)
{
    const QHash<QString, QString> form = request.formBody();
    if (!identity::tenantMatches(m_server.world().directory.tenant, request.captures.value(0)))
        return identity::tokenError(400, QStringLiteral("invalid_request"), 90002,
                                    QStringLiteral("Tenant '%1' not found.").arg(request.captures.value(0)));
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return missingParameter("client_id");
    if (!identity::isGuid(clientId))
        return identity::tokenError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory "
                           "'%2'.")
                .arg(clientId, m_server.world().directory.tenant.displayName));
    const QString scope = form.value(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty())
        return missingParameter("scope");
    DeviceAuthorization device;
    QString invalid;
    if (!identity::splitScopes(scope, &device.graphScopes, &device.oidcScopes, &invalid))
        return identity::tokenError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. "
                           "The scope '%1' is not valid.")
                .arg(invalid));
    device.clientId = clientId;
    device.userCode = userCodeAlphabetPick(m_server.random());
    device.expiresAtMs = m_server.nowMs() + qint64(deviceCodeLifetimeS) * 1000;
    const QString code = QStringLiteral("DAQABAAEAAAD") + identity::randomToken(m_server.random(), 96);
    m_devices.insert(code, device);
    const QString verificationUri = identity::siteBase(request) + QStringLiteral("/devicelogin");
    return Response::json(
        200, QJsonObject{
                 {QStringLiteral("user_code"), device.userCode},
                 {QStringLiteral("device_code"), code},
                 {QStringLiteral("verification_uri"), verificationUri},
                 {QStringLiteral("expires_in"), deviceCodeLifetimeS},
                 {QStringLiteral("interval"), 5},
                 {QStringLiteral("message"),
                  QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                                 "authenticate.")
                      .arg(verificationUri, device.userCode)}});
}

} // namespace sim
