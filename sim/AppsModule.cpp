#include "AppsModule.h"

#include "ApplicationTemplates.h"
#include "AppsCredentials.h"
#include "AppsGraph.h"
#include "AppsProperties.h"

#include <QJsonArray>

namespace sim {

using namespace apps;

namespace {

const QString kGuid = QStringLiteral("([^/]+)");

CollectionRules templateRules()
{
    return {QStringLiteral("microsoft.graph.applicationTemplate"),
            QStringLiteral("applicationTemplates"),
            // Graph filters templates on displayName and categories only
            // (https://learn.microsoft.com/graph/api/applicationtemplate-list).
            {QStringLiteral("displayName"), QStringLiteral("categories")},
            {QStringLiteral("contains"), QStringLiteral("startswith"), QStringLiteral("any")},
            {QStringLiteral("id"), QStringLiteral("categories"), QStringLiteral("description"),
             QStringLiteral("displayName"), QStringLiteral("homePageUrl"), QStringLiteral("logoUrl"),
             QStringLiteral("publisher"), QStringLiteral("supportedProvisioningTypes"),
             QStringLiteral("supportedSingleSignOnModes")},
            100};
}

bool isLoopbackHttp(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1"));
}

// Reply URLs Entra accepts: absolute https (http only for loopback), at most 256 characters
// (https://learn.microsoft.com/entra/identity-platform/reply-url).
bool validReplyUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || text.size() > 256 ||
        text.trimmed() != text)
        return false;
    return url.scheme() == QLatin1String("https") || isLoopbackHttp(url);
}

QJsonObject withoutKeys(QJsonObject application)
{
    QJsonArray keys;
    for (const QJsonValue &v : application.value(QStringLiteral("keyCredentials")).toArray()) {
        QJsonObject k = v.toObject();
        k.insert(QStringLiteral("key"), QJsonValue());
        keys.append(k);
    }
    application.insert(QStringLiteral("keyCredentials"), keys);
    return application;
}

} // namespace

void AppsModule::registerRoutes()
{
    // `routes` is this module or one of its route classes, which live as long as it.
    auto bind = [](auto &routes, auto handler) {
        return [&routes, handler](const Request &request) { return (routes.*handler)(request); };
    };
    const QString v1 = QStringLiteral("/v1.0");
    m_server.route("GET", v1 + QStringLiteral("/applicationTemplates"),
                   bind(*this, &AppsModule::listTemplates));
    m_server.route("GET", v1 + QStringLiteral("/applicationTemplates/") + kGuid,
                   bind(*this, &AppsModule::getTemplate));
    m_server.route("POST",
                   v1 + QStringLiteral("/applicationTemplates/") + kGuid +
                       QStringLiteral("/(?:microsoft\\.graph\\.)?instantiate"),
                   bind(*this, &AppsModule::instantiate));
    m_server.route("GET", v1 + QStringLiteral("/applications"), bind(*this, &AppsModule::listApplications));
    m_server.route("GET", v1 + QStringLiteral("/applications/") + kGuid,
                   bind(*this, &AppsModule::getApplication));
    m_server.route("PATCH", v1 + QStringLiteral("/applications/") + kGuid,
                   bind(*this, &AppsModule::patchApplication));
    m_server.route("DELETE", v1 + QStringLiteral("/applications/") + kGuid,
                   bind(*this, &AppsModule::deleteApplication));
    m_server.route("GET", v1 + QStringLiteral("/servicePrincipals"),
                   bind(m_servicePrincipals, &AppsServicePrincipalRoutes::listServicePrincipals));
    m_server.route("GET", v1 + QStringLiteral("/servicePrincipals/") + kGuid,
                   bind(m_servicePrincipals, &AppsServicePrincipalRoutes::getServicePrincipal));
    m_server.route("PATCH", v1 + QStringLiteral("/servicePrincipals/") + kGuid,
                   bind(m_servicePrincipals, &AppsServicePrincipalRoutes::patchServicePrincipal));
    m_server.route("DELETE", v1 + QStringLiteral("/servicePrincipals/") + kGuid,
                   bind(m_servicePrincipals, &AppsServicePrincipalRoutes::deleteServicePrincipal));
    m_server.route("POST",
                   v1 + QStringLiteral("/servicePrincipals/") + kGuid +
                       QStringLiteral("/(?:microsoft\\.graph\\.)?addTokenSigningCertificate"),
                   bind(m_signingCertificates, &AppsSigningCertificateRoutes::addTokenSigningCertificate));
    const QString assignedTo =
        v1 + QStringLiteral("/servicePrincipals/") + kGuid + QStringLiteral("/appRoleAssignedTo");
    m_server.route("GET", assignedTo, bind(m_assignments, &AppsAssignmentRoutes::listAssignments));
    m_server.route("POST", assignedTo, bind(m_assignments, &AppsAssignmentRoutes::addAssignment));
    m_server.route("GET", assignedTo + u'/' + kGuid,
                   bind(m_assignments, &AppsAssignmentRoutes::getAssignment));
    m_server.route("DELETE", assignedTo + u'/' + kGuid,
                   bind(m_assignments, &AppsAssignmentRoutes::deleteAssignment));
    m_server.route("GET", QStringLiteral("/([^/]+)/federationmetadata/2007-06/federationmetadata\\.xml"),
                   bind(m_saml, &AppsSamlRoutes::federationMetadata));
    m_server.route("GET", QStringLiteral("/api/signin/([^/]+)"), bind(m_saml, &AppsSamlRoutes::samlSignIn));
}

