#!/usr/bin/env bash
# Regenerate the app icons: a blueprint mark (cards above and below the line of
# interaction and the dashed line of visibility). Needs ImageMagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
/usr/bin/convert -size 1024x1024 xc:none \
  -fill '#1d4f91' -draw 'roundrectangle 64,64 960,960 180,180' \
  -stroke '#ffffff' -strokewidth 28 -draw 'line 180,400 844,400' \
  -fill none -draw 'stroke-dasharray 56 40 line 180,624 844,624' \
  -stroke none -fill '#ffd36e' -draw 'roundrectangle 200,210 420,340 28,28' -draw 'roundrectangle 604,210 824,340 28,28' \
  -fill '#8fd0ff' -draw 'roundrectangle 402,464 622,564 28,28' \
  -fill '#c9f2d4' -draw 'roundrectangle 200,690 420,820 28,28' -draw 'roundrectangle 604,690 824,820 28,28' \
  "$tmp/master.png"
for s in 16 32 128 256 512; do /usr/bin/convert "$tmp/master.png" -resize "${s}x${s}" "PNG32:$tmp/$s.png"; done
cp "$tmp/32.png" 32x32.png
cp "$tmp/128.png" 128x128.png
cp "$tmp/256.png" 128x128@2x.png
cp "$tmp/512.png" icon.png
/usr/bin/convert "$tmp/master.png" -define icon:auto-resize=256,128,64,48,32,16 icon.ico
png2icns icon.icns "$tmp/512.png" "$tmp/256.png" "$tmp/128.png" "$tmp/32.png" "$tmp/16.png" >/dev/null
