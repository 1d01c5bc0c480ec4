#include "entra/SetupReadings.h"

#include "entra/CancelToken.h"
#include "entra/ErrorCatalog.h"
#include "entra/GraphClient.h"
#include "entra/GraphPager.h"
#include "entra/Provisioning.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace insightly::entra {

namespace {

GraphRequest readRequest(const QString &path, const QUrlQuery &query, const QPointer<CancelToken> &cancel)
{
    GraphRequest request = GraphRequest::get(path, query);
    request.cancel = cancel;
    request.highPriority = true; // the admin is waiting for the report
    return request;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

QCoro::Task<SamlSettingsReading> SetupReadings::samlSettings(QPointer<GraphClient> graph,
                                                             InsightlyApplication app,
                                                             QPointer<CancelToken> cancel)
{
    SamlSettingsReading reading;
    if (!graph) {
        reading.error = ErrorCatalog::cancelled();
        co_return reading;
    }
    QUrlQuery spQuery;
    spQuery.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,preferredSingleSignOnMode"));
    const GraphResult sp = co_await graph->send(
        readRequest(QStringLiteral("/servicePrincipals/") + app.servicePrincipalId, spQuery, cancel));
    if (!sp.ok()) {
        reading.error = sp.userMessage();
        co_return reading;
    }
    reading.singleSignOnMode = sp.json.value(QStringLiteral("preferredSingleSignOnMode")).toString();
    if (!graph) {
        reading.error = ErrorCatalog::cancelled();
        co_return reading;
    }
    QUrlQuery appQuery;
    appQuery.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,identifierUris,web"));
    const GraphResult object = co_await graph->send(
        readRequest(QStringLiteral("/applications/") + app.appObjectId, appQuery, cancel));
    if (!object.ok()) {
        reading.error = object.userMessage();
        co_return reading;
    }
    reading.identifierUris = stringList(object.json.value(QStringLiteral("identifierUris")));
    reading.redirectUris =
        stringList(object.json.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")));
    co_return reading;
}

QCoro::Task<ProvisioningReading> SetupReadings::provisioning(QPointer<GraphClient> graph,
                                                             QString servicePrincipalId, QString knownJobId,
                                                             QPointer<CancelToken> cancel)
{
    ProvisioningReading reading;
    Provisioning provisioning(graph, servicePrincipalId);
    if (cancel)
        QObject::connect(cancel, &CancelToken::cancelled, &provisioning, &Provisioning::cancel);
    const ProvisioningJobResult job = co_await provisioning.existingJob(knownJobId);
    if (!job.error.isEmpty()) {
        reading.error = job.error;
        co_return reading;
    }
    reading.hasJob = job.ok();
    if (!reading.hasJob)
        co_return reading;
    const ProvisioningStatusResult status = co_await provisioning.status(job.jobId);
    if (!status.ok)
        reading.error = status.error;
    reading.status = status.status;
    co_return reading;
}

QCoro::Task<AssignmentCount> SetupReadings::assignmentCount(QPointer<GraphClient> graph,
                                                            QString servicePrincipalId,
                                                            QPointer<CancelToken> cancel)
{
    AssignmentCount count;
    if (!graph) {
        count.error = ErrorCatalog::cancelled();
        co_return count;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,principalType"));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));
    AssignmentCount *out = &count;
    const GraphResult last = co_await GraphPager::forEachPage(
        *graph,
        readRequest(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(servicePrincipalId), query,
                    cancel),
        [out](const QJsonObject &page) {
            for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray()) {
                const QString type = v.toObject().value(QStringLiteral("principalType")).toString();
                if (type == QLatin1String("User"))
                    ++out->users;
                else if (type == QLatin1String("Group"))
                    ++out->groups;
                else
                    ++out->others;
            }
            return true;
        });
    if (!last.ok())
        count = AssignmentCount{last.userMessage()};
    co_return count;
}

} // namespace insightly::entra
