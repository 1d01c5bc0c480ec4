#include "AppsProperties.h"

#include <QHash>
#include <QJsonArray>

namespace sim::apps {

namespace {

enum class Kind { String, Bool, StringArray, Object, ObjectArray, ReadOnly, Navigation };

using PropertyTable = QHash<QString, Kind>;

const PropertyTable &applicationProperties()
{
    static const PropertyTable table{
        {QStringLiteral("id"), Kind::ReadOnly},
        {QStringLiteral("deletedDateTime"), Kind::ReadOnly},
        {QStringLiteral("addIns"), Kind::ObjectArray},
        {QStringLiteral("api"), Kind::Object},
        {QStringLiteral("appId"), Kind::ReadOnly},
        {QStringLiteral("applicationTemplateId"), Kind::ReadOnly},
        {QStringLiteral("appRoles"), Kind::ObjectArray},
        {QStringLiteral("certification"), Kind::ReadOnly},
        {QStringLiteral("createdDateTime"), Kind::ReadOnly},
        {QStringLiteral("defaultRedirectUri"), Kind::String},
        {QStringLiteral("description"), Kind::String},
        {QStringLiteral("disabledByMicrosoftStatus"), Kind::ReadOnly},
        {QStringLiteral("displayName"), Kind::String},
        {QStringLiteral("groupMembershipClaims"), Kind::String},
        {QStringLiteral("identifierUris"), Kind::StringArray},
        {QStringLiteral("info"), Kind::Object},
        {QStringLiteral("isDeviceOnlyAuthSupported"), Kind::Bool},
        {QStringLiteral("isFallbackPublicClient"), Kind::Bool},
        {QStringLiteral("keyCredentials"), Kind::ObjectArray},
        {QStringLiteral("logo"), Kind::String},
        {QStringLiteral("notes"), Kind::String},
        {QStringLiteral("oauth2RequirePostResponse"), Kind::Bool},
        {QStringLiteral("optionalClaims"), Kind::Object},
        {QStringLiteral("parentalControlSettings"), Kind::Object},
        {QStringLiteral("passwordCredentials"), Kind::ObjectArray},
        {QStringLiteral("publicClient"), Kind::Object},
        {QStringLiteral("publisherDomain"), Kind::ReadOnly},
        {QStringLiteral("requestSignatureVerification"), Kind::Object},
        {QStringLiteral("requiredResourceAccess"), Kind::ObjectArray},
        {QStringLiteral("samlMetadataUrl"), Kind::String},
        {QStringLiteral("serviceManagementReference"), Kind::String},
        {QStringLiteral("servicePrincipalLockConfiguration"), Kind::Object},
        {QStringLiteral("signInAudience"), Kind::String},
        {QStringLiteral("spa"), Kind::Object},
        {QStringLiteral("tags"), Kind::StringArray},
        {QStringLiteral("tokenEncryptionKeyId"), Kind::String},
        {QStringLiteral("uniqueName"), Kind::String},
        {QStringLiteral("verifiedPublisher"), Kind::ReadOnly},
        {QStringLiteral("web"), Kind::Object},
        {QStringLiteral("appManagementPolicies"), Kind::Navigation},
        {QStringLiteral("createdOnBehalfOf"), Kind::Navigation},
        {QStringLiteral("extensionProperties"), Kind::Navigation},
        {QStringLiteral("federatedIdentityCredentials"), Kind::Navigation},
        {QStringLiteral("homeRealmDiscoveryPolicies"), Kind::Navigation},
        {QStringLiteral("owners"), Kind::Navigation},
        {QStringLiteral("synchronization"), Kind::Navigation},
        {QStringLiteral("tokenIssuancePolicies"), Kind::Navigation},
        {QStringLiteral("tokenLifetimePolicies"), Kind::Navigation},
    };
    return table;
}

const PropertyTable &servicePrincipalProperties()
{
    static const PropertyTable table{
        {QStringLiteral("id"), Kind::ReadOnly},
        {QStringLiteral("deletedDateTime"), Kind::ReadOnly},
        {QStringLiteral("accountEnabled"), Kind::Bool},
        {QStringLiteral("addIns"), Kind::ObjectArray},
        {QStringLiteral("alternativeNames"), Kind::StringArray},
        {QStringLiteral("appDescription"), Kind::ReadOnly},
        {QStringLiteral("appDisplayName"), Kind::ReadOnly},
        {QStringLiteral("appId"), Kind::ReadOnly},
        {QStringLiteral("applicationTemplateId"), Kind::ReadOnly},
        {QStringLiteral("appOwnerOrganizationId"), Kind::ReadOnly},
        {QStringLiteral("appRoleAssignmentRequired"), Kind::Bool},
        {QStringLiteral("appRoles"), Kind::ObjectArray},
        {QStringLiteral("customSecurityAttributes"), Kind::Object},
        {QStringLiteral("description"), Kind::String},
        {QStringLiteral("disabledByMicrosoftStatus"), Kind::ReadOnly},
        {QStringLiteral("displayName"), Kind::String},
        {QStringLiteral("homepage"), Kind::String},
        {QStringLiteral("info"), Kind::Object},
        {QStringLiteral("keyCredentials"), Kind::ObjectArray},
        {QStringLiteral("loginUrl"), Kind::String},
        {QStringLiteral("logoutUrl"), Kind::String},
        {QStringLiteral("notes"), Kind::String},
        {QStringLiteral("notificationEmailAddresses"), Kind::StringArray},
        {QStringLiteral("oauth2PermissionScopes"), Kind::ObjectArray},
        {QStringLiteral("passwordCredentials"), Kind::ObjectArray},
        {QStringLiteral("preferredSingleSignOnMode"), Kind::String},
        {QStringLiteral("preferredTokenSigningKeyThumbprint"), Kind::String},
        {QStringLiteral("replyUrls"), Kind::StringArray},
        {QStringLiteral("resourceSpecificApplicationPermissions"), Kind::ReadOnly},
        {QStringLiteral("samlSingleSignOnSettings"), Kind::Object},
        {QStringLiteral("servicePrincipalNames"), Kind::StringArray},
        {QStringLiteral("servicePrincipalType"), Kind::ReadOnly},
        {QStringLiteral("signInAudience"), Kind::ReadOnly},
        {QStringLiteral("tags"), Kind::StringArray},
        {QStringLiteral("tokenEncryptionKeyId"), Kind::String},
        {QStringLiteral("verifiedPublisher"), Kind::ReadOnly},
        {QStringLiteral("appManagementPolicies"), Kind::Navigation},
        {QStringLiteral("appRoleAssignedTo"), Kind::Navigation},
        {QStringLiteral("appRoleAssignments"), Kind::Navigation},
        {QStringLiteral("claimsMappingPolicies"), Kind::Navigation},
        {QStringLiteral("createdObjects"), Kind::Navigation},
        {QStringLiteral("delegatedPermissionClassifications"), Kind::Navigation},
        {QStringLiteral("endpoints"), Kind::Navigation},
        {QStringLiteral("federatedIdentityCredentials"), Kind::Navigation},
        {QStringLiteral("homeRealmDiscoveryPolicies"), Kind::Navigation},
        {QStringLiteral("memberOf"), Kind::Navigation},
        {QStringLiteral("oauth2PermissionGrants"), Kind::Navigation},
        {QStringLiteral("ownedObjects"), Kind::Navigation},
        {QStringLiteral("owners"), Kind::Navigation},
        {QStringLiteral("remoteDesktopSecurityConfiguration"), Kind::Navigation},
        {QStringLiteral("synchronization"), Kind::Navigation},
        {QStringLiteral("tokenIssuancePolicies"), Kind::Navigation},
        {QStringLiteral("tokenLifetimePolicies"), Kind::Navigation},
        {QStringLiteral("transitiveMemberOf"), Kind::Navigation},
    };
    return table;
}

const PropertyTable &table(GraphType type)
{
    return type == GraphType::Application ? applicationProperties() : servicePrincipalProperties();
}

bool valueFits(Kind kind, const QJsonValue &value)
{
    switch (kind) {
    case Kind::String:
        return value.isString() || value.isNull();
    case Kind::Bool:
        return value.isBool() || value.isNull();
    case Kind::Object:
        return value.isObject() || value.isNull();
    case Kind::StringArray:
        if (!value.isArray())
            return false;
        for (const QJsonValue &v : value.toArray())
            if (!v.isString())
                return false;
        return true;
    case Kind::ObjectArray:
        if (!value.isArray())
            return false;
        for (const QJsonValue &v : value.toArray())
            if (!v.isObject())
                return false;
        return true;
    case Kind::ReadOnly:
    case Kind::Navigation:
        return false;
    }
    return false;
}

} // namespace

QString graphTypeName(GraphType type)
{
    return type == GraphType::Application ? QStringLiteral("microsoft.graph.application")
                                          : QStringLiteral("microsoft.graph.servicePrincipal");
}

QStringList selectableProperties(GraphType type)
{
    QStringList names;
    const PropertyTable &properties = table(type);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        if (it.value() != Kind::Navigation)
            names.append(it.key());
    return names;
}

QString validatePatch(GraphType type, const QJsonObject &body)
{
    const PropertyTable &properties = table(type);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(QLatin1String("@odata.")))
            continue;
        const auto found = properties.constFind(it.key());
        if (found == properties.constEnd())
            return QStringLiteral("Invalid property '%1'.").arg(it.key());
        if (found.value() == Kind::ReadOnly)
            return QStringLiteral("Property '%1' is read-only and cannot be set.").arg(it.key());
        if (found.value() == Kind::Navigation)
            return QStringLiteral("Property '%1' is a navigation property and cannot be set in this request.")
                .arg(it.key());
        if (!valueFits(found.value(), it.value()))
            return QStringLiteral("Invalid value specified for property '%1' of resource '%2'.")
                .arg(it.key(), type == GraphType::Application ? QStringLiteral("Application")
                                                              : QStringLiteral("ServicePrincipal"));
    }
    return {};
}

