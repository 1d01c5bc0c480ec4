#include "entra/DirectorySearch.h"

#include "entra/GraphClient.h"

#include <QJsonArray>

namespace insightly::entra {

DirectoryPrincipal DirectoryPrincipal::fromJson(const QJsonObject &json, SetupState::PrincipalType type)
{
    DirectoryPrincipal p;
    p.id = json.value(QLatin1String("id")).toString();
    p.displayName = json.value(QLatin1String("displayName")).toString();
    p.userPrincipalName = json.value(QLatin1String("userPrincipalName")).toString();
    p.mail = json.value(QLatin1String("mail")).toString();
    p.type = type;
    return p;
}

namespace DirectorySearch {

namespace {

// A search term sits inside double quotes; Graph wants a quote or backslash in it escaped.
QString quotedTerm(const QString &property, const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + property + u':' + escaped + u'"';
}

} // namespace

QString searchExpression(const QString &text, SetupState::PrincipalType type)
{
    const QString term = text.simplified();
    if (term.isEmpty())
        return {};
    QStringList clauses{quotedTerm(QStringLiteral("displayName"), term),
                        quotedTerm(QStringLiteral("mail"), term)};
    if (type == SetupState::PrincipalType::User)
        clauses << quotedTerm(QStringLiteral("userPrincipalName"), term);
    return clauses.join(QStringLiteral(" OR "));
}

GraphRequest firstPage(const QString &text, SetupState::PrincipalType type, int top)
{
    const bool users = type == SetupState::PrincipalType::User;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), users ? QStringLiteral("id,displayName,userPrincipalName,mail")
                                                        : QStringLiteral("id,displayName,mail"));
    query.addQueryItem(QStringLiteral("$top"), QString::number(top));
    const QString search = searchExpression(text, type);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("$search"), search);
    GraphRequest request = GraphRequest::get(users ? QStringLiteral("/users") : QStringLiteral("/groups"), query);
    request.highPriority = true; // the admin is typing
    return request;
}

QCoro::Task<std::optional<DirectoryPrincipal>> findUserByAddress(GraphClient *graph, QString address,
                                                                 GraphResult *error)
{
    const QString wanted = address.trimmed();
    if (wanted.isEmpty())
        co_return std::nullopt;
    QString literal = wanted;
    literal.replace(u'\'', QStringLiteral("''"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QStringLiteral("mail eq '%1' or userPrincipalName eq '%1'").arg(literal));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName,userPrincipalName,mail"));
    const GraphResult result = co_await graph->send(GraphRequest::get(QStringLiteral("/users"), query));
    if (error)
        *error = result;
    if (!result.ok())
        co_return std::nullopt;
    for (const QJsonValue &value : result.json.value(QLatin1String("value")).toArray()) {
        const DirectoryPrincipal p = DirectoryPrincipal::fromJson(value.toObject(), SetupState::PrincipalType::User);
        if (p.mail.compare(wanted, Qt::CaseInsensitive) == 0 ||
            p.userPrincipalName.compare(wanted, Qt::CaseInsensitive) == 0)
            co_return p;
    }
    co_return std::nullopt;
}

} // namespace DirectorySearch

} // namespace insightly::entra
