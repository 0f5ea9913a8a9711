#!/usr/bin/env bash
# Fast installer check (CI, every run; about a minute): compiles installer/desk_pilkada.nsi
# with `makensis -WX` around a tiny dummy payload, then in a fresh Wine prefix checks a
# silent per-user install, an upgrade over itself while the "app" runs (closed by the
# setup, data file kept, stale program files gone), an uninstall that keeps the data, and
# /PURGEDATA removing it; then an all-users install and uninstall. Needs `makensis` and `wine` (Debian: nsis, wine, wine64).
#
#   bash installer/tests/fast_check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NSI="${NSI:-$ROOT/installer/desk_pilkada.nsi}"  # NSI=… tests another copy of the script
WORK="$(mktemp -d /tmp/desk-pilkada-fastcheck.XXXXXX)"
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
# Wine's menu and desktop integration writes below these: keep it out of the home folder.
export XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data"
PASSED=0
FAILED=0

cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

check() { # check "what" command...
  local what="$1"
  shift
  if "$@"; then
    echo "[OK] $what"
    PASSED=$((PASSED + 1))
  else
    echo "[GAGAL] $what"
    FAILED=$((FAILED + 1))
  fi
}

# Wine console programs: stdin from /dev/null and output through a pipe, never a file.
w() { wine "$@" </dev/null 2>&1 | tr -d '\r' | cat; return "${PIPESTATUS[0]}"; }
reg_has() { wine reg query "$1" </dev/null >/dev/null 2>&1; }
# The uninstaller runs as a copy in %TEMP% and returns at once: wait for Wine to go idle.
uninstall() { w "$PROG/Uninstall.exe" "$@" && wineserver -w; }

# --- dummy payload: an "app" that just waits, built by makensis itself ----------------
mkdir -p "$WORK/app"
cat >"$WORK/app/dummy.nsi" <<'EOF'
Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
Name "dummy"
OutFile "dummy.exe"
Section
  Sleep 120000
SectionEnd
EOF
(cd "$WORK/app" && makensis -V1 -WX dummy.nsi >/dev/null)
for version in 1 2; do
  payload="$WORK/payload$version"
  mkdir -p "$payload/_internal"
  cp "$WORK/app/dummy.exe" "$payload/DeskPilkada.exe"
  cp "$WORK/app/dummy.exe" "$payload/desk-pilkada.exe"
  echo "v$version" >"$payload/_internal/version.txt"
done
echo "only in v1" >"$WORK/payload1/_internal/stale.txt"

build() { # build VERSION PAYLOAD
  makensis -V2 -WX -DVERSION="$1" -DVERSION_QUAD="$1.0" -DPAYLOAD="$2" \
    -DOUTFILE="$WORK/DeskPilkada-$1-setup.exe" "$NSI" >"$WORK/makensis-$1.log" 2>&1 ||
    { cat "$WORK/makensis-$1.log"; return 1; }
}
check "makensis -WX compiles the installer (0.0.1)" build 0.0.1 "$WORK/payload1"
check "makensis -WX compiles the installer (0.0.2)" build 0.0.2 "$WORK/payload2"
[[ $FAILED == 0 ]] || exit 1