bool AppsModule::listed(qint64 createdAtMs)
{
    return m_server.replicated(createdAtMs) || m_server.random().bounded(2) == 0;
}

// ---- gallery ------------------------------------------------------------------------------------------

Response AppsModule::listTemplates(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, false, &failure))
        return failure;
    return listObjects(m_server, request, applicationTemplates(), templateRules());
}

Response AppsModule::getTemplate(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, false, &failure))
        return failure;
    const std::optional<QJsonObject> found = applicationTemplateById(request.captures.value(0));
    if (!found)
        return resourceNotFound(m_server, request, request.captures.value(0));
    ODataQuery query;
    if (!parseObjectQuery(m_server, request, templateRules(), &query, &failure))
        return failure;
    return objectAnswer(request, templateRules(), query, *found);
}

Response AppsModule::instantiate(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, true, &failure))
        return failure;
    const std::optional<QJsonObject> found = applicationTemplateById(request.captures.value(0));
    if (!found)
        return resourceNotFound(m_server, request, request.captures.value(0));
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    // Graph v1.0 documents displayName as instantiate's only parameter
    // (https://learn.microsoft.com/graph/api/applicationtemplate-instantiate).
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("displayName"))
            return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
    const QString displayName = body.value(QStringLiteral("displayName")).toString().trimmed();
    if (displayName.isEmpty())
        return badRequest(m_server, request,
                          QStringLiteral("Property 'displayName' is required and cannot be empty."));
    if (displayName.size() > 256)
        return badRequest(
            m_server, request,
            QStringLiteral("Invalid value specified for property 'displayName' of resource 'Application'."));

    const InstantiatedApplication created = instantiateTemplate(m_server, *found, displayName);
    const qint64 now = m_server.nowMs();
    m_server.world().apps.applications.append({created.application, now});
    ServicePrincipalObject sp;
    sp.json = created.servicePrincipal;
    sp.createdAtMs = now;
    m_server.world().apps.servicePrincipals.append(sp);
    m_server.saveState();

    QJsonObject answer{{QStringLiteral("@odata.context"),
                        odataContext(request, QStringLiteral("microsoft.graph.applicationServicePrincipal"))},
                       {QStringLiteral("application"), created.application},
                       {QStringLiteral("servicePrincipal"), created.servicePrincipal}};
    return Response::json(201, answer);
}

