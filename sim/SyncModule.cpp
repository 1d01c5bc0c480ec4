// The synchronization (provisioning) API of simulated Graph under /servicePrincipals/{id}/synchronization:
// templates, jobs, schema, secrets, Test Connection (validateCredentials), start/pause/restart and
// provisionOnDemand (SyncOnDemand), backed by ProvisioningEngine. Secrets are written (PUT) and shown masked
// in GET …/synchronization, as Graph v1.0 describes; there is no GET …/secrets (tests read the stored values
// from GET /_sim/state).
#include "SyncModule.h"

#include "AppsGraph.h"
#include "SyncTemplates.h"

#include <QJsonArray>

namespace sim {

using namespace apps;
using namespace sync;

namespace {

QJsonObject jobView(QJsonObject job)
{
    for (const QString &key : job.keys())
        if (key.startsWith(u'_') || key == QLatin1String("servicePrincipalId"))
            job.remove(key);
    return job;
}

} // namespace

void SyncModule::registerRoutes()
{
    // Each route resolves its context (caller, service principal, templates) before its handler runs.
    auto bind = [this](SyncHandler handler, bool creatingJob = false) {
        return [this, handler, creatingJob](const Request &request) {
            SyncContext c;
            Response failure;
            if (!context(request, &c, &failure, creatingJob))
                return failure;
            return (this->*handler)(request, c);
        };
    };
    const QString base = QStringLiteral("/v1.0/servicePrincipals/([^/]+)/synchronization");
    const QString action = QStringLiteral("/(?:microsoft\\.graph\\.)?");
    m_server.route("GET", base, bind(&SyncModule::getSynchronization));
    m_server.route("GET", base + QStringLiteral("/templates"), bind(&SyncModule::listTemplates));
    m_server.route("GET", base + QStringLiteral("/templates/([^/]+)"), bind(&SyncModule::getTemplate));
    m_server.route("GET", base + QStringLiteral("/jobs"), bind(&SyncModule::listJobs));
    m_server.route("POST", base + QStringLiteral("/jobs"), bind(&SyncModule::createJob, true));
    m_server.route("POST", base + QStringLiteral("/jobs") + action + QStringLiteral("(validateCredentials)"),
                   bind(&SyncModule::jobAction));
    m_server.route("GET", base + QStringLiteral("/jobs/([^/]+)"), bind(&SyncModule::getJob));
    m_server.route("DELETE", base + QStringLiteral("/jobs/([^/]+)"), bind(&SyncModule::deleteJob));
    m_server.route("GET", base + QStringLiteral("/jobs/([^/]+)/schema"), bind(&SyncModule::getSchema));
    m_server.route("POST",
                   base + QStringLiteral("/jobs/([^/]+)") + action +
                       QStringLiteral("(start|pause|restart|validateCredentials|provisionOnDemand)"),
                   bind(&SyncModule::jobAction));
    m_server.route("PUT", base + QStringLiteral("/secrets"), bind(&SyncModule::putSecrets));
}

bool SyncModule::context(const Request &request, SyncContext *out, Response *failure, bool creatingJob)
{
    // The synchronization APIs need Application Administrator or Cloud Application Administrator
    // (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-post).
    out->sp = requestedServicePrincipal(m_server, request, true, failure);
    if (!out->sp)
        return false;
    out->spId = out->sp->json.value(QStringLiteral("id")).toString();
    const qint64 age = m_server.nowMs() - out->sp->createdAtMs;
    if (age < 2LL * m_server.options().replicationDelayMs) {
        *failure =
            creatingJob
                ? m_server.graphError(409, QStringLiteral("Conflict"),
                                      QStringLiteral("The service principal is not yet available to the "
                                                     "synchronization service. Please retry."),
                                      request)
                : m_server.accessDenied(request);
        return false;
    }
    out->templates = templatesFor(out->sp->json.value(QStringLiteral("applicationTemplateId")).toString(),
                                  out->sp->json.value(QStringLiteral("appId")).toString());
    return true;
}

QJsonObject *SyncModule::job(const SyncContext &context, const QString &jobId)
{
    QJsonObject *found = jobById(m_server, jobId);
    return found && found->value(QStringLiteral("servicePrincipalId")).toString() == context.spId ? found
                                                                                                  : nullptr;
}

QJsonObject SyncContext::templateById(const QString &id) const
{
    for (const QJsonObject &t : templates)
        if (t.value(QStringLiteral("id")).toString() == id)
            return t;
    return {};
}

QString SyncModule::contextUrl(const Request &request, const QString &suffix) const
{
    return odataContext(
        request,
        QStringLiteral("servicePrincipals('%1')/synchronization%2").arg(request.captures.value(0), suffix));
}

QJsonArray SyncModule::maskedSecrets(const QString &spId) const
{
    QJsonArray value;
    const QJsonObject secrets = m_server.world().apps.synchronizationSecrets.value(spId);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        value.append(
            QJsonObject{{QStringLiteral("key"), it.key()},
                        {QStringLiteral("value"),
                         isSensitiveSecretKey(it.key()) ? QStringLiteral("*") : it.value().toString()}});
    return value;
}

Response SyncModule::getSynchronization(const Request &request, const SyncContext &c)
{
    return Response::json(
        200, QJsonObject{{QStringLiteral("@odata.context"), contextUrl(request, QStringLiteral("/$entity"))},
                         {QStringLiteral("id"), c.spId},
                         {QStringLiteral("secrets"), maskedSecrets(c.spId)}});
}

Response SyncModule::listTemplates(const Request &request, const SyncContext &c)
{
    QJsonArray value;
    for (const QJsonObject &t : c.templates)
        value.append(t);
    return Response::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                            contextUrl(request, QStringLiteral("/templates"))},
                                           {QStringLiteral("value"), value}});
}

