#!/usr/bin/env bash
# Runs a command with this process tree's wall clock moved to HH:MM WIB today (the desk's
# zone), the monotonic clock left alone, so that any code that still reads the wall clock
# instead of the desk clock shows itself (SPEC 14).
#
#   bash .ci/at-hour.sh 03:00 .venv/bin/python -m pytest -q tests/services
#
# libfaketime comes from PyPI (the test extras): Debian 12's faketime 0.9.10 makes Python's
# time.sleep fail with EINVAL and hangs timed waits when the monotonic clock is left real.
set -euo pipefail
cd "$(dirname "$0")/.."
hour=$1
shift
env_line=$(.venv/bin/python - <<'PY'
import libfaketime
_, env = libfaketime.get_reload_information()
print(f"{env['LD_LIBRARY_PATH']} {env['LD_PRELOAD']}")
PY
)
read -r libdir lib <<<"$env_line"
day=$(TZ=Asia/Jakarta date +%Y-%m-%d)
echo "Jam dinding proses: $day $hour WIB (libfaketime)"
exec env TZ=Asia/Jakarta FAKETIME="@$day $hour:00" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  FAKETIME_DISABLE_SHM=1 FAKETIME_NO_CACHE=1 LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  LD_PRELOAD="$lib" "$@"
