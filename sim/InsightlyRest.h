#pragma once

#include "SimServer.h"

namespace sim {

// Insightly's REST API v3.1 Users (GET /v3.1/Users[/{id}], /v3.1/Users/Me), HTTP Basic with the API key.
class InsightlyRestApi final
{
public:
    explicit InsightlyRestApi(SimServer &server)
        : m_server(server)
    {
    }
    Response restUsers(const Request &request);
    Response restMe(const Request &request);
    Response restUser(const Request &request);

private:
    InsightlyState &state() { return m_server.world().insightly; }
    bool restAuthorized(const Request &request, InsightlyUser **caller);

    SimServer &m_server;
};

} // namespace sim