Response SyncModule::getTemplate(const Request &request, const SyncContext &c)
{
    QJsonObject t = c.templateById(request.captures.value(1));
    if (t.isEmpty())
        return resourceNotFound(m_server, request, request.captures.value(1));
    t.insert(QStringLiteral("@odata.context"), contextUrl(request, QStringLiteral("/templates/$entity")));
    return Response::json(200, t);
}

Response SyncModule::listJobs(const Request &request, const SyncContext &c)
{
    QJsonArray value;
    for (const QJsonObject &j : m_server.world().apps.synchronizationJobs)
        if (j.value(QStringLiteral("servicePrincipalId")).toString() == c.spId)
            value.append(jobView(j));
    return Response::json(
        200, QJsonObject{{QStringLiteral("@odata.context"), contextUrl(request, QStringLiteral("/jobs"))},
                         {QStringLiteral("value"), value}});
}

Response SyncModule::createJob(const Request &request, const SyncContext &c)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("templateId") && !it.key().startsWith(QLatin1String("@odata.")))
            return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
    const QString templateId = body.value(QStringLiteral("templateId")).toString();
    const QJsonObject t = c.templateById(templateId);
    if (t.isEmpty())
        return badRequest(
            m_server, request,
            QStringLiteral("The template '%1' was not found for this service principal.").arg(templateId));
    // Graph allows a second job from the same template; avoiding duplicates is the client's business.
    QJsonObject created = newJob(m_server, t, ProvisioningEngine::savedTarget(m_server, c.spId).isComplete());
    created.insert(QStringLiteral("servicePrincipalId"), c.spId);
    m_server.world().apps.synchronizationJobs.append(created);
    m_server.saveState();
    QJsonObject answer = jobView(created);
    answer.insert(QStringLiteral("@odata.context"), contextUrl(request, QStringLiteral("/jobs/$entity")));
    return Response::json(201, answer);
}

Response SyncModule::getJob(const Request &request, const SyncContext &c)
{
    const QJsonObject *j = job(c, request.captures.value(1));
    if (!j)
        return resourceNotFound(m_server, request, request.captures.value(1));
    QJsonObject answer = jobView(*j);
    answer.insert(QStringLiteral("@odata.context"), contextUrl(request, QStringLiteral("/jobs/$entity")));
    return Response::json(200, answer);
}

