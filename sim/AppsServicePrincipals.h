#pragma once

#include "SimServer.h"

namespace sim {

class AppsModule;

// Graph's /servicePrincipals routes: list, get, PATCH (SAML mode, certificates, notification addresses) and
// DELETE. Replication lag and removal are AppsModule's, shared with the applications it answers.
class AppsServicePrincipalRoutes final
{
public:
    AppsServicePrincipalRoutes(SimServer &server, AppsModule &module)
        : m_server(server)
        , m_module(module)
    {
    }
    Response listServicePrincipals(const Request &request);
    Response getServicePrincipal(const Request &request);
    Response patchServicePrincipal(const Request &request);
    Response deleteServicePrincipal(const Request &request);

private:
    SimServer &m_server;
    AppsModule &m_module;
};

} // namespace sim
