// Insightly's SCIM service: creating, replacing, patching and deleting users and groups, with the checks a
// resource must pass and the mirror into Insightly's own user list. Routes and reads: ScimService.cpp.
#include "ScimServiceWrites.h"

#include "InsightlyState.h"
#include "ScimFilter.h"
#include "ScimPatch.h"
#include "ScimService.h"
#include "SimServer.h"

#include <QDateTime>
#include <QJsonArray>

namespace sim {

namespace {

const QString userSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString groupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");

QString isoNow(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Booleans as Entra may send them in a POST or PUT ("True"/"False").
QJsonObject withBooleanActive(QJsonObject resource)
{
    QString key;
    const QJsonValue active = scim::attributeValue(resource, QStringLiteral("active"), &key);
    if (active.isString())
        resource.insert(key, active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0);
    return resource;
}

} // namespace

ScimServiceWrites::ScimServiceWrites(SimServer &server, ScimService &service)
    : m_server(server)
    , m_service(service)
{
}

InsightlyState &ScimServiceWrites::state()
{
    return m_service.state();
}

QJsonObject ScimServiceWrites::stamped(QJsonObject resource, bool groups, const QString &id,
                                       const QString &created)
{
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
             m_service.endpoint() + (groups ? QStringLiteral("/Groups/") : QStringLiteral("/Users/")) + id},
            {QStringLiteral("version"), QStringLiteral("W/\"%1\"").arg(version)}});
    return resource;
}

std::optional<Response> ScimServiceWrites::validate(const QJsonObject &resource, bool groups,
                                                    const QString &selfId)
{
    if (groups) {
        const QString name = scim::attributeValue(resource, QStringLiteral("displayName")).toString();
        if (name.trimmed().isEmpty())
            return m_service.error(400, QStringLiteral("The attribute 'displayName' is required."),
                                   QStringLiteral("invalidValue"));
        for (auto it = state().scimGroups.cbegin(); it != state().scimGroups.cend(); ++it)
            if (it.key() != selfId && scim::attributeValue(*it, QStringLiteral("displayName"))
                                              .toString()
                                              .compare(name, Qt::CaseInsensitive) == 0)
                return m_service.error(
                    409, QStringLiteral("A group with displayName '%1' already exists.").arg(name),
                    QStringLiteral("uniqueness"));
        for (const QJsonValue &member : scim::attributeValue(resource, QStringLiteral("members")).toArray()) {
            const QString value = scim::attributeValue(member.toObject(), QStringLiteral("value")).toString();
            if (!state().scimUsers.contains(value) && !state().scimGroups.contains(value))
                return m_service.error(
                    400, QStringLiteral("The member '%1' is not a user or group of this service.").arg(value),
                    QStringLiteral("invalidValue"));
        }
        return std::nullopt;
    }
    const QJsonValue userName = scim::attributeValue(resource, QStringLiteral("userName"));
    if (!userName.isString() || userName.toString().trimmed().isEmpty())
        return m_service.error(400, QStringLiteral("The attribute 'userName' is required."),
                               QStringLiteral("invalidValue"));
    // Insightly requires first and last name (Microsoft's Insightly provisioning tutorial).
    const QJsonObject name = scim::attributeValue(resource, QStringLiteral("name")).toObject();
    for (const QString &part : {QStringLiteral("givenName"), QStringLiteral("familyName")})
        if (scim::attributeValue(name, part).toString().trimmed().isEmpty())
            return m_service.error(400, QStringLiteral("The attribute 'name.%1' is required.").arg(part),
                                   QStringLiteral("invalidValue"));
    const QJsonValue active = scim::attributeValue(resource, QStringLiteral("active"));
    if (!active.isUndefined() && !active.isBool())
        return m_service.error(400, QStringLiteral("The attribute 'active' must be a boolean."),
                               QStringLiteral("invalidValue"));
    for (auto it = state().scimUsers.cbegin(); it != state().scimUsers.cend(); ++it)
        if (it.key() != selfId && scim::attributeValue(*it, QStringLiteral("userName"))
                                          .toString()
                                          .compare(userName.toString(), Qt::CaseInsensitive) == 0)
            return m_service.error(
                409, QStringLiteral("A user with userName '%1' already exists.").arg(userName.toString()),
                QStringLiteral("uniqueness"));
    return std::nullopt;
}

void ScimServiceWrites::mirrorToInsightly(const QJsonObject &user)
{
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

Response ScimServiceWrites::create(const Request &request, bool groups)
{
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return m_service.error(400, QStringLiteral("The request body is not a JSON object."),
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
    m_service.store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    return m_service.resource(201, stored, request);
}

Response ScimServiceWrites::replace(const Request &request, bool groups)
{
    const QString id = request.captures.value(0);
    if (!m_service.store(groups).contains(id))
        return m_service.error(404, QStringLiteral("Resource %1 not found.").arg(id));
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return m_service.error(400, QStringLiteral("The request body is not a JSON object."),
                               QStringLiteral("invalidSyntax"));
    const QJsonObject previous = m_service.store(groups).value(id);
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
    m_service.store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    return m_service.resource(200, stored, request);
}

Response ScimServiceWrites::patch(const Request &request, bool groups)
{
    const QString id = request.captures.value(0);
    if (!m_service.store(groups).contains(id))
        return m_service.error(404, QStringLiteral("Resource %1 not found.").arg(id));
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return m_service.error(400, QStringLiteral("The request body is not a JSON object."),
                               QStringLiteral("invalidSyntax"));
    QJsonObject updated = m_service.store(groups).value(id);
    QString scimType, detail;
    if (!scim::applyPatch(updated, body, &scimType, &detail))
        return m_service.error(400, detail, scimType);
    if (auto failure = validate(updated, groups, id))
        return *failure;
    const QJsonObject stored =
        stamped(updated, groups, id,
                updated.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")).toString());
    m_service.store(groups).insert(id, stored);
    if (!groups)
        mirrorToInsightly(stored);
    m_server.saveState();
    // Entra accepts 200 with the resource or 204; answer with the resource, as most providers do.
    return m_service.resource(200, stored, request);
}

Response ScimServiceWrites::remove(const Request &request, bool groups)
{
    const QString id = request.captures.value(0);
    if (!m_service.store(groups).remove(id))
        return m_service.error(404, QStringLiteral("Resource %1 not found.").arg(id));
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
