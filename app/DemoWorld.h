#pragma once

#include "browser/BrowserPage.h"
#include "core/AppConfig.h"

#include <QSslCertificate>
#include <QString>
#include <memory>

namespace sim {
class SimServer;
}

namespace insightly {

// --demo: the simulated Entra tenant and Insightly instance, started in-process, reached exactly as a
// corporate network is: through a proxy (the application proxy, set here to the simulator's) and with a
// company CA (the simulator's own, kept in the user's data folder so it persists between runs) that Qt
// Network trusts. Nothing below app/ knows: the wizard uses the production host names throughout.
class DemoWorld
{
public:
    DemoWorld();
    ~DemoWorld();
    // Starts the world, sets the application proxy and adds the demo CA to Qt Network's default SSL
    // configuration. Fills config->tenant when empty. The world (tenant, Insightly instance, what the wizard
    // set up) is kept in stateFolder() between runs, as the simulator's --state-dir does; `reset` starts a
    // new world instead. INSIGHTLY_DEMO_STATE_DIR, when set, names another folder.
    bool start(AppConfig *config, QString *error, bool reset = false);
    // The demo's own data folder: <AppDataLocation>/demo (CA, world, embedded browser profiles).
    static QString dataFolder();
    static QString stateFolder();
    // The Insightly browser profiles of the demo, apart from those of real instances (same host names).
    static QString browserProfileFolder();
    // The tenant of the world kept in stateFolder(), empty when there is none (read before a reset, so that
    // its saved setup can be forgotten too).
    static QString savedTenantId();
    // For the embedded browser (Chromium trusts only its own store): accepts a certificate error only for a
    // chain issued by the pinned demo CA, valid, for the host asked for.
    CertificateTrust browserTrust() const;

private:
    std::unique_ptr<sim::SimServer> m_server;
    QSslCertificate m_ca;
};

} // namespace insightly
