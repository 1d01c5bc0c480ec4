#pragma once

#include "SimServer.h"

namespace sim {

// The two Entra endpoints that serve an enterprise application's SAML side: its federation metadata and the
// IdP-initiated sign-in that My Apps starts.
class AppsSamlRoutes final
{
public:
    explicit AppsSamlRoutes(SimServer &server)
        : m_server(server)
    {
    }
    Response federationMetadata(const Request &request);
    Response samlSignIn(const Request &request);

private:
    SimServer &m_server;
};

} // namespace sim
