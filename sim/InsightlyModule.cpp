#include "SimServer.h"

namespace sim {

// Not built yet.
std::unique_ptr<SimModule> createInsightlyModule(SimServer &)
{
    return nullptr;
}

} // namespace sim
