#pragma once

namespace sim {

class SimServer;

// Fills a new world's directory: the Contoso tenant, the two named accounts (admin@ and user@), then
// options().seedUsers generated users and options().seedGroups groups with direct members. Deterministic
// names; ids come from the server's generator (repeatable with a random seed).
void seedDirectory(SimServer &server);

} // namespace sim
