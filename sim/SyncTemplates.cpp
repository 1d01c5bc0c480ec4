#include "SyncTemplates.h"

#include "ApplicationTemplates.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QStringList>

namespace sim::sync {

namespace {

const QString kNever = QStringLiteral("0001-01-01T00:00:00Z");

QJsonObject attributeMapping(const QString &target, const QString &expression, const QString &sourceName,
                             const QString &sourceType, int matchingPriority = 0)
{
    return QJsonObject{
        {QStringLiteral("defaultValue"), QJsonValue()},
        {QStringLiteral("exportMissingReferences"), false},
        {QStringLiteral("flowBehavior"), QStringLiteral("FlowWhenChanged")},
        {QStringLiteral("flowType"), QStringLiteral("Always")},
        {QStringLiteral("matchingPriority"), matchingPriority},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("expression"), expression},
                                               {QStringLiteral("name"), sourceName},
                                               {QStringLiteral("parameters"), QJsonArray()},
                                               {QStringLiteral("type"), sourceType}}},
        {QStringLiteral("targetAttributeName"), target},
    };
}

QJsonObject attribute(const QString &name, const QString &type = QStringLiteral("String"),
                      bool required = false)
{
    return QJsonObject{{QStringLiteral("anchor"), false},
                       {QStringLiteral("caseExact"), false},
                       {QStringLiteral("defaultValue"), QJsonValue()},
                       {QStringLiteral("flowNullValues"), false},
                       {QStringLiteral("multivalued"), false},
                       {QStringLiteral("mutability"), QStringLiteral("ReadWrite")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("type"), type}};
}

QJsonObject directory(const QString &id, const QString &name, const QString &objectName,
                      const QStringList &attributes)
{
    QJsonArray attributeArray;
    for (const QString &a : attributes)
        attributeArray.append(attribute(a,
                                        a == QLatin1String("active") || a == QLatin1String("accountEnabled")
                                            ? QStringLiteral("Boolean")
                                            : QStringLiteral("String"),
                                        a == QLatin1String("userName")));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("discoverabilities"), QStringLiteral("None")},
                       {QStringLiteral("discoveryDateTime"), QJsonValue()},
                       {QStringLiteral("readOnly"), false},
                       {QStringLiteral("version"), QJsonValue()},
                       {QStringLiteral("objects"),
                        QJsonArray{QJsonObject{{QStringLiteral("attributes"), attributeArray},
                                               {QStringLiteral("metadata"), QJsonArray()},
                                               {QStringLiteral("name"), objectName},
                                               {QStringLiteral("supportedApis"), QJsonArray()}}}}};
}

QJsonObject schema(const QString &ruleId, const QString &targetDirectory)
{
    const QString source = QStringLiteral("Azure Active Directory");
    QJsonArray mappings{
        attributeMapping(QStringLiteral("userName"), QStringLiteral("[userPrincipalName]"),
                         QStringLiteral("userPrincipalName"), QStringLiteral("Attribute"), 1),
        attributeMapping(QStringLiteral("active"), QStringLiteral("Not([IsSoftDeleted])"),
                         QStringLiteral("Not"), QStringLiteral("Function")),
        attributeMapping(QStringLiteral("displayName"), QStringLiteral("[displayName]"),
                         QStringLiteral("displayName"), QStringLiteral("Attribute")),
        attributeMapping(QStringLiteral("emails[type eq \"work\"].value"), QStringLiteral("[mail]"),
                         QStringLiteral("mail"), QStringLiteral("Attribute")),
        attributeMapping(QStringLiteral("name.givenName"), QStringLiteral("[givenName]"),
                         QStringLiteral("givenName"), QStringLiteral("Attribute")),
        attributeMapping(QStringLiteral("name.familyName"), QStringLiteral("[surname]"),
                         QStringLiteral("surname"), QStringLiteral("Attribute")),
        attributeMapping(QStringLiteral("externalId"), QStringLiteral("[mailNickname]"),
                         QStringLiteral("mailNickname"), QStringLiteral("Attribute")),
    };
    const QJsonObject userMapping{
        {QStringLiteral("attributeMappings"), mappings},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("flowTypes"), QStringLiteral("Add, Update, Delete")},
        {QStringLiteral("metadata"), QJsonArray()},
        {QStringLiteral("name"), QStringLiteral("Provision Azure Active Directory Users")},
        {QStringLiteral("scope"), QJsonValue()},
        {QStringLiteral("sourceObjectName"), QStringLiteral("User")},
        {QStringLiteral("targetObjectName"), kScimUserObject},
    };
    const QJsonObject rule{
        {QStringLiteral("containerFilter"),
         QJsonObject{{QStringLiteral("includedContainers"), QJsonArray()}}},
        {QStringLiteral("editable"), true},
        {QStringLiteral("groupFilter"), QJsonObject{{QStringLiteral("includedGroups"), QJsonArray()}}},
        {QStringLiteral("id"), ruleId},
        {QStringLiteral("metadata"), QJsonArray()},
        {QStringLiteral("name"), QStringLiteral("USER_OUTBOUND_RULE")},
        {QStringLiteral("objectMappings"), QJsonArray{userMapping}},
        {QStringLiteral("priority"), 1},
        {QStringLiteral("sourceDirectoryName"), source},
        {QStringLiteral("targetDirectoryName"), targetDirectory},
    };
    return QJsonObject{
        {QStringLiteral("id"), ruleId},
        {QStringLiteral("version"), QStringLiteral("Date:2026-11-01T00:00:00Z~User:1")},
        {QStringLiteral("synchronizationRules"), QJsonArray{rule}},
        {QStringLiteral("directories"),
         QJsonArray{
             directory(QStringLiteral("66e4a8cc-1b7b-435e-95f8-f06cea133828"), source, QStringLiteral("User"),
                       {QStringLiteral("userPrincipalName"), QStringLiteral("displayName"),
                        QStringLiteral("givenName"), QStringLiteral("surname"), QStringLiteral("mail"),
                        QStringLiteral("mailNickname"), QStringLiteral("accountEnabled")}),
             directory(QStringLiteral("8ffa6169-f354-4751-9b77-9c00765be92d"), targetDirectory,
                       kScimUserObject,
                       {QStringLiteral("userName"), QStringLiteral("active"), QStringLiteral("displayName"),
                        QStringLiteral("emails[type eq \"work\"].value"), QStringLiteral("name.givenName"),
                        QStringLiteral("name.familyName"), QStringLiteral("externalId")})}},
    };
}