Response SyncModule::deleteJob(const Request &request, const SyncContext &c)
{
    if (!job(c, request.captures.value(1)))
        return resourceNotFound(m_server, request, request.captures.value(1));
    QVector<QJsonObject> &jobs = m_server.world().apps.synchronizationJobs;
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                              [&](const QJsonObject &j) {
                                  return j.value(QStringLiteral("id")).toString() ==
                                         request.captures.value(1);
                              }),
               jobs.end());
    m_server.saveState();
    return Response::noContent();
}

Response SyncModule::getSchema(const Request &request, const SyncContext &c)
{
    const QJsonObject *j = job(c, request.captures.value(1));
    if (!j)
        return resourceNotFound(m_server, request, request.captures.value(1));
    QJsonObject schema = c.templateById(j->value(QStringLiteral("templateId")).toString())
                             .value(QStringLiteral("schema"))
                             .toObject();
    schema.insert(
        QStringLiteral("@odata.context"),
        contextUrl(request, QStringLiteral("/jobs('%1')/schema/$entity").arg(request.captures.value(1))));
    return Response::json(200, schema);
}

Response SyncModule::jobAction(const Request &request, const SyncContext &c)
{
    const bool onCollection = request.captures.size() == 2;
    const QString action = request.captures.constLast();
    if (onCollection)
        return validateCredentials(request, c);
    const QString jobId = request.captures.value(1);
    QJsonObject *j = job(c, jobId);
    if (!j)
        return resourceNotFound(m_server, request, jobId);
    if (action == QLatin1String("validateCredentials"))
        return validateCredentials(request, c);
    if (action == QLatin1String("provisionOnDemand"))
        return m_onDemand.provisionOnDemand(request, c, jobId);

    QJsonObject schedule = j->value(QStringLiteral("schedule")).toObject();
    QJsonObject status = j->value(QStringLiteral("status")).toObject();
    const bool configured = ProvisioningEngine::savedTarget(m_server, c.spId).isComplete();
    if (action == QLatin1String("pause")) {
        schedule.insert(QStringLiteral("state"), QStringLiteral("Paused"));
        status.insert(QStringLiteral("code"), QStringLiteral("Paused"));
    } else {
        if (action == QLatin1String("restart")) {
            // Restart clears a quarantine and the failure count (Entra's "Restart provisioning").
            status.insert(QStringLiteral("quarantine"), QJsonValue());
            status.insert(QStringLiteral("countSuccessiveCompleteFailures"), 0);
            const QString scope = request.jsonBody()
                                      .value(QStringLiteral("criteria"))
                                      .toObject()
                                      .value(QStringLiteral("resetScope"))
                                      .toString();
            if (scope.contains(QLatin1String("Full")) || scope.contains(QLatin1String("Watermark")))
                j->remove(QStringLiteral("_provisioned"));
        }
        schedule.insert(QStringLiteral("state"), QStringLiteral("Active"));
        // start leaves a quarantine in place; restart (above) has lifted it.
        if (action == QLatin1String("restart") ||
            status.value(QStringLiteral("code")).toString() != QLatin1String("Quarantine"))
            status.insert(QStringLiteral("code"),
                          configured ? QStringLiteral("Active") : QStringLiteral("NotConfigured"));
    }
    j->insert(QStringLiteral("schedule"), schedule);
    j->insert(QStringLiteral("status"), status);
    m_server.saveState();
    if (action != QLatin1String("pause"))
        m_engine.runSoon(jobId);
    return Response::noContent();
}

