// appRoleAssignedTo of a service principal: who is assigned to the enterprise application.
#include "AppsAssignments.h"
#include "AppsGraph.h"

#include <QJsonArray>
#include <QUuid>

namespace sim {

using namespace apps;

namespace {

const QString kDefaultAccessRoleId = QStringLiteral("00000000-0000-0000-0000-000000000000");

CollectionRules assignmentRules(const QString &spId)
{
    return {QStringLiteral("microsoft.graph.appRoleAssignment"),
            QStringLiteral("servicePrincipals('%1')/appRoleAssignedTo").arg(spId),
            {QStringLiteral("principalId"), QStringLiteral("principalType"), QStringLiteral("appRoleId")},
            {},
            {QStringLiteral("id"), QStringLiteral("deletedDateTime"), QStringLiteral("appRoleId"),
             QStringLiteral("createdDateTime"), QStringLiteral("principalDisplayName"),
             QStringLiteral("principalId"), QStringLiteral("principalType"),
             QStringLiteral("resourceDisplayName"), QStringLiteral("resourceId")},
            100};
}

// Assignment ids look like Graph's: 43 characters of base64url.
QString newAssignmentId(SimServer &server)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < 32; i += 4) {
        const quint32 v = server.random().generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Response AppsAssignmentRoutes::listAssignments(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, false, &failure);
    if (!sp)
        return failure;
    return listObjects(m_server, request,
                       assignmentsOf(m_server.world().apps, sp->json.value(QStringLiteral("id")).toString()),
                       assignmentRules(request.captures.value(0)));
}

Response AppsAssignmentRoutes::addAssignment(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, true, &failure);
    if (!sp)
        return failure;
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    static const QStringList accepted{QStringLiteral("principalId"), QStringLiteral("resourceId"),
                                      QStringLiteral("appRoleId"), QStringLiteral("principalType"),
                                      QStringLiteral("@odata.type")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!accepted.contains(it.key()))
            return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
    const QString principalId = body.value(QStringLiteral("principalId")).toString();
    const QString resourceId = body.value(QStringLiteral("resourceId")).toString();
    const QString appRoleId = body.value(QStringLiteral("appRoleId")).toString();
    for (const auto &[name, value] : {std::pair{QStringLiteral("principalId"), principalId},
                                      std::pair{QStringLiteral("resourceId"), resourceId},
                                      std::pair{QStringLiteral("appRoleId"), appRoleId}})
        if (QUuid::fromString(value).isNull() && value != kDefaultAccessRoleId)
            return badRequest(
                m_server, request,
                QStringLiteral("Invalid value specified for property '%1' of resource 'AppRoleAssignment'.")
                    .arg(name));
    const QString ownId = sp->json.value(QStringLiteral("id")).toString();
    if (resourceId.compare(ownId, Qt::CaseInsensitive) != 0)
        return badRequest(
            m_server, request,
            QStringLiteral("The resourceId '%1' does not match the service principal '%2' of the request.")
                .arg(resourceId, ownId));

    const DirectoryState &directory = m_server.world().directory;
    const DirectoryUser *user = directory.userById(principalId);
    const DirectoryGroup *group = user ? nullptr : directory.groupById(principalId);
    if (!user && !group)
        return resourceNotFound(m_server, request, principalId);
    // A principal that exists but has not reached this replica yet (Terraform retries this exact error).
    if (!m_server.replicated(user ? user->createdAtMs : group->createdAtMs))
        return badRequest(m_server, request, QStringLiteral("Not a valid reference update."));

    bool roleFound = appRoleId == kDefaultAccessRoleId;
    for (const QJsonValue &v : sp->json.value(QStringLiteral("appRoles")).toArray()) {
        const QJsonObject role = v.toObject();
        if (role.value(QStringLiteral("id")).toString().compare(appRoleId, Qt::CaseInsensitive) == 0 &&
            role.value(QStringLiteral("isEnabled")).toBool() &&
            role.value(QStringLiteral("allowedMemberTypes")).toArray().contains(QStringLiteral("User")))
            roleFound = true;
    }
    if (!roleFound)
        return badRequest(m_server, request,
                          QStringLiteral("Permission being assigned was not found on application '%1'.")
                              .arg(sp->json.value(QStringLiteral("appId")).toString()));

    // Graph's answer to a duplicate: 400 Request_MultipleObjectsWithSameKeyValue, "Permission being
    // assigned already exists on the object" (https://github.com/microsoft/msgraph-bicep-types/issues/161).
    if (m_server.world().apps.isAssigned(ownId, principalId, appRoleId))
        return m_server.graphError(400, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                                   QStringLiteral("Permission being assigned already exists on the object."),
                                   request);

    const QJsonObject assignment{
        {QStringLiteral("id"), newAssignmentId(m_server)},
        {QStringLiteral("deletedDateTime"), QJsonValue()},
        {QStringLiteral("appRoleId"), appRoleId.toLower()},
        {QStringLiteral("createdDateTime"), graphTime(m_server.nowMs())},
        {QStringLiteral("principalDisplayName"), user ? user->displayName : group->displayName},
        {QStringLiteral("principalId"), user ? user->id : group->id},
        {QStringLiteral("principalType"), user ? QStringLiteral("User") : QStringLiteral("Group")},
        {QStringLiteral("resourceDisplayName"), sp->json.value(QStringLiteral("displayName"))},
        {QStringLiteral("resourceId"), ownId},
    };
    m_server.world().apps.addAssignment(assignment);
    m_server.saveState();
    QJsonObject answer = assignment;
    answer.insert(
        QStringLiteral("@odata.context"),
        odataContext(request,
                     QStringLiteral("servicePrincipals('%1')/appRoleAssignedTo/$entity").arg(ownId)));
    return Response::json(201, answer);
}

Response AppsAssignmentRoutes::getAssignment(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, false, &failure);
    if (!sp)
        return failure;
    const CollectionRules rules = assignmentRules(request.captures.value(0));
    ODataQuery query;
    if (!parseObjectQuery(m_server, request, rules, &query, &failure))
        return failure;
    if (const QJsonObject *a = m_server.world().apps.assignment(
            sp->json.value(QStringLiteral("id")).toString(), request.captures.value(1)))
        return objectAnswer(request, rules, query, *a);
    return resourceNotFound(m_server, request, request.captures.value(1));
}

Response AppsAssignmentRoutes::deleteAssignment(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, true, &failure);
    if (!sp)
        return failure;
    if (m_server.world().apps.removeAssignment(sp->json.value(QStringLiteral("id")).toString(),
                                               request.captures.value(1))) {
        m_server.saveState();
        return Response::noContent();
    }
    return resourceNotFound(m_server, request, request.captures.value(1));
}

} // namespace sim
