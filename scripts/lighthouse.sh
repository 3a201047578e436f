#!/usr/bin/env bash
# Lighthouse's performance score of the course's pages, as a phone on a slow network sees them: its
# default mobile profile (simulated throttling), the median of several runs per page, against the
# packaged server on a fresh data directory. Prints one row per page: score, first and largest
# contentful paint, total blocking time, cumulative layout shift, and the bytes transferred.
# See docs/benchmarks.md.
#
# Usage: scripts/lighthouse.sh [PATH...]     (default: /, /glossary and every lesson)
#   LIGHTHOUSE_RUNS=3          runs per page (the median is reported)
#   LIGHTHOUSE_URL=http://…    measure a server that is already running instead of starting one
#   NEURONA_LIGHTHOUSE_PORT    the port of the server it starts (default 18103)
#   CHROME_PATH                the browser (default Debian's /usr/bin/chromium)
# Lighthouse 12 (13 needs a newer Node) is installed once with npm under target/lighthouse.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${LIGHTHOUSE_RUNS:-3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
TOOL=target/lighthouse
if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$TOOL"
  (cd "$TOOL" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund lighthouse@12 >/dev/null)
fi
LIGHTHOUSE="$PWD/$TOOL/node_modules/.bin/lighthouse"

WORK="$(mktemp -d)"
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

URL="${LIGHTHOUSE_URL:-}"
if [ -z "$URL" ]; then
  . scripts/blas-env.sh
  PORT="${NEURONA_LIGHTHOUSE_PORT:-18103}"
  URL="http://127.0.0.1:$PORT"
  JAR=target/quarkus-app/quarkus-run.jar
  [ -f "$JAR" ] || mvn -q -B package -DskipTests
  mkdir -p "$WORK/data"
  java -Dquarkus.http.port="$PORT" -Dneurona.data-dir="$WORK/data" \
    -Dorg.bytedeco.javacpp.cachedir="$HOME/.neurona/native-cache" -jar "$JAR" > "$WORK/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 480); do
    curl -fs -o /dev/null "$URL/" && break
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.25
  done
fi

if [ "$#" -gt 0 ]; then
  PAGES=("$@")
else
  mapfile -t LESSONS < <(curl -fs "$URL/" | grep -o 'href="/lessons/[0-9.]*"' | cut -d'"' -f2 | awk '!seen[$0]++')
  PAGES=(/ /glossary "${LESSONS[@]}")
fi

FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
echo "Lighthouse $("$LIGHTHOUSE" --version), mobile profile, performance only; median of $RUNS runs per page; $URL"
printf '%-12s %5s %7s %7s %7s %6s %8s\n' page score FCP_s LCP_s TBT_ms CLS KiB
for path in "${PAGES[@]}"; do
  for run in $(seq 1 "$RUNS"); do
    "$LIGHTHOUSE" "$URL$path" --quiet --only-categories=performance --output=json \
      --output-path="$WORK/run-$run.json" --chrome-flags="$FLAGS" >/dev/null 2>"$WORK/lighthouse.err" \
      || { echo "lighthouse failed on $path: $(tail -n 3 "$WORK/lighthouse.err")" >&2; exit 1; }
  done
  node - "$path" "$WORK"/run-*.json <<'JS'
const fs = require('fs');
const [path, ...files] = process.argv.slice(2);
const runs = files.map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
const audit = (r, id) => r.audits[id].numericValue;
// the run whose score is the median, so a row's figures come from one page load
const scored = runs.map(r => ({ r, score: Math.round(r.categories.performance.score * 100) }));
const mid = scored.sort((a, b) => a.score - b.score)[(scored.length - 1) >> 1].r;
console.log([
  path.padEnd(12),
  String(median(scored.map(s => s.score))).padStart(5),
  (audit(mid, 'first-contentful-paint') / 1000).toFixed(1).padStart(7),
  (audit(mid, 'largest-contentful-paint') / 1000).toFixed(1).padStart(7),
  String(Math.round(audit(mid, 'total-blocking-time'))).padStart(7),
  audit(mid, 'cumulative-layout-shift').toFixed(3).padStart(6),
  String(Math.round(audit(mid, 'total-byte-weight') / 1024)).padStart(8),
].join(' '));
JS
  rm -f "$WORK"/run-*.json
done
