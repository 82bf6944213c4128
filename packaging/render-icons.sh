#!/usr/bin/env bash
# Renders assets/icon.svg to every icon file the app and its installers use, and commits nothing itself:
#   src/main/resources/org/agenticrl/app/icon-N.png   the window's icons (AgenticRlApp puts them on the stage)
#   packaging/icons/AgenticRL.png                     Linux (jpackage --icon on Linux takes one PNG)
#   packaging/icons/AgenticRL.ico                     Windows, 16 to 256 px in one file
#   packaging/icons/AgenticRL.icns                    macOS, 16 to 512 px in one file
# Needs rsvg-convert, ImageMagick's convert and png2icns (Debian: librsvg2-bin imagemagick icnsutils). Building the
# app or a package does not: the rendered files are committed; run this again after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (Debian: apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 2; }
done
source=assets/icon.svg
window=src/main/resources/org/agenticrl/app
installers=packaging/icons
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$installers"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$source" --output "$work/$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "$work/$size.png" "$window/icon-$size.png"
done
cp "$work/256.png" "$installers/AgenticRL.png"
convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" "$installers/AgenticRL.ico"
png2icns "$installers/AgenticRL.icns" "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
echo "render-icons: wrote $window/icon-{16,32,48,64,128,256}.png and $installers/AgenticRL.{png,ico,icns}"
