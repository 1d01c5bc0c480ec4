#!/usr/bin/env bash
# Pictures of every page of a first setup and of the three re-runs (certificate rotation, SCIM token rotation,
# status), at 1366×768, in English and German: one uninterrupted run of the crash test's driver against the
# simulator per language, then one per re-run (files named rerun-<mode>-NN-<page>.png). Needs a built `ci`
# tree (scripts/build.sh ci).
#   scripts/screenshots.sh [OUT_DIR]     (default: build/ci/screenshots; each language in its own folder)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-build/ci/screenshots}")"
for lang in en de; do
    mkdir -p "$out/$lang"
    INSIGHTLY_SCREENSHOTS_DIR="$out/$lang" INSIGHTLY_SCREENSHOT_SIZE=1366x768 \
        INSIGHTLY_SCREENSHOT_LANGUAGE="$([ "$lang" = en ] || echo "$lang")" \
        scripts/with-headless-session.sh ctest --test-dir build/ci -R '^tst_e2e_crash$' --output-on-failure
done
echo "pictures in $out"
