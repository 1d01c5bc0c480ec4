#pragma once

#include "SimHttp.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sim {

class ScimService;
class SimServer;
struct InsightlyState;

// The writes of Insightly's SCIM service (ScimService routes them): creating, replacing, patching and
// deleting users and groups, the checks a resource must pass, and the mirror into Insightly's own user list.
class ScimServiceWrites
{
public:
    ScimServiceWrites(SimServer &server, ScimService &service);

    Response create(const Request &request, bool groups);
    Response replace(const Request &request, bool groups);
    Response patch(const Request &request, bool groups);
    Response remove(const Request &request, bool groups);

private:
    InsightlyState &state();
    // Checks a User or Group about to be stored; returns an error response or nothing.
    std::optional<Response> validate(const QJsonObject &resource, bool groups, const QString &selfId);
    QJsonObject stamped(QJsonObject resource, bool groups, const QString &id, const QString &created);
    void mirrorToInsightly(const QJsonObject &user);

    SimServer &m_server;
    ScimService &m_service;
};

} // namespace sim
