#!/usr/bin/env bash
# Renders icons/nextcall.svg to PNGs and copies the window icons into the app's resources.
#
# Needs: rsvg-convert from librsvg (Debian/Ubuntu: apt-get install -y librsvg2-bin;
#        Fedora: dnf install librsvg2-tools; macOS: brew install librsvg).
#
# Writes:
#   icons/nextcall-{16,24,32,48,64,128,256,512}.png                       (jpackage, docs, desktop files)
#   src/main/resources/dev/nextcall/ui/icons/nextcall-{16,32,48,64,128,256}.png  (JavaFX Stage icons)
#
# Usage: icons/render.sh        (from any directory)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
svg="$here/nextcall.svg"
res="$root/src/main/resources/dev/nextcall/ui/icons"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render.sh: rsvg-convert not found; install librsvg (Debian: apt-get install -y librsvg2-bin)" >&2
  exit 1
fi

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$here/nextcall-$size.png" "$svg"
done

mkdir -p "$res"
for size in 16 32 48 64 128 256; do
  cp "$here/nextcall-$size.png" "$res/nextcall-$size.png"
done

echo "Rendered $(basename "$svg") with $(rsvg-convert --version) into:"
echo "  $here/nextcall-{16,24,32,48,64,128,256,512}.png"
echo "  $res/nextcall-{16,32,48,64,128,256}.png"
