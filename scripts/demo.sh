#!/usr/bin/env bash
# The demo command: installs what is missing, builds only the wizard and what it links (no tests, in its own
# tree build/demo, with clang, unoptimised without debug information: the quickest build) and starts it against
# the built-in simulated tenant and Insightly instance (--demo). Needs a desktop session (X11 or Wayland).
# A second run with nothing changed starts at once: the packages and the configuration are checked only when
# the tree is new; Ninja re-runs CMake by itself when a CMakeLists.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/demo
if [ ! -f "$build/build.ninja" ]; then
    scripts/install-deps.sh
    # clang: the same sources compile in about half the CPU time GCC needs (tests/bench/notes/test_suite.md).
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g0" \
        -DCMAKE_CXX_COMPILER=clang++ -DINSIGHTLY_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target insightly-sso-setup --parallel "$(nproc)"
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
exec "$build/app/insightly-sso-setup" --demo "$@"