QJsonObject makeTemplate(const QString &factoryTag, const QString &appId, const QString &description,
                         const QString &ruleId, const QString &targetDirectory, const QString &galleryId)
{
    return QJsonObject{
        {QStringLiteral("id"), factoryTag},
        {QStringLiteral("applicationId"), appId},
        {QStringLiteral("default"), true},
        {QStringLiteral("description"), description},
        {QStringLiteral("discoverable"), true},
        {QStringLiteral("factoryTag"), factoryTag},
        {QStringLiteral("metadata"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("GalleryApplicationIdentifier")},
                                {QStringLiteral("value"), galleryId}}}},
        {QStringLiteral("schema"), schema(ruleId, targetDirectory)},
    };
}

} // namespace

QVector<QJsonObject> templatesFor(const QString &applicationTemplateId, const QString &appId)
{
    if (applicationTemplateId.compare(apps::insightlySamlTemplateId(), Qt::CaseInsensitive) == 0)
        return {makeTemplate(QStringLiteral("insightlySaml"), appId,
                             QStringLiteral("Insightly SAML provisioning"),
                             QStringLiteral("b4d3a6e1-7c2f-4e58-9a1d-3f6b2c8e0d47"),
                             QStringLiteral("Insightly"), applicationTemplateId)};
    if (applicationTemplateId.compare(apps::nonGalleryTemplateId(), Qt::CaseInsensitive) == 0)
        return {makeTemplate(QStringLiteral("scim"), appId, QStringLiteral("SCIM 2.0 provisioning"),
                             QStringLiteral("03f7d90d-bf71-41b1-bda6-aaf0ddbee5d8"),
                             QStringLiteral("customappsso"), applicationTemplateId)};
    return {};
}

QString userRuleId(const QJsonObject &synchronizationTemplate)
{
    const QJsonArray rules = synchronizationTemplate.value(QStringLiteral("schema"))
                                 .toObject()
                                 .value(QStringLiteral("synchronizationRules"))
                                 .toArray();
    return rules.isEmpty() ? QString() : rules.first().toObject().value(QStringLiteral("id")).toString();
}

QJsonObject initialStatus(bool credentialsSaved)
{
    return QJsonObject{
        {QStringLiteral("code"),
         credentialsSaved ? QStringLiteral("NotRun") : QStringLiteral("NotConfigured")},
        {QStringLiteral("countSuccessiveCompleteFailures"), 0},
        {QStringLiteral("escrowsPruned"), false},
        {QStringLiteral("lastExecution"), QJsonValue()},
        {QStringLiteral("lastSuccessfulExecution"), QJsonValue()},
        {QStringLiteral("lastSuccessfulExecutionWithExports"), QJsonValue()},
        {QStringLiteral("progress"), QJsonArray()},
        {QStringLiteral("quarantine"), QJsonValue()},
        {QStringLiteral("steadyStateFirstAchievedTime"), kNever},
        {QStringLiteral("steadyStateLastAchievedTime"), kNever},
        {QStringLiteral("synchronizedEntryCountByType"), QJsonArray()},
        {QStringLiteral("troubleshootingUrl"), QJsonValue()},
    };
}

