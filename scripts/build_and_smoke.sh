#!/usr/bin/env bash
# Build the one-folder app and run the frozen program headless. Any missing data file
# or broken feature fails the script.
#   bash scripts/build_and_smoke.sh            (needs: pip install -e ".[dev]")
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
$PY -m PyInstaller build.spec --noconfirm --log-level WARN
APP=dist/LocalPlan
cp -r packaging/linux "$APP/linux" 2>/dev/null || true
WORK=$(mktemp -d)
export LOCALPLAN_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
CLI="$APP/localplan-cli"
run() { echo "+ $*"; "$@"; }

run "$CLI" --version
# libraries imported in ways the analysis cannot see must still be there
ls "$APP"/_internal/_rl_accel* >/dev/null || { echo "reportlab's C accelerators (_rl_accel) are missing"; exit 1; }
run "$CLI" --smoke
run "$CLI" new "$WORK/nuevo plan ñ.lplan" --gad 0401 --period 2023-2027
run "$CLI" info "$WORK/nuevo plan ñ.lplan"
if "$CLI" --help 2>/dev/null | grep -q demo || "$CLI" demo --help >/dev/null 2>&1; then
  run "$CLI" demo "$WORK/ejemplo.lplan"
  PLAN="$WORK/ejemplo.lplan"
else
  PLAN="$WORK/nuevo plan ñ.lplan"
fi
FLAGS=$("$CLI" export --help | grep -oE -- '--(json|pdf|xlsx|ordinance-docx|ordinance-pdf|package)' | sort -u)
ARGS=()
for flag in $FLAGS; do
  case $flag in
    --json) ARGS+=("$flag" "$WORK/out/plan.json");;
    --pdf) ARGS+=("$flag" "$WORK/out/informe.pdf");;
    --xlsx) ARGS+=("$flag" "$WORK/out/libro.xlsx");;
    --ordinance-docx) ARGS+=("$flag" "$WORK/out/ordenanza.docx");;
    --ordinance-pdf) ARGS+=("$flag" "$WORK/out/ordenanza.pdf");;
    --package) ARGS+=("$flag" "$WORK/out/paquete");;
  esac
done
run "$CLI" export "$PLAN" "${ARGS[@]}"
run "$CLI" import "$WORK/out/plan.json" -o "$WORK/reimportado.lplan"
# a workbook goes back into the plan it was exported from (another plan file is refused: #17)
[ -f "$WORK/out/libro.xlsx" ] && run "$CLI" import "$WORK/out/libro.xlsx" --into "$PLAN" --yes
"$CLI" check --help >/dev/null 2>&1 && { run "$CLI" check "$PLAN" || [ $? -eq 1 ]; }
run "$CLI" consolidate "$WORK/reimportado.lplan" "$PLAN" -o "$WORK/out/nacional.xlsx"
if [ -f "$WORK/out/informe.pdf" ] && command -v pdffonts >/dev/null; then
  pdffonts "$WORK/out/informe.pdf" | grep -q DejaVuSans
fi
# Portable mode: a marker beside the program keeps state in a folder beside it.
touch "$APP/portable.txt"
env -u LOCALPLAN_HOME "$CLI" new "$WORK/portable.lplan" --gad 04 >/dev/null
[ -d "$APP/LocalPlanData" ] || { echo "portable mode did not keep its data beside the program"; exit 1; }
rm -rf "$APP/portable.txt" "$APP/LocalPlanData"
# The frozen program draws its windows as the installed one does (same plan, same sizes).
LOCALPLAN_HOME="$WORK/home-frozen" run "$APP/LocalPlan" --screenshots "$WORK/shots-frozen" "$PLAN"
LOCALPLAN_HOME="$WORK/home-installed" run $PY -m localplan --screenshots "$WORK/shots-installed" "$PLAN"
run $PY scripts/compare_shots.py "$WORK/shots-frozen" "$WORK/shots-installed"
(cd dist && rm -f LocalPlan.zip && python3 - <<'PYZIP'
import os, zipfile
with zipfile.ZipFile("LocalPlan.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for root, _, files in os.walk("LocalPlan"):
        for name in files:
            z.write(os.path.join(root, name))
PYZIP
)
# Size budgets (Linux): the folder 160 MB, its zip 65 MB.
folder_mb=$(du -sm "$APP" | cut -f1)
zip_mb=$(( $(stat -c %s dist/LocalPlan.zip) / 1048576 ))
echo "size: folder ${folder_mb} MB (budget 160), zip ${zip_mb} MB (budget 65)"
if [ "$(uname)" = Linux ] && { [ "$folder_mb" -gt 160 ] || [ "$zip_mb" -gt 65 ]; }; then
  echo "the build is over its size budget"; exit 1
fi
echo "frozen smoke: ok"
