#include "SimServer.h"

namespace sim {

// Not built yet.
std::unique_ptr<SimModule> createSyncModule(SimServer &)
{
    return nullptr;
}

} // namespace sim
