#pragma once

namespace sim {

class SimServer;

// POST /v1.0/$batch (JSON batching): up to 20 requests, dispatched one by one through the server's routes
// as Graph does, with dependsOn ordering (424 for a request whose dependency failed) and per-item throttling.
void registerBatchRoute(SimServer &server);

} // namespace sim
