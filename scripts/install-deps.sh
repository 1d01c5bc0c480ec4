#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12 (as root, or with sudo). Idempotent.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang lld pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    qcoro-qt6-dev qtkeychain-qt6-dev libsecret-1-0
    libssl-dev libxmlsec1-dev xmlsec1 openssl libnss3-tools
    gnome-keyring dbus dbus-x11 xvfb xauth at-spi2-core python3-pyatspi
    desktop-file-utils appstream
    poppler-utils systemd
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -q
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
