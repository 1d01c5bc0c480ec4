// Protocol helpers of the simulated identity platform: scopes, tenants, Entra's error shapes.
#include "IdentityModule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace sim {

namespace identity {

const QStringList &defaultGraphScopes()
{
    static const QStringList scopes{QStringLiteral("Application.ReadWrite.All"),
                                    QStringLiteral("AppRoleAssignment.ReadWrite.All"),
                                    QStringLiteral("Synchronization.ReadWrite.All"),
                                    QStringLiteral("User.Read.All"),
                                    QStringLiteral("Group.Read.All"),
                                    QStringLiteral("Directory.Read.All")};
    return scopes;
}

namespace {

// Graph delegated permissions the simulated tenant knows about (besides those .default stands for).
const QStringList &knownGraphScopes()
{
    static const QStringList scopes =
        defaultGraphScopes() + QStringList{QStringLiteral("User.Read"),
                                           QStringLiteral("User.ReadBasic.All"),
                                           QStringLiteral("User.ReadWrite.All"),
                                           QStringLiteral("Group.ReadWrite.All"),
                                           QStringLiteral("GroupMember.Read.All"),
                                           QStringLiteral("Application.Read.All"),
                                           QStringLiteral("Directory.ReadWrite.All"),
                                           QStringLiteral("Policy.Read.All"),
                                           QStringLiteral("Policy.ReadWrite.ApplicationConfiguration"),
                                           QStringLiteral("Organization.Read.All"),
                                           QStringLiteral("email")};
    return scopes;
}

const QStringList oidcScopeNames{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                 QStringLiteral("offline_access")};

void addUnique(QStringList *list, const QString &value)
{
    if (!list->contains(value, Qt::CaseInsensitive))
        list->append(value);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

bool isOidcScope(const QString &scope)
{
    return oidcScopeNames.contains(scope, Qt::CaseInsensitive);
}

bool splitScopes(const QString &scope, QStringList *graph, QStringList *oidc, QString *invalid)
{
    // Graph's resource in each cloud the simulator serves (wizard/entra/CloudEndpoints.cpp names the same).
    static const QStringList graphPrefixes{QStringLiteral("https://graph.microsoft.com/"),
                                           QStringLiteral("https://graph.microsoft.us/"),
                                           QStringLiteral("https://dod-graph.microsoft.us/"),
                                           QStringLiteral("https://microsoftgraph.chinacloudapi.cn/")};
    for (const QString &raw : scope.split(u' ', Qt::SkipEmptyParts)) {
        QString graphPrefix;
        for (const QString &prefix : graphPrefixes)
            if (raw.startsWith(prefix, Qt::CaseInsensitive))
                graphPrefix = prefix;
        if (oidcScopeNames.contains(raw, Qt::CaseInsensitive)) {
            addUnique(oidc, raw.toLower());
            continue;
        }
        // A scope without a resource means Graph, as in Entra.
        QString name = raw;
        if (!graphPrefix.isEmpty())
            name = raw.mid(graphPrefix.size());
        else if (raw.contains(u'/') || raw.contains(u':')) {
            *invalid = raw;
            return false;
        }
        if (name == QLatin1String(".default")) {
            for (const QString &s : defaultGraphScopes())
                addUnique(graph, s);
            continue;
        }
        const qsizetype known = knownGraphScopes().indexOf(
            QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(name) + QStringLiteral("$"),
                               QRegularExpression::CaseInsensitiveOption));
        if (known < 0) {
            *invalid = raw;
            return false;
        }
        addUnique(graph, knownGraphScopes().at(known));
    }
    return true;
}

bool tenantMatches(const Tenant &tenant, const QString &segment)
{
    if (segment == QLatin1String("common") || segment == QLatin1String("organizations"))
        return true;
    if (segment.compare(tenant.id, Qt::CaseInsensitive) == 0)
        return true;
    return tenant.verifiedDomains.contains(segment, Qt::CaseInsensitive);
}

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

namespace {

struct ErrorIds {
    QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ssZ"));

    QString describe(int aadsts, const QString &description) const
    {
        return QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
            .arg(aadsts)
            .arg(description, traceId, correlationId, timestamp);
    }
};

} // namespace

Response tokenError(int status, const QString &error, int aadsts, const QString &description)
{
    const ErrorIds ids;
    return Response::json(
        status, QJsonObject{{QStringLiteral("error"), error},
                            {QStringLiteral("error_description"), ids.describe(aadsts, description)},
                            {QStringLiteral("error_codes"), QJsonArray{aadsts}},
                            {QStringLiteral("timestamp"), ids.timestamp},
                            {QStringLiteral("trace_id"), ids.traceId},
                            {QStringLiteral("correlation_id"), ids.correlationId},
                            {QStringLiteral("error_uri"),
                             QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts)}});
}

Response redirectError(const QString &redirectUri, const QString &error, int aadsts,
                       const QString &description, const QString &state)
{
    const ErrorIds ids;
    QUrl target(redirectUri);
    QUrlQuery query(target);
    auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("error"), error);
    add(QStringLiteral("error_description"), ids.describe(aadsts, description));
    if (!state.isEmpty())
        add(QStringLiteral("state"), state);
    target.setQuery(query);
    return Response::redirect(target);
}

QString randomToken(QRandomGenerator &random, int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(random.bounded(256));
    return QString::fromLatin1(base64Url(data));
}

QString siteBase(const Request &request)
{
    return request.origin();
}

bool redirectUriAllowed(const QString &uri)
{
    if (uri == QLatin1String("https://login.microsoftonline.com/common/oauth2/nativeclient"))
        return true;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return false;
    return url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
}

QString cookieValue(const Request &request, const QByteArray &name)
{
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

} // namespace identity

} // namespace sim
