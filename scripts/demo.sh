#!/usr/bin/env bash
# The demo command: installs what is missing, builds and starts the wizard against the built-in simulated
# tenant and Insightly instance (--demo). Needs a desktop session (X11 or Wayland).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
exec build/dev/app/insightly-sso-setup --demo "$@"
