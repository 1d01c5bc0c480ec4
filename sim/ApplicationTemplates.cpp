#include "ApplicationTemplates.h"

#include "AppsGraph.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QUuid>

namespace sim::apps {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject makeTemplate(const char *id, const char *name, const char *homePage, const char *logo,
                         const QStringList &sso, const QStringList &provisioning,
                         const QStringList &categories, const char *publisher, const char *description)
{
    return QJsonObject{
        {QStringLiteral("id"), QLatin1String(id)},
        {QStringLiteral("displayName"), QString::fromUtf8(name)},
        {QStringLiteral("homePageUrl"), QLatin1String(homePage)},
        {QStringLiteral("supportedSingleSignOnModes"), strings(sso)},
        {QStringLiteral("supportedProvisioningTypes"), strings(provisioning)},
        {QStringLiteral("logoUrl"),
         QStringLiteral("https://az495088.vo.msecnd.net/app-logo/%1_215.png").arg(QLatin1String(logo))},
        {QStringLiteral("categories"), strings(categories)},
        {QStringLiteral("publisher"), QString::fromUtf8(publisher)},
        {QStringLiteral("description"),
         description ? QJsonValue(QString::fromUtf8(description)) : QJsonValue()},
    };
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QLatin1String(item));
    return out;
}

QJsonObject appRole(const QString &id, const QString &name)
{
    return QJsonObject{{QStringLiteral("allowedMemberTypes"), QJsonArray{QStringLiteral("User")}},
                       {QStringLiteral("description"), name},
                       {QStringLiteral("displayName"), name},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("isEnabled"), true},
                       {QStringLiteral("origin"), QStringLiteral("Application")},
                       {QStringLiteral("value"), QJsonValue()}};
}

QJsonObject info(const QJsonObject &applicationTemplate)
{
    return QJsonObject{{QStringLiteral("logoUrl"), applicationTemplate.value(QStringLiteral("logoUrl"))},
                       {QStringLiteral("marketingUrl"), QJsonValue()},
                       {QStringLiteral("privacyStatementUrl"), QJsonValue()},
                       {QStringLiteral("supportUrl"), QJsonValue()},
                       {QStringLiteral("termsOfServiceUrl"), QJsonValue()}};
}

QJsonObject verifiedPublisher()
{
    return QJsonObject{{QStringLiteral("displayName"), QJsonValue()},
                       {QStringLiteral("verifiedPublisherId"), QJsonValue()},
                       {QStringLiteral("addedDateTime"), QJsonValue()}};
}

} // namespace

QString insightlySamlTemplateId()
{
    return QStringLiteral("e3b0a6f2-5c1d-4d8e-9a47-2f6b8c9d0e13");
}

QString nonGalleryTemplateId()
{
    return QStringLiteral("8adf8e6e-67b2-4cf2-a259-e3dc5476c621");
}

