#!/bin/sh
# Installed as /opt/vitae/lib/desktop/desktop-files.sh; the .deb's postinst runs it with "install", its
# prerm with "remove". It copies the desktop entry, the icons and the MIME type from this folder to where
# desktops look for them, or removes them, and refreshes the desktop's caches. This is what xdg-utils
# would do, but xdg-desktop-menu refuses to work where /etc/xdg/menus is missing.
set -e

here=$(dirname "$0")
share=${VITAE_SHARE:-/usr/share}
files="applications/dev.vitae.Vitae.desktop mime/packages/vitae.xml icons/hicolor/scalable/apps/vitae.svg"
for size in 16 24 32 48 64 128 256 512; do
    files="$files icons/hicolor/${size}x${size}/apps/vitae.png"
done

case "$1" in
    install)
        for file in $files; do
            install -D -m 644 "$here/$file" "$share/$file"
        done
        ;;
    remove)
        for file in $files; do
            rm -f "$share/$file"
        done
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications"
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$share/mime"
fi
if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor"
fi
