#include "SimServer.h"

namespace sim {

// Not built yet.
std::unique_ptr<SimModule> createAppsModule(SimServer &)
{
    return nullptr;
}

} // namespace sim
