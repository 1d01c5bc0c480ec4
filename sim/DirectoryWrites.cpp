#include "DirectoryWrites.h"

#include "DirectoryObjects.h"
#include "GraphQuery.h"

namespace sim {

namespace {

const QStringList readOnlyUserProperties{QStringLiteral("id"),
                                         QStringLiteral("createdDateTime"),
                                         QStringLiteral("deletedDateTime"),
                                         QStringLiteral("creationType"),
                                         QStringLiteral("securityIdentifier"),
                                         QStringLiteral("signInActivity"),
                                         QStringLiteral("assignedPlans"),
                                         QStringLiteral("provisionedPlans")};

bool mayManageUsers(SimServer &server, const GraphCaller &caller)
{
    const DirectoryUser *user = server.world().directory.userById(caller.userId);
    if (!user)
        return false;
    for (const QString &role : user->directoryRoles)
        if (role == QLatin1String("Global Administrator") || role == QLatin1String("User Administrator"))
            return true;
    // The seeded admin manages applications; the simulator lets application admins edit users too, so that
    // tests and demos can exercise Graph writes with the one admin account.
    return server.isApplicationAdmin(caller);
}

Response badValue(SimServer &server, const Request &request, const QString &property)
{
    return server.graphError(
        400, QStringLiteral("Request_BadRequest"),
        QStringLiteral("Invalid value specified for property '%1' of resource 'User'.").arg(property),
        request);
}

Response unreadableBody(SimServer &server, const Request &request)
{
    return server.graphError(
        400, QStringLiteral("BadRequest"),
        QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is "
                       "set and payload is of valid JSON format."),
        request);
}

// Checks the property names of a user payload; returns false with *failure set on the first unknown or
// read-only one.
bool checkPropertyNames(SimServer &server, const Request &request, const QJsonObject &body, Response *failure)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        if (name.startsWith(u'@'))
            continue;
        if (!userPropertyNames().contains(name)) {
            *failure = server.graphError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The property '%1' does not exist on type 'microsoft.graph.user'. "
                               "Make sure to only use property names that are defined by the "
                               "type or mark the type as open type.")
                    .arg(name),
                request);
            return false;
        }
        if (readOnlyUserProperties.contains(name)) {
            *failure = server.graphError(
                400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Property '%1' is read-only and cannot be set.").arg(name), request);
            return false;
        }
    }
    return true;
}

// Validates a new userPrincipalName: a verified domain and no other user with it.
bool checkUpn(SimServer &server, const Request &request, const QString &upn, const QString &ownId,
              Response *failure)
{
    const DirectoryState &dir = server.world().directory;
    const QString domain = upn.section(u'@', 1);
    if (!upn.contains(u'@') || upn.section(u'@', 0, 0).isEmpty() ||
        !dir.tenant.verifiedDomains.contains(domain, Qt::CaseInsensitive)) {
        *failure = server.graphError(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The domain portion of the userPrincipalName property is invalid. You "
                           "must use one of the verified domain names in your organization."),
            request);
        return false;
    }
    const DirectoryUser *existing = dir.userByUpn(upn);
    if (existing && existing->id != ownId) {
        *failure = server.graphError(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("Another object with the same value for property userPrincipalName "
                           "already exists."),
            request);
        return false;
    }
    return true;
}

// Applies the modelled properties of `body` to `user`; returns the first property with a value of the wrong
// type, or an empty string.
QString applyUserProperties(const QJsonObject &body, DirectoryUser *user)
{
    struct Field {
        const char *name;
        QString DirectoryUser::*member;
        bool required;
    };
    static const Field fields[] = {{"displayName", &DirectoryUser::displayName, true},
                                   {"givenName", &DirectoryUser::givenName, false},
                                   {"surname", &DirectoryUser::surname, false},
                                   {"jobTitle", &DirectoryUser::jobTitle, false},
                                   {"department", &DirectoryUser::department, false},
                                   {"mail", &DirectoryUser::mail, false},
                                   {"userPrincipalName", &DirectoryUser::userPrincipalName, true}};
    for (const Field &f : fields) {
        const QString name = QLatin1String(f.name);
        if (!body.contains(name))
            continue;
        const QJsonValue v = body.value(name);
        if (v.isNull() && !f.required) {
            (user->*f.member).clear();
            continue;
        }
        if (!v.isString() || (f.required && v.toString().trimmed().isEmpty()))
            return name;
        user->*f.member = v.toString();
    }
    if (body.contains(QStringLiteral("accountEnabled"))) {
        if (!body.value(QStringLiteral("accountEnabled")).isBool())
            return QStringLiteral("accountEnabled");
        user->accountEnabled = body.value(QStringLiteral("accountEnabled")).toBool();
    }
    return {};
}

} // namespace

Response createDirectoryUser(SimServer &server, const Request &request, const GraphCaller &caller)
{
    if (!mayManageUsers(server, caller))
        return server.accessDenied(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return unreadableBody(server, request);
    Response failure;
    if (!checkPropertyNames(server, request, body, &failure))
        return failure;
    for (const char *required : {"accountEnabled", "displayName", "mailNickname", "userPrincipalName"})
        if (!body.contains(QLatin1String(required)))
            return badValue(server, request, QLatin1String(required));
    if (!body.value(QStringLiteral("passwordProfile"))
             .toObject()
             .value(QStringLiteral("password"))
             .isString())
        return server.graphError(400, QStringLiteral("Request_BadRequest"),
                                 QStringLiteral("A password must be specified to create a new user."),
                                 request);
    if (!body.value(QStringLiteral("mailNickname")).isString())
        return badValue(server, request, QStringLiteral("mailNickname"));
    DirectoryUser user;
    if (const QString bad = applyUserProperties(body, &user); !bad.isEmpty())
        return badValue(server, request, bad);
    if (!checkUpn(server, request, user.userPrincipalName, {}, &failure))
        return failure;
    user.id = server.newGuid();
    user.createdAtMs = server.nowMs();
    server.world().directory.addUser(user);
    server.saveState();
    QJsonObject out{{QStringLiteral("@odata.context"),
                     graphBaseUrl(request) + QStringLiteral("/$metadata#users/$entity")}};
    const QJsonObject json = userJson(user, {});
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), it.value());
    return Response::json(201, out);
}

Response updateDirectoryUser(SimServer &server, const Request &request, const GraphCaller &caller,
                             const DirectoryUser *target)
{
    if (!target)
        return server.graphError(
            404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(request.captures.value(0)),
            request);
    if (target->id != caller.userId && !mayManageUsers(server, caller))
        return server.accessDenied(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return unreadableBody(server, request);
    Response failure;
    if (!checkPropertyNames(server, request, body, &failure))
        return failure;
    DirectoryUser updated = *target;
    if (const QString bad = applyUserProperties(body, &updated); !bad.isEmpty())
        return badValue(server, request, bad);
    DirectoryState &dir = server.world().directory;
    if (updated.userPrincipalName != target->userPrincipalName) {
        if (!checkUpn(server, request, updated.userPrincipalName, target->id, &failure))
            return failure;
        const int index = dir.userIndexById.value(target->id);
        dir.userIndexByUpn.remove(target->userPrincipalName.toLower());
        dir.userIndexByUpn.insert(updated.userPrincipalName.toLower(), index);
    }
    *dir.mutableUserById(target->id) = updated;
    server.saveState();
    return Response::noContent();
}

} // namespace sim
