#!/usr/bin/env bash
# The server's memory footprint (docs/benchmarks.md): starts the packaged jar with ./neurona run's
# memory ceiling (scripts/memory-env.sh) and Native Memory Tracking, then prints resident peak, heap
# and native figures idle, after one lesson-1.5 run, and after a barrage of bad requests.
#   scripts/footprint.sh [port] [bad-requests]     (defaults 8106 and 11000)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/blas-env.sh
. scripts/memory-env.sh
port=${1:-8106}
bad=${2:-11000}
data=$(mktemp -d /tmp/neurona-footprint.XXXXXX)
jar=target/quarkus-app/quarkus-run.jar
base=http://127.0.0.1:$port
NEURONA_DATA_DIR=$data QUARKUS_HTTP_PORT=$port java $NEURONA_JAVA_MEMORY_OPTS -XX:NativeMemoryTracking=summary ${JAVA_OPTS:-} \
  -jar "$jar" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$base/q/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "the server exited: $data/server.log" >&2; exit 1; }
  sleep 2
done

heap() { curl -fs "$base/q/metrics" | awk -v m="$1" 'index($1, m "{area=\"heap\"") == 1 { s += $2 } END { printf "%d", s / 1048576 }'; }
sample() {
  local hwm rss nmt
  hwm=$(awk '/^VmHWM/ { printf "%d", $2 / 1024 }' /proc/$pid/status)
  rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' /proc/$pid/status)
  nmt=$(jcmd $pid VM.native_memory summary scale=MB | awk -F'committed=' '/^Total/ { split($2, a, "MB"); print a[1] }')
  # what the JVM does not track (NMT) is native: ND4J's arrays, its libraries' buffers, malloc arenas
  printf '%-28s peak %5s MB  now %5s MB  heap used %4s / committed %4s MB  JVM (NMT) %4s MB  outside the JVM %4s MB  streams %s\n' \
    "$1" "$hwm" "$rss" "$(heap jvm_memory_used_bytes)" "$(heap jvm_memory_committed_bytes)" "$nmt" "$((rss - nmt))" \
    "$(curl -fs "$base/q/metrics" | awk '$1 == "neurona_streams_open" { printf "%d", $2 }')"
}
echo "JVM options: $NEURONA_JAVA_MEMORY_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
sample "idle (after warm-up)"

# one learner: a page for the cookies, lesson 1.5's default run, its stream to the end
jar_cookies=$data/cookies
curl -fs -c "$jar_cookies" -o /dev/null "$base/lessons/1.5"
csrf=$(awk '$6 == "neurona_csrf" { print $7 }' "$jar_cookies")
run=$(curl -fs -b "$jar_cookies" -H "X-CSRF-Token: $csrf" -H 'HX-Request: true' -X POST "$base/exercises/mnist-1-5/runs" \
  | grep -o '/runs/[0-9a-f-]*/events' | head -1)
curl -fs -N -b "$jar_cookies" -H 'Accept: text/event-stream' "$base$run" | grep -q '^event: *done'
sample "one run (lesson 1.5, 5 epochs)"

# a barrage: forms with bad values, requests without the CSRF header, unknown pages and runs,
# oversized fields, and one cookie opening streams until refused
barrage() {
  local i=$1
  case $((i % 5)) in
    0) curl -s -o /dev/null -b "$jar_cookies" -H "X-CSRF-Token: $csrf" -X POST "$base/exercises/mnist-1-5/runs" \
         --data "hidden_layers_present=1&hidden_units=-$i&hidden_activation=relu&epochs=abc&batch_size=0" ;;
    1) curl -s -o /dev/null -X POST "$base/exercises/mnist-1-5/runs" --data "epochs=1" ;;
    2) curl -s -o /dev/null "$base/lessons/9.$i" ;;
    3) curl -s -o /dev/null -b "$jar_cookies" "$base/runs/00000000-0000-0000-0000-$(printf '%012d' "$i")/events" ;;
    4) curl -s -o /dev/null -b "$jar_cookies" -H "X-CSRF-Token: $csrf" -X POST "$base/runs/x/review" \
         --data "text=$(head -c 6000 /dev/zero | tr '\0' 'a')" ;;
  esac
}
export -f barrage
export base jar_cookies csrf
seq 1 "$bad" | xargs -P 8 -I{} bash -c 'barrage {}'
for i in $(seq 1 40); do
  curl -s -o /dev/null -m 2 -b "$jar_cookies" -H 'Accept: text/event-stream' "$base/me/live" &
done
wait
sample "after $bad bad requests"
echo "server log: $data/server.log"
