#include "entra/ProvisioningStatus.h"

#include "entra/GraphErrors.h"

#include <QJsonArray>

namespace insightly::entra {

namespace {

UserMessage errorOf(const QJsonObject &error)
{
    const QString code = error.value(QStringLiteral("code")).toString();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (code.isEmpty() && message.isEmpty())
        return {};
    return GraphErrors::explainProvisioning(code, message);
}

} // namespace

QDateTime ProvisioningStatus::graphTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Graph's synchronizationTaskExecutionResult: Succeeded, Failed, EntryLevelErrors
// (https://learn.microsoft.com/graph/api/resources/synchronization-synchronizationtaskexecution).
QString ProvisioningStatus::lastCycleResultText() const
{
    if (lastExecutionState == QLatin1String("Succeeded"))
        return tr("Succeeded");
    if (lastExecutionState == QLatin1String("Failed"))
        return tr("Failed");
    if (lastExecutionState == QLatin1String("EntryLevelErrors"))
        return tr("Finished with errors for some users or groups");
    return lastExecutionState;
}

ProvisioningStatus ProvisioningStatus::fromJob(const QJsonObject &job)
{
    ProvisioningStatus s;
    s.jobId = job.value(QStringLiteral("id")).toString();
    s.scheduleState =
        job.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString();
    const QJsonObject status = job.value(QStringLiteral("status")).toObject();
    s.code = status.value(QStringLiteral("code")).toString();

    const QJsonObject last = status.value(QStringLiteral("lastExecution")).toObject();
    s.lastExecutionState = last.value(QStringLiteral("state")).toString();
    s.lastExecutionEnded = graphTime(last.value(QStringLiteral("timeEnded")));
    s.countEntitled = last.value(QStringLiteral("countEntitled")).toInt();
    s.countExported = last.value(QStringLiteral("countExported")).toInt();
    s.countEscrowed = last.value(QStringLiteral("countEscrowed")).toInt();
    s.lastCycleError = errorOf(last.value(QStringLiteral("error")).toObject());
    s.lastSuccessfulExecutionEnded = graphTime(status.value(QStringLiteral("lastSuccessfulExecution"))
                                                   .toObject()
                                                   .value(QStringLiteral("timeEnded")));
    s.steadyStateLastAchieved = graphTime(status.value(QStringLiteral("steadyStateLastAchievedTime")));
    for (const QJsonValue &pair : status.value(QStringLiteral("synchronizedEntryCountByType")).toArray())
        if (pair.toObject().value(QStringLiteral("key")).toString().startsWith(QLatin1String("User")))
            s.synchronizedUsers += pair.toObject().value(QStringLiteral("value")).toInt();

    const QJsonObject quarantine = status.value(QStringLiteral("quarantine")).toObject();
    if (s.isQuarantined() || !quarantine.isEmpty()) {
        s.quarantineReason = quarantine.value(QStringLiteral("reason")).toString();
        const QJsonObject error = quarantine.value(QStringLiteral("error")).toObject();
        s.quarantine = quarantineMessage(s.quarantineReason, error.value(QStringLiteral("code")).toString(),
                                         error.value(QStringLiteral("message")).toString());
    }
    return s;
}

UserMessage ProvisioningStatus::quarantineMessage(const QString &reason, const QString &errorCode,
                                                  const QString &errorMessage)
{
    UserMessage m;
    m.code = reason;
    m.details = errorMessage;
    if (reason == QLatin1String("TooManyDeletes")) {
        m.what = tr("Provisioning stopped before disabling more users in Insightly than your safety limit "
                    "allows.");
        m.why = tr("More users left the app's assignments in one cycle than the delete threshold.");
        m.action = tr("Check the assignments. If the removals are intended, allow them and restart "
                      "provisioning; if not, fix the assignments and restart.");
        return m;
    }
    if (reason.startsWith(QLatin1String("Encountered")) && reason.contains(QLatin1String("Escrow"))) {
        m.what = tr("Provisioning is paused because too many users failed.");
        m.why = tr("Microsoft stops a job when a large share of its operations fail.");
        m.action = tr("Open the provisioning logs, fix the most common error, then restart provisioning.");
        return m;
    }
    if (reason == QLatin1String("QuarantinedOnDemand")) {
        m.what = tr("Microsoft paused this provisioning job.");
        m.why = tr("Microsoft detected a problem and quarantined the job.");
        m.action = tr("Open a support request with Microsoft, quoting the job ID.");
        return m;
    }
    if (reason == QLatin1String("EncounteredQuarantineException")) {
        // Usually Insightly refused the token: the error tells which.
        const UserMessage cause = GraphErrors::explainProvisioning(errorCode, errorMessage);
        m.what =
            tr("Provisioning to Insightly is paused (quarantine): Microsoft can't sign in to Insightly's "
               "SCIM endpoint.");
        m.why = cause.isEmpty() ? tr("The Secret Token was regenerated or has expired, or the SCIM URL "
                                     "changed.")
                                : cause.what + u' ' + cause.why;
        m.action = tr("In Insightly, copy the current SCIM token (and endpoint), paste the new token here, "
                      "test the connection, and save: the wizard then restarts provisioning.");
        m.code = errorCode.isEmpty() ? reason : errorCode;
        return m;
    }
    m.what = tr("Provisioning is paused for a reason Microsoft doesn't explain (%1).").arg(reason);
    m.why = errorMessage;
    m.action = tr("Check the provisioning logs; if nothing stands out, restart provisioning or contact "
                  "Microsoft support.");
    return m;
}

} // namespace insightly::entra
