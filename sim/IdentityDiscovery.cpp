// OpenID Connect discovery and sign-out of the simulated identity platform.
#include "IdentityDiscovery.h"

#include "IdentityModule.h"

#include <QJsonArray>

namespace sim {

Response IdentityDiscovery::openIdConfiguration(const Request &request)
{
    const QString tenant = request.captures.value(0);
    const Tenant &t = m_server.world().directory.tenant;
    if (!identity::tenantMatches(t, tenant))
        return identity::tokenError(400, QStringLiteral("invalid_tenant"), 90002,
                                    QStringLiteral("Tenant '%1' not found.").arg(tenant));
    const QString base = identity::siteBase(request);
    const QString oauth = base + u'/' + tenant + QStringLiteral("/oauth2/v2.0/");
    // For common / organizations the issuer is a template, as Entra publishes it.
    const QString issuerTenant =
        identity::isGuid(tenant) || tenant.contains(u'.') ? t.id : QStringLiteral("{tenantid}");
    auto list = [](std::initializer_list<const char *> items) {
        QJsonArray a;
        for (const char *i : items)
            a.append(QLatin1String(i));
        return a;
    };
    return Response::json(
        200, QJsonObject{
                 {QStringLiteral("issuer"), base + u'/' + issuerTenant + QStringLiteral("/v2.0")},
                 {QStringLiteral("authorization_endpoint"), oauth + QStringLiteral("authorize")},
                 {QStringLiteral("token_endpoint"), oauth + QStringLiteral("token")},
                 {QStringLiteral("device_authorization_endpoint"), oauth + QStringLiteral("devicecode")},
                 {QStringLiteral("end_session_endpoint"), oauth + QStringLiteral("logout")},
                 {QStringLiteral("userinfo_endpoint"), base + QStringLiteral("/v1.0/me")},
                 {QStringLiteral("response_types_supported"), list({"code"})},
                 {QStringLiteral("response_modes_supported"), list({"query"})},
                 {QStringLiteral("grant_types_supported"),
                  list({"authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code",
                        "password"})},
                 {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
                 {QStringLiteral("scopes_supported"), list({"openid", "profile", "email", "offline_access"})},
                 {QStringLiteral("subject_types_supported"), list({"pairwise"})},
                 {QStringLiteral("id_token_signing_alg_values_supported"), list({"none"})},
                 {QStringLiteral("token_endpoint_auth_methods_supported"), list({"none"})},
                 {QStringLiteral("tenant_region_scope"), QStringLiteral("NA")}});
}

Response IdentityDiscovery::logout(const Request &request)
{
    const QString cookie = identity::cookieValue(request, "ESTSAUTH");
    if (!cookie.isEmpty())
        m_server.world().directory.browserSessions.remove(cookie);
    const QString target = request.queryItem(QStringLiteral("post_logout_redirect_uri"));
    Response response =
        !target.isEmpty() && identity::redirectUriAllowed(target)
            ? Response::redirect(QUrl(target))
            : Response::html(200,
                             QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                            "<title>Sign out</title></head><body>"
                                            "<h1 id=\"signed-out\">You signed out of your account</h1>"
                                            "<p>It's a good idea to close all browser windows.</p>"
                                            "</body></html>"));
    response.header("Set-Cookie", "ESTSAUTH=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly");
    return response;
}

} // namespace sim
