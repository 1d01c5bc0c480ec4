#pragma once

#include "CommandLine.h"

class QTextStream;

namespace insightly {

struct HealthVerdict;

// `--check`: builds the services the wizard would (network, keychain, saved setups), runs HealthCheck inside
// the application's event loop and prints the verdict as a table, JSON or (--quiet) a headline. Returns the
// exit status. Needs only a QCoreApplication: no display server.
int runCheckCommand(const CommandLine &command, QTextStream &out, QTextStream &err);

// --notify: a desktop notification for a verdict that is not healthy — notify-send on Linux, osascript on
// macOS, a PowerShell balloon tip on Windows. Returns false when none could be shown (the exit status and the
// output still say it all).
bool notifyDesktop(const HealthVerdict &verdict);

} // namespace insightly
