#!/bin/sh
# Add Supple to the desktop's application menu (or take it out again), for one
# user or system-wide: the desktop entry, the AppStream metadata and the icons.
#
#   sh packaging/linux/install-desktop-integration.sh                 # ~/.local, runs `supple`
#   sh packaging/linux/install-desktop-integration.sh --exec /opt/Supple/supple
#   sudo sh packaging/linux/install-desktop-integration.sh --prefix /usr/local
#   sh packaging/linux/install-desktop-integration.sh --uninstall     # same options as above
#
# --exec: the program the menu entry starts. Leave it out when `supple` is on
# PATH (pipx or pip install), or when running the copy of this script inside
# the Linux bundle (Supple/desktop-integration/), which starts that bundle.
# Only the files this script installs are removed by --uninstall; your
# routines, settings and history are left alone (see README: Uninstalling).
set -eu

APP_ID=io.github.supple_app.Supple
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
PREFIX_GIVEN=""
EXEC=""
UNINSTALL=""
NEWLINE='
'

while [ $# -gt 0 ]; do
    case "$1" in
        --exec) EXEC="$2"; shift 2 ;;
        --prefix) PREFIX_GIVEN="$2"; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done
if [ -n "$PREFIX_GIVEN" ]; then PREFIX="$PREFIX_GIVEN/share"; fi

DESKTOP="$PREFIX/applications/$APP_ID.desktop"
METAINFO="$PREFIX/metainfo/$APP_ID.metainfo.xml"
ICONS="$PREFIX/icons/hicolor"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$PREFIX/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

if [ -n "$UNINSTALL" ]; then
    rm -f "$DESKTOP" "$METAINFO"
    for icon in "$ICONS"/*/apps/"$APP_ID".png "$ICONS"/scalable/apps/"$APP_ID".svg; do
        rm -f "$icon"
    done
    refresh
    echo "Removed Supple's menu entry and icons from $PREFIX"
    exit 0
fi

# Inside the Linux bundle this folder is Supple/desktop-integration: start the bundle's own program.
if [ -z "$EXEC" ] && [ -z "$UNINSTALL" ] && [ -x "$HERE/../supple" ] && [ -d "$HERE/../_internal" ]; then
    EXEC="$HERE/../supple"
    EXEC="$(cd "$(dirname "$EXEC")" && pwd)/supple"
fi
if [ -z "$EXEC" ] && ! command -v supple >/dev/null 2>&1; then
    echo "warning: 'supple' is not on PATH; the menu entry will not start until it is" >&2
    echo "         (or run this again with --exec /full/path/to/supple)" >&2
fi

mkdir -p "$PREFIX/applications" "$PREFIX/metainfo"
if [ -n "$EXEC" ]; then
    case "$EXEC" in /*) ;; *) EXEC="$(pwd)/$EXEC" ;; esac
    case "$EXEC" in
        *"$NEWLINE"*) echo "the program's path has a line break; a menu entry cannot hold it" >&2; exit 2 ;;
    esac
    # The desktop entry spec: Exec holds the path in double quotes with \ " ` $ escaped by a
    # backslash and % doubled, then (like every string value, TryExec too) \ escaped again.
    # The path is data here, never a sed replacement, so & | and the like stay as they are.
    QUOTED=$(printf '%s' "$EXEC" | sed -e 's/\\/\\\\/g; s/"/\\"/g; s/`/\\`/g; s/\$/\\$/g; s/%/%%/g' \
        -e 's/\\/\\\\/g')
    PLAIN=$(printf '%s' "$EXEC" | sed -e 's/\\/\\\\/g')
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            Exec=*) printf 'Exec="%s"\n' "$QUOTED" ;;
            TryExec=*) printf 'TryExec=%s\n' "$PLAIN" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$HERE/$APP_ID.desktop" > "$DESKTOP"
else
    cp "$HERE/$APP_ID.desktop" "$DESKTOP"
fi
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO"
for dir in "$HERE"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$ICONS/$size/apps"
    cp "$dir"/* "$ICONS/$size/apps/"
done
refresh
echo "Installed Supple's menu entry and icons into $PREFIX"
