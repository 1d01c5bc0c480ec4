#!/usr/bin/env bash
# tst_e2e_a11y: the crash test's driver walks every page of a first setup and of the three re-runs under Xvfb
# (xcb, not offscreen: the AT-SPI bridge needs a display), with Qt's AT-SPI bridge on, and atspi_walk.py reads
# each page through the accessibility bus. Run inside scripts/with-headless-session.sh (its D-Bus session
# starts the accessibility bus on demand). Skips (77) only when a tool is missing locally;
# scripts/install-deps.sh installs them.   Usage: run-a11y-walk.sh PATH/TO/tst_e2e_crash
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
skip() { echo "SKIP: $1 — scripts/install-deps.sh installs it"; exit 77; }
# The Python that has Debian's python3-pyatspi (a python3 first in PATH, e.g. pyenv's, may not).
python=""
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import pyatspi' 2>/dev/null; then python="$candidate"; break; fi
done
[ -n "$python" ] || skip "python3-pyatspi is missing"
export INSIGHTLY_A11Y_PYTHON="$python"
command -v Xvfb >/dev/null && command -v xvfb-run >/dev/null || skip "Xvfb (xvfb) is missing"
[ -x /usr/libexec/at-spi-bus-launcher ] || skip "the accessibility bus (at-spi2-core) is missing"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 INSIGHTLY_SCREENSHOT_SIZE=1366x768
export INSIGHTLY_A11Y_WALKER="$here/atspi_walk.py"
unset NO_AT_BRIDGE QT_ACCESSIBILITY
exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$1" \
    killedAtStepBoundariesAndRandomMomentsConvergesToOneSetup reRunsRotateAndCheckTheSetup
