#pragma once

#include "AppsState.h"
#include "GraphQuery.h"
#include "SimServer.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sim::apps {

// Helpers shared by the Graph routes of enterprise applications (AppsModule*, SyncModule).

// Graph's date-time format, "2026-11-28T17:00:00Z".
QString graphTime(qint64 msSinceEpoch);
QString graphTime(const QDateTime &time);

ApplicationObject *applicationById(AppsState &state, const QString &id);
ApplicationObject *applicationByAppId(AppsState &state, const QString &appId);
ServicePrincipalObject *servicePrincipalById(AppsState &state, const QString &id);
ServicePrincipalObject *servicePrincipalByAppId(AppsState &state, const QString &appId);
const ServicePrincipalObject *servicePrincipalByAppId(const AppsState &state, const QString &appId);

// Resolves the caller of a Graph request; with `admin`, also requires a role that may manage enterprise
// applications. On failure *failure holds Graph's 401 or 403 answer.
std::optional<GraphCaller> authorize(const SimServer &server, const Request &request, bool admin,
                                     Response *failure);

// 404 Request_ResourceNotFound as Graph gives it for a missing (or not yet replicated) object.
Response resourceNotFound(const SimServer &server, const Request &request, const QString &id);
// 400 Request_BadRequest.
Response badRequest(const SimServer &server, const Request &request, const QString &message);

// The service principal that a route under /servicePrincipals/{id} names in its first capture: checks the
// caller as authorize() does, then finds the object. Returns nullptr with *failure holding Graph's 401/403,
// or 404 when the object does not exist or has not reached this replica yet.
ServicePrincipalObject *requestedServicePrincipal(SimServer &server, const Request &request, bool admin,
                                                  Response *failure);

// The absolute "@odata.context" URL for `fragment` ("servicePrincipals/$entity").
QString odataContext(const Request &request, const QString &fragment);

// What a collection accepts in its query options, and how it answers.
struct CollectionRules {
    QString typeName;            // "microsoft.graph.servicePrincipal"
    QString context;             // "servicePrincipals"
    QStringList filterable;      // properties $filter may read
    QStringList filterFunctions; // functions $filter may call ("startswith", "contains", "any")
    QStringList selectable;      // properties $select may name
    int defaultPageSize = 100;
};

// Answers a Graph collection GET over `items` (already limited to what the caller may see): $filter, $select,
// $orderby, $top, $count, $skiptoken, with Graph's errors for what the collection does not support.
Response listObjects(const SimServer &server, const Request &request, QVector<QJsonObject> items,
                     const CollectionRules &rules);

// Answers a GET of one object with $select applied and "@odata.context" set; `query` receives the parsed
// options. Returns false with *failure set on a bad query.
bool parseObjectQuery(const SimServer &server, const Request &request, const CollectionRules &rules,
                      ODataQuery *query, Response *failure);
Response objectAnswer(const Request &request, const CollectionRules &rules, const ODataQuery &query,
                      const QJsonObject &object);

// Whether `host` is one of the tenant's verified domains or a subdomain of one.
bool isVerifiedHost(const Tenant &tenant, const QString &host);

// Every assignment whose resource is the service principal `spId`.
QVector<QJsonObject> assignmentsOf(const AppsState &state, const QString &spId);

} // namespace sim::apps
