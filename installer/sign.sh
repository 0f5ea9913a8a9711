#!/usr/bin/env bash
# Authenticode-sign one Windows file in place with osslsigncode, when a certificate is
# configured; otherwise do nothing. Used by build_windows.sh for the two programs and, via
# makensis' !finalize/!uninstfinalize, for the setup and its uninstaller.
#
#   SIGN_PFX=cert.pfx SIGN_PASS_FILE=pass.txt [SIGN_TIMESTAMP_URL=http://…] sign.sh FILE
set -euo pipefail
file="$1"
[[ -n "${SIGN_PFX:-}" ]] || exit 0
args=(sign -pkcs12 "$SIGN_PFX" -n "Desk Pilkada" -h sha256 -in "$file" -out "$file.signed")
[[ -n "${SIGN_PASS_FILE:-}" ]] && args+=(-readpass "$SIGN_PASS_FILE")
[[ -n "${SIGN_TIMESTAMP_URL:-}" ]] && args+=(-ts "$SIGN_TIMESTAMP_URL")
osslsigncode "${args[@]}" >/dev/null
mv -f "$file.signed" "$file"
echo "signed: $file"
