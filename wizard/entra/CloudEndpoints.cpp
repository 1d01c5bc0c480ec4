#include "entra/CloudEndpoints.h"

namespace insightly::entra {

namespace {

QUrl appendPath(QUrl base, const QString &suffix)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + suffix);
    return base;
}

} // namespace

CloudEndpoints CloudEndpoints::forCloud(Cloud cloud)
{
    CloudEndpoints e;
    e.cloud = cloud;
    switch (cloud) {
    case Cloud::Global:
        e.authorityBase = QUrl(QStringLiteral("https://login.microsoftonline.com"));
        e.graphResource = QStringLiteral("https://graph.microsoft.com");
        break;
    case Cloud::UsGovernment:
        e.authorityBase = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        e.graphResource = QStringLiteral("https://graph.microsoft.us");
        break;
    case Cloud::China:
        e.authorityBase = QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
        e.graphResource = QStringLiteral("https://microsoftgraph.chinacloudapi.cn");
        break;
    }
    e.graphBase = QUrl(e.graphResource + QStringLiteral("/v1.0"));
    return e;
}

QUrl CloudEndpoints::authorizeUrl(const QString &tenant) const
{
    return appendPath(authorityBase, u'/' + tenant + QStringLiteral("/oauth2/v2.0/authorize"));
}

QUrl CloudEndpoints::tokenUrl(const QString &tenant) const
{
    return appendPath(authorityBase, u'/' + tenant + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl CloudEndpoints::deviceCodeUrl(const QString &tenant) const
{
    return appendPath(authorityBase, u'/' + tenant + QStringLiteral("/oauth2/v2.0/devicecode"));
}

QUrl CloudEndpoints::adminConsentUrl(const QString &tenant, const QString &clientId) const
{
    QUrl url = appendPath(authorityBase, u'/' + tenant + QStringLiteral("/adminconsent"));
    url.setQuery(QStringLiteral("client_id=") + clientId);
    return url;
}

QUrl CloudEndpoints::graphUrl(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("https://")) || pathOrUrl.startsWith(QLatin1String("http://")))
        return QUrl(pathOrUrl);
    const qsizetype q = pathOrUrl.indexOf(u'?');
    QUrl url = appendPath(graphBase, q < 0 ? pathOrUrl : pathOrUrl.left(q));
    if (q >= 0)
        url.setQuery(pathOrUrl.mid(q + 1));
    return url;
}

bool CloudEndpoints::isGraphUrl(const QUrl &url) const
{
    return url.scheme() == graphBase.scheme() &&
           url.host().compare(graphBase.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               graphBase.port(graphBase.scheme() == QLatin1String("https") ? 443 : 80);
}

ClientRegistration ClientRegistration::defaultClient()
{
    return {QString::fromLatin1(kDefaultClientId), QUrl(QStringLiteral("http://localhost"))};
}

ClientRegistration ClientRegistration::ownClient(const QString &clientId)
{
    return {clientId, QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient"))};
}

ClientRegistration ClientRegistration::forClientId(const QString &clientId)
{
    return clientId.isEmpty() || clientId == QLatin1String(kDefaultClientId) ? defaultClient()
                                                                             : ownClient(clientId);
}

QStringList wizardScopes(const CloudEndpoints &endpoints)
{
    static const char *const delegated[] = {
        "Application.ReadWrite.All",     "AppRoleAssignment.ReadWrite.All",
        "Synchronization.ReadWrite.All", "User.ReadBasic.All",
        "GroupMember.Read.All",
    };
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access")};
    for (const char *scope : delegated)
        scopes << endpoints.graphResource + u'/' + QLatin1String(scope);
    return scopes;
}

} // namespace insightly::entra
