#!/usr/bin/env bash
# Builds the Linux downloads (./mvnw -B -Pdist package) and smoke-tests them:
#   - the .deb lists the launcher, the desktop entry, the icons and the MIME type, and declares every
#     library the image's native code links; the jlinked modules cover what jdeps finds;
#   - the app-image prints its version and exports a PDF from the command line, and never writes a font
#     cache into the home folder (Vitae maps PDFBox's standard fonts to its own, so PDFBox no longer scans
#     the system's fonts; where it does, the cache goes to the user's data folder);
#   - the app-image opens its window under Xvfb: screenshot, time to a visible window;
#   - the .deb installs (dpkg -i, then apt-get -f install for dependencies), registers its menu entry,
#     MIME type and icons, builds its class-data archive, runs from /opt/vitae and /usr/bin/vitae, opens
#     its window (screenshot, start time), and uninstalls cleanly.
# Results go to target/smoke/ (screenshots, PDFs, results.txt). It installs the tools it needs with
# apt-get, and installs and removes the vitae package on this machine: run it on a build machine or in a
# container, as root or with sudo.
#
# Usage: packaging/build-linux.sh [--skip-build]
#   STARTS=N      timed starts per variant (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."

starts=${STARTS:-5}
skip_build=no
[ "${1:-}" = --skip-build ] && skip_build=yes

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
fail() {
    echo "build-linux: FAILED: $*" >&2
    exit 1
}
say() {
    echo "build-linux: $*"
}

# Tools: jpackage needs fakeroot and dpkg-deb (and objcopy from binutils); the smoke test needs Xvfb,
# xdotool and xwininfo, ImageMagick's import, pdfinfo, desktop-file-validate and xmllint.
tools=(fakeroot:fakeroot objcopy:binutils dpkg-shlibdeps:dpkg-dev Xvfb:xvfb xdotool:xdotool
    xwininfo:x11-utils import:imagemagick pdfinfo:poppler-utils desktop-file-validate:desktop-file-utils
    xmllint:libxml2-utils update-mime-database:shared-mime-info)
missing=()
for entry in "${tools[@]}"; do
    command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$skip_build" = no ]; then
    ./mvnw -B -Pdist package
fi

version=$(sed -n 's/^version=//p' target/classes/dev/vitae/version.properties)
deb=target/dist/vitae_${version}_amd64.deb
image=target/dist/Vitae
tarball=target/dist/vitae-$version-linux-x64.tar.xz
for file in "$deb" "$image/bin/Vitae" "$tarball"; do
    [ -e "$file" ] || fail "$file was not built"
done
smoke=target/smoke
rm -rf "$smoke"
mkdir -p "$smoke"
results=$smoke/results.txt
: >"$results"
record() {
    echo "$*" | tee -a "$results"
}

# --- the package's contents ---------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$smoke/deb-contents.txt"
for path in ./opt/vitae/bin/Vitae ./opt/vitae/bin/vitae ./opt/vitae/lib/app/vitae.jar ./opt/vitae/lib/app/vitae.classlist \
    ./opt/vitae/lib/desktop/applications/dev.vitae.Vitae.desktop \
    ./opt/vitae/lib/desktop/mime/packages/vitae.xml \
    ./opt/vitae/lib/desktop/icons/hicolor/48x48/apps/vitae.png \
    ./opt/vitae/lib/desktop/icons/hicolor/256x256/apps/vitae.png \
    ./opt/vitae/lib/desktop/icons/hicolor/scalable/apps/vitae.svg \
    ./opt/vitae/lib/desktop/desktop-files.sh; do
    grep -q " $path\$" "$smoke/deb-contents.txt" || fail "dpkg-deb -c does not list $path"
