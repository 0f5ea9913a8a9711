#!/usr/bin/env bash
# GUI smoke test as a person sees it: the demo in a real X window (Xvfb, not Qt's offscreen
# platform, so the translators and fonts of a real start are in play), every page opened
# with its shortcut (Ctrl+1 … Ctrl+0), a screenshot of each and OCR (Tesseract, Indonesian).
# Fails when the navigation labels or one known word of a page cannot be read: a window
# without text, a page that does not open, or an app that dies on the way.
#
#   bash .ci/gui-smoke.sh [OUT_DIR]        (from the project root, after dev.py made .venv)
#   SMOKE_SIZE=1920x1080 SMOKE_SCALE=1.5 bash .ci/gui-smoke.sh /tmp/smoke-150
#
# Needs Debian's xvfb, xdotool, imagemagick, tesseract-ocr, tesseract-ocr-ind (.ci/run
# installs them) and Qt's xcb libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/desk-pilkada-gui-smoke}
size=${SMOKE_SIZE:-1366x768}
python=.venv/bin/python
[ -x "$python" ] || { echo "GAGAL: .venv belum ada; jalankan 'python3 dev.py test' dulu"; exit 2; }
for tool in Xvfb xdotool import convert tesseract; do
  command -v "$tool" >/dev/null || { echo "GAGAL: $tool tidak terpasang"; exit 2; }
done
tesseract --list-langs 2>/dev/null | grep -qx ind || { echo "GAGAL: tesseract-ocr-ind tidak terpasang"; exit 2; }

mkdir -p "$out"
rm -f "$out"/page-*.png "$out"/page-*.txt "$out/navigation.txt"
home=$(mktemp -d /tmp/desk-pilkada-smoke.XXXXXX)
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$home/display" >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && { kill "$app" 2>/dev/null || true; sleep 0.5; kill -9 "$app" 2>/dev/null || true; }
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
for _ in $(seq 1 50); do [ -s "$home/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$home/display")" DESK_PILKADA_HOME="$home/data" QT_QPA_PLATFORM=xcb
[ -n "${SMOKE_SCALE:-}" ] && export QT_SCALE_FACTOR=$SMOKE_SCALE
"$python" -m app --demo >"$out/app-output.txt" 2>&1 &
app=$!
window=$(timeout 120 xdotool search --sync --onlyvisible --name "Desk Pilkada" 2>/dev/null | head -n 1 || true)
if [ -z "$window" ]; then
  echo "GAGAL: tidak ada jendela 'Desk Pilkada' dalam 120 detik; keluaran aplikasi:"
  tail -n 30 "$out/app-output.txt"
  exit 1
fi
# The first start builds the demo database; wait until the dashboard has its figures.
sleep 15
# No window manager under Xvfb: give the window the keyboard focus ourselves, then type
# through XTEST (as a keyboard would; Qt ignores synthetic events sent to a window).
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
xdotool windowfocus --sync "$window" >/dev/null 2>&1 || true

# One word (or phrase) per page that an operator reads there.
pages=(
  "1:Dasbor:Insiden terbuka"
  "2:Tahapan:Lini masa"
  "3:Insiden:INS-2024"
  "4:Logistik:pengiriman"
  "5:Sosialisasi:jangkauan"
  "6:Partisipasi:DPT"
  "7:Kerawanan:IKP"
  "8:Laporan:Pratinjau"
  "9:Data:templat"
  "0:Pengaturan:Pengguna"
)
failed=0
n=0
for page in "${pages[@]}"; do
  key=${page%%:*}; rest=${page#*:}; name=${rest%%:*}; word=${rest#*:}
  n=$((n + 1))
  xdotool windowfocus --sync "$window" >/dev/null 2>&1 || true
  xdotool key "ctrl+$key" >/dev/null 2>&1 || true
  sleep 4
  png=$(printf '%s/page-%02d-%s.png' "$out" "$n" "$name")
  import -window root "$png"
  convert "$png" -resize 200% "$out/ocr.png"
  tesseract "$out/ocr.png" "${png%.png}" -l ind >/dev/null 2>&1
  # The navigation column alone (without its icons), for the labels.
  convert "$png" -crop 165x240+25+0 -resize 300% "$out/ocr.png"
  tesseract "$out/ocr.png" stdout -l ind --psm 6 2>/dev/null >>"$out/navigation.txt" || true
  text=$(tr -s ' \n' ' ' <"${png%.png}.txt")
  words=$(wc -w <"${png%.png}.txt")
  if grep -qiF -- "$word" <<<"$text"; then
    printf '[OK] %-12s %4d kata terbaca, "%s" ada   %s\n' "$name" "$words" "$word" "$png"
  else
    printf '[GAGAL] %-9s %4d kata terbaca, "%s" tidak terbaca   %s\n' "$name" "$words" "$word" "$png"
    failed=$((failed + 1))
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "GAGAL: aplikasi berhenti saat halaman $name dibuka; keluaran aplikasi:"
    tail -n 30 "$out/app-output.txt"
    exit 1
  fi
done
rm -f "$out/ocr.png"
labels=0
missing=()
for label in Dasbor Tahapan Insiden Logistik Sosialisasi Partisipasi Kerawanan Laporan Data Pengaturan; do
  if grep -qi -- "$label" "$out/navigation.txt"; then labels=$((labels + 1)); else missing+=("$label"); fi
done
echo "Label navigasi terbaca: $labels dari 10${missing[*]:+ (tidak terbaca: ${missing[*]})}"
[ "$labels" -eq 10 ] || failed=$((failed + 1))
if [ "$failed" -gt 0 ]; then
  echo "GAGAL: $failed pemeriksaan layar gagal; tangkapan layar dan teks OCR di $out"
  exit 1
fi
echo "Uji asap GUI lulus: setiap halaman terbaca (tangkapan layar di $out)."
