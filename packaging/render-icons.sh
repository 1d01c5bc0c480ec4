#!/usr/bin/env bash
# Re-renders the committed icon set from resources/icons/insightly-sso-setup.svg. Run by hand after editing the SVG;
# the build never runs it (the outputs are committed). Needs Debian's librsvg2-bin, icnsutils and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
svg=insightly-sso-setup.svg
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --output "insightly-sso-setup-${size}.png" "$svg"
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert insightly-sso-setup-16.png insightly-sso-setup-24.png insightly-sso-setup-32.png \
        insightly-sso-setup-48.png insightly-sso-setup-64.png insightly-sso-setup-256.png insightly-sso-setup.ico
# macOS: png2icns picks the icon type from each PNG's size.
png2icns insightly-sso-setup.icns insightly-sso-setup-16.png insightly-sso-setup-32.png \
         insightly-sso-setup-128.png insightly-sso-setup-256.png insightly-sso-setup-512.png
