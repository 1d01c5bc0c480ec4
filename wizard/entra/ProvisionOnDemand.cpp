#include "entra/ProvisionOnDemand.h"

#include "entra/GraphClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace insightly::entra {

namespace {

QJsonObject parseEmbedded(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

OnDemandOutcome OnDemandOutcome::fromAnswer(const QJsonObject &answer)
{
    OnDemandOutcome outcome;
    const QJsonObject key = parseEmbedded(answer.value(QLatin1String("key")));
    const QJsonObject value = parseEmbedded(answer.value(QLatin1String("value")));
    outcome.result = key.value(QLatin1String("result")).toString();
    const QJsonObject details = key.value(QLatin1String("details")).toObject();
    outcome.errorCode = details.value(QLatin1String("errorCode")).toString();
    outcome.errorMessage = details.value(QLatin1String("errorMessage")).toString();
    for (const QJsonValue &item : value.value(QLatin1String("provisioningSteps")).toArray()) {
        const QJsonObject step = item.toObject();
        outcome.steps << ProvisioningStep{step.value(QLatin1String("name")).toString(),
                                          step.value(QLatin1String("provisioningStepType")).toString(),
                                          step.value(QLatin1String("status")).toString(),
                                          step.value(QLatin1String("description")).toString()};
    }
    if (outcome.errorCode.isEmpty()) {
        const QJsonObject error =
            value.value(QLatin1String("statusInfo")).toObject().value(QLatin1String("errorInformation")).toObject();
        outcome.errorCode = error.value(QLatin1String("errorCode")).toString();
        outcome.errorMessage = error.value(QLatin1String("errorMessage")).toString();
    }
    return outcome;
}

ProvisionOnDemand::ProvisionOnDemand(GraphClient *graph, const QString &servicePrincipalId, const QString &jobId,
                                     QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_servicePrincipalId(servicePrincipalId)
    , m_jobId(jobId)
{
}

ProvisionOnDemand::~ProvisionOnDemand()
{
    cancel();
}

void ProvisionOnDemand::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QString ProvisionOnDemand::jobPath() const
{
    return QStringLiteral("/servicePrincipals/%1/synchronization/jobs/%2").arg(m_servicePrincipalId, m_jobId);
}

QString ProvisionOnDemand::userRuleId(const QJsonObject &schema)
{
    for (const QJsonValue &value : schema.value(QLatin1String("synchronizationRules")).toArray()) {
        const QJsonObject rule = value.toObject();
        // The Entra directory is named "Azure Active Directory" in schemas (older) or "Microsoft Entra ID".
        const QString source = rule.value(QLatin1String("sourceDirectoryName")).toString();
        const bool fromEntra = source.contains(QLatin1String("Azure Active Directory"), Qt::CaseInsensitive) ||
                               source.contains(QLatin1String("Entra"), Qt::CaseInsensitive);
        if (!fromEntra)
            continue;
        for (const QJsonValue &mapping : rule.value(QLatin1String("objectMappings")).toArray())
            if (mapping.toObject().value(QLatin1String("sourceObjectName")).toString().compare(
                    QLatin1String("User"), Qt::CaseInsensitive) == 0)
                return rule.value(QLatin1String("id")).toString();
    }
    return {};
}

QCoro::Task<GraphResult> ProvisionOnDemand::prepare()
{
    QPointer<ProvisionOnDemand> self(this);
    if (m_jobId.isEmpty()) {
        const GraphResult jobs = co_await m_graph->send(GraphRequest::get(
            QStringLiteral("/servicePrincipals/%1/synchronization/jobs").arg(m_servicePrincipalId)));
        if (!self || !jobs.ok())
            co_return jobs;
        const QJsonArray list = jobs.json.value(QLatin1String("value")).toArray();
        if (list.isEmpty()) {
            GraphResult none = jobs;
            none.status = 404;
            none.errorCode = QStringLiteral("Request_ResourceNotFound");
            none.errorMessage = QStringLiteral("The application has no provisioning job.");
            co_return none;
        }
        m_jobId = list.first().toObject().value(QLatin1String("id")).toString();
    }
    GraphRequest request = GraphRequest::get(jobPath() + QStringLiteral("/schema"));
    request.consistencyRetries = ConsistencyRetry::Forbidden | ConsistencyRetry::Conflict;
    const GraphResult schema = co_await m_graph->send(request);
    if (!self || !schema.ok())
        co_return schema;
    m_ruleId = userRuleId(schema.json);
    co_return schema;
}

QCoro::Task<QList<OnDemandOutcome>> ProvisionOnDemand::provision(QStringList userIds)
{
    QPointer<ProvisionOnDemand> self(this);
    QList<OnDemandOutcome> outcomes;
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel = new CancelToken(this);
    QPointer<CancelToken> cancel = m_cancel;
    if (m_ruleId.isEmpty()) {
        const GraphResult prepared = co_await prepare();
        if (!self)
            co_return outcomes;
        if (!prepared.ok() || m_ruleId.isEmpty()) {
            for (const QString &id : userIds) {
                OnDemandOutcome failed;
                failed.principalId = id;
                failed.http = prepared;
                outcomes << failed;
                Q_EMIT userProvisioned(failed);
            }
            co_return outcomes;
        }
    }
    for (const QString &id : userIds) {
        if (!co_await m_pacer.acquire(1, cancel) || !self || isCancelled(cancel))
            break;
        const QJsonObject body{
            {QStringLiteral("parameters"),
             QJsonArray{QJsonObject{{QStringLiteral("ruleId"), m_ruleId},
                                    {QStringLiteral("subjects"),
                                     QJsonArray{QJsonObject{{QStringLiteral("objectId"), id},
                                                            {QStringLiteral("objectTypeName"), QStringLiteral("User")}}}}}}}};
        // Provisioning a user twice is harmless (the second run matches the first), so a retry is safe.
        GraphRequest request = GraphRequest::post(jobPath() + QStringLiteral("/provisionOnDemand"), body,
                                                  RepeatSafety::SafeToRepeat);
        request.timeout = std::chrono::seconds(120); // Entra answers once the user was written to the app
        request.highPriority = true;
        request.cancel = cancel;
        const GraphResult result = co_await m_graph->send(request);
        if (!self)
            co_return outcomes;
        if (result.status == 429)
            m_pacer.onThrottled(std::chrono::seconds(10));
        OnDemandOutcome outcome = result.ok() ? OnDemandOutcome::fromAnswer(result.json) : OnDemandOutcome{};
        outcome.principalId = id;
        outcome.http = result;
        if (result.cancelled)
            break;
        outcomes << outcome;
        Q_EMIT userProvisioned(outcome);
    }
    co_return outcomes;
}

} // namespace insightly::entra
