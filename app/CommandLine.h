#pragma once

#include "pages/WizardContext.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace insightly {

// What the command line asked for. Parsed before the wizard exists; errors are printed by main().
struct CommandLine {
    AppConfig config;
    bool demo = false;          // --demo: the simulated world, wired in app/ only (DemoWorld)
    bool reset = false;         // --reset (with --demo): a new simulated world instead of the kept one
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
    QString error;              // non-empty: print it and exit 2
    QString probeScimUrl;       // --probe-scim URL: run the SCIM probe without the wizard (token from env/stdin)
};

// `arguments` includes the program name, as QCoreApplication::arguments() does.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace insightly
