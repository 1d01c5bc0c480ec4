#include "insightly/LockoutCheck.h"

#include "entra/AppAssignments.h"
#include "entra/GraphBatch.h"
#include "entra/GraphClient.h"
#include "entra/GraphPager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace insightly::LockoutCheck {

using namespace insightly::entra;

namespace {

constexpr int kMaxLookups = 200; // matching Entra users looked up per check; the rest are listed without one

void addAddresses(QSet<QString> *addresses, const QJsonObject &user)
{
    for (const char *field : {"mail", "userPrincipalName"}) {
        const QString value = user.value(QLatin1String(field)).toString().trimmed().toLower();
        if (!value.isEmpty())
            addresses->insert(value);
    }
}

} // namespace

QList<LockoutRisk> usersWithoutAccess(const QList<InsightlyUser> &users, const QSet<QString> &assignedAddresses,
                                      const QString &keyOwnerEmail)
{
    QList<LockoutRisk> risks;
    for (const InsightlyUser &user : users) {
        if (!user.active || assignedAddresses.contains(user.email.trimmed().toLower()))
            continue;
        LockoutRisk risk;
        risk.insightlyUser = user;
        risk.isKeyOwner = user.email.compare(keyOwnerEmail, Qt::CaseInsensitive) == 0;
        risks << risk;
    }
    std::stable_sort(risks.begin(), risks.end(), [](const LockoutRisk &a, const LockoutRisk &b) {
        if (a.isKeyOwner != b.isKeyOwner)
            return a.isKeyOwner;
        if (a.insightlyUser.administrator != b.insightlyUser.administrator)
            return a.insightlyUser.administrator;
        return a.insightlyUser.email.compare(b.insightlyUser.email, Qt::CaseInsensitive) < 0;
    });
    return risks;
}

QCoro::Task<QSet<QString>> assignedAddresses(GraphClient *graph, QString servicePrincipalId, GraphResult *error)
{
    QSet<QString> addresses;
    AppAssignments assignments(graph, servicePrincipalId);
    GraphResult listed;
    const QList<AppRoleAssignment> current = co_await assignments.currentAssignments(&listed);
    if (!listed.ok()) {
        if (error)
            *error = listed;
        co_return addresses;
    }
    QUrlQuery select;
    select.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,mail,userPrincipalName"));
    QList<GraphRequest> userLookups;
    QStringList groups;
    for (const AppRoleAssignment &a : current) {
        if (a.principalType == QLatin1String("Group"))
            groups << a.principalId;
        else if (a.principalType == QLatin1String("User"))
            userLookups << GraphRequest::get(QStringLiteral("/users/") + a.principalId, select);
    }
    const QList<GraphResult> users = co_await entra::GraphBatch::send(*graph, userLookups);
    for (const GraphResult &user : users) {
        if (user.ok())
            addAddresses(&addresses, user.json);
        else if (user.status != 404 && error && error->ok()) // a deleted user cannot sign in anyway
            *error = user;
    }
    for (const QString &group : groups) {
        QUrlQuery query = select;
        query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
        GraphResult listedMembers;
        // Sign-in follows group membership (nested groups too), so members here means transitive members.
        const QJsonArray members = co_await entra::GraphPager::getAll(
            *graph, GraphRequest::get(QStringLiteral("/groups/%1/transitiveMembers").arg(group), query),
            &listedMembers);
        if (!listedMembers.ok() && error && error->ok())
            *error = listedMembers;
        for (const QJsonValue &member : members)
            addAddresses(&addresses, member.toObject());
    }
    co_return addresses;
}

QCoro::Task<LockoutReport> run(GraphClient *graph, QString servicePrincipalId, InsightlyRestClient *insightly)
{
    LockoutReport report;
    const InsightlyMeResult me = co_await insightly->me();
    if (!me.ok()) {
        report.error = me.error;
        co_return report;
    }
    const InsightlyUsersResult users = co_await insightly->allUsers();
    if (!users.ok()) {
        report.error = users.error;
        co_return report;
    }
    report.truncated = users.truncated;
    GraphResult graphError;
    graphError.status = 200;
    const QSet<QString> assigned = co_await assignedAddresses(graph, servicePrincipalId, &graphError);
    if (!graphError.ok()) {
        report.error = graphError.userMessage();
        co_return report;
    }
    report.assignedAddresses = int(assigned.size());
    for (const InsightlyUser &user : users.users)
        report.activeInsightlyUsers += user.active ? 1 : 0;
    report.atRisk = usersWithoutAccess(users.users, assigned, me.user->email);
    for (int i = 0; i < report.atRisk.size() && i < kMaxLookups; ++i)
        report.atRisk[i].entraUser =
            co_await DirectorySearch::findUserByAddress(graph, report.atRisk[i].insightlyUser.email);
    co_return report;
}

} // namespace insightly::LockoutCheck
