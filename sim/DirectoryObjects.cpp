#include "DirectoryObjects.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace sim {

namespace {

QJsonValue nullableString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString mailNickname(const QString &upnOrMail)
{
    return upnOrMail.section(u'@', 0, 0);
}

} // namespace

const QList<DirectoryRoleInfo> &knownDirectoryRoles()
{
    static const QList<DirectoryRoleInfo> roles{
        {QStringLiteral("Global Administrator"), QStringLiteral("62e90394-69f5-4237-9190-012177145e10"),
         QStringLiteral(
             "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra "
             "identities.")},
        {QStringLiteral("Application Administrator"), QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"),
         QStringLiteral("Can create and manage all aspects of app registrations and enterprise apps.")},
        {QStringLiteral("Cloud Application Administrator"),
         QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"),
         QStringLiteral(
             "Can create and manage all aspects of app registrations and enterprise apps except App "
             "Proxy.")},
        {QStringLiteral("Privileged Role Administrator"),
         QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814"),
         QStringLiteral(
             "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity "
             "Management.")},
        {QStringLiteral("User Administrator"), QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1"),
         QStringLiteral(
             "Can manage all aspects of users and groups, including resetting passwords for limited "
             "admins.")},
    };
    return roles;
}

const DirectoryRoleInfo *directoryRoleByName(const QString &displayName)
{
    for (const DirectoryRoleInfo &role : knownDirectoryRoles())
        if (role.displayName.compare(displayName, Qt::CaseInsensitive) == 0)
            return &role;
    return nullptr;
}

const QStringList &userPropertyNames()
{
    // The structural properties of microsoft.graph.user in the Graph v1.0 description.
    static const QStringList names =
        QStringLiteral(
            "id deletedDateTime aboutMe accountEnabled ageGroup assignedLicenses assignedPlans "
            "authorizationInfo birthday "
            "businessPhones city companyName consentProvidedForMinor country createdDateTime creationType "
            "customSecurityAttributes department deviceEnrollmentLimit displayName employeeHireDate "
            "employeeId "
            "employeeLeaveDateTime employeeOrgData employeeType externalUserState "
            "externalUserStateChangeDateTime "
            "faxNumber givenName hireDate identities imAddresses interests isResourceAccount jobTitle "
            "lastPasswordChangeDateTime legalAgeGroupClassification licenseAssignmentStates mail "
            "mailboxSettings "
            "mailNickname mobilePhone mySite officeLocation onPremisesDistinguishedName onPremisesDomainName "
            "onPremisesExtensionAttributes onPremisesImmutableId onPremisesLastSyncDateTime "
            "onPremisesProvisioningErrors "
            "onPremisesSamAccountName onPremisesSecurityIdentifier onPremisesSyncEnabled "
            "onPremisesUserPrincipalName "
            "otherMails passwordPolicies passwordProfile pastProjects postalCode preferredDataLocation "
            "preferredLanguage "
            "preferredName print provisionedPlans proxyAddresses responsibilities schools securityIdentifier "
            "serviceProvisioningErrors showInAddressList signInActivity signInSessionsValidFromDateTime "
            "skills state "
            "streetAddress surname usageLocation userPrincipalName userType")
            .split(u' ');
    return names;
}

const QStringList &userDefaultProperties()
{
    static const QStringList names =
        QStringLiteral("businessPhones displayName givenName jobTitle mail mobilePhone "
                       "officeLocation preferredLanguage surname userPrincipalName id")
            .split(u' ');
    return names;
}

