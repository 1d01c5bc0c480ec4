#pragma once

#include "CommandLine.h"

class QTextStream;

namespace insightly {

// `--check`: builds the services the wizard would (network, keychain, saved setups), runs HealthCheck inside
// the application's event loop and prints the verdict as a table, JSON or (--quiet) a headline. Returns the
// exit status. Needs only a QCoreApplication: no display server.
int runCheckCommand(const CommandLine &command, QTextStream &out, QTextStream &err);

} // namespace insightly