done
say "dpkg-deb -c lists the launcher, desktop entry, icons (8 sizes and SVG) and MIME type"
desktop-file-validate packaging/linux/dev.vitae.Vitae.desktop || fail "desktop entry does not validate"
xmllint --noout packaging/linux/vitae-mime.xml || fail "MIME type XML is not well-formed"
# update-mime-database checks the file against the shared-mime-info rules and builds its globs.
mime_check=$(mktemp -d)
install -D -m 644 packaging/linux/vitae-mime.xml "$mime_check/mime/packages/vitae.xml"
XDG_DATA_DIRS=$mime_check update-mime-database "$mime_check/mime" >"$smoke/mime-check.txt" 2>&1
[ -s "$smoke/mime-check.txt" ] && fail "update-mime-database complains about vitae-mime.xml: $(cat "$smoke/mime-check.txt")"
for glob in 'application/x-resume+json:resume.json' 'application/x-resume+json:\*.resume.json'; do
    grep -q ":$glob\$" "$mime_check/mime/globs2" || fail "the MIME type does not match ${glob#*:}"
done
rm -rf "$mime_check"

# Every library that the image's native code links, and that the image does not bring itself, must come
# from a declared dependency or from something a declared dependency pulls in.
depends=$(dpkg-deb -f "$deb" Depends)
mapfile -t declared < <(tr ',|' '\n' <<<"$depends" | sed 's/([^)]*)//; s/ //g' | grep -v '^$' | sort -u)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${declared[@]}" 2>/dev/null | sed -n 's/^ *\(Pre\)\{0,1\}Depends: <\{0,1\}\([^>:]*\).*/\2/p; s/^\([a-z0-9][^ :]*\)$/\1/p' | sort -u)
: >"$smoke/needed-libraries.txt"
while read -r so; do
    readelf -d "$so" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'
done < <(find "$image/lib" -name '*.so*' -type f) | sort -u | while read -r lib; do
    [ -n "$(find "$image/lib" -name "$lib" -print -quit)" ] && continue
    path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib && !found { print $NF; found = 1 }')
    [ -n "$path" ] || { echo "$lib (not on this machine)"; continue; }
    package=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
    package=${package%%:*}
    echo "$lib $package"
done >"$smoke/needed-libraries.txt"
# libGL is loaded at run time by JavaFX's hardware pipeline, so readelf on the launcher's files misses it.
echo "libGL.so.1 libgl1" >>"$smoke/needed-libraries.txt"
while read -r lib package; do
    grep -qx "${package%%:*}" <<<"$closure" || fail "$lib comes from $package, which the .deb does not depend on"
done <"$smoke/needed-libraries.txt"
say "every linked library is covered by Depends ($(wc -l <"$smoke/needed-libraries.txt") libraries)"

# The runtime holds the modules jdeps finds (minus jdk.jfr, optional for JavaFX) plus jdk.localedata.
"$image/lib/runtime/bin/java" --list-modules | sed 's/@.*//' | sort >"$smoke/modules.txt"
jdeps --multi-release 17 --print-module-deps --ignore-missing-deps "$image/lib/app/vitae.jar" \
    | tr ',' '\n' | grep -v '^jdk.jfr$' | sort >"$smoke/jdeps-modules.txt"
missing_modules=$(comm -23 "$smoke/jdeps-modules.txt" "$smoke/modules.txt")
[ -z "$missing_modules" ] || fail "jdeps finds modules the runtime lacks: $missing_modules"
record "runtime modules: $(paste -sd, "$smoke/modules.txt")"

# --- the app-image from the command line ------------------------------------------------------------------
sample=../shared/corpus/01-jsonresume-resume-schema.json
if [ ! -f "$sample" ]; then
    sample=$smoke/resume.json
    (cd "$smoke" && jar xf ../dist/Vitae/lib/app/vitae.jar dev/vitae/samples/sample.json && mv dev/vitae/samples/sample.json resume.json && rm -r dev)
