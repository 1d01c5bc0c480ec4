#!/usr/bin/env bash
# Pictures of every page of a first setup and of the three re-runs (certificate rotation, SCIM token rotation,
# status), at 1366×768, in English and German: one uninterrupted run of the crash test's driver against the
# simulator per language, then one per re-run (files named rerun-<mode>-NN-<page>.png). Under Xvfb (xcb, not
# offscreen: the embedded Insightly and Entra pages are drawn only on a display server), each picture taken
# once the page's web views have loaded and drawn. The wizard's home folder is /home/admin on a private,
# empty mount over /home (root and unshare needed; without them the pictures show the test's temporary
# folder), so the pictures show the paths an admin sees. Needs a built `ci` tree (scripts/build.sh ci) and
# xvfb-run (scripts/install-deps.sh).
#   scripts/screenshots.sh [OUT_DIR]     (default: build/ci/screenshots; each language in its own folder)
set -euo pipefail
cd "$(dirname "$0")/.."
inside=""
if [ "${1:-}" = "--inside" ]; then inside=1; shift; fi
out="$(realpath -m "${1:-build/ci/screenshots}")"
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (scripts/install-deps.sh)" >&2; exit 1; }
driver="build/ci/tests/e2e/tst_e2e_crash"
[ -x "$driver" ] || { echo "screenshots.sh: $driver is not built (scripts/build.sh ci)" >&2; exit 1; }

if [ -z "$inside" ] && [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    # Again inside a private mount namespace, with an empty /home of its own (removed afterwards).
    home="$(mktemp -d -t insightly-screenshots-home.XXXXXX)"
    trap 'rm -rf "$home"' EXIT
    unshare -m bash -c 'mount --bind "$1" /home && mkdir -p /home/admin &&
        INSIGHTLY_SCREENSHOTS_HOME=/home/admin exec bash "$2" --inside "$3"' _ "$home" "$PWD/scripts/screenshots.sh" "$out"
    exit $?
fi
for lang in en de; do
    mkdir -p "$out/$lang"
    if [ -n "${INSIGHTLY_SCREENSHOTS_HOME:-}" ]; then # each language starts with nothing set up
        rm -rf "$INSIGHTLY_SCREENSHOTS_HOME" && mkdir -p "$INSIGHTLY_SCREENSHOTS_HOME"
    fi
    INSIGHTLY_SCREENSHOTS_DIR="$out/$lang" INSIGHTLY_SCREENSHOT_SIZE=1366x768 \
        INSIGHTLY_SCREENSHOT_LANGUAGE="$([ "$lang" = en ] || echo "$lang")" QT_QPA_PLATFORM=xcb \
        scripts/with-headless-session.sh xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$driver" \
        killedAtStepBoundariesAndRandomMomentsConvergesToOneSetup reRunsRotateAndCheckTheSetup
done
echo "pictures in $out"
