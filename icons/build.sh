#!/usr/bin/env bash
# Rebuilds every icon file from the SVG drawings in this folder:
#   icons/png/vitae-<size>.png  16 24 32 48 64 128 256 512 1024
#   icons/vitae.ico             16-256
#   icons/vitae.icns            16-1024
#   src/main/resources/dev/vitae/icons/vitae-<size>.png  16-512 (window and About box)
# 16, 24 and 32 px come from their own pixel-aligned drawings; larger sizes from vitae.svg.
# Missing tools are installed with apt-get (Debian/Ubuntu).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
resources="$here/../src/main/resources/dev/vitae/icons"
sizes=(16 24 32 48 64 128 256 512 1024)
# In the .ico the small sizes are bitmaps, which every reader knows; 64 px and up are stored as PNG
# (Windows Vista and later, GTK and Qt read them), which keeps the file small.
ico_bitmap_sizes=(16 24 32 48)
ico_png_sizes=(64 128 256)
resource_sizes=(16 24 32 48 64 128 256 512)

apt_updated=no
ensure() { # ensure COMMAND PACKAGE: installs PACKAGE when COMMAND is missing; fails quietly if it cannot
    command -v "$1" >/dev/null 2>&1 && return 0
    command -v apt-get >/dev/null 2>&1 || return 1
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || return 1
        sudo=(sudo)
    fi
    if [ "$apt_updated" = no ]; then
        "${sudo[@]}" apt-get update -qq >&2 || true
        apt_updated=yes
    fi
    echo "build.sh: installing $2 for $1" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >&2 || return 1
    command -v "$1" >/dev/null 2>&1
}

# ImageMagick 6 calls itself convert, 7 calls itself magick.
imagemagick() {
    if command -v magick >/dev/null 2>&1; then magick "$@"; else convert "$@"; fi
}
have_imagemagick() {
    command -v magick >/dev/null 2>&1 || command -v convert >/dev/null 2>&1 || ensure convert imagemagick
}

source_for() { # the drawing that suits a size
    case $1 in
        16|24|32) echo "$here/vitae-$1.svg" ;;
        *) echo "$here/vitae.svg" ;;
    esac
}

rasterise() { # rasterise SVG SIZE OUT
    # No ImageMagick fallback here: its own SVG renderer draws these files visibly wrong at small sizes.
    if ! ensure rsvg-convert librsvg2-bin; then
        echo "build.sh: need rsvg-convert (Debian/Ubuntu package librsvg2-bin) to rasterise the SVG files" >&2
        exit 1
    fi
    rsvg-convert --width "$2" --height "$2" --format png --output "$3" "$1"
}

mkdir -p "$here/png" "$resources"
for s in "${sizes[@]}"; do
    rasterise "$(source_for "$s")" "$s" "$here/png/vitae-$s.png"
done
if ensure optipng optipng; then
    # Colour type and bit depth stay RGBA 8-bit: png2icns and PNG-in-ICO readers expect that.
    optipng -quiet -o5 -nc -nb -strip all "$here"/png/vitae-*.png
fi

ico_bitmaps=()
for s in "${ico_bitmap_sizes[@]}"; do ico_bitmaps+=("$here/png/vitae-$s.png"); done
ico_pngs=()
for s in "${ico_png_sizes[@]}"; do ico_pngs+=(--raw="$here/png/vitae-$s.png"); done
if ensure icotool icoutils; then
    icotool --create --output="$here/vitae.ico" "${ico_bitmaps[@]}" "${ico_pngs[@]}"
elif have_imagemagick; then
    imagemagick "${ico_bitmaps[@]}" "${ico_pngs[@]#--raw=}" "$here/vitae.ico"
else
    echo "build.sh: need icotool (icoutils) or ImageMagick to write vitae.ico" >&2
    exit 1
fi

# The .icns holds 16 and 32 px in the classic RLE types (is32/il32 with masks, which every macOS reads),
# written by png2icns, and 128-1024 px plus the @2x types as PNG (macOS 10.7/10.8 and later). png2icns
# itself would store the large sizes as JPEG 2000, lossy and several times bigger.
be32() { # be32 N: four bytes, most significant first
    printf '%b' "$(printf '\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}
icns_body=$(mktemp)
trap 'rm -f "$icns_body" "$icns_body.icns"' EXIT
png_entries="ic11:32 ic12:64 ic07:128 ic13:256 ic08:256 ic14:512 ic09:512 ic10:1024"   # type:size
if ensure png2icns icnsutils; then
    png2icns "$icns_body.icns" "$here/png/vitae-16.png" "$here/png/vitae-32.png" >/dev/null
    tail -c +9 "$icns_body.icns" >"$icns_body"
else
    echo "build.sh: png2icns (icnsutils) missing; 16 and 32 px go into vitae.icns as PNG" >&2
    png_entries="icp4:16 icp5:32 $png_entries"
fi
for entry in $png_entries; do
    png="$here/png/vitae-${entry#*:}.png"
    { printf '%s' "${entry%%:*}"; be32 $(($(wc -c <"$png") + 8)); cat "$png"; } >>"$icns_body"
done
{ printf 'icns'; be32 $(($(wc -c <"$icns_body") + 8)); cat "$icns_body"; } >"$here/vitae.icns"

for s in "${resource_sizes[@]}"; do
    cp "$here/png/vitae-$s.png" "$resources/vitae-$s.png"
done

echo "build.sh: wrote $here/png, vitae.ico, vitae.icns and $(cd "$resources" && pwd)"
