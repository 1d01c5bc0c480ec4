#pragma once

#include "SimServer.h"

namespace sim {

// POST /users: creates a user (visible after the replication delay). Answers 201 with the user.
Response createDirectoryUser(SimServer &server, const Request &request, const GraphCaller &caller);
// PATCH /users/{id}: updates the writable properties the simulator models. Answers 204.
Response updateDirectoryUser(SimServer &server, const Request &request, const GraphCaller &caller,
                             const DirectoryUser *user);

} // namespace sim
