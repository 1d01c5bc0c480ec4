// Insightly's SCIM service: routes, authorization, answers and errors, and the reads (list with filter and
// paging, get). Creating, replacing, patching and deleting: ScimServiceWrites.
#include "ScimService.h"

#include "InsightlyState.h"
#include "ScimFilter.h"
#include "SimServer.h"

#include <QJsonArray>
#include <algorithm>

namespace sim {

namespace {

const QString listSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
const QString errorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
constexpr int maxResults = 200; // as ServiceProviderConfig announces

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

// RFC 7644 §3.9 attributes / excludedAttributes, on top-level attributes; id, schemas and meta always stay.
QJsonObject projected(const QJsonObject &resource, const QStringList &attributes, const QStringList &excluded)
{
    static const QStringList always{QStringLiteral("id"), QStringLiteral("schemas"), QStringLiteral("meta")};
    QJsonObject out;
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QString &key = it.key();
        auto named = [&key](const QStringList &list) {
            for (const QString &a : list) {
                const QString head = a.section(u'.', 0, 0);
                if (head.compare(key, Qt::CaseInsensitive) == 0 || a.compare(key, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
        const bool kept =
            always.contains(key) || ((attributes.isEmpty() || named(attributes)) && !named(excluded));
        if (kept)
            out.insert(key, it.value());
    }
    return out;
}

} // namespace

InsightlyState &ScimService::state()
{
    return m_server.world().insightly;
}

QHash<QString, QJsonObject> &ScimService::store(bool groups)
{
    return groups ? state().scimGroups : state().scimUsers;
}

QString ScimService::endpointFor(const Request &request) const
{
    return m_server.originFor(SimService::InsightlyCrm, request) + QStringLiteral("/scim/v2");
}

QString ScimService::endpoint() const
{
    return m_currentEndpoint.isEmpty() ? m_server.baseUrl().toString() + QStringLiteral("/scim/v2")
                                       : m_currentEndpoint;
}

void ScimService::registerRoutes()
{
    auto guarded = [this](std::function<Response(const Request &)> handler) {
        return [this, handler](const Request &r) {
            m_currentEndpoint = endpointFor(r);
            return withAuthorization(r, [&] { return handler(r); });
        };
    };
    m_server.route("GET", QStringLiteral("(?i)/scim/v2/ServiceProviderConfig"),
                   guarded([this](const Request &) {
                       Response r = Response::json(200, scimServiceProviderConfig(endpoint()));
                       r.contentType = "application/scim+json";
                       return r;
                   }));
    m_server.route("GET", QStringLiteral("(?i)/scim/v2/Schemas"), guarded([this](const Request &) {
                       Response r = Response::json(200, scimSchemas(endpoint()));
                       r.contentType = "application/scim+json";
                       return r;
                   }));
    m_server.route("GET", QStringLiteral("(?i)/scim/v2/ResourceTypes"), guarded([this](const Request &) {
                       Response r = Response::json(200, scimResourceTypes(endpoint()));
                       r.contentType = "application/scim+json";
                       return r;
                   }));
    for (bool groups : {false, true}) {
        const QString collection =
            groups ? QStringLiteral("(?i)/scim/v2/Groups") : QStringLiteral("(?i)/scim/v2/Users");
        const QString item = collection + QStringLiteral("/([^/]+)");
        m_server.route("GET", collection,
                       guarded([this, groups](const Request &r) { return list(r, groups); }));
        m_server.route("POST", collection,
                       guarded([this, groups](const Request &r) { return m_writes.create(r, groups); }));
        m_server.route("GET", item, guarded([this, groups](const Request &r) { return get(r, groups); }));
        m_server.route("PUT", item,
                       guarded([this, groups](const Request &r) { return m_writes.replace(r, groups); }));
        m_server.route("PATCH", item,
                       guarded([this, groups](const Request &r) { return m_writes.patch(r, groups); }));
        m_server.route("DELETE", item,
                       guarded([this, groups](const Request &r) { return m_writes.remove(r, groups); }));
    }
}

Response ScimService::withAuthorization(const Request &request, const std::function<Response()> &handler)
{
    const InsightlyState &s = state();
    const QString token = request.bearerToken();
    if (!s.scimEnabled) {
        // A token of a disabled SCIM integration is as dead as a wrong one; only say why when none was sent.
        return error(token.isEmpty() ? 401 : 403,
                     QStringLiteral("SCIM provisioning is not enabled for this Insightly instance."));
    }
    if (token.isEmpty() || token != s.scimToken) {
        Response r =
            error(401, token.isEmpty()
                           ? QStringLiteral("Authorization failure. The authorization header is missing.")
                           : QStringLiteral("Authorization failure. The token is invalid."));
        r.header("WWW-Authenticate", "Bearer realm=\"Insightly SCIM\"");
        return r;
    }
    return handler();
}

Response ScimService::error(int status, const QString &detail, const QString &scimType) const
{
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{errorSchema}},
                     {QStringLiteral("status"), QString::number(status)},
                     {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        body.insert(QStringLiteral("scimType"), scimType);
    Response r = Response::json(status, body);
    r.contentType = "application/scim+json";
    return r;
}

Response ScimService::resource(int status, const QJsonObject &resource, const Request &request) const
{
    const QJsonObject shown = projected(resource, commaList(request.queryItem(QStringLiteral("attributes"))),
                                        commaList(request.queryItem(QStringLiteral("excludedAttributes"))));
    Response r = Response::json(status, shown);
    r.contentType = "application/scim+json";
    const QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    if (status == 201)
        r.header("Location", meta.value(QStringLiteral("location")).toString().toUtf8());
    r.header("ETag", meta.value(QStringLiteral("version")).toString().toUtf8());
    return r;
}

Response ScimService::list(const Request &request, bool groups)
{
    scim::Filter filter;
    const QString filterText = request.queryItem(QStringLiteral("filter"));
    QString filterError;
    if (!filterText.isEmpty() && !filter.parse(filterText, &filterError))
        return error(400, filterError, QStringLiteral("invalidFilter"));
    bool ok = true;
    int startIndex = 1;
    if (request.hasQueryItem(QStringLiteral("startIndex")))
        startIndex = request.queryItem(QStringLiteral("startIndex")).toInt(&ok);
    if (!ok)
        return error(400, QStringLiteral("startIndex must be an integer."), QStringLiteral("invalidValue"));
    int count = 100;
    if (request.hasQueryItem(QStringLiteral("count")))
        count = request.queryItem(QStringLiteral("count")).toInt(&ok);
    if (!ok)
        return error(400, QStringLiteral("count must be an integer."), QStringLiteral("invalidValue"));
    startIndex = qMax(1, startIndex); // RFC 7644 §3.4.2.4: less than 1 is read as 1
    count = qBound(0, count, maxResults);

    QList<QJsonObject> matches;
    for (const QJsonObject &r : store(groups))
        if (filterText.isEmpty() || filter.matches(r))
            matches.append(r);
    std::sort(matches.begin(), matches.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString ca =
            a.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")).toString();
        const QString cb =
            b.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")).toString();
        return ca != cb ? ca < cb
                        : a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    const QStringList attributes = commaList(request.queryItem(QStringLiteral("attributes")));
    const QStringList excluded = commaList(request.queryItem(QStringLiteral("excludedAttributes")));
    QJsonArray resources;
    for (qsizetype i = startIndex - 1; i < matches.size() && resources.size() < count; ++i)
        resources.append(projected(matches[i], attributes, excluded));
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{listSchema}},
                     {QStringLiteral("totalResults"), int(matches.size())},
                     {QStringLiteral("startIndex"), startIndex},
                     {QStringLiteral("itemsPerPage"), int(resources.size())},
                     {QStringLiteral("Resources"), resources}};
    Response r = Response::json(200, body);
    r.contentType = "application/scim+json";
    return r;
}

Response ScimService::get(const Request &request, bool groups)
{
    const QString id = request.captures.value(0);
    if (!store(groups).contains(id))
        return error(404, QStringLiteral("Resource %1 not found.").arg(id));
    return resource(200, store(groups).value(id), request);
}

} // namespace sim
