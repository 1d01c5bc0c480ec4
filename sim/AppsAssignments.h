#pragma once

#include "SimServer.h"

namespace sim {

// Graph's /servicePrincipals/{id}/appRoleAssignedTo routes: list, add (with Graph's duplicate check), get and
// delete app role assignments.
class AppsAssignmentRoutes final
{
public:
    explicit AppsAssignmentRoutes(SimServer &server)
        : m_server(server)
    {
    }
    Response listAssignments(const Request &request);
    Response addAssignment(const Request &request);
    Response getAssignment(const Request &request);
    Response deleteAssignment(const Request &request);

private:
    SimServer &m_server;
};

} // namespace sim
