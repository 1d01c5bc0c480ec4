#pragma once

#include "core/UserMessage.h"
#include "entra/ProvisioningStatus.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <qcorotask.h>

namespace insightly::entra {

class CancelToken;
class GraphClient;

struct ProvisioningJobResult {
    QString jobId; // empty on failure
    bool created = false;
    UserMessage error;

    bool ok() const { return !jobId.isEmpty(); }
};

// Entra's Test Connection (validateCredentials): its answer verbatim and our reading of it.
struct CredentialTestResult {
    bool passed = false;
    int httpStatus = 0;   // 204 = passed; 0 = no answer
    QString entraCode;    // error.code as Graph sent it
    QString entraMessage; // error.message verbatim (never contains the token: Entra doesn't echo it)
    QString requestId;
    UserMessage reading; // empty when passed
    qint64 elapsedMs = 0;
};

struct ProvisioningActionResult {
    bool ok = false;
    UserMessage error;
};

struct ProvisioningStatusResult {
    bool ok = false;
    ProvisioningStatus status;
    UserMessage error;
};

// The provisioning (synchronization) job of the Insightly SAML enterprise application
// (https://learn.microsoft.com/graph/application-provisioning-configure-api): make sure the job exists, Test
// Connection, save the credentials, start, and read the status. Holds no widgets and no state beyond the
// service principal and the status of a job it created a moment ago; the caller keeps the job id in
// SetupState.
class Provisioning : public QObject
{
    Q_OBJECT
public:
    Provisioning(GraphClient *graph, QString servicePrincipalId, QObject *parent = nullptr);
    ~Provisioning() override;

    // Reuses `knownJobId` or an existing job of this app's synchronization template; else creates one from
    // the template Entra offers for the app, and waits until Graph can read it.
    QCoro::Task<ProvisioningJobResult> ensureJob(QString knownJobId = {});
    // Read-only (the status report): `knownJobId` if the app still has it, else the job of one of the app's
    // synchronization templates; an empty jobId (and no error) when there is none. Creates nothing.
    QCoro::Task<ProvisioningJobResult> existingJob(QString knownJobId = {});
    // Test Connection with the values typed in (not the saved ones).
    QCoro::Task<CredentialTestResult> validateCredentials(QString jobId, QUrl baseAddress,
                                                          QString secretToken);
    // Saves Tenant URL, Secret Token, notification e-mail + delete threshold, and "only assigned users".
    QCoro::Task<ProvisioningActionResult> saveCredentials(QUrl baseAddress, QString secretToken,
                                                          QString notificationEmail);
    // Starts the job; a quarantined job is restarted instead (a plain start leaves a quarantine in place). A
    // job this object created and read back has never run, so it cannot be quarantined: it is started without
    // reading its status first.
    QCoro::Task<ProvisioningActionResult> start(QString jobId);
    QCoro::Task<ProvisioningStatusResult> status(QString jobId);

    // Aborts every request this object has in flight; later calls run normally.
    void cancel();

    static constexpr int deleteThreshold = 500;

private:
    QString jobsPath() const;
    // The app's jobs (every page). On failure `error` is set.
    struct SyncJobs {
        QJsonArray jobs;
        UserMessage error;
    };
    QCoro::Task<SyncJobs> listJobs();
    // `knownJobId` if listed, else the first job made from one of `templateIds`; empty when none.
    static QString matchingJob(const QJsonArray &jobs, const QString &knownJobId,
                               const QStringList &templateIds);
    QCoro::Task<ProvisioningJobResult> findJob(QString knownJobId, QStringList templateIds);
    // Templates and jobs listed together (one round trip), then matched.
    struct TemplatesAndJob {
        QString defaultTemplateId;
        QStringList templateIds;
        ProvisioningJobResult job;
    };
    QCoro::Task<TemplatesAndJob> templatesAndJob(QString knownJobId);
    // The synchronization templates Entra offers for this app: their ids name the jobs that belong to it.
    struct SyncTemplates {
        QStringList ids;
        QString defaultId; // the one Entra marks default (the gallery app's own), else the first
        UserMessage error; // not signed in, or the listing failed
    };
    QCoro::Task<SyncTemplates> listTemplates();
    QPointer<CancelToken> cancelToken();

    QPointer<GraphClient> m_graph;
    QString m_servicePrincipalId;
    QPointer<CancelToken> m_cancel;
    QString m_createdJobId; // created and read back by ensureJob(), not started yet
};

} // namespace insightly::entra
