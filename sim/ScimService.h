#pragma once

#include "ScimServiceWrites.h"
#include "SimHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace sim {

class SimServer;
struct InsightlyState;

// Insightly's SCIM 2.0 service provider (RFC 7643/7644) under /scim/v2, as Entra's provisioning service uses
// it. Users it creates or changes are mirrored into the Insightly user list (REST v3.1 shows them).
// Routes and reads in ScimService.cpp, writes in ScimServiceWrites (its own class), discovery in
// ScimDiscovery.cpp.
class ScimService
{
public:
    explicit ScimService(SimServer &server)
        : m_server(server)
        , m_writes(server, *this)
    {
    }
    void registerRoutes();
    // <origin>/scim/v2: https://crm.<pod>.insightly.com/scim/v2 through the proxy, the loopback base URL
    // directly. The real endpoint's format is not public; the path is the simulator's.
    QString endpointFor(const Request &request) const;
    QString endpoint() const; // endpointFor() of the request being handled

private:
    friend class ScimServiceWrites; // answers with error() and resource(), stores through store()

    InsightlyState &state();
    Response withAuthorization(const Request &request, const std::function<Response()> &handler);
    Response error(int status, const QString &detail, const QString &scimType = {}) const;
    Response resource(int status, const QJsonObject &resource, const Request &request) const;
    Response list(const Request &request, bool groups);
    Response get(const Request &request, bool groups);
    QHash<QString, QJsonObject> &store(bool groups);

    SimServer &m_server;
    ScimServiceWrites m_writes;
    QString m_currentEndpoint; // set for each SCIM request before its handler runs
};

// Discovery documents (ScimDiscovery.cpp).
QJsonObject scimServiceProviderConfig(const QString &endpoint);
QJsonObject scimSchemas(const QString &endpoint);
QJsonObject scimResourceTypes(const QString &endpoint);

} // namespace sim
