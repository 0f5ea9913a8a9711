#!/usr/bin/env bash
# The real setup under Wine (run by build_windows.sh after a build, or on its own):
# silent per-user install → the installed program's --self-test (console and windowed
# executables) → `init` creates the real database in %LOCALAPPDATA% → upgrade over itself
# keeps it byte for byte → upgrade while the app runs closes it → uninstall keeps the data
# → an all-users install uses %PROGRAMDATA% → /PURGEDATA removes the data.
#
#   bash installer/tests/wine_app_check.sh dist/DeskPilkada-<version>-setup.exe
set -euo pipefail
SETUP="$(realpath "$1")"
WORK="$(mktemp -d /tmp/desk-pilkada-winecheck.XXXXXX)"
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
# Wine's menu and desktop integration writes below these: keep it out of the home folder.
export XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data"
# Wine hands this to the program as QT_QPA_PLATFORM: no display needed.
export WINEQT_QPA_PLATFORM=offscreen
PASSED=0
FAILED=0
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

check() {
  local what="$1"
  shift
  local started=$SECONDS
  if "$@"; then
    echo "[OK] $what ($((SECONDS - started)) s)"
    PASSED=$((PASSED + 1))
  else
    echo "[GAGAL] $what"
    FAILED=$((FAILED + 1))
  fi
}
# Wine console programs: stdin from /dev/null and output through a pipe, never a file.
w() { wine "$@" </dev/null 2>&1 | tr -d '\r' | cat; return "${PIPESTATUS[0]}"; }
uninstall() { w "$PROG/Uninstall.exe" "$@" && wineserver -w; }
app() { # app EXE ARGS…: a CLI command; on failure the end of the app's log explains it
  w "$@" && return 0
  tail -n 25 "$LOG" 2>/dev/null | sed 's/^/      log: /'
  return 1
}
self_test() { # self_test EXE EXPECTED-MODE EXPECTED-DATA-FOLDER
  local out
  out="$(w "$1" --self-test)" || { echo "$out"; return 1; }
  echo "$out" | sed 's/^/      /'
  grep -q "Uji mandiri lulus." <<<"$out" && grep -qF "pemasangan $2, folder data $3" <<<"$out"
}

wineboot -i >/dev/null 2>&1
WUSER="$(w cmd /c echo %USERNAME%)"
for link in "$WINEPREFIX/drive_c/users/$WUSER"/*; do
  if [[ -L "$link" ]]; then rm "$link" && mkdir "$link"; fi
done
LOCAL_W="$(w cmd /c echo %LOCALAPPDATA%)"
LOCAL="$(winepath -u "$LOCAL_W" 2>/dev/null)"
PROG="$LOCAL/Programs/Desk Pilkada"
DATA_W="$LOCAL_W\\Kesbangpol\\Desk Pilkada"
DATA="$LOCAL/Kesbangpol/Desk Pilkada"
DB="$DATA/desk-pilkada.sqlite"
LOG="$DATA/log/desk-pilkada.log"

echo "setup: $SETUP ($(du -h "$SETUP" | cut -f1))"
check "silent per-user install" w "$SETUP" /S
check "installed self-test (desk-pilkada.exe)" self_test "$PROG/desk-pilkada.exe" per-user "$DATA_W"
check "installed self-test (DeskPilkada.exe, windowed)" self_test "$PROG/DeskPilkada.exe" per-user "$DATA_W"
check "init creates the database in %LOCALAPPDATA%\\Kesbangpol\\Desk Pilkada" \
  bash -c "wine '$PROG/desk-pilkada.exe' init --province 36 </dev/null 2>&1 | cat >/dev/null; test -s '$DB'"
echo "catatan operator" >"$DATA/catatan.txt"
BEFORE="$(sha256sum "$DB" | cut -d' ' -f1)"
check "upgrade over itself" w "$SETUP" /S
check "database kept byte for byte" bash -c "[[ \$(sha256sum '$DB' | cut -d' ' -f1) == $BEFORE ]]"
check "other data files kept" grep -qx "catatan operator" "$DATA/catatan.txt"

wine "$PROG/DeskPilkada.exe" </dev/null >/dev/null 2>&1 &
APP_PID=$!
sleep 8
check "the app is running before the second upgrade" kill -0 "$APP_PID"
check "upgrade while the app runs (the setup closes it)" w "$SETUP" /S
check "the running app was closed" bash -c "! kill -0 $APP_PID 2>/dev/null"
wait "$APP_PID" 2>/dev/null || true
check "check passes on the kept database after the upgrades" app "$PROG/desk-pilkada.exe" check

check "silent uninstall" uninstall /S
check "program folder removed" test ! -e "$PROG"
check "database kept after uninstall" test -s "$DB"

PROG_ALL="$WINEPREFIX/drive_c/Program Files/Desk Pilkada"
check "silent all-users install" w "$SETUP" /S /ALLUSERS
check "all-users self-test uses %PROGRAMDATA%" \
  self_test "$PROG_ALL/desk-pilkada.exe" all-users 'C:\ProgramData\Kesbangpol\Desk Pilkada'
check "all-users init creates the shared database" \
  bash -c "wine '$PROG_ALL/desk-pilkada.exe' init </dev/null 2>&1 | cat >/dev/null; test -s '$WINEPREFIX/drive_c/ProgramData/Kesbangpol/Desk Pilkada/desk-pilkada.sqlite'"
SAVED_PROG="$PROG"
PROG="$PROG_ALL"
check "all-users uninstall" uninstall /S
PROG="$SAVED_PROG"

check "per-user reinstall" w "$SETUP" /S
check "check passes on the database the uninstall kept" app "$PROG/desk-pilkada.exe" check
check "uninstall /PURGEDATA" uninstall /S /PURGEDATA
check "/PURGEDATA removed the data folder" test ! -e "$DATA"

echo "wine app check: $PASSED passed, $FAILED failed"
[[ $FAILED == 0 ]]
