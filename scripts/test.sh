#!/usr/bin/env bash
# The test command: installs what is missing, builds (CI preset: warnings as errors) and runs every test headless.
# scripts/test.sh --asan [ctest args]: the core, saml and insightly unit tests under the asan preset instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--asan" ]; then
    # The parsers' and the core's unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (asan preset).
    shift
    scripts/install-deps.sh
    cmake --preset asan >/dev/null
    cmake --build build/asan -j2 --target tests/unit/core/all tests/unit/saml/all tests/unit/insightly/all
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    for layer in core saml insightly; do
        scripts/with-headless-session.sh ctest --test-dir "build/asan/tests/unit/$layer" --output-on-failure \
            --no-tests=error --timeout 900 "$@"
    done
    exit 0
fi
scripts/install-deps.sh
# The one-code-path gate first: it takes a second and names the offending lines.
scripts/check-one-code-path.sh
scripts/build.sh ci
mkdir -p build/ci/test-results
# Two tests per core: most of a test's time is waiting (the simulator's clocks, page loads in Qt WebEngine), and
# with four at once on 2 cores the machine was 30–50 % busy (tests/bench/notes/test_suite.md).
scripts/with-headless-session.sh \
    ctest --test-dir build/ci --output-on-failure --no-tests=error --timeout 900 --parallel "$((2 * $(nproc)))" \
          --output-junit test-results/junit.xml "$@"