const QVector<QJsonObject> &applicationTemplates()
{
    static const QVector<QJsonObject> catalogue{
        makeTemplate(
            "e3b0a6f2-5c1d-4d8e-9a47-2f6b8c9d0e13", "Insightly SAML", "https://www.insightly.com/",
            "insightlysaml", list({"saml"}), list({"sync"}), list({"crm", "businessMgmt", "sales"}),
            "Insightly",
            "Insightly is a CRM and project management platform. Integrate with Microsoft Entra ID for "
            "SAML single sign-on and automatic user provisioning."),
        makeTemplate("9c1f0d47-2b3a-4e65-8f1c-6a7d5e4b3c21", "Insightly", "https://www.insightly.com/",
                     "insightly", list({"external"}), {}, list({"crm", "businessMgmt"}), "Insightly Inc.",
                     "Sign up for Insightly."),
        makeTemplate("8adf8e6e-67b2-4cf2-a259-e3dc5476c621", "Custom", "http://www.microsoft.com",
                     "customapp", list({"password", "saml", "external"}), list({"sync"}), {},
                     "Microsoft Corporation", nullptr),
        makeTemplate("4b5a6c7d-1e2f-4a3b-8c9d-0e1f2a3b4c5d", "Salesforce", "https://www.salesforce.com/",
                     "salesforce", list({"saml", "external"}), list({"sync"}), list({"crm", "sales"}),
                     "Salesforce", nullptr),
        makeTemplate("6fa4c3e1-9d8b-4a2f-b7c6-5e4d3c2b1a09", "ServiceNow", "https://www.servicenow.com/",
                     "servicenow", list({"saml", "password"}), list({"sync"}), list({"itInfrastructure"}),
                     "ServiceNow", nullptr),
        makeTemplate("2d1e0f9a-8b7c-4d6e-a5f4-3c2b1a0f9e8d", "Slack", "https://slack.com/", "slack",
                     list({"saml"}), list({"sync"}), list({"collaboration", "productivity"}), "Slack",
                     nullptr),
        makeTemplate("7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918", "Zoom", "https://zoom.us/", "zoom",
                     list({"saml"}), list({"sync"}), list({"collaboration"}),
                     "Zoom Video Communications, Inc.", nullptr),
        makeTemplate("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "Dropbox Business",
                     "https://www.dropbox.com/business", "dropboxforbusiness", list({"saml"}), list({"sync"}),
                     list({"contentManagement"}), "Dropbox", nullptr),
        makeTemplate("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e", "Box", "https://www.box.com/", "box",
                     list({"saml", "password"}), list({"sync"}), list({"contentManagement", "collaboration"}),
                     "Box", nullptr),
        makeTemplate("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "Workday", "https://www.workday.com/", "workday",
                     list({"saml"}), list({"sync"}), list({"humanResources"}), "Workday", nullptr),
        makeTemplate("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f", "Atlassian Cloud", "https://www.atlassian.com/",
                     "atlassiancloud", list({"saml"}), list({"sync"}),
                     list({"developerServices", "collaboration"}), "Atlassian", nullptr),
        makeTemplate("d4e5f6a7-b8c9-4d0e-9f2a-3b4c5d6e7f80", "GitHub Enterprise Cloud - Enterprise Account",
                     "https://github.com/", "githubenterprise", list({"saml"}), {},
                     list({"developerServices"}), "GitHub", nullptr),
        makeTemplate("e5f6a7b8-c9d0-4e1f-8a3b-4c5d6e7f8091", "Amazon Web Services (AWS)",
                     "https://aws.amazon.com/", "aws", list({"saml"}), list({"sync"}),
                     list({"itInfrastructure", "developerServices"}), "Amazon", nullptr),
        makeTemplate("f6a7b8c9-d0e1-4f2a-9b4c-5d6e7f8091a2", "DocuSign", "https://www.docusign.com/",
                     "docusign", list({"saml"}), list({"sync"}), list({"productivity"}), "DocuSign Inc.",
                     nullptr),
        makeTemplate("0a7b8c9d-e1f2-4a3b-8c5d-6e7f8091a2b3", "Adobe Identity Management (SAML)",
                     "https://www.adobe.com/", "adobeidentitymanagement", list({"saml"}), list({"sync"}),
                     list({"contentManagement"}), "Adobe Inc.", nullptr),
        makeTemplate("1b8c9d0e-f2a3-4b4c-9d6e-7f8091a2b3c4", "Microsoft Entra SAML Toolkit",
                     "https://samltoolkit.azurewebsites.net/", "samltoolkit", list({"saml"}), {},
                     list({"developerServices"}), "Microsoft Corporation", nullptr),
        makeTemplate("2c9d0e1f-a3b4-4c5d-8e7f-8091a2b3c4d5", "HubSpot", "https://www.hubspot.com/", "hubspot",
                     list({"saml"}), {}, list({"crm", "marketing"}), "HubSpot", nullptr),
        makeTemplate("3d0e1f2a-b4c5-4d6e-9f80-91a2b3c4d5e6", "Zendesk", "https://www.zendesk.com/", "zendesk",
                     list({"saml"}), list({"sync"}), list({"collaboration"}), "Zendesk", nullptr),
    };
    return catalogue;
}

