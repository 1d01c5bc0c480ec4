#include "AppsGraph.h"

#include "GraphQuery.h"

#include <QDateTime>

namespace sim::apps {

QString graphTime(qint64 msSinceEpoch)
{
    return graphTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

QString graphTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

ApplicationObject *applicationById(AppsState &state, const QString &id)
{
    for (ApplicationObject &a : state.applications)
        if (a.json.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

ApplicationObject *applicationByAppId(AppsState &state, const QString &appId)
{
    for (ApplicationObject &a : state.applications)
        if (a.json.value(QStringLiteral("appId")).toString().compare(appId, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

ServicePrincipalObject *servicePrincipalById(AppsState &state, const QString &id)
{
    for (ServicePrincipalObject &s : state.servicePrincipals)
        if (s.json.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

ServicePrincipalObject *servicePrincipalByAppId(AppsState &state, const QString &appId)
{
    for (ServicePrincipalObject &s : state.servicePrincipals)
        if (s.json.value(QStringLiteral("appId")).toString().compare(appId, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const ServicePrincipalObject *servicePrincipalByAppId(const AppsState &state, const QString &appId)
{
    return servicePrincipalByAppId(const_cast<AppsState &>(state), appId);
}

std::optional<GraphCaller> authorize(const SimServer &server, const Request &request, bool admin,
                                     Response *failure)
{
    std::optional<GraphCaller> caller = server.graphCaller(request, failure);
    if (!caller)
        return std::nullopt;
    if (admin && !server.isApplicationAdmin(*caller)) {
        *failure = server.accessDenied(request);
        return std::nullopt;
    }
    return caller;
}

ServicePrincipalObject *requestedServicePrincipal(SimServer &server, const Request &request, bool admin,
                                                  Response *failure)
{
    if (!authorize(server, request, admin, failure))
        return nullptr;
    const QString id = request.captures.value(0);
    ServicePrincipalObject *sp = servicePrincipalById(server.world().apps, id);
    if (!sp || !server.replicated(sp->createdAtMs)) {
        *failure = resourceNotFound(server, request, id);
        return nullptr;
    }
    return sp;
}

Response resourceNotFound(const SimServer &server, const Request &request, const QString &id)
{
    return server.graphError(
        404, QStringLiteral("Request_ResourceNotFound"),
        QStringLiteral(
            "Resource '%1' does not exist or one of its queried reference-property objects are not present.")
            .arg(id),
        request);
}

Response badRequest(const SimServer &server, const Request &request, const QString &message)
{
    return server.graphError(400, QStringLiteral("Request_BadRequest"), message, request);
}

QString odataContext(const Request &request, const QString &fragment)
{
    return graphBaseUrl(request) + QStringLiteral("/$metadata#") + fragment;
}

bool isVerifiedHost(const Tenant &tenant, const QString &host)
{
    QStringList domains = tenant.verifiedDomains;
    if (!tenant.defaultDomain.isEmpty())
        domains.append(tenant.defaultDomain);
    for (const QString &domain : domains) {
        if (domain.isEmpty())
            continue;
        if (host.compare(domain, Qt::CaseInsensitive) == 0 ||
            host.endsWith(u'.' + domain, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Response listObjects(const SimServer &server, const Request &request, QVector<QJsonObject> items,
                     const CollectionRules &rules)
{
    ODataQuery query;
    QString error;
    QString code;
    if (!ODataQuery::parse(request, &query, &error, &code))
        return server.graphError(400, code.isEmpty() ? QStringLiteral("BadRequest") : code, error, request);
    if (!query.search.isEmpty())
        return server.graphError(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Search is not supported on resource '%1'.").arg(rules.context), request);
    if (!validateSelect(query.select, rules.selectable, rules.typeName, &error))
        return server.graphError(400, QStringLiteral("BadRequest"), error, request);
    if (!query.orderByProperty.isEmpty() && !rules.selectable.contains(query.orderByProperty))
        return server.graphError(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Sorting by property '%1' is not supported.").arg(query.orderByProperty), request);
    if (!query.filter.isEmpty()) {
        const std::shared_ptr<ODataFilter> filter = ODataFilter::compile(query.filter, &error);
        if (!filter)
            return server.graphError(400, QStringLiteral("BadRequest"), error, request);
        for (const QString &property : filter->properties())
            if (!rules.filterable.contains(property))
                return server.graphError(
                    400, QStringLiteral("Request_UnsupportedQuery"),
                    QStringLiteral("Unsupported or invalid query filter clause specified for "
                                   "property '%1' of resource '%2'.")
                        .arg(property, rules.typeName.section(u'.', -1)),
                    request);
        for (const QString &function : filter->functions())
            if (!rules.filterFunctions.contains(function))
                return server.graphError(400, QStringLiteral("Request_UnsupportedQuery"),
                                         QStringLiteral("Unsupported Query."), request);
        QVector<QJsonObject> matching;
        for (const QJsonObject &item : items)
            if (filter->matches(item))
                matching.append(item);
        items = matching;
    }
    sortItems(items, query);
    return Response::json(200, collectionPage(request, query, rules.context, items, rules.defaultPageSize));
}

bool parseObjectQuery(const SimServer &server, const Request &request, const CollectionRules &rules,
                      ODataQuery *query, Response *failure)
{
    QString error;
    QString code;
    if (!ODataQuery::parse(request, query, &error, &code)) {
        *failure =
            server.graphError(400, code.isEmpty() ? QStringLiteral("BadRequest") : code, error, request);
        return false;
    }
    if (!validateSelect(query->select, rules.selectable, rules.typeName, &error)) {
        *failure = server.graphError(400, QStringLiteral("BadRequest"), error, request);
        return false;
    }
    return true;
}

Response objectAnswer(const Request &request, const CollectionRules &rules, const ODataQuery &query,
                      const QJsonObject &object)
{
    QJsonObject answer = applySelect(object, query.select);
    QString context = rules.context;
    if (!query.select.isEmpty())
        context += u'(' + query.select.join(u',') + u')';
    answer.insert(QStringLiteral("@odata.context"),
                  odataContext(request, context + QStringLiteral("/$entity")));
    return Response::json(200, answer);
}

QVector<QJsonObject> assignmentsOf(const AppsState &state, const QString &spId)
{
    return state.assignmentsOf(spId);
}

} // namespace sim::apps
