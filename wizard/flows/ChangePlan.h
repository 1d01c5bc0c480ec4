#pragma once

#include "core/AuditJournal.h"
#include "entra/SetupOperation.h"
#include "flows/PlannedChange.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <qcorotask.h>

namespace insightly {

// Reads the tenant with GETs only (the look-ups the step operations and the status report use) and says what
// each step would write: Step 1 (the app from the gallery), Step 2 (SAML mode, Identifier and Reply URL, the
// signing certificate and its activation, the admin's assignment for the sign-in test, Insightly's side),
// Step 3 (the provisioning job, Test Connection, the credentials, start), Step 4 (the queued assignments) —
// or a re-run's writes (certificate rotation, SCIM token rotation). Changes nothing, SetupState included.
class ChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)

public:
    enum class Scope { Setup, CertificateRotation, ScimTokenRotation };
    struct Inputs {
        Scope scope = Scope::Setup;
        QUrl signInPageUrl;             // Insightly's Sign-in page URL (else SetupState's)
        QUrl scimEndpoint;              // Insightly's SCIM endpoint when known (else SetupState's)
        QString adminUserId;            // the signed-in admin (assigned for the sign-in test)
        QStringList notificationEmails; // who is told before the certificate expires (empty = keep)
    };

    static QCoro::Task<ChangePlanResult> read(entra::OperationContext context, Inputs inputs);

    // One line for a collapsed panel: "3 changes: create …, update …" (Insightly's side counted too).
    static QString summary(const QList<PlannedChange> &changes);
    // Whether a Graph path matches a planned path (each `{…}` stands for one path segment).
    static bool pathMatches(const QString &planned, const QString &path);
    // Empty when the Graph writes of `writes` are exactly the planned Graph requests (method + path, each
    // planned request seen, no write unplanned); else what differed, in words.
    static QString difference(const QList<PlannedChange> &planned, const QList<AuditEntry> &writes);
    // The journal entry "matched the plan" / "differed from the plan: …" for a step that showed a plan.
    static AuditEntry outcomeEntry(const QList<PlannedChange> &planned, const QList<AuditEntry> &writes);
};

} // namespace insightly
