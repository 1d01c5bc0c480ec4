#pragma once

#include "pages/WizardContext.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

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

    // --check: the status checks without a window (CheckCommand); exit status 0/1/2/3.
    struct Check {
        bool run = false;
        bool json = false;          // --json: the versioned JSON of docs/check-json-schema.md
        bool quiet = false;         // --quiet: nothing on standard output while healthy; the headline otherwise
        bool notify = false;        // --notify: a desktop notification when not healthy (scheduled runs)
        QUrl instance;              // --instance URL: the setup of this Insightly instance
        int maxScimTokenAgeDays = 0; // --max-token-age DAYS: an older SCIM token is a warning
    } check;

    // --open PAGE [--tenant T] [--instance URL]: the wizard opens on this page of that setup — what a click
    // on the weekly check's notification starts. PAGE: status, rotate-certificate or rotate-scim-token.
    struct Open {
        std::optional<WizardMode> mode;
        QUrl instance; // --instance URL (its Sign-in page URL or host)
    } open;
    // --plan: what the setup (or --rerun's re-run) would change, read live, changing nothing (PlanCommand);
    // --json, --instance and --tenant apply as for --check. Exit status 0 read, 3 cannot tell.
    struct Plan {
        bool run = false;
        QString rerun; // --rerun certificate|scim-token; empty = the whole setup
    } plan;
};

// Whether these arguments ask for a mode that runs without a window (--help, --version, --probe-scim,
// --check, --plan and the options that only go with it, whose misuse is an error to print): main() then builds a
// QCoreApplication, which needs no display server. Looked at before any application object exists, so it
// only recognises the options' spellings.
bool runsWithoutWindow(const QStringList &arguments);

// `arguments` includes the program name, as QCoreApplication::arguments() does.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace insightly
