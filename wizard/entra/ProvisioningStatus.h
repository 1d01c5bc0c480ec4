#pragma once

#include "core/UserMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace insightly::entra {

// What the admin sees of a provisioning job (synchronizationJob.status:
// https://learn.microsoft.com/graph/api/resources/synchronization-synchronizationstatus): its state, the last
// cycle, the counts, whether it reached a steady state, and a quarantine with its reason and the fix.
struct ProvisioningStatus {
    Q_DECLARE_TR_FUNCTIONS(ProvisioningStatus)

public:
    QString jobId;
    QString code;               // NotConfigured | NotRun | Active | Paused | Quarantine
    QString scheduleState;      // Active | Disabled | Paused
    QString lastExecutionState; // Succeeded | Failed | EntryLevelErrors; empty = no cycle yet
    QDateTime lastExecutionEnded;
    QDateTime lastSuccessfulExecutionEnded;
    int countEntitled = 0;
    int countExported = 0;
    int countEscrowed = 0; // failed entries of the last cycle
    int synchronizedUsers = 0;
    QDateTime steadyStateLastAchieved; // invalid = never (Graph's 0001-01-01)
    UserMessage lastCycleError;        // the last cycle's error, if it had one
    QString quarantineReason;          // empty unless quarantined
    UserMessage quarantine;            // why provisioning is paused and how to fix it

    bool isQuarantined() const { return code == QLatin1String("Quarantine"); }
    bool isRunning() const { return scheduleState == QLatin1String("Active"); }
    // lastExecutionState in words of the admin's language (a value Graph adds later: as Graph sends it).
    QString lastCycleResultText() const;

    static ProvisioningStatus fromJob(const QJsonObject &job);
    // Graph's DateTimeOffset; the 0001-01-01 placeholder and null give an invalid QDateTime.
    static QDateTime graphTime(const QJsonValue &value);
    // The admin-facing explanation of a quarantine reason
    // (https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-quarantine-status),
    // with the error Entra recorded.
    static UserMessage quarantineMessage(const QString &reason, const QString &errorCode,
                                         const QString &errorMessage);
};

} // namespace insightly::entra
