#include "entra/Provisioning.h"

#include "entra/CancelToken.h"
#include "entra/ErrorCatalog.h"
#include "entra/GraphClient.h"
#include "entra/GraphErrors.h"
#include "entra/GraphPager.h"
#include "entra/SetupOperation_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProvisioning, "insightly.entra.provisioning")

namespace insightly::entra {

namespace {

// A fresh service principal reaches the synchronization service minutes after instantiate: until then its
// APIs answer 403 (409 for job creation); Terraform retries both
// (https://github.com/hashicorp/terraform-provider-azuread, internal/services/synchronization).
constexpr ConsistencyRetries kSyncReplication = ConsistencyRetry::Forbidden | ConsistencyRetry::Conflict;

GraphRequest syncRequest(GraphRequest request, const QPointer<CancelToken> &cancel)
{
    request.consistencyRetries = kSyncReplication;
    request.highPriority = true;
    request.cancel = cancel;
    return request;
}

// How many times the job is created when no answer says clearly whether the last try landed.
constexpr int kMaximumCreatePosts = 3;

QJsonObject secret(const QString &key, const QString &value)
{
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

} // namespace

Provisioning::Provisioning(GraphClient *graph, QString servicePrincipalId, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_servicePrincipalId(std::move(servicePrincipalId))
{
}

Provisioning::~Provisioning()
{
    cancel();
}

void Provisioning::cancel()
{
    if (m_cancel) {
        m_cancel->cancel();
        m_cancel->deleteLater();
    }
    m_cancel = nullptr;
}

QPointer<CancelToken> Provisioning::cancelToken()
{
    if (!m_cancel)
        m_cancel = new CancelToken(this);
    return m_cancel;
}

QString Provisioning::jobsPath() const
{
    return QStringLiteral("/servicePrincipals/%1/synchronization/jobs").arg(m_servicePrincipalId);
}

QCoro::Task<Provisioning::SyncJobs> Provisioning::listJobs()
{
    SyncJobs listed;
    if (!m_graph) {
        listed.error = ErrorCatalog::cancelled();
        co_return listed;
    }
    GraphResult answer;
    const GraphRequest request = syncRequest(GraphRequest::get(jobsPath()), cancelToken());
    listed.jobs = co_await GraphPager::getAll(*m_graph, request, &answer);
    if (!answer.ok())
        listed.error = answer.userMessage();
    co_return listed;
}

QString Provisioning::matchingJob(const QJsonArray &jobs, const QString &knownJobId,
                                  const QStringList &templateIds)
{
    for (const QJsonValue &job : jobs)
        if (!knownJobId.isEmpty() && job.toObject().value(QStringLiteral("id")).toString() == knownJobId)
            return knownJobId;
    for (const QJsonValue &job : jobs)
        if (templateIds.contains(job.toObject().value(QStringLiteral("templateId")).toString()))
            return job.toObject().value(QStringLiteral("id")).toString();
    return {};
}

QCoro::Task<ProvisioningJobResult> Provisioning::findJob(QString knownJobId, QStringList templateIds)
{
    ProvisioningJobResult found;
    const SyncJobs listed = co_await listJobs();
    if (!listed.error.isEmpty())
        found.error = listed.error;
    else
        found.jobId = matchingJob(listed.jobs, knownJobId, templateIds);
    co_return found;
}

QCoro::Task<Provisioning::TemplatesAndJob> Provisioning::templatesAndJob(QString knownJobId)
{
    TemplatesAndJob out;
    QCoro::Task<SyncTemplates> templatesTask = listTemplates();
    QCoro::Task<SyncJobs> jobsTask = listJobs();
    const SyncTemplates templates = co_await std::move(templatesTask);
    const SyncJobs listed = co_await std::move(jobsTask);
    if (!templates.error.isEmpty()) {
        out.job.error = templates.error;
        co_return out;
    }
    if (!listed.error.isEmpty()) {
        out.job.error = listed.error;
        co_return out;
    }
    out.defaultTemplateId = templates.defaultId;
    out.templateIds = templates.ids;
    out.job.jobId = matchingJob(listed.jobs, knownJobId, templates.ids);
    co_return out;
}

QCoro::Task<Provisioning::SyncTemplates> Provisioning::listTemplates()
{
    SyncTemplates templates;
    if (!m_graph) {
        templates.error = ErrorCatalog::cancelled();
        co_return templates;
    }
    const GraphRequest request = syncRequest(
        GraphRequest::get(
            QStringLiteral("/servicePrincipals/%1/synchronization/templates").arg(m_servicePrincipalId)),
        cancelToken());
    GraphResult listed;
    const QJsonArray values = co_await GraphPager::getAll(*m_graph, request, &listed);
    if (!listed.ok()) {
        templates.error = listed.userMessage();
        co_return templates;
    }
    for (const QJsonValue &value : values) {
        const QJsonObject t = value.toObject();
        templates.ids << t.value(QStringLiteral("id")).toString();
        // The gallery app's own template (its factoryTag) is the default one Entra offers.
        if (templates.defaultId.isEmpty() || t.value(QStringLiteral("default")).toBool())
            templates.defaultId = t.value(QStringLiteral("id")).toString();
    }
    co_return templates;
}

QCoro::Task<ProvisioningJobResult> Provisioning::existingJob(QString knownJobId)
{
    const TemplatesAndJob found = co_await templatesAndJob(knownJobId);
    co_return found.job;
}

QCoro::Task<ProvisioningJobResult> Provisioning::ensureJob(QString knownJobId)
{
    const TemplatesAndJob found = co_await templatesAndJob(knownJobId);
    ProvisioningJobResult result = found.job;
    if (result.ok() || !result.error.isEmpty())
        co_return result;
    const QString chosen = found.defaultTemplateId;
    if (chosen.isEmpty()) {
        result.error.what = tr("Microsoft Entra offers no provisioning template for this application.");
        result.error.why = tr("The enterprise application was not added from the Insightly SAML gallery "
                              "entry, or provisioning is not available in this cloud.");
        result.error.action = tr("Add the Insightly SAML application from the gallery (step 1), then try "
                                 "again.");
        result.error.code = QStringLiteral("provisioning.no-template");
        co_return result;
    }

    // Creating a job is not safe to repeat (Graph allows a second job from one template): when the answer
    // does not say whether it landed (no answer, 5xx), look — twice, a replication pause apart — before
    // posting once more; at most kMaximumCreatePosts posts.
    GraphResult lastAnswer;
    for (int attempt = 0; attempt < kMaximumCreatePosts && !result.ok(); ++attempt) {
        QJsonObject createBody;
        createBody.insert(QStringLiteral("templateId"), chosen);
        const GraphRequest create = syncRequest(
            GraphRequest::post(jobsPath(), createBody, RepeatSafety::NotSafeToRepeat), cancelToken());
        lastAnswer = co_await m_graph->send(create);
        if (lastAnswer.ok()) {
            result.jobId = lastAnswer.json.value(QStringLiteral("id")).toString();
            result.created = true;
            break;
        }
        if (lastAnswer.cancelled || !setupops::mayHaveLanded(lastAnswer)) {
            result.error = lastAnswer.userMessage();
            co_return result;
        }
        qCWarning(lcProvisioning) << "creating the job got" << lastAnswer.status
                                  << "; looking before trying again";
        for (int look = 0; look < 2 && !result.ok(); ++look) {
            if (look > 0 &&
                !co_await sleepUnlessCancelled(m_graph->retryPolicy().consistencyInitial, cancelToken())) {
                result.error = ErrorCatalog::cancelled();
                co_return result;
            }
            result = co_await findJob({}, found.templateIds);
            if (!result.error.isEmpty())
                co_return result;
        }
    }
    if (!result.ok()) {
        result.error = lastAnswer.status != 0
                           ? lastAnswer.userMessage()
                           : ErrorCatalog::forTransport({}, tr("no answer to creating the job"), true);
        co_return result;
    }
    qCInfo(lcProvisioning) << "created provisioning job" << result.jobId;
    // Poll until Graph can read the job (replication).
    GraphRequest get = syncRequest(GraphRequest::get(jobsPath() + u'/' + result.jobId), cancelToken());
    get.consistencyRetries |= ConsistencyRetry::NotFound;
    const GraphResult read = co_await m_graph->send(get);
    if (!read.ok())
        result.error = read.userMessage();
    else if (result.created && !ProvisioningStatus::fromJob(read.json).isQuarantined())
        m_createdJobId = result.jobId;
    co_return result;
}

QCoro::Task<CredentialTestResult> Provisioning::validateCredentials(QString jobId, QUrl baseAddress,
                                                                    QString secretToken)
{
    CredentialTestResult test;
    if (!m_graph) {
        test.reading = ErrorCatalog::cancelled();
        co_return test;
    }
    const QJsonObject body{{QStringLiteral("useSavedCredentials"), false},
                           {QStringLiteral("credentials"),
                            QJsonArray{secret(QStringLiteral("BaseAddress"), baseAddress.toString()),
                                       secret(QStringLiteral("SecretToken"), secretToken)}}};
    GraphRequest request = syncRequest(
        GraphRequest::post(jobsPath() + u'/' + jobId + QStringLiteral("/validateCredentials"), body,
                           RepeatSafety::SafeToRepeat), // a test changes nothing
        cancelToken());
    request.timeout = std::chrono::seconds(90); // Entra probes the SCIM endpoint before answering
    QElapsedTimer clock;
    clock.start();
    const GraphResult answer = co_await m_graph->send(request);
    test.elapsedMs = clock.elapsed();
    test.httpStatus = answer.status;
    test.requestId = answer.requestId;
    test.passed = answer.status == 204 || answer.status == 200;
    if (test.passed)
        co_return test;
    test.entraCode = answer.errorCode;
    test.entraMessage = answer.errorMessage;
    if (answer.status == 400 && !answer.errorCode.isEmpty() &&
        (answer.errorCode.contains(QLatin1String("CredentialValidation")) ||
         answer.errorCode.startsWith(QLatin1String("SystemForCrossDomainIdentityManagement"))))
        test.reading =
            GraphErrors::explainProvisioning(answer.errorCode, answer.errorMessage, answer.requestId);
    else
        test.reading = answer.userMessage();
    co_return test;
}

QCoro::Task<ProvisioningActionResult> Provisioning::saveCredentials(QUrl baseAddress, QString secretToken,
                                                                    QString notificationEmail)
{
    ProvisioningActionResult result;
    if (!m_graph) {
        result.error = ErrorCatalog::cancelled();
        co_return result;
    }
    const QJsonObject notifications{{QStringLiteral("Enabled"), !notificationEmail.isEmpty()},
                                    {QStringLiteral("Recipients"), notificationEmail},
                                    {QStringLiteral("DeleteThresholdEnabled"), true},
                                    {QStringLiteral("DeleteThresholdValue"), deleteThreshold}};
    const QJsonObject body{
        {QStringLiteral("value"),
         QJsonArray{secret(QStringLiteral("BaseAddress"), baseAddress.toString()),
                    secret(QStringLiteral("SecretToken"), secretToken),
                    secret(QStringLiteral("SyncNotificationSettings"),
                           QString::fromUtf8(QJsonDocument(notifications).toJson(QJsonDocument::Compact))),
                    // Only the users and groups assigned to the app (the recommended scope).
                    secret(QStringLiteral("SyncAll"), QStringLiteral("false"))}}};
    const GraphRequest request = syncRequest(
        GraphRequest::put(
            QStringLiteral("/servicePrincipals/%1/synchronization/secrets").arg(m_servicePrincipalId), body),
        cancelToken());
    const GraphResult answer = co_await m_graph->send(request);
    result.ok = answer.ok();
    if (!result.ok)
        result.error = answer.userMessage();
    co_return result;
}

QCoro::Task<ProvisioningActionResult> Provisioning::start(QString jobId)
{
    ProvisioningActionResult result;
    bool restart = false;
    if (jobId.isEmpty() || jobId != std::exchange(m_createdJobId, QString())) {
        const ProvisioningStatusResult before = co_await status(jobId);
        if (!before.ok) {
            result.error = before.error;
            co_return result;
        }
        restart = before.status.isQuarantined();
    }
    QString path = jobsPath() + u'/' + jobId + QStringLiteral("/start");
    QJsonObject body;
    if (restart) {
        path = jobsPath() + u'/' + jobId + QStringLiteral("/restart");
        body.insert(QStringLiteral("criteria"), QJsonObject{});
    }
    // Starting a started job changes nothing: safe to repeat.
    const GraphRequest request =
        syncRequest(GraphRequest::post(path, body, RepeatSafety::SafeToRepeat), cancelToken());
    const GraphResult answer = co_await m_graph->send(request);
    result.ok = answer.ok();
    if (!result.ok)
        result.error = answer.userMessage();
    co_return result;
}

QCoro::Task<ProvisioningStatusResult> Provisioning::status(QString jobId)
{
    ProvisioningStatusResult result;
    if (!m_graph) {
        result.error = ErrorCatalog::cancelled();
        co_return result;
    }
    const GraphRequest request = syncRequest(GraphRequest::get(jobsPath() + u'/' + jobId), cancelToken());
    const GraphResult answer = co_await m_graph->send(request);
    result.ok = answer.ok();
    if (result.ok)
        result.status = ProvisioningStatus::fromJob(answer.json);
    else
        result.error = answer.userMessage();
    co_return result;
}

} // namespace insightly::entra
