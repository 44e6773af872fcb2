#!/usr/bin/env bash
# Remakes the bundled fonts in this folder from Debian's Noto packages (fonts/README.md).
#
#   apt-get install -y fonts-noto-core fonts-noto-cjk python3-fonttools   # or: pip install fonttools
#   ./fonts/subset.sh
#
# Text is measured as the sum of its characters' advances, each from the first of Noto Sans
# and Noto Sans CJK SC that has the character, and the renderers must draw exactly that:
#
# - Noto Sans keeps every glyph and character but loses its ligatures (`liga`: "fi" would
#   be one glyph of another width, and the PNG renderer's font fallback gives up on a line
#   mixing Chinese with a ligature, drawing the Chinese as boxes) and its kerning (`kern`:
#   some of its pairs widen the text).
# - Noto Sans CJK SC (face 2 of Debian's .ttc collections) keeps only what a Chinese service
#   designer writes that Noto Sans does not draw: GB2312 (its 6,763 hanzi and its symbols),
#   CJK symbols and punctuation, half- and full-width forms, and the punctuation, arrows,
#   mathematical operators and symbols Chinese text uses. Characters Noto Sans has are left
#   out, so the renderer never draws a whole line of mixed text in the CJK font's own Latin
#   letters. Also left out: other regions' forms (`locl`: Simplified Chinese is the face's
#   default, they would only double the size), vertical writing's forms, ligatures and
#   kerning. The character list comes from Python's own GB2312 codec: nothing is downloaded.
#
# The result is the same bytes on every run with the same packages.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
latin=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto
# The Simplified Chinese face in Debian's NotoSansCJK-*.ttc (0 JP, 1 KR, 2 SC, 3 TC, 4 HK).
sc_face=2

# A Python that has fontTools: the one on PATH, else Debian's (python3-fonttools).
python=""
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null && "$p" -c 'import fontTools' 2>/dev/null; then
        python="$p"
        break
    fi
done
if [ -z "$python" ]; then
    echo "fontTools is missing: apt-get install python3-fonttools, or pip install fonttools" >&2
    exit 1
fi
for f in "$latin/NotoSans-Regular.ttf" "$latin/NotoSans-Bold.ttf" "$cjk/NotoSansCJK-Regular.ttc" "$cjk/NotoSansCJK-Bold.ttc"; do
    [ -f "$f" ] || { echo "$f is missing: apt-get install fonts-noto-core fonts-noto-cjk" >&2; exit 1; }
done

chars="$(mktemp)"
trap 'rm -f "$chars"' EXIT
"$python" - "$chars" "$latin/NotoSans-Regular.ttf" "$latin/NotoSans-Bold.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont

chars = set()
# GB2312 in EUC-CN: rows 0xA1-0xF7, cells 0xA1-0xFE; unassigned codes do not decode.
for row in range(0xA1, 0xF8):
    for cell in range(0xA1, 0xFF):
        try:
            chars.add(bytes([row, cell]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
blocks = [
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x2030, 0x203B),  # per mille, primes, reference mark
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (Noto Sans has no minus sign, U+2212)
    (0x2460, 0x24FF),  # enclosed numbers: ① ⑴ ⒈
    (0x25A0, 0x25FF),  # geometric shapes: ■ □ ▲ ○ ●
    (0x2600, 0x26FF),  # miscellaneous symbols: ★ ☆ ☑
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
# Only what the CJK face has is kept: a range here may be partly empty.
for lo, hi in blocks:
    chars.update(chr(c) for c in range(lo, hi + 1))
for latin in sys.argv[2:]:
    chars -= {chr(c) for c in TTFont(latin).getBestCmap()}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("".join(sorted(chars)))
print(f"CJK subset: {len(chars)} characters", file=sys.stderr)
PY

keep=(--name-IDs='*' --name-languages='*' --name-legacy --glyph-names --notdef-outline)
# Every feature Noto Sans has but these two (a '*' would keep them all).
features() {
    "$python" - "$1" <<'PY'
import sys
from fontTools.ttLib import TTFont

font = TTFont(sys.argv[1])
tags = {r.FeatureTag for t in ("GSUB", "GPOS") if t in font for r in font[t].table.FeatureList.FeatureRecord}
print(",".join(sorted(tags - {"liga", "kern"})))
PY
}
for weight in Regular Bold; do
    "$python" -m fontTools.subset "$latin/NotoSans-$weight.ttf" \
        --unicodes='*' --glyphs='*' \
        --layout-features="$(features "$latin/NotoSans-$weight.ttf")" \
        "${keep[@]}" \
        --output-file="$here/NotoSans-$weight.ttf"
    "$python" -m fontTools.subset "$cjk/NotoSansCJK-$weight.ttc" \
        --font-number="$sc_face" \
        --text-file="$chars" \
        --layout-features-=locl,vert,vrt2,vkna,valt,vhal,vpal,vkrn,liga,kern \
        "${keep[@]}" \
        --output-file="$here/NotoSansCJKsc-$weight.subset.otf"
done

ls -l "$here"/*.ttf "$here"/*.otf
