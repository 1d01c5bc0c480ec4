#pragma once

#include "entra/GraphTypes.h"
#include "entra/WritePacer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

class GraphClient;

struct ProvisioningStep {
    QString name;
    QString type; // provisioningStepType: import, scoping, matching, export…
    QString status;
    QString description;
};

// One user's answer from provisionOnDemand, from Entra's double-encoded stringKeyStringValuePair
// (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-provisionondemand).
struct OnDemandOutcome {
    QString principalId;
    QString result; // Success, Skipped or Failure (empty when no answer could be read)
    QString errorCode;
    QString errorMessage;
    QList<ProvisioningStep> steps;
    GraphResult http; // the HTTP answer, for errors and diagnostics

    bool succeeded() const { return result == QLatin1String("Success"); }
    // `key` and `value` are JSON documents inside JSON strings.
    static OnDemandOutcome fromAnswer(const QJsonObject &answer);
};

// Provision on demand
// (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-provisionondemand): finds the
// job's user rule (source = the Entra directory, objectMappings with a User source object) and provisions
// chosen users one call at a time, at most 5 calls per 10 s.
class ProvisionOnDemand : public QObject
{
    Q_OBJECT
public:
    ProvisionOnDemand(GraphClient *graph, const QString &servicePrincipalId, const QString &jobId = {},
                      QObject *parent = nullptr);
    ~ProvisionOnDemand() override;

    // Reads the job id (first job, when none was given) and the user rule id from the job's schema.
    QCoro::Task<GraphResult> prepare();
    QString jobId() const { return m_jobId; }
    QString ruleId() const { return m_ruleId; }
    static QString userRuleId(const QJsonObject &schema);

    // Provisions each user in turn; `userProvisioned` fires per user as it answers.
    QCoro::Task<QList<OnDemandOutcome>> provision(QStringList userIds);
    void cancel();

Q_SIGNALS:
    void userProvisioned(const insightly::entra::OnDemandOutcome &outcome);

private:
    QString jobPath() const;

    QPointer<GraphClient> m_graph;
    QString m_servicePrincipalId;
    QString m_jobId;
    QString m_ruleId;
    WritePacer m_pacer{5, std::chrono::seconds(10)}; // Graph: 5 provisionOnDemand calls per 10 s
    QPointer<CancelToken> m_cancel;
};

} // namespace insightly::entra
