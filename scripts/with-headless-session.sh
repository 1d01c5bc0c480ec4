#!/usr/bin/env bash
# Runs a command the way the tests need it on a machine without a desktop: offscreen Qt, QtWebEngine without
# its sandbox (root), a throw-away HOME, and a private D-Bus session with an unlocked gnome-keyring, so that
# QtKeychain talks to a real Secret Service. Usage: scripts/with-headless-session.sh COMMAND [ARGS…]
set -euo pipefail

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QTWEBENGINE_DISABLE_SANDBOX=1
# With DISPLAY set and no unlocked keyring, keychain calls wait on a prompt nobody sees.
unset DISPLAY DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY
HOME="$(mktemp -d -t insightly-home.XXXXXX)"
XDG_RUNTIME_DIR="$(mktemp -d -t insightly-xdg.XXXXXX)"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT

exec dbus-run-session -- bash -c '
    eval "$(printf %s headless-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    "$@"
' headless-session "$@"
