// Graph v1.0, directory part: /organization, /me, /users, /groups (+ members, memberOf) and /$batch.
#include "BatchHandler.h"
#include "DirectoryObjects.h"
#include "DirectoryQuery.h"
#include "DirectoryWrites.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sim {

namespace {

const QStringList userReadScopes{QStringLiteral("User.Read.All"), QStringLiteral("User.ReadBasic.All"),
                                 QStringLiteral("User.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
                                 QStringLiteral("Directory.ReadWrite.All")};
const QStringList userWriteScopes{QStringLiteral("User.ReadWrite.All"),
                                  QStringLiteral("Directory.ReadWrite.All")};
const QStringList groupReadScopes{QStringLiteral("Group.Read.All"), QStringLiteral("GroupMember.Read.All"),
                                  QStringLiteral("Group.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
                                  QStringLiteral("Directory.ReadWrite.All")};

bool hasAnyScope(const GraphCaller &caller, const QStringList &scopes)
{
    for (const QString &scope : scopes)
        if (caller.hasScope(scope))
            return true;
    return false;
}

class DirectoryModule final : public SimModule
{
public:
    explicit DirectoryModule(SimServer &server)
        : SimModule(server)
    {
    }

    void registerRoutes() override
    {
        const QString id = QStringLiteral("([^/]+)");
        get(QStringLiteral("/v1.0/organization"), {},
            [this](const Request &r, const GraphCaller &) { return organizations(r); });
        get(QStringLiteral("/v1.0/organization/") + id, {},
            [this](const Request &r, const GraphCaller &) { return organization(r); });
        get(QStringLiteral("/v1.0/me"), {},
            [this](const Request &r, const GraphCaller &c) { return user(r, c.userId); });
        // memberOf and its casts (…/memberOf/microsoft.graph.directoryRole) and $count, as Users.json lists
        // them.
        const QString memberOfPath =
            QStringLiteral("/(?:transitiveMemberOf|memberOf)(?:/"
                           "microsoft\\.graph\\.(directoryRole|group|administrativeUnit))?(/\\$count)?");
        get(QStringLiteral("/v1.0/me") + memberOfPath, {}, [this](const Request &r, const GraphCaller &c) {
            return memberOf(r, c.userId, r.captures.value(0), !r.captures.value(1).isEmpty());
        });
        get(QStringLiteral("/v1.0/users"), userReadScopes,
            [this](const Request &r, const GraphCaller &) { return users(r); });
        get(QStringLiteral("/v1.0/users/\\$count"), userReadScopes,
            [this](const Request &r, const GraphCaller &) { return count(r, DirectoryQuery::Kind::Users); });
        get(QStringLiteral("/v1.0/users/") + id, userReadScopes,
            [this](const Request &r, const GraphCaller &) { return user(r, r.captures.value(0)); });
        get(QStringLiteral("/v1.0/users/") + id + memberOfPath, userReadScopes,
            [this](const Request &r, const GraphCaller &) {
                return memberOf(r, r.captures.value(0), r.captures.value(1), !r.captures.value(2).isEmpty());
            });
        graph("POST", QStringLiteral("/v1.0/users"), userWriteScopes,
              [this](const Request &r, const GraphCaller &c) { return createUser(r, c); });
        graph("PATCH", QStringLiteral("/v1.0/users/") + id, userWriteScopes,
              [this](const Request &r, const GraphCaller &c) { return updateUser(r, c); });
        get(QStringLiteral("/v1.0/groups"), groupReadScopes,
            [this](const Request &r, const GraphCaller &) { return groups(r); });
        get(QStringLiteral("/v1.0/groups/\\$count"), groupReadScopes,
            [this](const Request &r, const GraphCaller &) { return count(r, DirectoryQuery::Kind::Groups); });
        get(QStringLiteral("/v1.0/groups/") + id, groupReadScopes,
            [this](const Request &r, const GraphCaller &) { return group(r); });
        get(QStringLiteral("/v1.0/groups/") + id +
                QStringLiteral("/(?:transitiveMembers|members)(?:/"
                               "microsoft\\.graph\\.(user|group|servicePrincipal|device|"
                               "orgContact|application))?(/\\$count)?"),
            groupReadScopes, [this](const Request &r, const GraphCaller &) { return members(r); });
        registerBatchRoute(m_server);
    }

private:
    using GraphHandler = std::function<Response(const Request &, const GraphCaller &)>;

    // Every Graph route: a valid token first (401), then one of the delegated scopes (403).
    void graph(const QByteArray &method, const QString &pattern, const QStringList &scopes,
               GraphHandler handler)
    {
        m_server.route(method, pattern, [this, scopes, handler](const Request &request) {
            Response failure;
            const std::optional<GraphCaller> caller = m_server.graphCaller(request, &failure);
            if (!caller)
                return failure;
            if (!scopes.isEmpty() && !hasAnyScope(*caller, scopes))
                return m_server.accessDenied(request);
            return handler(request, *caller);
        });
    }
    void get(const QString &pattern, const QStringList &scopes, GraphHandler handler)
    {
        graph("GET", pattern, scopes, std::move(handler));
    }

    Response notFound(const Request &request, const QString &id) const
    {
        return m_server.graphError(
            404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(id),
            request);
    }

    // The user a path segment names (object id or userPrincipalName), if it exists and has replicated.
    const DirectoryUser *findUser(const QString &idOrUpn) const
    {
        const DirectoryState &dir = m_server.world().directory;
        const DirectoryUser *u =
            idOrUpn.contains(u'@') ? dir.userByUpn(idOrUpn) : dir.userById(idOrUpn.toLower());
        return u && m_server.replicated(u->createdAtMs) ? u : nullptr;
    }

    Response singleObject(const Request &request, const QJsonObject &object, const QString &context,
                          const QStringList &known, const QString &typeName)
    {
        ODataQuery query;
        QString error, code;
        if (!ODataQuery::parse(request, &query, &error, &code))
            return m_server.graphError(400, code, error, request);
        if (!validateSelect(query.select, known, typeName, &error))
            return m_server.graphError(400, QStringLiteral("BadRequest"), error, request);
        QJsonObject out{{QStringLiteral("@odata.context"),
                         graphBaseUrl(request) + QStringLiteral("/$metadata#") + context}};
        const QJsonObject selected = applySelect(object, query.select);
        for (auto it = selected.begin(); it != selected.end(); ++it)
            out.insert(it.key(), it.value());
        return Response::json(200, out);
    }

    Response organizations(const Request &request)
    {
        ODataQuery query;
        QString error, code;
        if (!ODataQuery::parse(request, &query, &error, &code))
            return m_server.graphError(400, code, error, request);
        return Response::json(
            200, collectionPage(request, query, QStringLiteral("organization"),
                                QVector<QJsonObject>{organizationJson(m_server.world().directory.tenant)}));
    }

    Response organization(const Request &request)
    {
        const Tenant &tenant = m_server.world().directory.tenant;
        if (request.captures.value(0).compare(tenant.id, Qt::CaseInsensitive) != 0)
            return notFound(request, request.captures.value(0));
        const QJsonObject org = organizationJson(tenant);
        return singleObject(request, org, QStringLiteral("organization/$entity"), org.keys(),
                            QStringLiteral("microsoft.graph.organization"));
    }

    Response user(const Request &request, const QString &idOrUpn)
    {
        const DirectoryUser *u = findUser(idOrUpn);
        if (!u)
            return notFound(request, idOrUpn);
        ODataQuery query;
        QString error, code;
        if (!ODataQuery::parse(request, &query, &error, &code))
            return m_server.graphError(400, code, error, request);
        return singleObject(request, userJson(*u, query.select), QStringLiteral("users/$entity"),
                            userPropertyNames(), QStringLiteral("microsoft.graph.user"));
    }

    Response countNeedsEventual(const Request &request) const
    {
        return m_server.graphError(400, QStringLiteral("Request_BadRequest"),
                                   QStringLiteral("$count is not currently supported."), request);
    }

    // The user's directory roles and groups; `cast` keeps one type ("directoryRole", "group", …).
    Response memberOf(const Request &request, const QString &idOrUpn, const QString &cast, bool countOnly)
    {
        const DirectoryUser *u = findUser(idOrUpn);
        if (!u)
            return notFound(request, idOrUpn);
        ODataQuery query;
        QString error, code;
        if (!ODataQuery::parse(request, &query, &error, &code))
            return m_server.graphError(400, code, error, request);
        const bool eventual = ODataQuery::hasEventualConsistency(request);
        if (countOnly && !eventual)
            return countNeedsEventual(request);
        if (query.count && !eventual)
            return m_server.graphError(400, QStringLiteral("Request_UnsupportedQuery"),
                                       QStringLiteral("$count is only supported with the request header "
                                                      "'ConsistencyLevel: eventual'."),
                                       request);
        const DirectoryState &dir = m_server.world().directory;
        QVector<QJsonObject> items;
        if (cast.isEmpty() || cast == QLatin1String("directoryRole"))
            for (const QString &roleName : u->directoryRoles)
                if (const DirectoryRoleInfo *role = directoryRoleByName(roleName))
                    items.append(directoryRoleJson(dir.tenant, *role));
        if (cast.isEmpty() || cast == QLatin1String("group")) {
            for (const DirectoryGroup &g : dir.groups) {
                if (!g.memberIds.contains(u->id))
                    continue;
                QJsonObject o = groupJson(g, {});
                o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.group"));
                items.append(o);
            }
        }
        if (!cast.isEmpty()) // a cast collection states the type once, in its context
            for (QJsonObject &o : items)
                o.remove(QStringLiteral("@odata.type"));
        if (!query.filter.isEmpty()) {
            const auto filter = ODataFilter::compile(query.filter, &error);
            items.removeIf([&filter](const QJsonObject &o) { return !filter->matches(o); });
        }
        if (countOnly)
            return Response::text(200, QByteArray::number(items.size()), "text/plain");
        const QString context =
            cast.isEmpty() ? QStringLiteral("directoryObjects") : cast + QStringLiteral("s");
        return Response::json(200, collectionPage(request, query, context, items));
    }

    Response users(const Request &request)
    {
        Response failure;
        const auto query = DirectoryQuery::prepare(m_server, request, DirectoryQuery::Kind::Users, &failure);
        if (!query)
            return failure;
        const QVector<int> matches = query->scan(m_server);
        const DirectoryState &dir = m_server.world().directory;
        const QStringList select = query->query().select;
        return Response::json(
            200, collectionPage(request, query->query(), QStringLiteral("users"), int(matches.size()),
                                [&](int i) { return userJson(dir.users.at(matches.at(i)), select); }));
    }

    Response groups(const Request &request)
    {
        Response failure;
        const auto query = DirectoryQuery::prepare(m_server, request, DirectoryQuery::Kind::Groups, &failure);
        if (!query)
            return failure;
        const QVector<int> matches = query->scan(m_server);
        const DirectoryState &dir = m_server.world().directory;
        const QStringList select = query->query().select;
        return Response::json(
            200, collectionPage(request, query->query(), QStringLiteral("groups"), int(matches.size()),
                                [&](int i) { return groupJson(dir.groups.at(matches.at(i)), select); }));
    }

    Response count(const Request &request, DirectoryQuery::Kind kind)
    {
        if (!ODataQuery::hasEventualConsistency(request))
            return m_server.graphError(400, QStringLiteral("Request_BadRequest"),
                                       QStringLiteral("$count is not currently supported."), request);
        Response failure;
        const auto query = DirectoryQuery::prepare(m_server, request, kind, &failure);
        if (!query)
            return failure;
        return Response::text(200, QByteArray::number(query->scan(m_server).size()), "text/plain");
    }

    const DirectoryGroup *findGroup(const Request &request, Response *failure) const
    {
        const QString id = request.captures.value(0);
        static const QRegularExpression guid(
            QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
        if (!guid.match(id).hasMatch()) {
            *failure =
                m_server.graphError(400, QStringLiteral("Request_BadRequest"),
                                    QStringLiteral("Invalid object identifier '%1'.").arg(id), request);
            return nullptr;
        }
        const DirectoryGroup *g = m_server.world().directory.groupById(id.toLower());
        if (!g || !m_server.replicated(g->createdAtMs)) {
            *failure = notFound(request, id);
            return nullptr;
        }
        return g;
    }

    Response group(const Request &request)
    {
        Response failure;
        const DirectoryGroup *g = findGroup(request, &failure);
        if (!g)
            return failure;
        ODataQuery query;
        QString error, code;
        if (!ODataQuery::parse(request, &query, &error, &code))
            return m_server.graphError(400, code, error, request);
        return singleObject(request, groupJson(*g, query.select), QStringLiteral("groups/$entity"),
                            groupPropertyNames(), QStringLiteral("microsoft.graph.group"));
    }

    Response members(const Request &request)
    {
        Response failure;
        const DirectoryGroup *g = findGroup(request, &failure);
        if (!g)
            return failure;
        const QString cast = request.captures.value(1);
        const bool countOnly = !request.captures.value(2).isEmpty();
        if (countOnly && !ODataQuery::hasEventualConsistency(request))
            return countNeedsEventual(request);
        const auto query = DirectoryQuery::prepare(m_server, request, DirectoryQuery::Kind::Users, &failure);
        if (!query)
            return failure;
        const DirectoryState &dir = m_server.world().directory;
        // Members are users only (the simulated groups hold no nested groups or devices).
        QVector<int> candidates;
        if (cast.isEmpty() || cast == QLatin1String("user")) {
            candidates.reserve(g->memberIds.size());
            for (const QString &memberId : g->memberIds)
                candidates.append(dir.userIndexById.value(memberId, -1));
        }
        const QVector<int> matches = query->scan(m_server, &candidates);
        if (countOnly)
            return Response::text(200, QByteArray::number(matches.size()), "text/plain");
        const bool typed = cast.isEmpty();
        const QStringList select = query->query().select;
        const QString context = typed ? QStringLiteral("directoryObjects") : cast + QStringLiteral("s");
        return Response::json(
            200, collectionPage(request, query->query(), context, int(matches.size()), [&](int i) {
                QJsonObject o = userJson(dir.users.at(matches.at(i)), select);
                if (typed)
                    o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.user"));
                return o;
            }));
    }

    Response createUser(const Request &request, const GraphCaller &caller)
    {
        return createDirectoryUser(m_server, request, caller);
    }
    Response updateUser(const Request &request, const GraphCaller &caller)
    {
        return updateDirectoryUser(m_server, request, caller, findUser(request.captures.value(0)));
    }
};

} // namespace

std::unique_ptr<SimModule> createDirectoryModule(SimServer &server)
{
    return std::make_unique<DirectoryModule>(server);
}

} // namespace sim