// ---- applications -------------------------------------------------------------------------------------

Response AppsModule::listApplications(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, false, &failure))
        return failure;
    QVector<QJsonObject> items;
    for (const ApplicationObject &app : m_server.world().apps.applications)
        if (listed(app.createdAtMs))
            items.append(withoutKeys(app.json));
    return listObjects(m_server, request, items, applicationRules());
}

Response AppsModule::getApplication(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, false, &failure))
        return failure;
    const ApplicationObject *app = applicationById(m_server.world().apps, request.captures.value(0));
    if (!app || !m_server.replicated(app->createdAtMs))
        return resourceNotFound(m_server, request, request.captures.value(0));
    ODataQuery query;
    if (!parseObjectQuery(m_server, request, applicationRules(), &query, &failure))
        return failure;
    const bool withKeys = query.select.contains(QStringLiteral("keyCredentials"));
    return objectAnswer(request, applicationRules(), query, withKeys ? app->json : withoutKeys(app->json));
}

QString AppsModule::checkIdentifierUris(const ApplicationObject &app, const QJsonArray &uris) const
{
    const QJsonArray existing = app.json.value(QStringLiteral("identifierUris")).toArray();
    const QString appId = app.json.value(QStringLiteral("appId")).toString();
    const Tenant &tenant = m_server.world().directory.tenant;
    const ServicePrincipalObject *sp = servicePrincipalByAppId(m_server.world().apps, appId);
    // The SAML exemption from the verified-domain rule holds once saml mode has replicated
    // (https://learn.microsoft.com/graph/application-saml-sso-configure-api).
    const bool samlExempt = sp && sp->samlModeSinceMs > 0 && m_server.replicated(sp->samlModeSinceMs);
    for (const QJsonValue &v : uris) {
        const QString text = v.toString();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() || !url.isValid() || url.scheme().isEmpty())
            return QStringLiteral("Request_BadRequest\nOne or more properties contains invalid values.");
        if (!url.host().isEmpty() && (url.path().isEmpty() || url.path() == QLatin1String("/")) &&
            text.endsWith(u'/') && !url.hasQuery())
            return QStringLiteral("IdentifierUrisEndsWithSlash\nApplication alias '%1' value is invalid.")
                .arg(text);
        for (const ApplicationObject &other : m_server.world().apps.applications)
            if (&other != &app && other.json.value(QStringLiteral("identifierUris")).toArray().contains(text))
                return QStringLiteral("Request_BadRequest\nAnother object with the same value for property "
                                      "identifierUris already exists.");
        if (existing.contains(v))
            continue;
        const bool tenantOrAppScoped =
            url.scheme() == QLatin1String("api") && (url.host().compare(appId, Qt::CaseInsensitive) == 0 ||
                                                     url.host().compare(tenant.id, Qt::CaseInsensitive) == 0);
        if (tenantOrAppScoped || isVerifiedHost(tenant, url.host()) || samlExempt)
            continue;
        return QStringLiteral(
                   "HostNameNotOnVerifiedDomain\nValues of identifierUris property must use a verified "
                   "domain of the organization or its subdomain: '%1'")
            .arg(text);
    }
    return {};
}

