#!/usr/bin/env bash
# Builds the Linux downloads from target/vitae.jar. `./mvnw -Pdist package` runs it from the project
# folder (see the "dist" profile in pom.xml and packaging/README.md); it needs a JDK with jmods,
# fakeroot and dpkg-deb, and uses Xvfb when present to train the class-data archive on the window.
#
#   target/dist/Vitae/                              the app-image: run Vitae/bin/Vitae from anywhere
#   target/dist/vitae-VERSION-linux-x64.tar.xz      the app-image as one download
#   target/dist/vitae_VERSION_amd64.deb             the Debian/Ubuntu package, installs to /opt/vitae
#   target/jpackage/                                working files and jpackage's logs
#
# Usage: packaging/linux/make-dist.sh JAVA_HOME VERSION MODULES
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 JAVA_HOME VERSION MODULES" >&2
    exit 2
fi
java_home=$1
version=$2
modules=$3

fail() {
    echo "make-dist: $*" >&2
    exit 1
}

[ "$(uname -s)" = Linux ] || fail "builds Linux packages only; see packaging/README.md for Windows and macOS"
for tool in jlink jpackage jar; do
    [ -x "$java_home/bin/$tool" ] || fail "$java_home/bin/$tool is missing; run Maven with a full JDK 17"
done
[ -f "$java_home/jmods/java.base.jmod" ] \
    || fail "$java_home/jmods is missing; jlink needs it (Debian: openjdk-17-jdk-headless, Ubuntu: openjdk-17-jmods)"
# the launcher's -XX:TrimNativeHeapInterval (app-image.options) stops an older runtime from starting
"$java_home/bin/java" -XX:TrimNativeHeapInterval=1000 -version >/dev/null 2>&1 \
    || fail "$java_home is older than Java 17.0.9, whose runtime the launcher's options need"
for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; jpackage needs it for the .deb (apt-get install fakeroot dpkg-dev)"
done

jar=target/vitae.jar
[ -f "$jar" ] || fail "$jar is missing; the shade plugin builds it earlier in the package phase"

dist=target/dist
work=target/jpackage
rm -rf "$dist" "$work"
mkdir -p "$dist" "$work"
log() {
    echo "make-dist: $*"
}

# 1. A trimmed Java runtime. Uncompressed modules: the .deb and the tarball are compressed anyway (xz
#    packs an uncompressed image smaller than a zip-compressed one), and classes load faster. The
#    default CDS archive for compressed pointers stays; the one for heaps of 32 GB and more, which the
#    launcher's -Xmx never allows, goes.
log "jlink --add-modules $modules"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=0 --generate-cds-archive --output "$work/runtime" >"$work/jlink.log"
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# 2. The launcher's input: the shaded jar, and JavaFX's native libraries beside it, where JavaFX looks
#    first. Otherwise it would unpack them from the jar into ~/.openjfx on first start, and jpackage
#    would not see them when it derives the .deb's dependencies with ldd.
mkdir -p "$work/input"
cp "$jar" "$work/input/vitae.jar"
mapfile -t natives < <("$java_home/bin/jar" tf "$jar" | grep -E '^lib[^/]*\.so$')
[ "${#natives[@]}" -gt 0 ] || fail "no JavaFX native libraries in $jar"
(cd "$work/input" && "$java_home/bin/jar" xf vitae.jar "${natives[@]}")

jpackage() {
    "$java_home/bin/jpackage" "$@"
}

# 3. The app-image users can put anywhere, with the launcher's options and the jlinked runtime.
log "jpackage --type app-image -> $dist/Vitae"
jpackage --type app-image @packaging/app.options @packaging/launcher.options @packaging/linux/app-image.options \
    --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" --dest "$dist" \
    --verbose >"$work/jpackage-app-image.log" 2>&1 || { cat "$work/jpackage-app-image.log" >&2; exit 1; }
# bin/vitae sets the environment the launcher cannot (MALLOC_ARENA_MAX) and starts bin/Vitae
install -m 755 packaging/linux/vitae "$dist/Vitae/bin/vitae"

# 4. Training: the classes Vitae loads while it opens its window on the sample résumé and renders the
#    preview, and while it exports and validates from the command line. postinst turns the list into a
#    class-data archive (AppCDS) where the jar is installed (see resources/postinst).
launcher=$dist/Vitae/bin/Vitae
training=$work/training
mkdir -p "$training"
(cd "$training" && "$java_home/bin/jar" xf "$OLDPWD/$jar" dev/vitae/samples/sample.json)
mv "$training/dev/vitae/samples/sample.json" "$training/resume.json"

run_traced() { # run_traced LIST ARGS...: runs the launcher and records the classes it loads in LIST
    local list=$1
    shift
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dvitae.home=$training/home" "$launcher" "$@"
}

