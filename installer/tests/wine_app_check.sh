#!/usr/bin/env bash
# The real setup under Wine (run by build_windows.sh after a build, or on its own):
# silent per-user install → the installed program's --self-test (console and windowed
# executables) → `init` creates the real database in %LOCALAPPDATA% → upgrade over itself
# keeps it byte for byte → upgrade while the app runs closes it → uninstall keeps the data
# → an all-users install uses %PROGRAMDATA% → /PURGEDATA removes the data.
# With Xvfb and Tesseract (apt install xvfb tesseract-ocr tesseract-ocr-ind imagemagick
# x11-utils) also the real window: `DeskPilkada.exe --demo` on a virtual X display, a
# screenshot read by OCR must show the navigation, and an upgrade must close that window
# politely (its close handler runs). Without those tools the step is skipped and counted.
#
#   bash installer/tests/wine_app_check.sh dist/DeskPilkada-<version>-setup.exe
set -euo pipefail
SETUP="$(realpath "$1")"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# Kept after the check (WORK is removed): the real window's screenshot and its OCR text.
SHOTS="${WINE_CHECK_SHOTS:-$ROOT/build/windows/wine-check}"
WORK="$(mktemp -d /tmp/desk-pilkada-winecheck.XXXXXX)"
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
# Wine's menu and desktop integration writes below these: keep it out of the home folder.
export XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data"
# Wine does not pass the host's QT_* variables to Windows programs; WINEQT_* arrive as QT_*.
# Offscreen: no display needed (the real-window step below unsets it).
export WINEQT_QPA_PLATFORM=offscreen
PASSED=0
FAILED=0
SKIPPED=0
XVFB_PID=""
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  [[ -z "$XVFB_PID" ]] || kill "$XVFB_PID" 2>/dev/null || true
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
# The real window. Wine 8 lacks WinRT's UISettings, which Qt's Windows theme asks for its
# palette; the frozen launcher (installer/launcher.py) turns the theme's desktop settings
# off under Wine, so the window opens. Every navigation label must be read back by OCR.
NAV_LABELS=(Dasbor Tahapan Insiden Logistik Sosialisasi Partisipasi Kerawanan Laporan Data Pengaturan)
NAV_NEEDED=8
SETTINGS_KEY='HKCU\Software\Kesbangpol\Desk Pilkada'
real_window_tools() {
  local tool missing=()
  for tool in Xvfb xwininfo import convert tesseract; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if command -v tesseract >/dev/null && ! tesseract --list-langs 2>/dev/null | grep -qx ind; then
    missing+=("tesseract ind")
  fi
  [[ ${#missing[@]} == 0 ]] && return 0
  echo "[LEWATI] real window under Xvfb: missing ${missing[*]}" \
    "(apt install xvfb x11-utils imagemagick tesseract-ocr tesseract-ocr-ind)"
  SKIPPED=$((SKIPPED + 1))
  return 1
}
start_xvfb() {
  local i
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
  XVFB_PID=$!
  for i in $(seq 50); do
    [[ -s "$WORK/display" ]] && break
    sleep 0.2
  done
  [[ -s "$WORK/display" ]] || { cat "$WORK/xvfb.log"; return 1; }
  export DISPLAY=":$(head -n1 "$WORK/display")"
  echo "      Xvfb on $DISPLAY (1366x768)"
}
window_shown() { # the app's top-level X window, mapped
  local id
  id="$(xwininfo -root -tree 2>/dev/null | grep -F '"Desk Pilkada' | awk '{print $1}')" || return 1
  for id in $id; do
    xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" && return 0
  done
  return 1
}
app_windows() { # the app's mapped top-level windows with a title, one per line
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -F '("deskpilkada.exe"' |
    grep -vF '"Default IME"' | grep -F ': ("' | grep -v '(has no name)' | awk '{print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" &&
      xwininfo -id "$id" 2>/dev/null | sed -n 's/^xwininfo: Window id: [^ ]* //p'
  done
}
settled() { # only the main window is left (the start-up progress and dialogs closed)
  local windows
  windows="$(app_windows)"
  [[ -n "$windows" && $(wc -l <<<"$windows") == 1 ]] || return 1
  sleep 3
  [[ "$(app_windows)" == "$windows" ]]
}
nav_read() { # screenshot → OCR; true when at least NAV_NEEDED navigation labels are read
  local found=() missing=() label
  import -window root "$SHOTS/real-window.png"
  # Upscaled grey reads the 9-point UI text far better than the raw screenshot.
  convert "$SHOTS/real-window.png" -colorspace Gray -resize 200% "$WORK/ocr.png"
  tesseract "$WORK/ocr.png" - -l ind 2>/dev/null >"$SHOTS/real-window.txt" || return 1
  for label in "${NAV_LABELS[@]}"; do
    if grep -qw "$label" "$SHOTS/real-window.txt"; then found+=("$label"); else missing+=("$label"); fi
  done
  NAV_RESULT="${#found[@]}/${#NAV_LABELS[@]} navigation labels read: ${found[*]}${missing:+; not read: ${missing[*]}}"
  [[ ${#found[@]} -ge $NAV_NEEDED ]]
}
real_window() {
  local i started app_rc read=1
  wineserver -k >/dev/null 2>&1 || true # the next Wine desktop starts on the X display
  w reg delete "$SETTINGS_KEY\layout" /f >/dev/null 2>&1 || true
  mkdir -p "$SHOTS"
  rm -f "$SHOTS/real-window.png" "$SHOTS/real-window.txt"
  # Output through a pipe (a file breaks Python's standard streams under Wine), yet $! is the
  # program itself: Wine's helper processes inherit the pipe and outlive it. Wine's own
  # errors (a missing WinRT class, an unhandled exception) go to the log too.
  env -u WINEQT_QPA_PLATFORM WINEDEBUG=-all,err+combase,err+seh \
    wine "$PROG/DeskPilkada.exe" --demo </dev/null > >(tr -d '\r' >"$WORK/real-window.log") 2>&1 &
  REAL_PID=$!
  started=$SECONDS
  until window_shown; do
    if ! kill -0 "$REAL_PID" 2>/dev/null; then
      wait "$REAL_PID" && app_rc=0 || app_rc=$?
      echo "      DeskPilkada.exe ended before its window showed (exit status $app_rc;" \
        "Wine reports 0xC0000409 as 9)"
      tail -n 20 "$WORK/real-window.log" | sed 's/^/      /'
      return 1
    fi
    if ((SECONDS - started > 90)); then
      import -window root "$SHOTS/real-window.png" 2>/dev/null || true
      echo "      no window 'Desk Pilkada' after 90 s; the screen: $SHOTS/real-window.png"
      xwininfo -root -tree 2>/dev/null | grep -E '^ +0x[0-9a-f]+ "' | sed 's/^ */      window: /'
      tail -n 20 "$WORK/real-window.log" | sed 's/^/      /'
      return 1
    fi
    sleep 1
  done
  echo "      window shown after $((SECONDS - started)) s"
  WINDOW_SHOWN=1
  # The demo database is built and the first page fills; a modal progress window meanwhile
  # would also keep the window from closing politely.
  started=$SECONDS
  until settled; do
    if ((SECONDS - started > 150)) || ! kill -0 "$REAL_PID" 2>/dev/null; then
      echo "      not settled after $((SECONDS - started)) s; windows:"
      app_windows | sed 's/^/        /'
      break
    fi
    sleep 2
  done
  echo "      settled after $((SECONDS - started)) s more: $(app_windows | head -n1)"
  for i in 1 2 3 4 5 6; do
    if ! kill -0 "$REAL_PID" 2>/dev/null; then
      echo "      the app ended while its window was shown"
      break
    fi
    if nav_read; then
      read=0
      break
    fi
    sleep 5
  done
  echo "      screenshot: $SHOTS/real-window.png"
  echo "      OCR text:   $SHOTS/real-window.txt"
  grep -v '^[[:space:]]*$' "$SHOTS/real-window.txt" 2>/dev/null | head -n 40 | sed 's/^/        | /'
  echo "      $NAV_RESULT"
  return "$read"
}
polite_close() { # an upgrade closes the real window with WM_CLOSE (taskkill without /F)
  local started=$SECONDS
  w "$SETUP" /S || { echo "      the upgrade failed"; return 1; }
  if kill -0 "$REAL_PID" 2>/dev/null; then
    echo "      the app still runs after the upgrade"
    return 1
  fi
  echo "      the upgrade took $((SECONDS - started)) s (the setup forces the app after 10 s)"
  # Only MainWindow.closeEvent writes the window geometry: a killed app never does.
  w reg query "$SETTINGS_KEY\layout" /s | grep -qi geometry ||
    { echo "      no window geometry saved: the app was killed, not closed"; return 1; }
}
if real_window_tools; then
  if start_xvfb; then
    NAV_RESULT="no screenshot"
    WINDOW_SHOWN=0
    REAL_PID=""
    check "real window under Xvfb shows the navigation (OCR, $NAV_NEEDED of ${#NAV_LABELS[@]} labels)" real_window
    if [[ $WINDOW_SHOWN == 1 ]] && kill -0 "$REAL_PID" 2>/dev/null; then
      check "upgrade closes the real window politely (its close handler saved the geometry)" polite_close
    else
      echo "[GAGAL] upgrade closes the real window politely: no window of the app is running"
      FAILED=$((FAILED + 1))
    fi
    if [[ -n "$REAL_PID" ]]; then
      kill "$REAL_PID" 2>/dev/null || true
      wait "$REAL_PID" 2>/dev/null || true
    fi
    wineserver -k >/dev/null 2>&1 || true
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
    unset DISPLAY
  else
    echo "[GAGAL] Xvfb did not start"
    FAILED=$((FAILED + 1))
  fi
fi

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

echo "wine app check: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[[ $FAILED == 0 ]]
