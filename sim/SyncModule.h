#pragma once

#include "AppsState.h"
#include "ProvisioningEngine.h"
#include "SimServer.h"
#include "SyncOnDemand.h"

namespace sim {

// What every synchronization handler needs: the service principal and the templates it offers.
struct SyncContext {
    ServicePrincipalObject *sp = nullptr;
    QString spId;
    QVector<QJsonObject> templates;

    QJsonObject templateById(const QString &id) const; // empty when the service principal offers none such
};

// The synchronization (provisioning) API of simulated Graph. Handlers in SyncModule.cpp; provisionOnDemand in
// SyncOnDemand.
class SyncModule : public SimModule
{
public:
    explicit SyncModule(SimServer &server)
        : SimModule(server)
        , m_engine(server)
        , m_onDemand(server, m_engine)
    {
    }
    void registerRoutes() override;
    void start() override { m_engine.start(); }

private:
    using SyncHandler = Response (SyncModule::*)(const Request &request, const SyncContext &context);

    // Checks the caller and the service principal; during the first replication period after the SP was
    // created the synchronization service does not know it yet and answers 403 (409 for job creation), as
    // Terraform sees.
    bool context(const Request &request, SyncContext *out, Response *failure, bool creatingJob = false);
    QJsonObject *job(const SyncContext &context, const QString &jobId);
    QString contextUrl(const Request &request, const QString &suffix) const;

    Response getSynchronization(const Request &request, const SyncContext &context);
    Response listTemplates(const Request &request, const SyncContext &context);
    Response getTemplate(const Request &request, const SyncContext &context);
    Response listJobs(const Request &request, const SyncContext &context);
    Response createJob(const Request &request, const SyncContext &context);
    Response getJob(const Request &request, const SyncContext &context);
    Response deleteJob(const Request &request, const SyncContext &context);
    Response getSchema(const Request &request, const SyncContext &context);
    Response jobAction(const Request &request, const SyncContext &context);
    Response validateCredentials(const Request &request, const SyncContext &context);
    Response putSecrets(const Request &request, const SyncContext &context);
    QJsonArray maskedSecrets(const QString &spId) const;

    sync::ProvisioningEngine m_engine;
    SyncOnDemand m_onDemand;
};

} // namespace sim
