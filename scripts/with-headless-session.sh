#!/usr/bin/env bash
# Runs a command the way the tests need it on a machine without a desktop: offscreen Qt, QtWebEngine without
# its sandbox (root), a throw-away HOME, and a private D-Bus session with an unlocked gnome-keyring, so that
# QtKeychain talks to a real Secret Service. Usage: scripts/with-headless-session.sh COMMAND [ARGS…]
#
# The simulated world is reached as a corporate network is: a proxy and a company CA. The run's CA is made
# once here, trusted by Chromium/QtWebEngine through the NSS database of the throw-away HOME, and shared with
# every simulator of the run (INSIGHTLY_SIM_CA_DIR); Qt Network gets it from the test fixtures. The simulator
# executable is looked up in the build folder: INSIGHTLY_BUILD_DIR, else the command's --test-dir, else
# build/ci.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${INSIGHTLY_BUILD_DIR:-}"
if [ -z "$build_dir" ]; then
    previous=""
    for arg in "$@"; do
        if [ "$previous" = "--test-dir" ]; then build_dir="$arg"; fi
        case "$arg" in --test-dir=*) build_dir="${arg#--test-dir=}" ;; esac
        previous="$arg"
    done
fi
build_dir="${build_dir:-$root/build/ci}"
case "$build_dir" in /*) ;; *) build_dir="$PWD/$build_dir" ;; esac

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QTWEBENGINE_DISABLE_SANDBOX=1
# With DISPLAY set and no unlocked keyring, keychain calls wait on a prompt nobody sees.
unset DISPLAY DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY
HOME="$(mktemp -d -t insightly-home.XXXXXX)"
XDG_RUNTIME_DIR="$(mktemp -d -t insightly-xdg.XXXXXX)"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT

sim="$build_dir/sim/insightly-sso-sim"
if [ -x "$sim" ]; then
    ca_pem="$("$sim" --init-ca "$HOME/sim-ca" | tail -n 1)"
    [ -f "$ca_pem" ] || ca_pem="$HOME/sim-ca/ca.pem"
    mkdir -p "$HOME/.pki/nssdb"
    certutil -d "sql:$HOME/.pki/nssdb" -N --empty-password
    certutil -d "sql:$HOME/.pki/nssdb" -A -t "C,," -n insightly-sim -i "$ca_pem"
    export INSIGHTLY_SIM_CA_DIR="$HOME/sim-ca"
else
    echo "with-headless-session: $sim is not built; the embedded browser will not trust the simulator's CA" >&2
fi

exec dbus-run-session -- bash -c '
    eval "$(printf %s headless-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    "$@"
' headless-session "$@"