Response AppsModule::patchApplication(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, true, &failure))
        return failure;
    ApplicationObject *app = applicationById(m_server.world().apps, request.captures.value(0));
    if (!app || !m_server.replicated(app->createdAtMs))
        return resourceNotFound(m_server, request, request.captures.value(0));
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    if (const QString error = validatePatch(GraphType::Application, body); !error.isEmpty())
        return badRequest(m_server, request, error);
    if (body.contains(QStringLiteral("identifierUris"))) {
        const QString error =
            checkIdentifierUris(*app, body.value(QStringLiteral("identifierUris")).toArray());
        if (!error.isEmpty())
            return m_server.graphError(400, error.section(u'\n', 0, 0), error.section(u'\n', 1), request);
    }
    if (body.value(QStringLiteral("web")).isObject()) {
        const QJsonObject web = body.value(QStringLiteral("web")).toObject();
        static const QStringList webProperties{QStringLiteral("homePageUrl"),
                                               QStringLiteral("implicitGrantSettings"),
                                               QStringLiteral("logoutUrl"), QStringLiteral("redirectUris"),
                                               QStringLiteral("redirectUriSettings")};
        for (auto it = web.begin(); it != web.end(); ++it)
            if (!webProperties.contains(it.key()))
                return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
        if (web.contains(QStringLiteral("redirectUris"))) {
            if (!web.value(QStringLiteral("redirectUris")).isArray())
                return badRequest(m_server, request,
                                  QStringLiteral("One or more properties contains invalid values."));
            for (const QJsonValue &v : web.value(QStringLiteral("redirectUris")).toArray())
                if (!v.isString() || !validReplyUrl(v.toString()))
                    return badRequest(m_server, request,
                                      QStringLiteral("One or more properties contains invalid values."));
        }
    }
    mergePatch(app->json, body);

    // Entra mirrors the Identifier and Reply URLs onto the service principal.
    if (ServicePrincipalObject *sp = servicePrincipalByAppId(
            m_server.world().apps, app->json.value(QStringLiteral("appId")).toString())) {
        QJsonArray names{app->json.value(QStringLiteral("appId"))};
        for (const QJsonValue &v : app->json.value(QStringLiteral("identifierUris")).toArray())
            names.append(v);
        sp->json.insert(QStringLiteral("servicePrincipalNames"), names);
        sp->json.insert(QStringLiteral("replyUrls"), app->json.value(QStringLiteral("web"))
                                                         .toObject()
                                                         .value(QStringLiteral("redirectUris"))
                                                         .toArray());
        if (body.contains(QStringLiteral("displayName")))
            sp->json.insert(QStringLiteral("appDisplayName"), body.value(QStringLiteral("displayName")));
    }
    m_server.saveState();
    return Response::noContent();
}

void AppsModule::removeServicePrincipalData(const QString &spId)
{
    AppsState &state = m_server.world().apps;
    state.removeAssignmentsOf(spId);
    state.synchronizationJobs.erase(
        std::remove_if(state.synchronizationJobs.begin(), state.synchronizationJobs.end(),
                       [&](const QJsonObject &j) {
                           return j.value(QStringLiteral("servicePrincipalId")).toString() == spId;
                       }),
        state.synchronizationJobs.end());
    state.synchronizationSecrets.remove(spId);
    state.servicePrincipals.erase(
        std::remove_if(state.servicePrincipals.begin(), state.servicePrincipals.end(),
                       [&](const ServicePrincipalObject &s) {
                           return s.json.value(QStringLiteral("id")).toString() == spId;
                       }),
        state.servicePrincipals.end());
}

Response AppsModule::deleteApplication(const Request &request)
{
    Response failure;
    if (!authorize(m_server, request, true, &failure))
        return failure;
    AppsState &state = m_server.world().apps;
    ApplicationObject *app = applicationById(state, request.captures.value(0));
    if (!app || !m_server.replicated(app->createdAtMs))
        return resourceNotFound(m_server, request, request.captures.value(0));
    const QString appId = app->json.value(QStringLiteral("appId")).toString();
    if (const ServicePrincipalObject *sp = servicePrincipalByAppId(state, appId))
        removeServicePrincipalData(sp->json.value(QStringLiteral("id")).toString());
    state.applications.erase(std::remove_if(state.applications.begin(), state.applications.end(),
                                            [&](const ApplicationObject &a) {
                                                return a.json.value(QStringLiteral("appId")).toString() ==
                                                       appId;
                                            }),
                             state.applications.end());
    m_server.saveState();
    return Response::noContent();
}

std::unique_ptr<SimModule> createAppsModule(SimServer &server)
{
    return std::make_unique<AppsModule>(server);
}

} // namespace sim
