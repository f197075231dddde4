#!/bin/sh
# Add IMILA Desk to this user's application menu, and open .imila files with it.
# The program stays in this folder: move the folder first if you want it elsewhere.
#
#     ./install.sh              # menu entry, icon and .imila file type for this user
#     ./install.sh --uninstall  # remove them again (the folder itself stays)
#
# For a portable copy (settings and mapping memory beside the program, e.g. on
# a USB stick used in workshops) there is nothing to install: create an empty
# file named "portable" in this folder and run ./imila-desk.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"
mime="$data/mime/packages"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/imila-desk.desktop" "$icons/imila-desk.png" "$mime/imila-desk.xml"
  refresh
  echo "IMILA Desk removed from the menu; delete $here to remove the program."
  exit 0
fi

mkdir -p "$apps" "$icons" "$mime"
cp "$here/imila-desk.png" "$icons/imila-desk.png"
sed "s|^Exec=.*|Exec=\"$here/imila-desk\" %f|" "$here/imila-desk.desktop" > "$apps/imila-desk.desktop"
cat > "$mime/imila-desk.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-imila-project">
    <comment>IMILA Desk project</comment>
    <comment xml:lang="es">Proyecto de IMILA Desk</comment>
    <comment xml:lang="pt">Projeto do IMILA Desk</comment>
    <comment xml:lang="fr">Projet IMILA Desk</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <glob pattern="*.imila"/>
  </mime-type>
</mime-info>
XML
refresh
echo "IMILA Desk is in the application menu (program: $here/imila-desk)."
echo "Check this copy at any time with: \"$here/imila-desk\" --self-test"
