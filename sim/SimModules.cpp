#include "SimModules.h"

#include "SimServer.h"

namespace sim {

// Each factory lives in its module's own file.
std::unique_ptr<SimModule> createIdentityModule(SimServer &server);  // IdentityModule.cpp
std::unique_ptr<SimModule> createDirectoryModule(SimServer &server); // DirectoryModule.cpp
std::unique_ptr<SimModule> createAppsModule(SimServer &server);      // AppsModule.cpp
std::unique_ptr<SimModule> createSyncModule(SimServer &server);      // SyncModule.cpp
std::unique_ptr<SimModule> createInsightlyModule(SimServer &server); // InsightlyModule.cpp

std::vector<std::unique_ptr<SimModule>> createSimModules(SimServer &server)
{
    std::vector<std::unique_ptr<SimModule>> modules;
    for (auto factory : {createIdentityModule, createDirectoryModule, createAppsModule, createSyncModule,
                         createInsightlyModule}) {
        if (auto module = factory(server))
            modules.push_back(std::move(module));
    }
    return modules;
}

} // namespace sim
