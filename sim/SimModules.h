#pragma once

#include <memory>
#include <vector>

namespace sim {

class SimServer;
class SimModule;

// The modules that make up the world, in routing order. Defined in SimModules.cpp.
std::vector<std::unique_ptr<SimModule>> createSimModules(SimServer &server);

} // namespace sim
