// /servicePrincipals: list, get, PATCH (SAML mode, certificates, notification addresses) and DELETE.
#include "AppsServicePrincipals.h"

#include "ApplicationTemplates.h"
#include "AppsCredentials.h"
#include "AppsGraph.h"
#include "AppsModule.h"
#include "AppsProperties.h"

#include <QJsonArray>

namespace sim {

using namespace apps;

// ---- service principals -------------------------------------------------------------------------------

Response AppsServicePrincipalRoutes::listServicePrincipals(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, false, &failure))
        return failure;
    QVector<QJsonObject> items;
    for (const ServicePrincipalObject &sp : m_server.world().apps.servicePrincipals)
        if (m_module.listed(sp.createdAtMs))
            items.append(servicePrincipalView(m_server, sp, false));
    return listObjects(m_server, request, items, servicePrincipalRules());
}

Response AppsServicePrincipalRoutes::getServicePrincipal(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, false, &failure);
    if (!sp)
        return failure;
    ODataQuery query;
    if (!parseObjectQuery(m_server, request, servicePrincipalRules(), &query, &failure))
        return failure;
    // keyCredentials[].key is returned only for a single object with $select naming keyCredentials.
    const bool withKeys = query.select.contains(QStringLiteral("keyCredentials"));
    return objectAnswer(request, servicePrincipalRules(), query,
                        servicePrincipalView(m_server, *sp, withKeys));
}

Response AppsServicePrincipalRoutes::patchServicePrincipal(const Request &request)
{
    Response failure;
    ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, true, &failure);
    if (!sp)
        return failure;
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    if (const QString error = validatePatch(GraphType::ServicePrincipal, body); !error.isEmpty())
        return badRequest(m_server, request, error);

    const QString modeKey = QStringLiteral("preferredSingleSignOnMode");
    if (body.contains(modeKey)) {
        static const QStringList modes{QStringLiteral("saml"), QStringLiteral("password"),
                                       QStringLiteral("notSupported"), QStringLiteral("oidc")};
        if (!body.value(modeKey).isNull() && !modes.contains(body.value(modeKey).toString()))
            return badRequest(
                m_server, request,
                QStringLiteral("Invalid value specified for property 'preferredSingleSignOnMode' of "
                               "resource 'ServicePrincipal'."));
    }
    const QString emailsKey = QStringLiteral("notificationEmailAddresses");
    if (body.contains(emailsKey)) {
        const QJsonArray emails = body.value(emailsKey).toArray();
        if (emails.size() > 5)
            return badRequest(m_server, request,
                              QStringLiteral("The number of notification email addresses cannot exceed 5."));
        for (const QJsonValue &v : emails) {
            const QString email = v.toString();
            if (email.count(u'@') != 1 || email.startsWith(u'@') || email.endsWith(u'@') ||
                email.contains(u' '))
                return badRequest(
                    m_server, request,
                    QStringLiteral("Invalid value specified for property 'notificationEmailAddresses' "
                                   "of resource 'ServicePrincipal'."));
        }
    }
    // Credentials last: it is the one check that also changes the object, so everything else must pass first.
    if (const QString error = applyCredentialPatch(m_server, *sp, body); !error.isEmpty())
        return badRequest(m_server, request, error);

    const bool wasSaml = sp->json.value(modeKey).toString() == QLatin1String("saml");
    QJsonObject rest = body;
    rest.remove(QStringLiteral("keyCredentials"));
    rest.remove(QStringLiteral("passwordCredentials"));
    rest.remove(QStringLiteral("preferredTokenSigningKeyThumbprint"));
    mergePatch(sp->json, rest);
    const bool isSaml = sp->json.value(modeKey).toString() == QLatin1String("saml");
    if (isSaml && !wasSaml)
        sp->samlModeSinceMs = m_server.nowMs();
    else if (!isSaml)
        sp->samlModeSinceMs = 0;
    m_server.saveState();
    return Response::noContent();
}

Response AppsServicePrincipalRoutes::deleteServicePrincipal(const Request &request)
{
    Response failure;
    const ServicePrincipalObject *sp = requestedServicePrincipal(m_server, request, true, &failure);
    if (!sp)
        return failure;
    // A SAML service principal made from a gallery template cannot be deleted on its own
    // (terraform-provider-azuread issue #1388): the application must be deleted instead.
    const QString templateId = sp->json.value(QStringLiteral("applicationTemplateId")).toString();
    const std::optional<QJsonObject> fromTemplate = applicationTemplateById(templateId);
    if (fromTemplate && fromTemplate->value(QStringLiteral("supportedSingleSignOnModes"))
                            .toArray()
                            .contains(QStringLiteral("saml")))
        return m_server.graphError(400, QStringLiteral("DeletingSamlSpNotAllowed"),
                                   QStringLiteral("Property appId is invalid."), request);
    m_module.removeServicePrincipalData(sp->json.value(QStringLiteral("id")).toString());
    m_server.saveState();
    return Response::noContent();
}

} // namespace sim
