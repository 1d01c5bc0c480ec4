// The two Entra endpoints that serve an enterprise application's SAML side: its federation metadata and the
// IdP-initiated sign-in that My Apps starts ("sign in to this app").
#include "AppsSaml.h"
#include "AppsCredentials.h"
#include "AppsGraph.h"
#include "FederationMetadata.h"
#include "SamlResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace sim {

using namespace apps;

namespace {

// Entra's sign-in error page: the AADSTS code and message, with the troubleshooting details it always shows.
Response errorPage(int status, const QString &code, const QString &message)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return Response::html(
        status, QStringLiteral(
                    "<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>"
                    "<h1>Sorry, but we're having trouble signing you in.</h1>"
                    "<p id=\"error\">%1: %2</p>"
                    "<div id=\"details\"><p>Request Id: %3</p><p>Correlation Id: %4</p><p>Timestamp: %5</p>"
                    "<p>Message: %1: %2</p></div></body></html>")
                    .arg(htmlEscape(code), htmlEscape(message), requestId,
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
}

bool tenantMatches(const Tenant &tenant, const QString &value)
{
    if (value.compare(tenant.id, Qt::CaseInsensitive) == 0 ||
        value.compare(tenant.defaultDomain, Qt::CaseInsensitive) == 0)
        return true;
    return tenant.verifiedDomains.contains(value, Qt::CaseInsensitive);
}

Response unknownTenant(const QString &tenant)
{
    return errorPage(
        400, QStringLiteral("AADSTS90002"),
        QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                       "signing into the correct cloud.")
            .arg(tenant));
}

Response unknownApplication(const QString &appId, const Tenant &tenant, int status = 400)
{
    return errorPage(
        status, QStringLiteral("AADSTS700016"),
        QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can "
                       "happen if the application has not been installed by the administrator of the "
                       "tenant or consented to by any user in the tenant.")
            .arg(appId, tenant.displayName));
}

QString cookie(const Request &request, const QByteArray &name)
{
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

// Direct assignment, or direct membership of an assigned group (nested groups do not count:
// https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal).
bool isAssigned(const SimWorld &world, const QString &spId, const QString &userId)
{
    for (const QJsonObject &assignment : assignmentsOf(world.apps, spId)) {
        const QString principal = assignment.value(QStringLiteral("principalId")).toString();
        if (principal == userId)
            return true;
        if (const DirectoryGroup *group = world.directory.groupById(principal);
            group && group->memberIds.contains(userId))
            return true;
    }
    return false;
}

} // namespace

Response AppsSamlRoutes::federationMetadata(const Request &request)
{
    const Tenant &tenant = m_server.world().directory.tenant;
    if (!tenantMatches(tenant, request.captures.value(0)))
        return unknownTenant(request.captures.value(0));
    const QString appId = request.queryItem(QStringLiteral("appid"));
    if (appId.isEmpty())
        return errorPage(400, QStringLiteral("AADSTS900144"),
                         QStringLiteral("The request body must contain the following parameter: 'appid'."));
    const ServicePrincipalObject *sp = servicePrincipalByAppId(m_server.world().apps, appId);
    if (!sp || !m_server.replicated(sp->createdAtMs))
        return unknownApplication(appId, tenant, 404);
    const qint64 now = m_server.nowMs();
    const QVector<const SigningKeyMaterial *> certificates = publishedSigningKeys(*sp, now);
    if (certificates.isEmpty())
        return errorPage(
            404, QStringLiteral("AADSTS50107"),
            QStringLiteral("The application '%1' has no valid SAML signing certificate.").arg(appId));
    QString error;
    const QByteArray xml =
        sim::federationMetadata(tenant.id, m_server.originFor(SimService::Identity, request), certificates,
                                *certificates.constFirst(), u'_' + m_server.newGuid(), &error);
    if (xml.isEmpty())
        return Response::text(500, "could not sign the metadata: " + error.toUtf8());
    return Response::text(200, xml, "application/samlmetadata+xml; charset=utf-8");
}