log "training: command line"
run_traced "$training/cli.classlist" export "$training/resume.json" -o "$training/resume.pdf" 2>/dev/null
run_traced "$training/validate.classlist" validate "$training/resume.json" >/dev/null 2>&1

train_window() { # opens the window under Xvfb; returns 1 without Xvfb
    command -v Xvfb >/dev/null 2>&1 || return 1
    local xvfb app display="" list=$training/window.classlist
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$training/display" 2>"$training/xvfb.log" &
    xvfb=$!
    for _ in $(seq 50); do
        display=$(tr -d '\n' <"$training/display")
        [ -n "$display" ] && break
        sleep 0.2
    done
    if [ -z "$display" ]; then
        kill "$xvfb" 2>/dev/null || true
        return 1
    fi
    DISPLAY=:$display run_traced "$list" >"$training/window.log" 2>&1 &
    app=$!
    # Done when the preview has been rendered (PDFBox's page renderer is loaded) and no class has been
    # loaded for three seconds; at most a minute.
    local size=-1 quiet=0
    for _ in $(seq 120); do
        sleep 0.5
        kill -0 "$app" 2>/dev/null || break
        local now
        now=$(stat -c %s "$list" 2>/dev/null || echo 0)
        if [ "$now" = "$size" ] && grep -q '^org/apache/pdfbox/rendering/PDFRenderer$' "$list"; then
            quiet=$((quiet + 1))
            [ "$quiet" -ge 6 ] && break
        else
            quiet=0
        fi
        size=$now
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    grep -q '^javafx/stage/Stage$' "$list"
}

if train_window; then
    log "training: window (Xvfb)"
else
    log "training: no Xvfb, so the window's classes are left out of the class-data archive (install xvfb)"
    rm -f "$training/window.classlist"
fi
complete_lines() { # a JVM that is stopped may leave the last line of its list unfinished
    if [ -n "$(tail -c 1 "$1")" ]; then sed '$d' "$1"; else cat "$1"; fi
}
for list in cli validate window; do
    if [ -f "$training/$list.classlist" ]; then
        complete_lines "$training/$list.classlist"
    fi
done | awk '!seen[$0]++' >"$training/vitae.classlist"
log "training: $(grep -c -v -E '^(#|@)' "$training/vitae.classlist") classes"

# 5. The image the .deb installs at /opt/vitae: the same launcher pointed at the class-data archive that
#    postinst builds, the class list, and the desktop entry, icons and MIME type that postinst registers.
deb_image=$work/deb-image
log "jpackage --type app-image -> $deb_image/Vitae (for /opt/vitae)"
# shellcheck disable=SC2016 # the launcher expands $APPDIR, not this shell
jpackage --type app-image @packaging/app.options @packaging/launcher.options @packaging/linux/app-image.options \
    --java-options '-XX:SharedArchiveFile=$APPDIR/vitae.jsa' \
    --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" --dest "$deb_image" \
    --verbose >"$work/jpackage-deb-image.log" 2>&1 || { cat "$work/jpackage-deb-image.log" >&2; exit 1; }
root=$deb_image/Vitae
cp "$training/vitae.classlist" "$root/lib/app/vitae.classlist"
install -m 755 packaging/linux/vitae "$root/bin/vitae"
# Under lib/, because jpackage copies only bin/ and lib/ of an app-image into the package.
desktop=$root/lib/desktop
install -D -m 644 packaging/linux/dev.vitae.Vitae.desktop "$desktop/applications/dev.vitae.Vitae.desktop"
install -D -m 644 packaging/linux/vitae-mime.xml "$desktop/mime/packages/vitae.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "icons/png/vitae-$size.png" "$desktop/icons/hicolor/${size}x${size}/apps/vitae.png"
done
install -D -m 644 icons/vitae.svg "$desktop/icons/hicolor/scalable/apps/vitae.svg"
install -m 755 packaging/linux/desktop-files.sh "$desktop/desktop-files.sh"

log "jpackage --type deb (compressing takes a minute or two)"
jpackage --type deb --app-image "$root" @packaging/app.options @packaging/linux/deb.options \
    --app-version "$version" --dest "$work/deb" --temp "$work/deb-temp" \
    --verbose >"$work/jpackage-deb.log" 2>&1 || { cat "$work/jpackage-deb.log" >&2; exit 1; }
# jpackage names it NAME_VERSION-RELEASE_ARCH.deb; the download is called vitae_VERSION_amd64.deb.
mv "$work/deb/vitae_$version-1_amd64.deb" "$dist/vitae_${version}_amd64.deb"

# 6. The app-image as one file.
log "tar.xz of the app-image"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$dist" -cf - Vitae \
    | xz -T0 -6 >"$dist/vitae-$version-linux-x64.tar.xz"

log "done:"
(cd "$dist" && ls -l --block-size=K "vitae_${version}_amd64.deb" "vitae-$version-linux-x64.tar.xz" && du -sh Vitae)