const QStringList &groupPropertyNames()
{
    static const QStringList names =
        QStringLiteral(
            "id deletedDateTime allowExternalSenders assignedLabels assignedLicenses autoSubscribeNewMembers "
            "classification createdDateTime description displayName expirationDateTime groupTypes "
            "hasMembersWithLicenseErrors hideFromAddressLists hideFromOutlookClients isArchived "
            "isAssignableToRole "
            "isSubscribedByMail licenseProcessingState mail mailEnabled mailNickname membershipRule "
            "membershipRuleProcessingState onPremisesDomainName onPremisesLastSyncDateTime "
            "onPremisesNetBiosName "
            "onPremisesProvisioningErrors onPremisesSamAccountName onPremisesSecurityIdentifier "
            "onPremisesSyncEnabled "
            "preferredDataLocation preferredLanguage proxyAddresses renewedDateTime securityEnabled "
            "securityIdentifier "
            "serviceProvisioningErrors theme uniqueName unseenCount visibility")
            .split(u' ');
    return names;
}

const QStringList &groupDefaultProperties()
{
    static const QStringList names =
        QStringLiteral(
            "id deletedDateTime classification createdDateTime description displayName expirationDateTime "
            "groupTypes "
            "isAssignableToRole mail mailEnabled mailNickname membershipRule membershipRuleProcessingState "
            "onPremisesDomainName onPremisesLastSyncDateTime onPremisesNetBiosName onPremisesSamAccountName "
            "onPremisesSecurityIdentifier onPremisesSyncEnabled preferredDataLocation preferredLanguage "
            "proxyAddresses "
            "renewedDateTime securityEnabled securityIdentifier theme visibility")
            .split(u' ');
    return names;
}

