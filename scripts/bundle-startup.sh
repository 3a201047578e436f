#!/usr/bin/env bash
# Start to ready (/q/health/ready answers) of the download against `java -jar` on the same server, best
# of 3 starts each, the variants interleaved so a busy machine slows them alike. Each start gets a fresh
# data directory (the database is created and migrated every time). `java -jar` gets an already extracted
# native-library cache too, so the figures compare the JVMs' starts; its first start on a new machine,
# which extracts the cache, is measured once at the end. Prints wall and CPU seconds (CPU: user + system
# of the server process when ready, less distorted by other load). See docs/benchmarks.md.
#   scripts/bundle-startup.sh [target/neurona-<version>-linux-x86_64.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/blas-env.sh

TARBALL="${1:-$(ls -t target/neurona-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)}"
[ -n "$TARBALL" ] && [ -f "$TARBALL" ] || { echo "no bundle: run ./neurona bundle first" >&2; exit 1; }
PORT="${NEURONA_BENCH_PORT:-8104}"
ROUNDS="${ROUNDS:-3}"
WORK="$(mktemp -d)"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# stopped by a signal, clean up all the same
trap 'exit 130' INT TERM

tar -C "$WORK" -xzf "$TARBALL"
BUNDLE="$(echo "$WORK"/neurona-*)"
JAR=target/quarkus-app/quarkus-run.jar
TICKS="$(getconf CLK_TCK)"

# starts one server (the command line after the label), waits until ready, stops it; prints "wall cpu"
start_to_ready() {
  local data t0 t1 cpu
  data="$(mktemp -d -p "$WORK")"
  t0="$(date +%s.%N)"
  NEURONA_DATA_DIR="$data" QUARKUS_HTTP_PORT="$PORT" "$@" > "$data/server.log" 2>&1 &
  SERVER=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$SERVER" 2>/dev/null || { tail -n 30 "$data/server.log" >&2; echo "the server stopped: $*" >&2; exit 1; }
    sleep 0.05
  done
  t1="$(date +%s.%N)"
  cpu="$(awk -v t="$TICKS" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$SERVER/stat")"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
  rm -rf "$data"
  awk -v a="$t0" -v b="$t1" -v c="$cpu" 'BEGIN { printf "%.1f %s\n", b - a, c }'
}

declare -A wall cpu
variants=(jar bundle bundle-nocds)
# the same options for all (a busy machine can take longer than the pool's default 5 s to open H2)
OPTS="-Dquarkus.datasource.jdbc.acquisition-timeout=2M"
run_variant() {
  case "$1" in
    jar) start_to_ready java $OPTS -Dorg.bytedeco.javacpp.cachedir="$BUNDLE/native-cache" -jar "$(pwd)/$JAR" ;;
    bundle) JAVA_OPTS="$OPTS" start_to_ready "$BUNDLE/bin/neurona" ;;
    bundle-nocds) JAVA_OPTS="-Xshare:off $OPTS" start_to_ready "$BUNDLE/bin/neurona" ;;
  esac
}
best() { tr ' ' '\n' | grep . | sort -n | head -n 1; }

for round in $(seq 1 "$ROUNDS"); do
  for v in "${variants[@]}"; do
    read -r w c < <(run_variant "$v")
    wall[$v]="${wall[$v]:-} $w"; cpu[$v]="${cpu[$v]:-} $c"
    echo "round $round  $v: ${w} s wall, ${c} s CPU" >&2
  done
done
first_jar="$(start_to_ready java $OPTS -Dorg.bytedeco.javacpp.cachedir="$WORK/empty-cache" -jar "$JAR")"

base_w="$(echo "${wall[jar]}" | best)"; base_c="$(echo "${cpu[jar]}" | best)"
echo "Start to ready, best of $ROUNDS (interleaved) · $(nproc) cores · $(basename "$TARBALL") $(du -h "$TARBALL" | cut -f1)"
printf '%-44s %8s %8s %8s %8s\n' "" "wall s" "ratio" "CPU s" "ratio"
row() { awk -v l="$1" -v w="$2" -v c="$3" -v bw="$base_w" -v bc="$base_c" \
  'BEGIN { printf "%-44s %8.1f %8.2f %8.1f %8.2f\n", l, w, w / bw, c, c / bc }'; }
row "java -jar (system JDK, natives extracted)" "$base_w" "$base_c"
row "bundle bin/neurona (jlink runtime + AppCDS)" "$(echo "${wall[bundle]}" | best)" "$(echo "${cpu[bundle]}" | best)"
row "bundle, AppCDS off (-Xshare:off)" "$(echo "${wall[bundle-nocds]}" | best)" "$(echo "${cpu[bundle-nocds]}" | best)"
# shellcheck disable=SC2086 # two words
row "java -jar, first start (extracts natives)" $first_jar
