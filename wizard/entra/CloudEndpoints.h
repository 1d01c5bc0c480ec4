#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace insightly::entra {

// The national clouds the wizard can sign in to (hosts per Microsoft's national-cloud
// table).
enum class Cloud { Global, UsGovernment, China };

// Where sign-in and Graph live, per national cloud (Microsoft's national-cloud table:
// https://learn.microsoft.com/graph/deployments).
struct CloudEndpoints {
    Cloud cloud = Cloud::Global;
    QUrl authorityBase; // e.g. https://login.microsoftonline.com (tenant and /oauth2/v2.0/… are appended)
    QUrl graphBase;     // e.g. https://graph.microsoft.com/v1.0 (request paths are appended)
    QString graphResource; // scope prefix, e.g. https://graph.microsoft.com

    static CloudEndpoints forCloud(Cloud cloud);

    QUrl authorizeUrl(const QString &tenant) const;  // {authority}/{tenant}/oauth2/v2.0/authorize
    QUrl tokenUrl(const QString &tenant) const;      // {authority}/{tenant}/oauth2/v2.0/token
    QUrl deviceCodeUrl(const QString &tenant) const; // {authority}/{tenant}/oauth2/v2.0/devicecode
    QUrl adminConsentUrl(const QString &tenant, const QString &clientId) const;
    // Resolves a Graph path ("/servicePrincipals/{id}") or passes an absolute URL (an @odata.nextLink)
    // through.
    QUrl graphUrl(const QString &pathOrUrl) const;
    // True when `url` is served by this Graph base (same scheme, host and port): only then may a token go
    // there.
    bool isGraphUrl(const QUrl &url) const;
};

// Which app registration signs the admin in, and where Entra sends the browser back
// (https://learn.microsoft.com/entra/identity-platform/reply-url).
struct ClientRegistration {
    QString clientId;
    QUrl redirectUri;

    // Microsoft Graph Command Line Tools (first-party public client) with the loopback redirect URI.
    static ClientRegistration defaultClient();
    // The admin's own "Mobile and desktop" registration with Microsoft's native-client redirect URI.
    static ClientRegistration ownClient(const QString &clientId);
    // The registration for a client id as given (--client-id) or saved with a setup: empty or the default
    // client's id is the default client, any other id the admin's own registration.
    static ClientRegistration forClientId(const QString &clientId);
};

// The delegated Graph scopes the wizard asks for at first sign-in
// (https://learn.microsoft.com/graph/permissions-reference), prefixed with the cloud's Graph
// resource, plus openid profile offline_access.
QStringList wizardScopes(const CloudEndpoints &endpoints);

inline constexpr const char *kDefaultClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

} // namespace insightly::entra
