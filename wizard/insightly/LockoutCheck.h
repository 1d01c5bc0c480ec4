#pragma once

#include "core/UserMessage.h"
#include "entra/DirectorySearch.h"
#include "insightly/InsightlyRestClient.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <qcorotask.h>

namespace insightly {

namespace entra {
class GraphClient;
}

// An active Insightly user who could not sign in once SAML login is enforced, with the Entra user to assign
// when one has the same mail or UPN.
struct LockoutRisk {
    InsightlyUser insightlyUser;
    bool isKeyOwner = false; // the admin whose API key ran the check
    std::optional<entra::DirectoryPrincipal> entraUser;
};

struct LockoutReport {
    QList<LockoutRisk> atRisk; // the admin first, then by e-mail
    int activeInsightlyUsers = 0;
    int assignedAddresses = 0;
    bool truncated = false;
    UserMessage error;
    bool ok() const { return error.isEmpty(); }
};

// The lockout preflight (issue 7): Insightly's active users compared with the users assigned to the
// enterprise application in Entra — directly or through an assigned group — by mail or UPN, ignoring case.
namespace LockoutCheck {

// The active users in `users` whose e-mail is not in `assignedAddresses` (lower case); the key owner first.
QList<LockoutRisk> usersWithoutAccess(const QList<InsightlyUser> &users, const QSet<QString> &assignedAddresses,
                                      const QString &keyOwnerEmail);

// Lower-cased mail and UPN of every user assigned to the app, directly or as a member of an assigned group.
QCoro::Task<QSet<QString>> assignedAddresses(entra::GraphClient *graph, QString servicePrincipalId,
                                             entra::GraphResult *error = nullptr);

QCoro::Task<LockoutReport> run(entra::GraphClient *graph, QString servicePrincipalId,
                               InsightlyRestClient *insightly);

} // namespace LockoutCheck

} // namespace insightly