Response SyncModule::validateCredentials(const Request &request, const SyncContext &c)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    static const QStringList accepted{QStringLiteral("applicationIdentifier"), QStringLiteral("templateId"),
                                      QStringLiteral("useSavedCredentials"), QStringLiteral("credentials")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!accepted.contains(it.key()))
            return badRequest(m_server, request, QStringLiteral("Invalid property '%1'.").arg(it.key()));
    ScimTarget target;
    if (body.value(QStringLiteral("useSavedCredentials")).toBool()) {
        target = ProvisioningEngine::savedTarget(m_server, c.spId);
    } else {
        for (const QJsonValue &v : body.value(QStringLiteral("credentials")).toArray()) {
            const QString key = v.toObject().value(QStringLiteral("key")).toString();
            if (!isKnownSecretKey(key))
                return m_server.graphError(400, QStringLiteral("BadRequest"),
                                           QStringLiteral("Requested value '%1' was not found.").arg(key),
                                           request);
            if (key == QLatin1String("BaseAddress"))
                target.baseAddress = v.toObject().value(QStringLiteral("value")).toString().trimmed();
            else if (key == QLatin1String("SecretToken"))
                target.secretToken = v.toObject().value(QStringLiteral("value")).toString();
        }
    }
    if (!target.isComplete())
        return badRequest(m_server, request,
                          QStringLiteral("The credentials must include a BaseAddress (Tenant URL) and a "
                                         "SecretToken."));
    if (request.viaBatch)
        return badRequest(m_server, request,
                          QStringLiteral("The simulator cannot run validateCredentials inside $batch."));
    Response deferred;
    deferred.deferred = [this, target, request](std::function<void(Response)> answer) {
        m_engine.probe(target, [this, answer, request](const ProbeResult &result) {
            answer(result.code.isEmpty() ? Response::noContent()
                                         : m_server.graphError(400, result.code, result.message, request));
        });
    };
    return deferred;
}

Response SyncModule::putSecrets(const Request &request, const SyncContext &c)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok || !body.value(QStringLiteral("value")).isArray())
        return badRequest(m_server, request,
                          QStringLiteral("The request must carry a 'value' array of key/value pairs."));
    QJsonObject secrets = m_server.world().apps.synchronizationSecrets.value(c.spId);
    for (const QJsonValue &v : body.value(QStringLiteral("value")).toArray()) {
        const QJsonObject pair = v.toObject();
        const QString key = pair.value(QStringLiteral("key")).toString();
        if (!isKnownSecretKey(key))
            return m_server.graphError(400, QStringLiteral("BadRequest"),
                                       QStringLiteral("Requested value '%1' was not found.").arg(key),
                                       request);
        if (!pair.value(QStringLiteral("value")).isString())
            return badRequest(m_server, request,
                              QStringLiteral("The value of secret '%1' must be a string.").arg(key));
        const QString value = pair.value(QStringLiteral("value")).toString();
        // An empty value removes the secret (what Terraform's delete sends).
        if (value.isEmpty())
            secrets.remove(key);
        else
            secrets.insert(key, value);
    }
    m_server.world().apps.synchronizationSecrets.insert(c.spId, secrets);
    const bool configured = ProvisioningEngine::savedTarget(m_server, c.spId).isComplete();
    for (QJsonObject &j : m_server.world().apps.synchronizationJobs) {
        if (j.value(QStringLiteral("servicePrincipalId")).toString() != c.spId)
            continue;
        QJsonObject status = j.value(QStringLiteral("status")).toObject();
        const QString code = status.value(QStringLiteral("code")).toString();
        const bool started =
            j.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString() ==
            QLatin1String("Active");
        if (configured && code == QLatin1String("NotConfigured"))
            status.insert(QStringLiteral("code"),
                          started ? QStringLiteral("Active") : QStringLiteral("NotRun"));
        else if (!configured && code != QLatin1String("Quarantine"))
            status.insert(QStringLiteral("code"), QStringLiteral("NotConfigured"));
        j.insert(QStringLiteral("status"), status);
    }
    m_server.saveState();
    return Response::noContent();
}

std::unique_ptr<SimModule> createSyncModule(SimServer &server)
{
    return std::make_unique<SyncModule>(server);
}

} // namespace sim