CollectionRules applicationRules()
{
    return {graphTypeName(GraphType::Application),
            QStringLiteral("applications"),
            {QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName"),
             QStringLiteral("applicationTemplateId"), QStringLiteral("identifierUris"),
             QStringLiteral("publisherDomain"), QStringLiteral("signInAudience"), QStringLiteral("tags")},
            {QStringLiteral("startswith"), QStringLiteral("any")},
            selectableProperties(GraphType::Application),
            100};
}

CollectionRules servicePrincipalRules()
{
    return {graphTypeName(GraphType::ServicePrincipal),
            QStringLiteral("servicePrincipals"),
            {QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName"),
             QStringLiteral("applicationTemplateId"), QStringLiteral("preferredSingleSignOnMode"),
             QStringLiteral("servicePrincipalNames"), QStringLiteral("servicePrincipalType"),
             QStringLiteral("accountEnabled"), QStringLiteral("tags")},
            {QStringLiteral("startswith"), QStringLiteral("any")},
            selectableProperties(GraphType::ServicePrincipal),
            100};
}

void mergePatch(QJsonObject &target, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(QLatin1String("@odata.")))
            continue;
        if (it.value().isObject() && target.value(it.key()).isObject()) {
            QJsonObject merged = target.value(it.key()).toObject();
            const QJsonObject patch = it.value().toObject();
            for (auto p = patch.begin(); p != patch.end(); ++p)
                merged.insert(p.key(), p.value());
            target.insert(it.key(), merged);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

} // namespace sim::apps
