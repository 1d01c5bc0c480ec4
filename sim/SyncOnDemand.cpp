// POST …/synchronization/jobs/{id}/provisionOnDemand: one user provisioned now, answered in Graph's
// double-encoded stringKeyStringValuePair shape
// (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-provisionondemand).
#include "SyncOnDemand.h"

#include "AppsGraph.h"
#include "SyncModule.h"
#include "SyncTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sim {

using namespace apps;
using namespace sync;

namespace {

constexpr int kOnDemandCallsPerWindow = 5;
constexpr qint64 kOnDemandWindowMs = 10 * 1000;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject onDemandAnswer(const Request &request, const UserOutcome &outcome, const DirectoryUser &user)
{
    const QJsonValue error =
        outcome.errorCode.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonObject{{QStringLiteral("errorCode"), outcome.errorCode},
                                     {QStringLiteral("errorMessage"), outcome.errorMessage}});
    const QJsonObject key{
        {QStringLiteral("result"), outcome.result},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("errorCode"),
                      outcome.errorCode.isEmpty() ? QJsonValue() : QJsonValue(outcome.errorCode)},
                     {QStringLiteral("errorMessage"),
                      outcome.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(outcome.errorMessage)},
                     {QStringLiteral("reportableIdentifier"), user.userPrincipalName}}},
    };
    const QJsonObject value{
        {QStringLiteral("action"), outcome.action},
        {QStringLiteral("provisioningSteps"), outcome.steps},
        {QStringLiteral("statusInfo"), QJsonObject{{QStringLiteral("status"), outcome.result.toLower()},
                                                   {QStringLiteral("errorInformation"), error}}},
        {QStringLiteral("modifiedProperties"), outcome.modifiedProperties},
        {QStringLiteral("sourceIdentity"),
         QJsonObject{{QStringLiteral("id"), user.id},
                     {QStringLiteral("identityType"), QStringLiteral("User")},
                     {QStringLiteral("displayName"), user.displayName}}},
        {QStringLiteral("targetIdentity"),
         QJsonObject{
             {QStringLiteral("id"), outcome.scimId.isEmpty() ? QJsonValue() : QJsonValue(outcome.scimId)},
             {QStringLiteral("identityType"), kScimUserObject},
             {QStringLiteral("displayName"), user.displayName}}},
    };
    return QJsonObject{{QStringLiteral("@odata.context"),
                        odataContext(request, QStringLiteral("microsoft.graph.stringKeyStringValuePair"))},
                       {QStringLiteral("key"), compact(key)},
                       {QStringLiteral("value"), compact(value)}};
}

} // namespace

SyncOnDemand::SyncOnDemand(SimServer &server, ProvisioningEngine &engine)
    : m_server(server)
    , m_engine(engine)
{
}

Response SyncOnDemand::provisionOnDemand(const Request &request, const SyncContext &c, const QString &jobId)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("parameters"))
            return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
    const QJsonArray parameters = body.value(QStringLiteral("parameters")).toArray();
    if (parameters.size() != 1)
        return badRequest(m_server, request,
                          QStringLiteral("Exactly one entry is expected in 'parameters'."));
    const QJsonObject parameter = parameters.first().toObject();
    const QJsonObject *job = jobById(m_server, jobId);
    const QJsonObject synchronizationTemplate =
        c.templateById(job->value(QStringLiteral("templateId")).toString());
    const QString ruleId = parameter.value(QStringLiteral("ruleId")).toString();
    if (ruleId != userRuleId(synchronizationTemplate))
        return badRequest(m_server, request,
                          QStringLiteral("The rule '%1' was not found in the job's schema.").arg(ruleId));
    const QJsonArray subjects = parameter.value(QStringLiteral("subjects")).toArray();
    if (subjects.size() != 1)
        return badRequest(m_server, request,
                          QStringLiteral("Exactly one subject can be provisioned on demand."));
    const QJsonObject subject = subjects.first().toObject();
    const QString objectId = subject.value(QStringLiteral("objectId")).toString();
    const QString objectType = subject.value(QStringLiteral("objectTypeName")).toString();
    if (objectType != QLatin1String("User") && objectType != QLatin1String("Group"))
        return badRequest(m_server, request, QStringLiteral("Invalid objectTypeName '%1'.").arg(objectType));
    if (!ProvisioningEngine::savedTarget(m_server, c.spId).isComplete())
        return badRequest(m_server, request,
                          QStringLiteral("The job's credentials (Tenant URL and Secret Token) have not "
                                         "been saved."));

    // 5 calls per 10 seconds per job
    // (https://learn.microsoft.com/entra/identity/app-provisioning/provision-on-demand).
    std::deque<qint64> &calls = m_calls[jobId];
    const qint64 now = m_server.nowMs();
    while (!calls.empty() && now - calls.front() >= kOnDemandWindowMs)
        calls.pop_front();
    if (int(calls.size()) >= kOnDemandCallsPerWindow) {
        const int retryAfter = int(qMax<qint64>(1, (kOnDemandWindowMs - (now - calls.front()) + 999) / 1000));
        Response r = m_server.graphError(
            429, QStringLiteral("TooManyRequests"),
            QStringLiteral("Too many requests. Provision on demand allows %1 requests in %2 "
                           "seconds per job; retry after %3 seconds.")
                .arg(kOnDemandCallsPerWindow)
                .arg(kOnDemandWindowMs / 1000)
                .arg(retryAfter),
            request);
        r.header("Retry-After", QByteArray::number(retryAfter));
        return r;
    }
    calls.push_back(now);

    if (objectType == QLatin1String("Group")) {
        if (!m_server.world().directory.groupById(objectId))
            return resourceNotFound(m_server, request, objectId);
        // Insightly SAML provisions users only; Entra skips the group object itself.
        const QJsonObject key{
            {QStringLiteral("result"), QStringLiteral("Skipped")},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("ObjectTypeNotInScope")},
                         {QStringLiteral("errorMessage"),
                          QStringLiteral("Group objects are not provisioned to this application.")}}}};
        return Response::json(
            200,
            QJsonObject{{QStringLiteral("@odata.context"),
                         odataContext(request, QStringLiteral("microsoft.graph.stringKeyStringValuePair"))},
                        {QStringLiteral("key"), compact(key)},
                        {QStringLiteral("value"),
                         compact(QJsonObject{{QStringLiteral("provisioningSteps"), QJsonArray()}})}});
    }
    const DirectoryUser *user = m_server.world().directory.userById(objectId);
    if (!user)
        return resourceNotFound(m_server, request, objectId);
    if (request.viaBatch)
        return badRequest(m_server, request,
                          QStringLiteral("The simulator cannot run provisionOnDemand inside $batch."));
    const DirectoryUser snapshot = *user;
    Response deferred;
    deferred.deferred = [this, jobId, snapshot, request](std::function<void(Response)> answer) {
        m_engine.provisionUser(jobId, snapshot.id,
                               [this, answer, snapshot, request](const UserOutcome &outcome) {
                                   m_server.saveState();
                                   answer(Response::json(200, onDemandAnswer(request, outcome, snapshot)));
                               });
    };
    return deferred;
}

} // namespace sim
