#pragma once

#include "core/UserMessage.h"
#include "entra/GalleryLookup.h"
#include "entra/ProvisioningStatus.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

class CancelToken;
class GraphClient;

// SAML mode of the service principal and the application's Identifier and Reply URL, as Graph has them.
struct SamlSettingsReading {
    UserMessage error;
    QString singleSignOnMode;   // servicePrincipal.preferredSingleSignOnMode
    QStringList identifierUris; // application.identifierUris
    QStringList redirectUris;   // application.web.redirectUris
};

// The app's provisioning job, if it has one, and its status.
struct ProvisioningReading {
    UserMessage error;
    bool hasJob = false;
    ProvisioningStatus status;
};

// Who is assigned to the app, by principal type.
struct AssignmentCount {
    UserMessage error;
    int users = 0;
    int groups = 0;
    int others = 0; // service principals
};

// Read-only Graph lookups for the status report, beyond what the step operations read. They send GETs only
// (with the cancel token and the admin-is-waiting priority) and hold no pointer besides their arguments.
class SetupReadings
{
public:
    static QCoro::Task<SamlSettingsReading>
    samlSettings(QPointer<GraphClient> graph, InsightlyApplication app, QPointer<CancelToken> cancel);
    // SetupState's job if the app still has it, else the job of one of the app's templates (never creates).
    static QCoro::Task<ProvisioningReading> provisioning(QPointer<GraphClient> graph,
                                                         QString servicePrincipalId, QString knownJobId,
                                                         QPointer<CancelToken> cancel);
    // Pages of up to 999 with only principalType: a few requests for thousands of assignments.
    static QCoro::Task<AssignmentCount>
    assignmentCount(QPointer<GraphClient> graph, QString servicePrincipalId, QPointer<CancelToken> cancel);
};

} // namespace insightly::entra
