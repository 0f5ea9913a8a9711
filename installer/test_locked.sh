#!/usr/bin/env bash
# The Linux test suite on the versions the Windows build ships (issue: "what ships is what
# was tested"): a separate virtual environment .venv-win-locked gets exactly
# installer/requirements-windows.txt (hash-checked; PySide6 6.9.3, numpy 1.26.4,
# pandas 2.2.3 …), the app itself without dependencies, and the test tools; then pytest.
#
#   bash installer/test_locked.sh [pytest arguments]      (default: -q)
#
# DESK_PILKADA_TEST_PG works as for `python3 dev.py test`. Needs Python 3.11 (the wheels
# are CPython 3.11, as the Windows build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv-win-locked"
PYTHON="${PYTHON:-python3}"
LOCK="installer/requirements-windows.txt"
STAMP="$VENV/.locked-$(cat "$LOCK" pyproject.toml | sha256sum | cut -c1-16)"

if [[ ! -e "$STAMP" ]]; then
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
    { echo "installer/test_locked.sh needs Python 3.11 (PYTHON=python3.11)" >&2; exit 2; }
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q --require-hashes --no-deps -r "$LOCK"
  "$VENV/bin/python" -m pip check # the lock is complete and consistent by itself
  # The app without its pyproject dependencies: the lock stands for them (it may differ on
  # purpose, e.g. PySide6 6.9 ships QtPdf inside PySide6-Addons, 6.12 as PySide6-Pdf).
  "$VENV/bin/python" -m pip install -q --no-deps -e .
  # Test tools are not shipped, so not locked; they must not move a locked version.
  "$VENV/bin/python" -m pip install -q "pytest>=8" "pytest-qt>=4.4" "pypdf>=4" -c <(
    sed -n 's/^\([A-Za-z0-9_.-]*==[^ ;]*\).*/\1/p' "$LOCK")
  touch "$STAMP"
fi
for ts in resources/i18n/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$VENV/bin/python" -c 'import PySide6, numpy, pandas; print(
  f"PySide6 {PySide6.__version__}, numpy {numpy.__version__}, pandas {pandas.__version__}")'
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest -p no:cacheprovider "${@:--q}"
