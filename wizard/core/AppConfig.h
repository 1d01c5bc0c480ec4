#pragma once

#include <QString>
#include <QUrl>

namespace insightly {

enum class Cloud { Global, UsGov, China };

// How the app was started (command line, remembered settings). No secrets.
struct AppConfig {
    QString tenant;             // domain or tenant id; empty = "organizations" (the admin picks at sign-in)
    QString clientId;           // empty = the default public client
    Cloud cloud = Cloud::Global;
    QString language;           // empty = the system locale
};

} // namespace insightly
