#!/usr/bin/env sh
# Register LocalPlan (an unzipped dist/LocalPlan folder) with the desktop for this user:
# menu entry, icon, and the .lplan file type. No administrator rights needed.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
APP=${1:-$HERE/..}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/256x256/apps"
sed "s|^Exec=LocalPlan|Exec=$APP/LocalPlan|" "$HERE/localplan.desktop" > "$DATA/applications/localplan.desktop"
cp "$HERE/localplan-mime.xml" "$DATA/mime/packages/localplan.xml"
cp "$APP/_internal/resources/icons/localplan.png" "$DATA/icons/hicolor/256x256/apps/localplan.png"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
echo "LocalPlan registered for $(id -un)."
