#pragma once

#include "CommandLine.h"

class QTextStream;

namespace insightly {

// `--plan`: picks the saved setup as --check does, signs in silently from the keychain (never prompting),
// reads the tenant with ChangePlan and prints what the setup (or --rerun's re-run) would change, as a table
// or JSON (docs/plan.md). Changes nothing. Returns 0 when the plan was read, 3 when it cannot tell. Needs
// only a QCoreApplication: no display server.
int runPlanCommand(const CommandLine &command, QTextStream &out, QTextStream &err);

} // namespace insightly
