#include "ScimService.h"

#include "InsightlyState.h"
#include "ScimFilter.h"
#include "ScimPatch.h"
#include "SimServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace sim {

namespace {

const QString userSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString groupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
const QString listSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
const QString errorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
constexpr int maxResults = 200; // as ServiceProviderConfig announces

QString isoNow(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QStringList commaList(const QString &text) {
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

// RFC 7644 §3.9 attributes / excludedAttributes, on top-level attributes; id, schemas and meta always stay.
QJsonObject projected(const QJsonObject &resource, const QStringList &attributes,
                      const QStringList &excluded) {
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

// Booleans as Entra may send them in a POST or PUT ("True"/"False").
QJsonObject withBooleanActive(QJsonObject resource) {
    QString key;
    const QJsonValue active = scim::attributeValue(resource, QStringLiteral("active"), &key);
    if (active.isString())
        resource.insert(key, active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0);
    return resource;
}

} // namespace

InsightlyState &ScimService::state() {
    return m_server.world().insightly;
}

QHash<QString, QJsonObject> &ScimService::store(bool groups) {
    return groups ? state().scimGroups : state().scimUsers;
}

QString ScimService::endpoint() const {
    return m_server.baseUrl().toString() + QStringLiteral("/scim/v2");
}

void ScimService::registerRoutes() {
    auto guarded = [this](std::function<Response(const Request &)> handler) {
        return [this, handler](const Request &r) { return withAuthorization(r, [&] { return handler(r); }); };
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
                       guarded([this, groups](const Request &r) { return create(r, groups); }));
        m_server.route("GET", item, guarded([this, groups](const Request &r) { return get(r, groups); }));
        m_server.route("PUT", item, guarded([this, groups](const Request &r) { return replace(r, groups); }));
        m_server.route("PATCH", item, guarded([this, groups](const Request &r) { return patch(r, groups); }));
        m_server.route("DELETE", item,
                       guarded([this, groups](const Request &r) { return remove(r, groups); }));
    }
}

Response ScimService::withAuthorization(const Request &request, const std::function<Response()> &handler) {
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

Response ScimService::error(int status, const QString &detail, const QString &scimType) const {
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{errorSchema}},
                     {QStringLiteral("status"), QString::number(status)},
                     {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        body.insert(QStringLiteral("scimType"), scimType);
    Response r = Response::json(status, body);
    r.contentType = "application/scim+json";
    return r;
}

Response ScimService::resource(int status, const QJsonObject &resource, const Request &request) const {
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

QJsonObject ScimService::stamped(QJsonObject resource, bool groups, const QString &id,
                                 const QString &created) {
    resource.insert(QStringLiteral("id"), id);
    QJsonArray schemas = resource.value(QStringLiteral("schemas")).toArray();
    const QString core = groups ? groupSchema : userSchema;
    if (!schemas.contains(core))
        schemas.prepend(core);
    resource.insert(QStringLiteral("schemas"), schemas);
    const qint64 now = m_server.nowMs();
    QString previousVersion =
        resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString();
    previousVersion.remove(QLatin1String("W/")).remove(u'"');
    const int version = previousVersion.toInt() + 1;
    resource.insert(
        QStringLiteral("meta"),
        QJsonObject{
            {QStringLiteral("resourceType"), groups ? QStringLiteral("Group") : QStringLiteral("User")},
            {QStringLiteral("created"), created.isEmpty() ? isoNow(now) : created},
            {QStringLiteral("lastModified"), isoNow(now)},
            {QStringLiteral("location"),
             endpoint() + (groups ? QStringLiteral("/Groups/") : QStringLiteral("/Users/")) + id},
            {QStringLiteral("version"), QStringLiteral("W/\"%1\"").arg(version)}});
    return resource;
}

std::optional<Response> ScimService::validate(const QJsonObject &resource, bool groups,
                                              const QString &selfId) {
    if (groups) {
        const QString name = scim::attributeValue(resource, QStringLiteral("displayName")).toString();
        if (name.trimmed().isEmpty())
            return error(400, QStringLiteral("The attribute 'displayName' is required."),
                         QStringLiteral("invalidValue"));
        for (auto it = state().scimGroups.cbegin(); it != state().scimGroups.cend(); ++it)
            if (it.key() != selfId && scim::attributeValue(*it, QStringLiteral("displayName"))
                                              .toString()
                                              .compare(name, Qt::CaseInsensitive) == 0)
                return error(409, QStringLiteral("A group with displayName '%1' already exists.").arg(name),
                             QStringLiteral("uniqueness"));
        for (const QJsonValue &member : scim::attributeValue(resource, QStringLiteral("members")).toArray()) {
            const QString value = scim::attributeValue(member.toObject(), QStringLiteral("value")).toString();
            if (!state().scimUsers.contains(value) && !state().scimGroups.contains(value))
                return error(
                    400, QStringLiteral("The member '%1' is not a user or group of this service.").arg(value),
                    QStringLiteral("invalidValue"));
        }
        return std::nullopt;
    }
    const QJsonValue userName = scim::attributeValue(resource, QStringLiteral("userName"));
    if (!userName.isString() || userName.toString().trimmed().isEmpty())
        return error(400, QStringLiteral("The attribute 'userName' is required."),
                     QStringLiteral("invalidValue"));
    // Insightly requires first and last name (Microsoft's Insightly provisioning tutorial).
    const QJsonObject name = scim::attributeValue(resource, QStringLiteral("name")).toObject();
    for (const QString &part : {QStringLiteral("givenName"), QStringLiteral("familyName")})
        if (scim::attributeValue(name, part).toString().trimmed().isEmpty())
            return error(400, QStringLiteral("The attribute 'name.%1' is required.").arg(part),
                         QStringLiteral("invalidValue"));
    const QJsonValue active = scim::attributeValue(resource, QStringLiteral("active"));
    if (!active.isUndefined() && !active.isBool())
        return error(400, QStringLiteral("The attribute 'active' must be a boolean."),
                     QStringLiteral("invalidValue"));
    for (auto it = state().scimUsers.cbegin(); it != state().scimUsers.cend(); ++it)
        if (it.key() != selfId && scim::attributeValue(*it, QStringLiteral("userName"))
                                          .toString()
                                          .compare(userName.toString(), Qt::CaseInsensitive) == 0)
            return error(409,
                         QStringLiteral("A user with userName '%1' already exists.").arg(userName.toString()),
                         QStringLiteral("uniqueness"));
    return std::nullopt;
}

void ScimService::mirrorToInsightly(const QJsonObject &user) {
    InsightlyState &s = state();
    const QString id = user.value(QStringLiteral("id")).toString();
    const QString userName = scim::attributeValue(user, QStringLiteral("userName")).toString();
    // Whether Insightly's SCIM lists users made outside SCIM is not documented. Here SCIM sees only what it
    // made, and a create for an e-mail Insightly already has takes that user over instead of making a second
    // one.
    InsightlyUser *target = s.userByScimId(id);
    if (!target) {
        target = s.userByEmail(userName);
        if (target && !target->scimId.isEmpty() && s.scimUsers.contains(target->scimId) &&
            target->scimId != id)
            target = nullptr;
    }
    const qint64 now = m_server.nowMs();
    if (!target) {
        InsightlyUser created;
        created.userId = s.nextUserId();
        created.createdAtMs = now;
        s.users.append(created);
        target = &s.users.last();
    }
    const QJsonObject name = scim::attributeValue(user, QStringLiteral("name")).toObject();
    target->scimId = id;
    target->email = userName;
    target->firstName = scim::attributeValue(name, QStringLiteral("givenName")).toString();
    target->lastName = scim::attributeValue(name, QStringLiteral("familyName")).toString();
    // Assumed: Insightly never lets provisioning deactivate the account owner (it would lock the instance).
    target->active =
        target->accountOwner || scim::attributeValue(user, QStringLiteral("active")).toBool(true);
    target->updatedAtMs = now;
}

Response ScimService::list(const Request &request, bool groups) {
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

Response ScimService::get(const Request &request, bool groups) {
    const QString id = request.captures.value(0);
    if (!store(groups).contains(id))
        return error(404, QStringLiteral("Resource %1 not found.").arg(id));
    return resource(200, store(groups).value(id), request);
}

Response ScimService::create(const Request &request, bool groups) {
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return error(400, QStringLiteral("The request body is not a JSON object."),
                     QStringLiteral("invalidSyntax"));
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("meta"));
    if (!groups) {
        body = withBooleanActive(body);
        if (scim::attributeValue(body, QStringLiteral("active")).isUndefined())
            body.insert(QStringLiteral("active"), true);
    }
    if (auto failure = validate(body, groups, {}))
        return *failure;
    const QString id = m_server.newGuid();
    const QJsonObject stored = stamped(body, groups, id, {});
    store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    return resource(201, stored, request);
}

Response ScimService::replace(const Request &request, bool groups) {
    const QString id = request.captures.value(0);
    if (!store(groups).contains(id))
        return error(404, QStringLiteral("Resource %1 not found.").arg(id));
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return error(400, QStringLiteral("The request body is not a JSON object."),
                     QStringLiteral("invalidSyntax"));
    const QJsonObject previous = store(groups).value(id);
    body.insert(QStringLiteral("meta"), previous.value(QStringLiteral("meta")));
    if (!groups) {
        body = withBooleanActive(body);
        if (scim::attributeValue(body, QStringLiteral("active")).isUndefined())
            body.insert(QStringLiteral("active"), true);
    }
    if (auto failure = validate(body, groups, id))
        return *failure;
    const QJsonObject stored = stamped(
        body, groups, id,
        previous.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")).toString());
    store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    return resource(200, stored, request);
}

Response ScimService::patch(const Request &request, bool groups) {
    const QString id = request.captures.value(0);
    if (!store(groups).contains(id))
        return error(404, QStringLiteral("Resource %1 not found.").arg(id));
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return error(400, QStringLiteral("The request body is not a JSON object."),
                     QStringLiteral("invalidSyntax"));
    QJsonObject updated = store(groups).value(id);
    QString scimType, detail;
    if (!scim::applyPatch(updated, body, &scimType, &detail))
        return error(400, detail, scimType);
    if (auto failure = validate(updated, groups, id))
        return *failure;
    const QJsonObject stored =
        stamped(updated, groups, id,
                updated.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")).toString());
    store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    // Entra accepts 200 with the resource or 204; answer with the resource, as most providers do.
    return resource(200, stored, request);
}

Response ScimService::remove(const Request &request, bool groups) {
    const QString id = request.captures.value(0);
    if (!store(groups).remove(id))
        return error(404, QStringLiteral("Resource %1 not found.").arg(id));
    InsightlyState &s = state();
    if (!groups) {
        // Insightly keeps the history of a user's records: a deprovisioned user is deactivated, not erased.
        if (InsightlyUser *user = s.userByScimId(id)) {
            user->active = user->accountOwner;
            user->scimId.clear();
            user->updatedAtMs = m_server.nowMs();
        }
    }
    for (auto it = s.scimGroups.begin(); it != s.scimGroups.end(); ++it) {
        QJsonArray members = it->value(QStringLiteral("members")).toArray();
        for (qsizetype i = members.size() - 1; i >= 0; --i)
            if (members[i].toObject().value(QStringLiteral("value")).toString() == id)
                members.removeAt(i);
        if (it->contains(QStringLiteral("members")))
            it->insert(QStringLiteral("members"), members);
    }
    m_server.saveState();
    Response r = Response::noContent();
    return r;
}

} // namespace sim
