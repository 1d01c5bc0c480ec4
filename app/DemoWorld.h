#pragma once

#include "core/AppConfig.h"

#include <QString>
#include <memory>

namespace sim {
class SimServer;
}

namespace insightly {

// --demo: the simulated Entra tenant and Insightly instance, started in-process on a loopback port. The wizard
// is then pointed at it by endpoints alone (AppConfig); nothing below app/ knows it is a simulation.
class DemoWorld
{
public:
    DemoWorld();
    ~DemoWorld();
    bool start(AppConfig *config, QString *error);

private:
    std::unique_ptr<sim::SimServer> m_server;
};

} // namespace insightly