Response AppsSamlRoutes::samlSignIn(const Request &request)
{
    if (serviceOfHost(request.tlsHost) == SimService::MyApps) {
        // My Apps' launcher link hands the sign-in to the identity platform, where the Entra session lives.
        return Response::redirect(QUrl(m_server.originFor(SimService::Identity, request) +
                                       QString::fromUtf8(request.url.toEncoded())));
    }
    const SimWorld &world = m_server.world();
    const Tenant &tenant = world.directory.tenant;
    const QString tenantParam = request.queryItem(QStringLiteral("tenantId"));
    if (!tenantMatches(tenant, tenantParam))
        return unknownTenant(tenantParam);

    const QString userId = world.directory.browserSessions.value(cookie(request, "ESTSAUTH"));
    const DirectoryUser *user = userId.isEmpty() ? nullptr : world.directory.userById(userId);
    if (!user) {
        // Back here after the sign-in page, with the same path and query.
        QUrl signIn;
        signIn.setPath(QStringLiteral("/%1/signin").arg(tenant.id));
        signIn.setQuery(QStringLiteral("return_to=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                           QString::fromUtf8(request.url.toEncoded()))),
                        QUrl::StrictMode);
        return Response::redirect(signIn);
    }
    if (!user->accountEnabled)
        return errorPage(400, QStringLiteral("AADSTS50057"), QStringLiteral("The user account is disabled."));

    const QString appId = request.captures.value(0);
    const ServicePrincipalObject *sp = servicePrincipalByAppId(world.apps, appId);
    const ApplicationObject *app = applicationByAppId(m_server.world().apps, appId);
    if (!sp || !app || !m_server.replicated(sp->createdAtMs))
        return unknownApplication(appId, tenant);
    const QString spId = sp->json.value(QStringLiteral("id")).toString();
    const QString appName = sp->json.value(QStringLiteral("displayName")).toString();
    if (sp->json.value(QStringLiteral("appRoleAssignmentRequired")).toBool() &&
        !isAssigned(world, spId, user->id))
        return errorPage(
            400, QStringLiteral("AADSTS50105"),
            QStringLiteral("Your administrator has configured the application %1 ('%2') to block users "
                           "unless they are specifically granted ('assigned') access to the application. "
                           "The signed in user '%3' is blocked because they are not a direct member of a "
                           "group with access, nor had access directly assigned by an administrator. "
                           "Please contact your administrator to assign access to this application.")
                .arg(appName, appId, user->userPrincipalName));
    if (sp->json.value(QStringLiteral("preferredSingleSignOnMode")).toString() != QLatin1String("saml"))
        return errorPage(
            400, QStringLiteral("AADSTS650056"),
            QStringLiteral("Misconfigured application. The application '%1' is not configured for SAML "
                           "single sign-on.")
                .arg(appId));
    const QJsonArray identifiers = app->json.value(QStringLiteral("identifierUris")).toArray();
    if (identifiers.isEmpty())
        return errorPage(
            400, QStringLiteral("AADSTS700016"),
            QStringLiteral("Application with identifier '' was not found in the directory '%1'. The "
                           "application '%2' has no Identifier (Entity ID).")
                .arg(tenant.displayName, appId));
    const QJsonArray replyUrls =
        app->json.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray();
    if (replyUrls.isEmpty())
        return errorPage(400, QStringLiteral("AADSTS650056"),
                         QStringLiteral("Misconfigured application. The application '%1' has no Reply URL "
                                        "(Assertion Consumer Service URL).")
                             .arg(appId));
    const qint64 now = m_server.nowMs();
    const SigningKeyMaterial *signer = activeSigningKey(*sp, now);
    if (!signer)
        return errorPage(
            400, QStringLiteral("AADSTS50107"),
            QStringLiteral("The application '%1' has no active SAML signing certificate.").arg(appId));

    SamlAssertionFacts facts;
    facts.tenantId = tenant.id;
    facts.nameId = user->userPrincipalName;
    facts.objectId = user->id;
    facts.displayName = user->displayName;
    facts.givenName = user->givenName;
    facts.surname = user->surname;
    facts.email = user->mail;
    facts.audience = identifiers.first().toString();
    facts.recipient = replyUrls.first().toString();
    facts.nowMs = now;
    QString error;
    const QByteArray xml =
        samlResponse(facts, *signer, u'_' + m_server.newGuid(), u'_' + m_server.newGuid(), &error);
    if (xml.isEmpty())
        return Response::text(500, "could not sign the SAML response: " + error.toUtf8());
    return Response::html(200, autoPostForm(facts.recipient, xml));
}

} // namespace sim
