#pragma once

#include "core/SetupState.h"
#include "entra/GraphTypes.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <qcorotask.h>

namespace insightly::entra {

class GraphClient;

// A user or group as the assignment picker shows it.
struct DirectoryPrincipal {
    QString id;
    QString displayName;
    QString userPrincipalName; // users only
    QString mail;
    SetupState::PrincipalType type = SetupState::PrincipalType::User;

    // What identifies the principal to a person: the UPN for users, the mail (or nothing) for groups.
    QString address() const { return userPrincipalName.isEmpty() ? mail : userPrincipalName; }
    static DirectoryPrincipal fromJson(const QJsonObject &json, SetupState::PrincipalType type);
};

// The Graph requests of the picker (https://learn.microsoft.com/graph/search-query-parameter): `$search` on
// displayName and mail (and userPrincipalName, which behaves like startsWith), a minimal `$select`,
// `$top` 50. GraphClient adds `ConsistencyLevel: eventual`.
namespace DirectorySearch {
inline constexpr int kPageSize = 50;

// The `$search` expression for what the admin typed; empty text lists without searching.
QString searchExpression(const QString &text, SetupState::PrincipalType type);
GraphRequest firstPage(const QString &text, SetupState::PrincipalType type, int top = kPageSize);

// The directory user whose mail or UPN is `address` (case-insensitive), if there is one.
QCoro::Task<std::optional<DirectoryPrincipal>> findUserByAddress(GraphClient *graph, QString address,
                                                                 GraphResult *error = nullptr);
} // namespace DirectorySearch

} // namespace insightly::entra
