#include "SimServer.h"

namespace sim {

// Not built yet.
std::unique_ptr<SimModule> createIdentityModule(SimServer &)
{
    return nullptr;
}

} // namespace sim
