#!/usr/bin/env bash
# Prepare a folder of wheels for laptops without internet, then prove it is complete by
# installing LocalPlan from it into a fresh virtual environment with the index switched off.
#   bash scripts/offline_wheels.sh [WHEELS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist/wheels}
PY=${PYTHON:-python3}
mkdir -p "$OUT"
$PY -m pip wheel --quiet -w "$OUT" .
CHECK=$(mktemp -d)
$PY -m venv "$CHECK/venv"
"$CHECK/venv/bin/pip" install --quiet --no-index --find-links "$OUT" localplan
"$CHECK/venv/bin/localplan" --version
LOCALPLAN_HOME="$CHECK/home" "$CHECK/venv/bin/localplan" demo "$CHECK/ejemplo.lplan"
LOCALPLAN_HOME="$CHECK/home" "$CHECK/venv/bin/localplan" export "$CHECK/ejemplo.lplan" --pdf "$CHECK/informe.pdf" --xlsx "$CHECK/libro.xlsx"
# the windows too, from the installed wheel (not the checkout): every module and resource shipped
LOCALPLAN_HOME="$CHECK/home" QT_QPA_PLATFORM=offscreen "$CHECK/venv/bin/localplan" --screenshots "$CHECK/shots" "$CHECK/ejemplo.lplan"
rm -rf "$CHECK"
echo "offline wheels complete in $OUT ($(ls "$OUT" | wc -l) files)"