QJsonValue userProperty(const DirectoryUser &u, const QString &name)
{
    // Plain comparisons in order of use: this runs for every user of a filtered or searched collection.
    if (name == QLatin1String("id"))
        return u.id;
    if (name == QLatin1String("displayName"))
        return u.displayName;
    if (name == QLatin1String("userPrincipalName"))
        return u.userPrincipalName;
    if (name == QLatin1String("mail"))
        return nullableString(u.mail);
    if (name == QLatin1String("givenName"))
        return nullableString(u.givenName);
    if (name == QLatin1String("surname"))
        return nullableString(u.surname);
    if (name == QLatin1String("jobTitle"))
        return nullableString(u.jobTitle);
    if (name == QLatin1String("department"))
        return nullableString(u.department);
    if (name == QLatin1String("accountEnabled"))
        return u.accountEnabled;
    if (name == QLatin1String("mailNickname"))
        return mailNickname(u.userPrincipalName);
    if (name == QLatin1String("userType"))
        return QStringLiteral("Member");
    if (name == QLatin1String("createdDateTime"))
        return isoTime(u.createdAtMs);
    if (name == QLatin1String("businessPhones") || name == QLatin1String("otherMails") ||
        name == QLatin1String("imAddresses"))
        return QJsonArray();
    if (name == QLatin1String("proxyAddresses"))
        return u.mail.isEmpty() ? QJsonArray() : QJsonArray{QStringLiteral("SMTP:") + u.mail};
    if (name == QLatin1String("identities"))
        return QJsonArray{QJsonObject{{QStringLiteral("signInType"), QStringLiteral("userPrincipalName")},
                                      {QStringLiteral("issuer"), u.userPrincipalName.section(u'@', 1)},
                                      {QStringLiteral("issuerAssignedId"), u.userPrincipalName}}};
    if (name == QLatin1String("usageLocation"))
        return QStringLiteral("US");
    if (name == QLatin1String("preferredLanguage"))
        return QStringLiteral("en-US");
    if (userPropertyNames().contains(name))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject userJson(const DirectoryUser &user, const QStringList &select)
{
    const QStringList &names = select.isEmpty() ? userDefaultProperties() : select;
    QJsonObject o;
    for (const QString &name : names)
        o.insert(name, userProperty(user, name));
    o.insert(QStringLiteral("id"), user.id);
    return o;
}

QJsonValue groupProperty(const DirectoryGroup &g, const QString &name)
{
    if (name == QLatin1String("id"))
        return g.id;
    if (name == QLatin1String("displayName"))
        return g.displayName;
    if (name == QLatin1String("description"))
        return nullableString(g.description);
    if (name == QLatin1String("mail"))
        return nullableString(g.mail);
    if (name == QLatin1String("mailNickname"))
        return mailNickname(g.mail);
    if (name == QLatin1String("mailEnabled"))
        return false;
    if (name == QLatin1String("securityEnabled"))
        return true;
    if (name == QLatin1String("groupTypes"))
        return QJsonArray();
    if (name == QLatin1String("proxyAddresses"))
        return QJsonArray();
    if (name == QLatin1String("createdDateTime"))
        return isoTime(g.createdAtMs);
    if (name == QLatin1String("renewedDateTime"))
        return isoTime(g.createdAtMs);
    if (name == QLatin1String("isAssignableToRole"))
        return false;
    if (name == QLatin1String("visibility"))
        return QStringLiteral("Private");
    if (groupPropertyNames().contains(name))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject groupJson(const DirectoryGroup &group, const QStringList &select)
{
    const QStringList &names = select.isEmpty() ? groupDefaultProperties() : select;
    QJsonObject o;
    for (const QString &name : names)
        o.insert(name, groupProperty(group, name));
    o.insert(QStringLiteral("id"), group.id);
    return o;
}

QJsonObject directoryRoleJson(const Tenant &tenant, const DirectoryRoleInfo &role)
{
    const QUuid id = QUuid::createUuidV5(QUuid::fromString(tenant.id), role.templateId);
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.directoryRole")},
                       {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("deletedDateTime"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("description"), role.description},
                       {QStringLiteral("displayName"), role.displayName},
                       {QStringLiteral("roleTemplateId"), role.templateId}};
}

QJsonObject organizationJson(const Tenant &tenant)
{
    QJsonArray domains;
    for (const QString &name : tenant.verifiedDomains) {
        const bool initial = name.endsWith(QLatin1String(".onmicrosoft.example")) ||
                             name.endsWith(QLatin1String(".onmicrosoft.com"));
        domains.append(
            QJsonObject{{QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
                        {QStringLiteral("isDefault"), name == tenant.defaultDomain},
                        {QStringLiteral("isInitial"), initial},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("type"), QStringLiteral("Managed")}});
    }
    return QJsonObject{{QStringLiteral("id"), tenant.id},
                       {QStringLiteral("deletedDateTime"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("businessPhones"), QJsonArray{QStringLiteral("+1 425 555 0100")}},
                       {QStringLiteral("city"), QStringLiteral("Redmond")},
                       {QStringLiteral("country"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("countryLetterCode"), QStringLiteral("US")},
                       {QStringLiteral("createdDateTime"), QStringLiteral("2021-03-01T09:00:00Z")},
                       {QStringLiteral("defaultUsageLocation"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("displayName"), tenant.displayName},
                       {QStringLiteral("marketingNotificationEmails"), QJsonArray()},
                       {QStringLiteral("onPremisesLastSyncDateTime"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("onPremisesSyncEnabled"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("postalCode"), QStringLiteral("98052")},
                       {QStringLiteral("preferredLanguage"), QStringLiteral("en")},
                       {QStringLiteral("privacyProfile"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("securityComplianceNotificationMails"), QJsonArray()},
                       {QStringLiteral("securityComplianceNotificationPhones"), QJsonArray()},
                       {QStringLiteral("state"), QStringLiteral("WA")},
                       {QStringLiteral("street"), QStringLiteral("1 Contoso Way")},
                       {QStringLiteral("technicalNotificationMails"),
                        QJsonArray{QStringLiteral("admin@") + tenant.defaultDomain}},
                       {QStringLiteral("tenantType"), QStringLiteral("AAD")},
                       {QStringLiteral("assignedPlans"), QJsonArray()},
                       {QStringLiteral("provisionedPlans"), QJsonArray()},
                       {QStringLiteral("verifiedDomains"), domains}};
}

} // namespace sim
