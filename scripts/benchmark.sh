#!/usr/bin/env bash
# Benchmark of the core loop as a learner runs it, without a browser: starts the packaged server
# on a fresh data directory, submits lesson 1.5's default exercise (Dense(512, relu) → Dense(10,
# softmax), rmsprop 0.001, batch 128, 5 epochs, all 60,000 training images), follows its SSE
# stream and prints per-epoch seconds, samples/s, test accuracy, peak RSS and the time from
# server start to the first streamed point. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/blas-env.sh

PORT="${NEURONA_BENCH_PORT:-18080}"
URL="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests

DATA="$(mktemp -d)"
WORK="$DATA"
. scripts/learner-http.sh
STREAM="$DATA/events.txt"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

START="$(now)"
java -Dquarkus.http.port="$PORT" -Dneurona.data-dir="$DATA" \
  -Dorg.bytedeco.javacpp.cachedir="$HOME/.neurona/native-cache" -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$URL/" && break
  sleep 0.25
done
READY="$(now)"

LEARNER="$(new_learner 1)"
RUN_ID="$(submit_run "$LEARNER")" || { tail -n 30 "$DATA/server.log" >&2; exit 1; }

FIRST_POINT=""
while IFS= read -r line; do
  if [ -z "$FIRST_POINT" ] && [ "$line" = "event:batch" ]; then FIRST_POINT="$(now)"; fi
  printf '%s\n' "$line" >> "$STREAM"
  [ "$line" = "event:done" ] && break
done < <(run_events "$LEARNER" "$RUN_ID")
END="$(now)"

RSS_KB="$(awk '/VmHWM/ { print $2 }' "/proc/$PID/status")"
field() { grep -o "\"$1\":[^,}]*" | cut -d: -f2; }

echo "Neurona benchmark: lesson 1.5 default (784-512-10, relu/softmax, rmsprop 0.001, batch 128, 5 epochs, 60,000 images)"
echo "cores: $(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc) · workers: default · one BLAS thread per run, spare cores lent to a lone run · OpenBLAS kernels: ${OPENBLAS_CORETYPE:-auto} · java: $(java -version 2>&1 | head -n 1)"
echo
printf '%-6s %9s %11s %8s %9s\n' epoch seconds samples/s loss accuracy
grep -A1 '^event:epoch' "$STREAM" | grep '^data:' | while IFS= read -r data; do
  epoch="$(echo "$data" | field epoch)"; seconds="$(echo "$data" | field seconds)"
  loss="$(echo "$data" | field loss | head -n 1)"; accuracy="$(echo "$data" | field accuracy | head -n 1)"
  awk -v e="$epoch" -v s="$seconds" -v l="$loss" -v a="$accuracy" \
    'BEGIN { printf "%-6s %9.2f %11.0f %8.4f %9.4f\n", e, s, 60000 / s, l, a }'
done
MEDIAN="$(grep -A1 '^event:epoch' "$STREAM" | grep '^data:' | field seconds | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
ACCURACY="$(grep -o 'test-accuracy">[0-9.]*' "$STREAM" | head -n 1 | cut -d'>' -f2)"
echo
awk -v m="$MEDIAN" 'BEGIN { printf "median epoch: %.2f s (%.0f samples/s)\n", m, 60000 / m }'
echo "test accuracy (10,000 test images): ${ACCURACY:-none}"
echo "peak RSS of the server: $((RSS_KB / 1024)) MB"
echo "server start → ready: $(elapsed "$START" "$READY") s"
echo "server start → first streamed point: $(elapsed "$START" "${FIRST_POINT:-$END}") s"
echo "submit → done (5 epochs + test evaluation + model save): $(elapsed "$READY" "$END") s"
