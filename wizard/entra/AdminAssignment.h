#pragma once

#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QString>
#include <qcorotask.h>

namespace insightly::entra {

struct AdminAssignmentResult : OperationFailure {
    bool alreadyAssigned = false; // nothing was written
    QString appRoleId;            // the "User" role, or Default Access (all zeros)
    QString assignmentId;         // empty when Graph answered "already exists" without the object
    bool ok() const { return !failed(); }
};

// Assigns one user (the signed-in admin, for the sign-in test) to SetupState's service principal
// (https://learn.microsoft.com/graph/api/serviceprincipal-post-approleassignedto): GET …/appRoleAssignedTo
// and look for the user; else POST with the app role named "User" (enabled, allowed for users), or Default
// Access 00000000-0000-0000-0000-000000000000 when the app has none. A duplicate answer counts as done; 404 /
// "Not a valid reference update" right after creation are waited out (ConsistencyRetry).
class AdminAssignment
{
    Q_DECLARE_TR_FUNCTIONS(AdminAssignment)

public:
    static inline const QString kDefaultAccessRoleId = QStringLiteral("00000000-0000-0000-0000-000000000000");

    static QCoro::Task<AdminAssignmentResult> ensureAssigned(OperationContext context, QString userId);
};

} // namespace insightly::entra