fi
user_home=$(mktemp -d)
trap 'rm -rf "$user_home"' EXIT
# Runs a command with empty home, config and data folders. env execs the command, so one started in the
# background has the process id that $! names.
as_user=(env HOME="$user_home/home" XDG_CONFIG_HOME="$user_home/config" XDG_DATA_HOME="$user_home/data")
mkdir -p "$user_home/home"

[ "$("$image/bin/Vitae" --version)" = "vitae $version" ] || fail "app-image: --version does not print vitae $version"
"${as_user[@]}" "$image/bin/Vitae" export "$sample" -o "$smoke/app-image.pdf" || fail "app-image: export failed"
[ -s "$smoke/app-image.pdf" ] || fail "app-image: the exported PDF is empty"
pdfinfo "$smoke/app-image.pdf" >"$smoke/app-image-pdfinfo.txt" || fail "app-image: pdfinfo cannot read the PDF"
[ ! -e "$user_home/home/.pdfbox.cache" ] || fail "app-image: PDFBox wrote its font cache into the home folder"
say "app-image exports $(sed -n 's/^Pages: *//p' "$smoke/app-image-pdfinfo.txt") page(s) to PDF; no font cache in the home folder"

# --- windows under Xvfb -------------------------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$smoke/display" 2>"$smoke/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$user_home"' EXIT
for _ in $(seq 50); do
    [ -s "$smoke/display" ] && break
    sleep 0.2
