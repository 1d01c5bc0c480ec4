#pragma once

#include "core/UserMessage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

class GraphClient;

// Who signed in, read back from Graph after sign-in.
struct SignedInIdentity {
    QString tenantId;
    QString tenantName;
    QString defaultDomain;
    QString userId;
    QString userPrincipalName;
    QString displayName;
    QStringList directoryRoles;   // display names of the admin's directory roles
    QStringList grantedScopes;    // delegated Graph scopes of the access token (short names)
};

// One row of the table the sign-in page shows before anything is changed: a role or a permission, ✓ or ✗,
// and for ✗ what to do.
struct PreflightRow {
    QString id;             // "role", "scope:Application.ReadWrite.All", …
    QString title;          // what is checked, in words
    bool passed = false;
    QString seen;           // what was found
    UserMessage fix;        // for a failed row: cause and action
    bool blocking = true;   // a failed blocking row stops the wizard here
};

struct PreflightReport {
    SignedInIdentity identity;
    QList<PreflightRow> rows;
    UserMessage error;      // Graph could not be read at all
    bool passed() const;    // no error and every blocking row passed
};

// The roles that may run every step
// (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference): any one of
// them.
QStringList acceptedAdminRoles();
// The delegated scopes the steps need, each with the step that needs it
// (https://learn.microsoft.com/graph/permissions-reference): the least-privileged
// ones the sign-in asks for (wizardScopes()); a broader granted scope covers a narrower one.
QList<QPair<QString, QString>> requiredScopes();

// Reads /organization, /me and /me/memberOf, and compares the token's scopes (`grantedScope`: the token
// response's space-separated `scope`) with what the steps need. Never changes anything.
QCoro::Task<PreflightReport> runPreflight(GraphClient &graph, QString grantedScope, QString adminConsentUrl);

} // namespace insightly::entra
