#!/usr/bin/env bash
# The test command: installs what is missing, builds (CI preset: warnings as errors) and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The one-code-path gate first: it takes a second and names the offending lines.
scripts/check-one-code-path.sh
scripts/build.sh ci
mkdir -p build/ci/test-results
scripts/with-headless-session.sh \
    ctest --test-dir build/ci --output-on-failure --no-tests=error --timeout 900 --parallel 2 \
          --output-junit test-results/junit.xml "$@"
