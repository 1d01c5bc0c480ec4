#pragma once

#include "DirectoryState.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace sim {

// Graph JSON shapes of the directory's objects (microsoft.graph.user, group, directoryRole, organization).

// A built-in Entra role: its display name and the template id Graph reports as roleTemplateId.
struct DirectoryRoleInfo {
    QString displayName;
    QString templateId;
    QString description;
};
const QList<DirectoryRoleInfo> &knownDirectoryRoles();
const DirectoryRoleInfo *directoryRoleByName(const QString &displayName);

// Every property a user has in Graph (for $select validation); the ones the simulator does not model read
// null.
const QStringList &userPropertyNames();
// The properties Graph returns for a user without $select.
const QStringList &userDefaultProperties();
const QStringList &groupPropertyNames();
const QStringList &groupDefaultProperties();

// One property of a user; Undefined when Graph has no such property.
QJsonValue userProperty(const DirectoryUser &user, const QString &name);
QJsonObject userJson(const DirectoryUser &user, const QStringList &select);
QJsonValue groupProperty(const DirectoryGroup &group, const QString &name);
QJsonObject groupJson(const DirectoryGroup &group, const QStringList &select);
// The activated role in the tenant (its object id is derived from the tenant id and template id, so stable).
QJsonObject directoryRoleJson(const Tenant &tenant, const DirectoryRoleInfo &role);
QJsonObject organizationJson(const Tenant &tenant);

} // namespace sim
