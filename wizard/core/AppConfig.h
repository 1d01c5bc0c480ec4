#pragma once

#include <QString>
#include <QUrl>

namespace insightly {

enum class Cloud { Global, UsGov, China };

// How the app was started (command line, remembered settings). No secrets.
struct AppConfig {
    bool demo = false;          // endpoints point at the in-process simulator; loopback http allowed
    QString tenant;             // domain or tenant id; empty = "organizations" (the admin picks at sign-in)
    QString clientId;           // empty = the default public client
    Cloud cloud = Cloud::Global;
    QString language;           // empty = the system locale
    // Demo and tests: one base URL that serves both the identity platform and Graph (the simulator). Empty in
    // production. Loopback http is accepted only when this is set.
    QUrl endpointOverride;
};

} // namespace insightly
