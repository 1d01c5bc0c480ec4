#pragma once

#include <QString>
#include <chrono>

class QIODevice;
class QTextStream;

namespace insightly {

struct ScimProbeCliOptions {
    std::chrono::milliseconds checkTimeout{10000}; // per check
};

// `--probe-scim URL`: runs ScimProbe from the command line and prints one line per check (✓ passed, ✗ failed,
// – skipped) with what was seen and, for a failure, its cause and fix. The token comes from the environment
// variable INSIGHTLY_SCIM_TOKEN or, when that is unset, from the first line of `stdinDevice`; never from the
// command line, where other users could read it. Returns 0 when every check passed, 1 when one failed, 2 for
// bad input. Runs its own event loop until the probe ends: call it from main() instead of
// QCoreApplication::exec().
int runScimProbeCli(const QString &url, QTextStream &out, QTextStream &err, QIODevice *stdinDevice,
                    const ScimProbeCliOptions &options = {});

} // namespace insightly