std::optional<QJsonObject> applicationTemplateById(const QString &id)
{
    for (const QJsonObject &t : applicationTemplates())
        if (t.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

InstantiatedApplication instantiateTemplate(SimServer &server, const QJsonObject &applicationTemplate,
                                            const QString &displayName)
{
    const QString templateId = applicationTemplate.value(QStringLiteral("id")).toString();
    const QString appId = server.newGuid();
    const Tenant &tenant = server.world().directory.tenant;
    // A gallery app's User role has the same id in every tenant; msiam_access is made per instance.
    const QString userRoleId =
        QUuid::createUuidV5(QUuid(templateId), QStringLiteral("User")).toString(QUuid::WithoutBraces);
    const QJsonArray appRoles{appRole(server.newGuid(), QStringLiteral("msiam_access")),
                              appRole(userRoleId, QStringLiteral("User"))};
    const QJsonArray tags{QStringLiteral("WindowsAzureActiveDirectoryIntegratedApp"),
                          QStringLiteral("WindowsAzureActiveDirectoryCustomSingleSignOnApplication")};

    QJsonObject application{
        {QStringLiteral("id"), server.newGuid()},
        {QStringLiteral("deletedDateTime"), QJsonValue()},
        {QStringLiteral("addIns"), QJsonArray()},
        {QStringLiteral("api"), QJsonObject{{QStringLiteral("acceptMappedClaims"), QJsonValue()},
                                            {QStringLiteral("knownClientApplications"), QJsonArray()},
                                            {QStringLiteral("requestedAccessTokenVersion"), QJsonValue()},
                                            {QStringLiteral("oauth2PermissionScopes"), QJsonArray()},
                                            {QStringLiteral("preAuthorizedApplications"), QJsonArray()}}},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("applicationTemplateId"), templateId},
        {QStringLiteral("appRoles"), appRoles},
        {QStringLiteral("certification"), QJsonValue()},
        {QStringLiteral("createdDateTime"), graphTime(server.nowMs())},
        {QStringLiteral("defaultRedirectUri"), QJsonValue()},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("disabledByMicrosoftStatus"), QJsonValue()},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("groupMembershipClaims"), QJsonValue()},
        {QStringLiteral("identifierUris"), QJsonArray()},
        {QStringLiteral("info"), info(applicationTemplate)},
        {QStringLiteral("isDeviceOnlyAuthSupported"), QJsonValue()},
        {QStringLiteral("isFallbackPublicClient"), QJsonValue()},
        {QStringLiteral("keyCredentials"), QJsonArray()},
        {QStringLiteral("notes"), QJsonValue()},
        {QStringLiteral("oauth2RequirePostResponse"), false},
        {QStringLiteral("optionalClaims"), QJsonValue()},
        {QStringLiteral("parentalControlSettings"),
         QJsonObject{{QStringLiteral("countriesBlockedForMinors"), QJsonArray()},
                     {QStringLiteral("legalAgeGroupRule"), QStringLiteral("Allow")}}},
        {QStringLiteral("passwordCredentials"), QJsonArray()},
        {QStringLiteral("publicClient"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray()}}},
        {QStringLiteral("publisherDomain"), tenant.defaultDomain},
        {QStringLiteral("requestSignatureVerification"), QJsonValue()},
        {QStringLiteral("requiredResourceAccess"), QJsonArray()},
        {QStringLiteral("samlMetadataUrl"), QJsonValue()},
        {QStringLiteral("serviceManagementReference"), QJsonValue()},
        {QStringLiteral("servicePrincipalLockConfiguration"), QJsonValue()},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
        {QStringLiteral("spa"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray()}}},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("tokenEncryptionKeyId"), QJsonValue()},
        {QStringLiteral("uniqueName"), QJsonValue()},
        {QStringLiteral("verifiedPublisher"), verifiedPublisher()},
        {QStringLiteral("web"), QJsonObject{{QStringLiteral("homePageUrl"),
                                             applicationTemplate.value(QStringLiteral("homePageUrl"))},
                                            {QStringLiteral("logoutUrl"), QJsonValue()},
                                            {QStringLiteral("redirectUris"), QJsonArray()},
                                            {QStringLiteral("implicitGrantSettings"),
                                             QJsonObject{{QStringLiteral("enableAccessTokenIssuance"), false},
                                                         {QStringLiteral("enableIdTokenIssuance"), false}}},
                                            {QStringLiteral("redirectUriSettings"), QJsonArray()}}},
    };

    QJsonObject servicePrincipal{
        {QStringLiteral("id"), server.newGuid()},
        {QStringLiteral("deletedDateTime"), QJsonValue()},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("addIns"), QJsonArray()},
        {QStringLiteral("alternativeNames"), QJsonArray()},
        {QStringLiteral("appDescription"), QJsonValue()},
        {QStringLiteral("appDisplayName"), displayName},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("applicationTemplateId"), templateId},
        {QStringLiteral("appOwnerOrganizationId"), tenant.id},
        {QStringLiteral("appRoleAssignmentRequired"), true},
        {QStringLiteral("appRoles"), appRoles},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("disabledByMicrosoftStatus"), QJsonValue()},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("homepage"), applicationTemplate.value(QStringLiteral("homePageUrl"))},
        {QStringLiteral("info"), info(applicationTemplate)},
        {QStringLiteral("keyCredentials"), QJsonArray()},
        {QStringLiteral("loginUrl"), QJsonValue()},
        {QStringLiteral("logoutUrl"), QJsonValue()},
        {QStringLiteral("notes"), QJsonValue()},
        {QStringLiteral("notificationEmailAddresses"), QJsonArray()},
        {QStringLiteral("oauth2PermissionScopes"), QJsonArray()},
        {QStringLiteral("passwordCredentials"), QJsonArray()},
        {QStringLiteral("preferredSingleSignOnMode"), QJsonValue()},
        {QStringLiteral("preferredTokenSigningKeyThumbprint"), QJsonValue()},
        {QStringLiteral("replyUrls"), QJsonArray()},
        {QStringLiteral("resourceSpecificApplicationPermissions"), QJsonArray()},
        {QStringLiteral("samlSingleSignOnSettings"), QJsonValue()},
        {QStringLiteral("servicePrincipalNames"), QJsonArray{appId}},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("tokenEncryptionKeyId"), QJsonValue()},
        {QStringLiteral("verifiedPublisher"), verifiedPublisher()},
    };
    return {application, servicePrincipal};
}

} // namespace sim::apps
