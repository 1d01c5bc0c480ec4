#include "DemoWorld.h"

#ifdef INSIGHTLY_HAVE_SIM
#include "SimServer.h"
#endif

namespace insightly {

DemoWorld::DemoWorld() = default;
DemoWorld::~DemoWorld() = default;

bool DemoWorld::start(AppConfig *config, QString *error)
{
#ifdef INSIGHTLY_HAVE_SIM
    sim::SimOptions options;
    options.seedUsers = 200;
    options.seedGroups = 8;
    m_server = std::make_unique<sim::SimServer>(options);
    if (!m_server->start(error))
        return false;
    config->endpointOverride = m_server->baseUrl();
    if (config->tenant.isEmpty())
        config->tenant = m_server->world().directory.tenant.id;
    return true;
#else
    Q_UNUSED(config);
    *error = QStringLiteral("this build has no simulator (INSIGHTLY_BUILD_SIM=OFF)");
    return false;
#endif
}

} // namespace insightly