done
DISPLAY=:$(tr -d '\n' <"$smoke/display")
export DISPLAY
window_class=dev.vitae.ui.VitaeApp   # WM_CLASS of the JavaFX window, StartupWMClass in the desktop entry

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}
# start_once LAUNCHER [SCREENSHOT]: starts Vitae on the sample, waits for its window to be viewable,
# prints "WALL_MS CPU_MS" (wall clock and the process's CPU time until then), and closes it. With
# $window_environ set, the window's process must have that NAME=VALUE in its environment.
start_once() {
    local launcher=$1 screenshot=${2:-} start pid window="" ticks
    start=$(now_ms)
    "${as_user[@]}" "$launcher" "$sample" >>"$smoke/window.log" 2>&1 &
    pid=$!
    for _ in $(seq 3000); do
        window=$(xdotool search --onlyvisible --class "$window_class" 2>/dev/null | awk 'NR == 1') && [ -n "$window" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    local wall=$(($(now_ms) - start))
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
    if [ -z "$window" ]; then
        kill "$pid" 2>/dev/null || true
        fail "$launcher: no window of class $window_class within a minute"
    fi
    if [ -n "${window_environ:-}" ] && ! tr '\0' '\n' <"/proc/$pid/environ" | grep -qx "$window_environ"; then
        kill "$pid" 2>/dev/null || true
        fail "$launcher: the window's process lacks $window_environ in its environment"
    fi
    if [ -n "$screenshot" ]; then
        xwininfo -id "$window" >"$screenshot.xwininfo.txt"
        # The preview renders after the window shows; give it time to appear in the screenshot.
        sleep 8
        import -window root "$screenshot"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$wall $((ticks * 1000 / $(getconf CLK_TCK)))"
}
median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
# time_starts NAME LAUNCHER: one first start with empty user folders (and, as root, an empty page
# cache), then STARTS timed starts; records the medians.
time_starts() {
    local name=$1 launcher=$2 first walls=() cpus=() result
    rm -rf "${user_home:?}"/{config,data}
    if [ -w /proc/sys/vm/drop_caches ]; then
        sync
        echo 3 >/proc/sys/vm/drop_caches
        first="after dropping the page cache"
    else
        first="with a warm page cache"
    fi
    result=$(start_once "$launcher" "$smoke/$name.png")
    record "$name: first start ($first, empty user folders): $(echo "$result" | awk '{ printf "%.2f s to a visible window, %.2f s CPU", $1 / 1000, $2 / 1000 }')"
    for _ in $(seq "$starts"); do
        result=$(start_once "$launcher")
        walls+=("${result% *}")
        cpus+=("${result#* }")
    done
    record "$name: load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
    record "$name: $starts more starts: median $(printf '%s\n' "${walls[@]}" | median | awk '{ printf "%.2f", $1 / 1000 }') s to a visible window (runs: $(printf '%s ' "${walls[@]}")ms), median $(printf '%s\n' "${cpus[@]}" | median | awk '{ printf "%.2f", $1 / 1000 }') s CPU"
}

window_environ=MALLOC_ARENA_MAX=2   # set by bin/vitae, which the tarball's instructions and the menu entry start
time_starts app-image "$image/bin/vitae"

# --- the .deb, installed ----------------------------------------------------------------------------------
say "installing $deb"
if grep -q '^Status: install ok installed' <<<"$(dpkg -s vitae 2>/dev/null)"; then
    fail "a vitae package is already installed; remove it first (dpkg -r vitae)"
fi
"${sudo[@]}" dpkg -i "$deb" >"$smoke/dpkg-install.log" 2>&1 \
    || "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq >>"$smoke/dpkg-install.log" 2>&1 \
    || fail "the .deb does not install (see $smoke/dpkg-install.log)"
grep -q '^Status: install ok installed' <<<"$(dpkg -s vitae)" || fail "vitae is not installed after dpkg -i"
grep '^vitae: ' "$smoke/dpkg-install.log" && fail "the maintainer scripts reported a problem"
for file in /usr/share/applications/dev.vitae.Vitae.desktop /usr/share/mime/packages/vitae.xml \
    /usr/share/icons/hicolor/48x48/apps/vitae.png /opt/vitae/lib/app/vitae.jsa; do
    [ -f "$file" ] || fail "installed: $file is missing"
done
grep -q 'application/x-resume+json:\*\.resume\.json' /usr/share/mime/globs2 || fail "installed: MIME database lacks *.resume.json"
[ "$(/opt/vitae/bin/Vitae --version)" = "vitae $version" ] || fail "installed: /opt/vitae/bin/Vitae --version"
[ "$(vitae --version)" = "vitae $version" ] || fail "installed: vitae --version (via /usr/bin/vitae)"
[ "$(readlink -f "$(command -v vitae)")" = /opt/vitae/bin/vitae ] || fail "installed: /usr/bin/vitae does not lead to /opt/vitae/bin/vitae"
# -Xshare:on makes the JVM fail instead of silently starting without the archive.
JAVA_TOOL_OPTIONS=-Xshare:on /opt/vitae/bin/Vitae --version >/dev/null 2>&1 || fail "installed: the class-data archive is not usable"
"${as_user[@]}" vitae export "$sample" -o "$smoke/installed.pdf" || fail "installed: export failed"
pdfinfo "$smoke/installed.pdf" >/dev/null || fail "installed: pdfinfo cannot read the PDF"
say "installed: /opt/vitae/bin/Vitae --version, vitae export, menu entry, MIME type, icons, class-data archive"

time_starts installed-deb "$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' /usr/share/applications/dev.vitae.Vitae.desktop)"

say "removing the package"
"${sudo[@]}" dpkg -r vitae >"$smoke/dpkg-remove.log" 2>&1 || fail "dpkg -r vitae failed"
for file in /opt/vitae /usr/bin/vitae /usr/share/applications/dev.vitae.Vitae.desktop \
    /usr/share/mime/packages/vitae.xml /usr/share/icons/hicolor/48x48/apps/vitae.png; do
    [ ! -e "$file" ] || fail "after removal: $file is still there"
done

record "sizes: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB; $(basename "$tarball") $(du -k "$tarball" | cut -f1) KiB; app-image unpacked $(du -sk "$image" | cut -f1) KiB; installed $(dpkg-deb -f "$deb" Installed-Size) KiB plus the class-data archive"
say "all checks passed; screenshots and results in $smoke/"
