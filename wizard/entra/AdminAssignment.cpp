#include "entra/AdminAssignment.h"

#include "core/SetupStateStore.h"
#include "entra/GraphPager.h"
#include "entra/SetupOperation_p.h"

#include <QJsonArray>

namespace insightly::entra {

using namespace setupops;

namespace {

AdminAssignmentResult failedWith(const OperationFailure &failure)
{
    AdminAssignmentResult result;
    static_cast<OperationFailure &>(result) = failure;
    return result;
}

// The enabled app role named "User" that users may hold; Default Access when the app has none
// (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto).
QString userRoleOf(const QJsonArray &appRoles)
{
    for (const QJsonValue &v : appRoles) {
        const QJsonObject role = v.toObject();
        const bool named = role.value(QStringLiteral("displayName"))
                                   .toString()
                                   .compare(QLatin1String("User"), Qt::CaseInsensitive) == 0 ||
                           role.value(QStringLiteral("value"))
                                   .toString()
                                   .compare(QLatin1String("User"), Qt::CaseInsensitive) == 0;
        if (named && role.value(QStringLiteral("isEnabled")).toBool(true) &&
            role.value(QStringLiteral("allowedMemberTypes")).toArray().contains(QStringLiteral("User")))
            return role.value(QStringLiteral("id")).toString();
    }
    return AdminAssignment::kDefaultAccessRoleId;
}

bool isDuplicate(const GraphResult &answer)
{
    return answer.status == 409 ||
           (answer.status == 400 &&
            (answer.errorCode == QLatin1String("Request_MultipleObjectsWithSameKeyValue") ||
             answer.errorMessage.contains(QLatin1String("already exists"), Qt::CaseInsensitive)));
}

} // namespace

QCoro::Task<AdminAssignmentResult> AdminAssignment::ensureAssigned(OperationContext context, QString userId)
{
    if (const OperationFailure missing = missingInputs(context, true); missing.failed())
        co_return failedWith(missing);
    if (userId.isEmpty())
        co_return failedWith(failure(tr("The signed-in account is not known."),
                                     tr("The sign-in check did not return the account's id."),
                                     tr("Sign in again."), QStringLiteral("steps.no-user")));
    const QString spId = context.setup->state().servicePrincipalId;
    AdminAssignmentResult result;

    context.report(tr("Checking whether you are assigned to Insightly SAML…"));
    GraphResult listed;
    GraphRequest list = prepared(
        GraphRequest::get(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(spId)), context);
    list.consistencyRetries = ConsistencyRetry::NotFound;
    const QJsonArray assignments = co_await GraphPager::getAll(*context.graph, list, &listed);
    if (!listed.ok())
        co_return failedWith(failureOf(listed));
    for (const QJsonValue &v : assignments) {
        const QJsonObject assignment = v.toObject();
        if (assignment.value(QStringLiteral("principalId")).toString().compare(userId, Qt::CaseInsensitive) ==
            0) {
            result.alreadyAssigned = true;
            result.appRoleId = assignment.value(QStringLiteral("appRoleId")).toString();
            result.assignmentId = assignment.value(QStringLiteral("id")).toString();
            co_return result;
        }
    }

    QUrlQuery select;
    select.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,appRoles"));
    GraphRequest roles =
        prepared(GraphRequest::get(QStringLiteral("/servicePrincipals/") + spId, select), context);
    roles.consistencyRetries = ConsistencyRetry::NotFound;
    const GraphResult sp = co_await context.graph->send(roles);
    if (!sp.ok())
        co_return failedWith(failureOf(sp));
    result.appRoleId = userRoleOf(sp.json.value(QStringLiteral("appRoles")).toArray());

    context.report(tr("Assigning you to Insightly SAML for the sign-in test…"));
    // A repeat after a lost answer meets "already exists", which counts as done.
    GraphRequest post =
        prepared(GraphRequest::post(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(spId),
                                    QJsonObject{{QStringLiteral("principalId"), userId},
                                                {QStringLiteral("resourceId"), spId},
                                                {QStringLiteral("appRoleId"), result.appRoleId}},
                                    RepeatSafety::SafeToRepeat),
                 context);
    post.consistencyRetries = ConsistencyRetry::NotFound | ConsistencyRetry::InvalidReference;
    const GraphResult answer = co_await context.graph->send(post);
    if (answer.ok()) {
        result.assignmentId = answer.json.value(QStringLiteral("id")).toString();
    } else if (isDuplicate(answer)) {
        result.alreadyAssigned = true;
    } else {
        co_return failedWith(failureOf(answer));
    }
    co_return result;
}

} // namespace insightly::entra
