#pragma once

#include "SimServer.h"

namespace sim {

// OpenID Connect discovery (/.well-known/openid-configuration) and sign-out (/logout) of the simulated
// identity platform.
class IdentityDiscovery final
{
public:
    explicit IdentityDiscovery(SimServer &server)
        : m_server(server)
    {
    }
    Response openIdConfiguration(const Request &request);
    Response logout(const Request &request);

private:
    SimServer &m_server;
};

} // namespace sim