# --- a fresh Wine prefix whose desktop is not the host's home folder ------------------
wineboot -i >/dev/null 2>&1
WUSER="$(w cmd /c echo %USERNAME%)"
for link in "$WINEPREFIX/drive_c/users/$WUSER"/*; do
  if [[ -L "$link" ]]; then rm "$link" && mkdir "$link"; fi
done
LOCAL="$(winepath -u "$(w cmd /c echo %LOCALAPPDATA%)" 2>/dev/null)"
APPS="$(winepath -u "$(w cmd /c echo %APPDATA%)" 2>/dev/null)"
PROG="$LOCAL/Programs/Desk Pilkada"
DATA="$LOCAL/Kesbangpol/Desk Pilkada"
KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\DeskPilkada'
SETTINGS='HKCU\Software\Kesbangpol\Desk Pilkada'
START_MENU="$APPS/Microsoft/Windows/Start Menu/Programs/Desk Pilkada.lnk"
DESKTOP="$WINEPREFIX/drive_c/users/$WUSER/Desktop/Desk Pilkada.lnk"

# --- install ---------------------------------------------------------------------------
check "silent per-user install exits 0" w "$WORK/DeskPilkada-0.0.1-setup.exe" /S
check "program in %LOCALAPPDATA%\\Programs\\Desk Pilkada" test -f "$PROG/DeskPilkada.exe"
check "marker says per-user" grep -q "mode=per-user" "$PROG/desk-pilkada-install.ini"
check "data folder %LOCALAPPDATA%\\Kesbangpol\\Desk Pilkada created" test -d "$DATA"
check "uninstall entry in HKCU with a quiet uninstall string" \
  bash -c "wine reg query '$KEY' /v QuietUninstallString </dev/null 2>/dev/null | grep -q '/S'"
check "Start-menu and desktop shortcuts" test -f "$START_MENU" -a -f "$DESKTOP"

# --- upgrade over itself while the app runs --------------------------------------------
echo "basis data operator" >"$DATA/desk-pilkada.sqlite"
wine reg add "$SETTINGS" /v ui_language /d en /f </dev/null >/dev/null 2>&1
wine "$PROG/DeskPilkada.exe" </dev/null >/dev/null 2>&1 &
APP_PID=$!
sleep 2
check "the 0.0.1 app is running before the upgrade" kill -0 "$APP_PID"
check "upgrade to 0.0.2 exits 0 while 0.0.1 runs" w "$WORK/DeskPilkada-0.0.2-setup.exe" /S
check "the running app was closed by the setup" bash -c "! kill -0 $APP_PID 2>/dev/null"
wait "$APP_PID" 2>/dev/null || true
check "program files replaced (v2)" grep -qx v2 "$PROG/_internal/version.txt"
check "stale program file of v1 removed" test ! -e "$PROG/_internal/stale.txt"
check "data file kept across the upgrade" grep -qx "basis data operator" "$DATA/desk-pilkada.sqlite"

# --- uninstall keeps the data ----------------------------------------------------------
check "silent uninstall exits 0" uninstall /S
check "program folder removed" test ! -e "$PROG"
check "uninstall entry removed" bash -c "! wine reg query '$KEY' </dev/null >/dev/null 2>&1"
check "shortcuts removed" test ! -e "$START_MENU" -a ! -e "$DESKTOP"
check "data kept after uninstall" grep -qx "basis data operator" "$DATA/desk-pilkada.sqlite"
check "settings kept after uninstall" reg_has "$SETTINGS"

# --- reinstall finds the data; /PURGEDATA removes it -----------------------------------
check "reinstall exits 0" w "$WORK/DeskPilkada-0.0.2-setup.exe" /S
check "reinstall keeps the old data" grep -qx "basis data operator" "$DATA/desk-pilkada.sqlite"
check "uninstall /PURGEDATA exits 0" uninstall /S /PURGEDATA
check "program folder removed" test ! -e "$PROG"
check "/PURGEDATA removed the data folder" test ! -e "$DATA"
check "/PURGEDATA removed the settings" bash -c "! wine reg query '$SETTINGS' </dev/null >/dev/null 2>&1"

# --- all-users install (Wine's user is an administrator) -------------------------------
ALL_PROG="$WINEPREFIX/drive_c/Program Files/Desk Pilkada"
ALL_DATA="$WINEPREFIX/drive_c/ProgramData/Kesbangpol/Desk Pilkada"
check "silent /ALLUSERS install exits 0" w "$WORK/DeskPilkada-0.0.2-setup.exe" /S /ALLUSERS
check "program in Program Files, marker says all-users" \
  grep -q "mode=all-users" "$ALL_PROG/desk-pilkada-install.ini"
check "shared data folder in ProgramData created" test -d "$ALL_DATA"
check "uninstall entry in HKLM" reg_has "${KEY/HKCU/HKLM}"
echo "basis data bersama" >"$ALL_DATA/desk-pilkada.sqlite"
PROG="$ALL_PROG"
check "all-users uninstall exits 0" uninstall /S
check "program folder removed, shared data kept" \
  bash -c "test ! -e '$ALL_PROG' && grep -qx 'basis data bersama' '$ALL_DATA/desk-pilkada.sqlite'"

echo "installer fast check: $PASSED passed, $FAILED failed"
[[ $FAILED == 0 ]]
