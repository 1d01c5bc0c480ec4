#include "entra/Preflight.h"

#include "entra/GraphClient.h"
#include "entra/GraphPager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace insightly::entra {

namespace {

// "https://graph.microsoft.com/Application.ReadWrite.All" → "Application.ReadWrite.All"
QStringList shortScopes(const QString &scope)
{
    QStringList out;
    const QStringList parts = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const qsizetype slash = p.lastIndexOf(u'/');
        out << (slash >= 0 ? p.mid(slash + 1) : p);
    }
    return out;
}

bool hasScope(const QStringList &granted, const QString &needed)
{
    if (granted.contains(needed, Qt::CaseInsensitive))
        return true;
    // A broader scope covers a narrower one of the same resource.
    static const QHash<QString, QStringList> covers{
        {QStringLiteral("User.ReadBasic.All"),
         {QStringLiteral("User.Read.All"), QStringLiteral("User.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
          QStringLiteral("Directory.ReadWrite.All")}},
        {QStringLiteral("GroupMember.Read.All"),
         {QStringLiteral("Group.Read.All"), QStringLiteral("Group.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
          QStringLiteral("Directory.ReadWrite.All")}},
        {QStringLiteral("Application.ReadWrite.All"), {QStringLiteral("Directory.ReadWrite.All")}},
    };
    for (const QString &broader : covers.value(needed))
        if (granted.contains(broader, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

bool PreflightReport::passed() const
{
    if (!error.isEmpty())
        return false;
    for (const PreflightRow &row : rows)
        if (row.blocking && !row.passed)
            return false;
    return true;
}

QStringList acceptedAdminRoles()
{
    return {QStringLiteral("Cloud Application Administrator"), QStringLiteral("Application Administrator"),
            QStringLiteral("Global Administrator")};
}

QList<QPair<QString, QString>> requiredScopes()
{
    return {
        {QStringLiteral("Application.ReadWrite.All"), QCoreApplication::translate("Preflight", "add and configure the Insightly SAML application (steps 1–2)")},
        {QStringLiteral("AppRoleAssignment.ReadWrite.All"), QCoreApplication::translate("Preflight", "assign users and groups (step 4)")},
        {QStringLiteral("Synchronization.ReadWrite.All"), QCoreApplication::translate("Preflight", "connect and start SCIM provisioning (step 3)")},
        {QStringLiteral("User.ReadBasic.All"), QCoreApplication::translate("Preflight", "find users to assign (step 4)")},
        {QStringLiteral("GroupMember.Read.All"), QCoreApplication::translate("Preflight", "find groups to assign (step 4)")},
    };
}

QCoro::Task<PreflightReport> runPreflight(GraphClient &graph, QString grantedScope, QString adminConsentUrl)
{
    PreflightReport report;
    SignedInIdentity &who = report.identity;
    who.grantedScopes = shortScopes(grantedScope);

    GraphRequest orgRequest = GraphRequest::get(QStringLiteral("/organization"));
    orgRequest.highPriority = true;
    const GraphResult org = co_await graph.send(orgRequest);
    if (!org.ok()) {
        report.error = org.userMessage();
        co_return report;
    }
    const QJsonObject organization = org.json.value(QStringLiteral("value")).toArray().first().toObject();
    who.tenantId = organization.value(QStringLiteral("id")).toString();
    who.tenantName = organization.value(QStringLiteral("displayName")).toString();
    for (const QJsonValue &d : organization.value(QStringLiteral("verifiedDomains")).toArray())
        if (d.toObject().value(QStringLiteral("isDefault")).toBool())
            who.defaultDomain = d.toObject().value(QStringLiteral("name")).toString();

    GraphRequest meRequest = GraphRequest::get(QStringLiteral("/me"));
    meRequest.query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName,userPrincipalName,mail"));
    meRequest.highPriority = true;
    const GraphResult me = co_await graph.send(meRequest);
    if (!me.ok()) {
        report.error = me.userMessage();
        co_return report;
    }
    who.userId = me.json.value(QStringLiteral("id")).toString();
    who.displayName = me.json.value(QStringLiteral("displayName")).toString();
    who.userPrincipalName = me.json.value(QStringLiteral("userPrincipalName")).toString();

    GraphResult memberOf;
    const QJsonArray memberships =
        co_await GraphPager::getAll(graph, GraphRequest::get(QStringLiteral("/me/memberOf")), &memberOf);
    for (const QJsonValue &v : memberships) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("@odata.type")).toString() == QLatin1String("#microsoft.graph.directoryRole"))
            who.directoryRoles << o.value(QStringLiteral("displayName")).toString();
    }

    PreflightRow role;
    role.id = QStringLiteral("role");
    role.title = QCoreApplication::translate("Preflight", "Your Entra role may manage enterprise applications");
    QStringList held;
    for (const QString &r : acceptedAdminRoles())
        if (who.directoryRoles.contains(r, Qt::CaseInsensitive))
            held << r;
    role.passed = memberOf.ok() && !held.isEmpty();
    if (!memberOf.ok()) {
        role.seen = QCoreApplication::translate("Preflight", "Your roles could not be read.");
        role.fix = memberOf.userMessage();
    } else {
        role.seen = who.directoryRoles.isEmpty() ? QCoreApplication::translate("Preflight", "No directory role") : who.directoryRoles.join(QStringLiteral(", "));
        if (!role.passed) {
            role.fix.what = QCoreApplication::translate("Preflight", "%1 does not hold a role that may set up enterprise applications.").arg(who.userPrincipalName);
            role.fix.why = QCoreApplication::translate("Preflight", "Adding the application, configuring SAML and provisioning need Cloud Application "
                              "Administrator or Application Administrator (or Global Administrator).");
            role.fix.action = QCoreApplication::translate("Preflight", "Ask a Privileged Role Administrator to give your account the Cloud Application "
                                 "Administrator role (Entra admin center › Roles and administrators), or sign in "
                                 "with an account that has it.");
            role.fix.code = QStringLiteral("preflight.role");
        }
    }
    report.rows << role;

    for (const auto &[scope, purpose] : requiredScopes()) {
        PreflightRow row;
        row.id = QStringLiteral("scope:") + scope;
        row.title = QCoreApplication::translate("Preflight", "Permission %1 — to %2").arg(scope, purpose);
        row.passed = hasScope(who.grantedScopes, scope);
        row.seen = row.passed ? QCoreApplication::translate("Preflight", "Granted") : QCoreApplication::translate("Preflight", "Not granted");
        if (!row.passed) {
            row.fix.what = QCoreApplication::translate("Preflight", "The permission %1 was not granted to this sign-in.").arg(scope);
            row.fix.why = QCoreApplication::translate("Preflight", "Your organisation's consent settings may require an administrator to approve it.");
            row.fix.action = QCoreApplication::translate("Preflight", "Ask an administrator to grant consent for the whole organisation at %1, then "
                                "sign in again.")
                                 .arg(adminConsentUrl);
            row.fix.code = QStringLiteral("preflight.scope");
        }
        report.rows << row;
    }
    co_return report;
}

} // namespace insightly::entra
