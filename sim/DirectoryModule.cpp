#include "SimServer.h"

namespace sim {

// Not built yet.
std::unique_ptr<SimModule> createDirectoryModule(SimServer &)
{
    return nullptr;
}

} // namespace sim