QJsonObject newJob(SimServer &server, const QJsonObject &synchronizationTemplate, bool credentialsSaved)
{
    const QString factoryTag = synchronizationTemplate.value(QStringLiteral("factoryTag")).toString();
    const QString id =
        QStringLiteral("%1.%2.%3")
            .arg(factoryTag, server.newGuid().remove(u'-'), server.world().directory.tenant.id);
    const int seconds = qMax(1, server.options().syncIntervalMs / 1000);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("templateId"), synchronizationTemplate.value(QStringLiteral("id"))},
        {QStringLiteral("schedule"),
         QJsonObject{{QStringLiteral("expiration"), QJsonValue()},
                     {QStringLiteral("interval"), QStringLiteral("PT%1S").arg(seconds)},
                     {QStringLiteral("state"), QStringLiteral("Disabled")}}},
        {QStringLiteral("status"), initialStatus(credentialsSaved)},
        {QStringLiteral("synchronizationJobSettings"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("QuarantineTooManyDeletesThreshold")},
                                {QStringLiteral("value"), QStringLiteral("500")}}}},
    };
}

bool isKnownSecretKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("None"),
                                  QStringLiteral("UserName"),
                                  QStringLiteral("Password"),
                                  QStringLiteral("SecretToken"),
                                  QStringLiteral("AppKey"),
                                  QStringLiteral("BaseAddress"),
                                  QStringLiteral("ClientIdentifier"),
                                  QStringLiteral("ClientSecret"),
                                  QStringLiteral("SingleSignOnType"),
                                  QStringLiteral("Sandbox"),
                                  QStringLiteral("Url"),
                                  QStringLiteral("Domain"),
                                  QStringLiteral("ConsumerKey"),
                                  QStringLiteral("ConsumerSecret"),
                                  QStringLiteral("TokenKey"),
                                  QStringLiteral("TokenExpiration"),
                                  QStringLiteral("Oauth2AccessToken"),
                                  QStringLiteral("Oauth2AccessTokenCreationTime"),
                                  QStringLiteral("Oauth2RefreshToken"),
                                  QStringLiteral("SyncAll"),
                                  QStringLiteral("InstanceName"),
                                  QStringLiteral("Oauth2ClientId"),
                                  QStringLiteral("Oauth2ClientSecret"),
                                  QStringLiteral("CompanyId"),
                                  QStringLiteral("UpdateKeyOnSoftDelete"),
                                  QStringLiteral("SynchronizationSchedule"),
                                  QStringLiteral("SystemOfRecord"),
                                  QStringLiteral("SandboxName"),
                                  QStringLiteral("EnforceDomain"),
                                  QStringLiteral("SyncNotificationSettings"),
                                  QStringLiteral("SkipOutOfScopeDeletions"),
                                  QStringLiteral("Oauth2AuthorizationCode"),
                                  QStringLiteral("Oauth2RedirectUri"),
                                  QStringLiteral("ApplicationTemplateIdentifier"),
                                  QStringLiteral("Oauth2TokenExchangeUri"),
                                  QStringLiteral("Oauth2AuthorizationUri"),
                                  QStringLiteral("AuthenticationType"),
                                  QStringLiteral("Server"),
                                  QStringLiteral("PerformInboundEntitlementGrants"),
                                  QStringLiteral("HardDeletesEnabled"),
                                  QStringLiteral("SyncAgentCompatibilityKey"),
                                  QStringLiteral("SyncAgentADContainer"),
                                  QStringLiteral("ValidateDomain"),
                                  QStringLiteral("TestReferences"),
                                  QStringLiteral("ConnectionString")};
    return keys.contains(key);
}

bool isSensitiveSecretKey(const QString &key)
{
    static const QStringList sensitive{QStringLiteral("Password"),
                                       QStringLiteral("SecretToken"),
                                       QStringLiteral("AppKey"),
                                       QStringLiteral("ClientSecret"),
                                       QStringLiteral("ConsumerSecret"),
                                       QStringLiteral("TokenKey"),
                                       QStringLiteral("Oauth2AccessToken"),
                                       QStringLiteral("Oauth2RefreshToken"),
                                       QStringLiteral("Oauth2ClientSecret"),
                                       QStringLiteral("Oauth2AuthorizationCode"),
                                       QStringLiteral("ConnectionString")};
    return sensitive.contains(key);
}

} // namespace sim::sync
