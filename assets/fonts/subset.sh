#!/usr/bin/env bash
# Rebuild NotoSans-{Regular,Bold}-subset.ttf, the fonts src/paint/text.rs embeds, from Debian's
# fonts-noto-core with fontTools' pyftsubset. The output is deterministic: the same source font
# and fontTools give the same bytes (fonts-noto-core 20201225-1 of Debian 12 has Noto Sans 2.004).
#
#   apt-get install --no-install-recommends fonts-noto-core && pip install fonttools
#   bash assets/fonts/subset.sh [SOURCE_DIR]   # default /usr/share/fonts/truetype/noto
set -euo pipefail

src=${1:-/usr/share/fonts/truetype/noto}
out=$(dirname "$0")

# The scripts the catalogs are written in, nothing more (each glyph adds to the binary):
# Basic Latin, Latin-1, Latin Extended-A and -B (Polish, Czech, Turkish, Romanian ș ț, ...),
# combining diacritics, Greek and Coptic, Cyrillic (Russian, Ukrainian ґ є і ї, ...), and General
# Punctuation (quotes „“”‘’, dashes, …, •, ′ ″, ‹ ›, the bidi isolates U+2066-2069). Vietnamese
# would need U+1EA0-1EF9 too (+11 KB each). The font has no arrows, minus or math signs: the app
# draws its menu arrow as a path.
unicodes=U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+2000-206F

for weight in Regular Bold; do
  # kern and liga as before; ccmp, mark and mkmk compose and place combining marks; locl gives
  # the local forms (Romanian comma below, Catalan l·l, Serbian and Macedonian Cyrillic). No
  # hinting and no glyph names (as before), to stay small; the .notdef box is kept so a missing
  # glyph shows as one; the name table keeps the license (IDs 13, 14).
  pyftsubset "$src/NotoSans-$weight.ttf" \
    --unicodes="$unicodes" \
    --layout-features=kern,liga,ccmp,mark,mkmk,locl \
    --no-hinting --notdef-outline \
    --name-IDs=0,1,2,3,4,5,6,13,14 \
    --output-file="$out/NotoSans-$weight-subset.ttf"
done
ls -l "$out"/NotoSans-*-subset.ttf
