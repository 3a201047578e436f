#!/usr/bin/env bash
# Issue 6's comparison, in ONE run (the machine is shared and noisy: only figures measured together
# compare): lesson 1.5's default (MNIST 784-512-10, rmsprop, batch 128, 5 epochs) trained by
#   1. PyTorch 1.13 from Debian, with the best of a few thread settings probed here and now;
#   2. our packaged server as a learner runs it (one run alone, then two submitted at once);
# plus sgemm at the layer's shapes (ND4J's and torch's OpenBLAS, 1 and 2 threads), so each setup's GFLOP/s can be read
# as a share of what this machine can do. See docs/benchmarks.md ("Neurona vs PyTorch").
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/blas-env.sh

JAR=target/quarkus-app/quarkus-run.jar
MNIST=target/generated-resources/datasets/mnist
# Debian's torch lives in /usr/lib/python3/dist-packages: only Debian's interpreter sees it (not a pyenv one)
PY=/usr/bin/python3
EPOCHS=5
SAMPLES=60000
# forward 2·(784·512 + 512·10) + weight gradients 2·(784·512 + 512·10) + hidden-layer gradient 2·512·10
# multiply-adds per sample (no gradient w.r.t. the input pixels; element-wise ops, ~1%, not counted)
FLOP_PER_SAMPLE=$(( 2 * (784 * 512 + 512 * 10) * 2 + 2 * 512 * 10 ))
GFLOP_PER_EPOCH="$(awk -v f="$FLOP_PER_SAMPLE" -v n="$SAMPLES" 'BEGIN { printf "%.1f", f * n / 1e9 }')"

[ -f "$JAR" ] && [ -f target/classes/dev/neurona/reference/GemmPeak.class ] || mvn -q -B package -DskipTests
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.2f\n", v[int((NR + 1) / 2)] }'; }
log() { echo "[compare] $*" >&2; }

# ---------------------------------------------------------------- 1. PyTorch from Debian, if missing
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
TORCH_OK=1
if ! installed python3-torch || ! installed libopenblas0-pthread; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  if ! command -v apt-get >/dev/null || { [ -n "$SUDO" ] && ! sudo -n true 2>/dev/null; }; then
    echo "PyTorch baseline skipped: python3-torch/libopenblas0-pthread are missing and apt-get cannot run here (needs root or passwordless sudo)." >&2
    TORCH_OK=0
  else
    log "installing python3-torch and libopenblas0-pthread from Debian (once)"
    # recommends would pull in hundreds of MB nobody here uses; a stale package list gets one update
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-torch libopenblas0-pthread >"$WORK/apt.log" 2>&1; then
      $SUDO apt-get update -qq >>"$WORK/apt.log" 2>&1 || true
      if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-torch libopenblas0-pthread >>"$WORK/apt.log" 2>&1; then
        echo "PyTorch baseline skipped: apt-get install python3-torch libopenblas0-pthread failed:" >&2
        tail -n 5 "$WORK/apt.log" >&2
        TORCH_OK=0
      fi
    fi
  fi
fi
if [ "$TORCH_OK" = 1 ] && ! "$PY" -c 'import torch' 2>/dev/null; then
  echo "PyTorch baseline skipped: $PY cannot import torch:" >&2
  "$PY" -c 'import torch' 2>&1 | tail -n 2 >&2 || true
  TORCH_OK=0
fi

# ---------------------------------------------------------------- 2. sgemm peak (ND4J's bundled OpenBLAS), kernel choice
# The env decides OpenMP's and OpenBLAS's pools and OpenBLAS's kernels when the library loads: one JVM per
# setting. Kernels tried: the one this shell would start the server with (scripts/blas-env.sh: a value set
# on the machine wins), and, on a CPU with AVX-512, OpenBLAS's SkylakeX kernels. A kernel must pass
# GemmPeak's check against a double-precision product before it counts.
# runs a command with OpenBLAS kernels $1 ("" = let OpenBLAS detect them: the variable unset, not empty).
# Always in a subshell (a pipeline or &): exec makes the command that process, so $! is the command itself
with_kernel() {
  local kernel="$1"; shift
  if [ -n "$kernel" ]; then exec env OPENBLAS_CORETYPE="$kernel" "$@"; else exec env -u OPENBLAS_CORETYPE "$@"; fi
}
gemm_peak() { # threads kernel
  with_kernel "$2" OMP_NUM_THREADS="$1" OPENBLAS_NUM_THREADS="$1" mvn -q -B exec:java -Dexec.mainClass=dev.neurona.reference.GemmPeak \
    -Dexec.classpathScope=runtime -Dneurona.gemm.threads="$1" 2>&1 | grep -ao 'gemm .*' | sed "s/^/[$2] /" | tee "$WORK/gemm-$1-$2.txt" >&2
  if grep -q 'check ok' "$WORK/gemm-$1-$2.txt"; then
    grep 'best' "$WORK/gemm-$1-$2.txt" | grep -o 'gflops=[0-9.]*' | cut -d= -f2
  else
    echo 0
  fi
}
AS_SET="${OPENBLAS_CORETYPE:-}"
KERNELS="${AS_SET:-auto}"
if neurona_has_avx512 && [ "$AS_SET" != SkylakeX ]; then KERNELS="$KERNELS SkylakeX"; fi
# NEURONA_COMPARE_KERNELS=Haswell (say) measures ours with those kernels only
KERNELS="${NEURONA_COMPARE_KERNELS:-$KERNELS}"
log "sgemm at the layer's shapes (128×784·784×512, 784×128ᵀ·128×512), 1 and 2 threads, kernels: $KERNELS"
OURS_CORE=""; PEAK1=0; PEAK2=0; KERNEL_PEAKS=""
for k in $KERNELS; do
  kv="$k"; [ "$k" = auto ] && kv=""
  p1="$(gemm_peak 1 "$kv")"
  p2="$(gemm_peak 2 "$kv")"
  KERNEL_PEAKS="$KERNEL_PEAKS $k: 1 thread $p1, 2 threads $p2;"
  if awk -v a="$p1" -v b="$PEAK1" 'BEGIN { exit !(a > b) }'; then OURS_CORE="$kv"; PEAK1="$p1"; PEAK2="$p2"; fi
done
[ "$PEAK1" != 0 ] || { echo "no OpenBLAS kernel passed the product check; see above" >&2; exit 1; }
# two independent single-threaded products at once vs one: the most two runs at once can get here, now
PAIR_SCALING="$(grep -o 'scaling=[0-9.]*' "$WORK/gemm-1-$OURS_CORE.txt" | cut -d= -f2)"
log "ours will train with OpenBLAS kernels: ${OURS_CORE:-auto}"

# ---------------------------------------------------------------- 3. PyTorch baseline
TORCH_MEDIAN=""; TORCH_ACC=""; TORCH_SETTING=""; TORCH_KERNEL="as-set"; PROBES=""; TPEAK1=""; TPEAK2=""
if [ "$TORCH_OK" = 1 ]; then
  # the BLAS torch links (Debian's OpenBLAS, newer than ND4J's) at the same shapes: part of the machine's peak
  # "detected": Debian's OpenBLAS chooses its kernels itself; "as-set": the machine's OPENBLAS_* values
  torch_env() {
    local kernel="$1"; shift
    if [ "$kernel" = detected ]; then env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; else env "$@"; fi
  }
  torch_gemm() {
    torch_env "$TORCH_KERNEL" OPENBLAS_NUM_THREADS="$1" OMP_NUM_THREADS="$1" "$PY" scripts/pytorch_baseline.py "$MNIST" --threads "$1" --gemm \
      | tee "$WORK/torch-gemm-$1.txt" >&2
    grep 'best' "$WORK/torch-gemm-$1.txt" | grep -o 'gflops=[0-9.]*' | cut -d= -f2
  }
  # torch's intra-op threads and OpenBLAS's own pool fight for the same 2 cores, and Debian's newer OpenBLAS
  # may pick better kernels by itself than the value this machine sets: probe 200 batches of each mix, with
  # the kernels as set and as OpenBLAS detects them (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset together),
  # and keep the fastest
  BEST=""
  TORCH_KERNELS="as-set"; [ -z "$AS_SET" ] || TORCH_KERNELS="as-set detected"
  for kernel in $TORCH_KERNELS; do
    for setting in "2 1" "1 1" "1 2" "2 2"; do
      read -r t b <<<"$setting"
      s="$(torch_env "$kernel" OPENBLAS_NUM_THREADS="$b" OMP_NUM_THREADS="$t" "$PY" scripts/pytorch_baseline.py "$MNIST" --threads "$t" --probe-batches 200 \
        | grep -o 'seconds_per_batch=[0-9.]*' | cut -d= -f2)"
      log "PyTorch probe: kernels $kernel, torch threads $t, OpenBLAS threads $b → $(calc '%.1f' "$s * 1000") ms/batch"
      PROBES="$PROBES $kernel torch $t/OpenBLAS $b: $(calc '%.1f' "$s * 1000");"
      if [ -z "$BEST" ] || awk -v a="$s" -v b="$BEST" 'BEGIN { exit !(a < b) }'; then BEST="$s"; TORCH_SETTING="$setting"; TORCH_KERNEL="$kernel"; fi
    done
  done
  TPEAK1="$(torch_gemm 1)"
  TPEAK2="$(torch_gemm 2)"
  read -r t b <<<"$TORCH_SETTING"
  log "PyTorch: $EPOCHS epochs with kernels $TORCH_KERNEL, torch threads $t, OpenBLAS threads $b"
  torch_env "$TORCH_KERNEL" OPENBLAS_NUM_THREADS="$b" OMP_NUM_THREADS="$t" "$PY" scripts/pytorch_baseline.py "$MNIST" --threads "$t" --epochs "$EPOCHS" \
    | tee "$WORK/torch.txt" >&2
  TORCH_MEDIAN="$(grep -o 'median seconds=[0-9.]*' "$WORK/torch.txt" | cut -d= -f2)"
  TORCH_ACC="$(grep -o 'test accuracy=[0-9.]*' "$WORK/torch.txt" | cut -d= -f2)"
fi

# ---------------------------------------------------------------- 4. ours: the packaged server, as a learner runs it
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${NEURONA_COMPARE_PORT:-}"
if [ -z "$PORT" ]; then
  # other checkouts may be benchmarking on this machine too: take the first spare port
  for PORT in $(seq 18090 18190); do port_free "$PORT" && break; done
fi
URL="http://127.0.0.1:$PORT"
. scripts/learner-http.sh
# starts the packaged server as ./neurona run does, with the kernels chosen above and extra JVM options
start_server() {
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  with_kernel "$OURS_CORE" java "$@" -Dquarkus.http.port="$PORT" -Dneurona.data-dir="$WORK/data" \
    -Dorg.bytedeco.javacpp.cachedir="$HOME/.neurona/native-cache" -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  # ready, not only answering: the start-up warm-up (datasets, text tokenising, a warm-up fit) runs on a
  # core of its own and would otherwise slow the first runs measured
  for _ in $(seq 1 960); do
    curl -fs -o /dev/null "$URL/q/health/ready" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died; its log:" >&2; tail -n 30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.25
  done
}
stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

# follows a run's SSE stream into $3 (the server ends it after the done event), then writes the time it
# ended into $3.end. Plain curl into a file: a shell loop reading the stream byte by byte would take CPU
# from the runs being measured, and from a pair more than from a lone run that leaves a core idle
follow() {
  run_events "$1" "$2" >"$3"
  now >"$3.end"
}
epoch_seconds() { grep -A1 '^event:epoch' "$1" | grep '^data:' | grep -o '"seconds":[^,}]*' | cut -d: -f2; }
test_accuracy() { grep -o 'test-accuracy">[0-9.]*' "$1" | head -n 1 | cut -d'>' -f2; }

# one run alone, timed submit → done (test evaluation and model save included, as a learner waits)
alone() {
  local t0 id jar
  jar="$(new_learner "alone-$1")"
  t0="$(now)"
  id="$(submit_run "$jar")" # (not inside follow's arguments: set -e must see a failed submit)
  follow "$jar" "$id" "$WORK/alone-$1.txt"
  calc '%.2f' "$(cat "$WORK/alone-$1.txt.end") - $t0" >"$WORK/alone-$1.wall"
  epoch_seconds "$WORK/alone-$1.txt" | awk '{ printf "[compare]   epoch %d: %.2f s\n", NR, $1 }' >&2
  log "  submit → done $(cat "$WORK/alone-$1.wall") s"
}

log "starting the server on port $PORT (workers = cores, one BLAS thread per run, spare cores lent to a lone run: as ./neurona run)"
start_server
log "ours: one run alone"
alone 1

# two learners' runs submitted at once, timed submit → both done; files $WORK/pair-$1-{a,b}.txt
pair() {
  local ja jb t0 ra rb fa fb
  ja="$(new_learner "a$1")"; jb="$(new_learner "b$1")"
  t0="$(now)"
  ra="$(submit_run "$ja")"; rb="$(submit_run "$jb")"
  follow "$ja" "$ra" "$WORK/pair-$1-a.txt" & fa=$!
  follow "$jb" "$rb" "$WORK/pair-$1-b.txt" & fb=$!
  wait "$fa" "$fb"
  calc '%.2f' "$(sort -n "$WORK/pair-$1-a.txt.end" "$WORK/pair-$1-b.txt.end" | tail -n 1) - $t0" >"$WORK/pair-$1.wall"
  log "  both done $(cat "$WORK/pair-$1.wall") s after submitting"
}
# measured twice like the lone baselines below, the faster kept: the machine is shared and noisy
log "ours: two learners' runs submitted at once"
pair 1
log "ours: two learners' runs submitted at once, again"
pair 2
BEST_PAIR="$(for i in 1 2; do echo "$(cat "$WORK/pair-$i.wall") $i"; done | sort -n | head -n 1 | cut -d' ' -f2)"
PAIR_WALL="$(cat "$WORK/pair-$BEST_PAIR.wall")"
PAIR_WALLS="$(cat "$WORK/pair-1.wall") s and $(cat "$WORK/pair-2.wall") s"
PAIR_MEDIAN="$(cat <(epoch_seconds "$WORK/pair-$BEST_PAIR-a.txt") <(epoch_seconds "$WORK/pair-$BEST_PAIR-b.txt") | median)"
PAIR_ACC="$(test_accuracy "$WORK/pair-$BEST_PAIR-a.txt") / $(test_accuracy "$WORK/pair-$BEST_PAIR-b.txt")"

# the first run after start-up also pays JIT and warm-up, and the load moves: a second lone run after the
# pair, and the faster of the two is the baseline
log "ours: one run alone, again"
alone 2
BEST_ALONE="$(for i in 1 2; do echo "$(cat "$WORK/alone-$i.wall") $i"; done | sort -n | head -n 1 | cut -d' ' -f2)"
ALONE_WALL="$(cat "$WORK/alone-$BEST_ALONE.wall")"
ALONE_WALLS="$(cat "$WORK/alone-1.wall") s and $(cat "$WORK/alone-2.wall") s"
OURS_MEDIAN="$(epoch_seconds "$WORK/alone-$BEST_ALONE.txt" | median)"
OURS_ACC="$(test_accuracy "$WORK/alone-$BEST_ALONE.txt")"
stop_server

# a lone run borrows the idle core, so "two at once" cannot be twice as fast as it: the engine's own
# scaling is measured against one run kept to one core (the same server, started with lending off)
log "ours: one run alone on one core (-Dneurona.workers.lend-cores=false)"
start_server -Dneurona.workers.lend-cores=false
alone 3
alone 4   # again: the first run after a start also pays the JIT
stop_server
ONE_CORE="$(for i in 3 4; do echo "$(cat "$WORK/alone-$i.wall") $i"; done | sort -n | head -n 1 | cut -d' ' -f2)"
ONE_CORE_WALL="$(cat "$WORK/alone-$ONE_CORE.wall")"
ONE_CORE_WALLS="$(cat "$WORK/alone-3.wall") s and $(cat "$WORK/alone-4.wall") s"
ONE_CORE_MEDIAN="$(epoch_seconds "$WORK/alone-$ONE_CORE.txt" | median)"
# throughput = samples / wall
THROUGHPUT_RATIO="$(calc '%.2f' "(2 * $EPOCHS * $SAMPLES / $PAIR_WALL) / ($EPOCHS * $SAMPLES / $ONE_CORE_WALL)")"
# the same from the median epochs (training alone, without each run's fixed start and end)
EPOCH_THROUGHPUT_RATIO="$(calc '%.2f' "2 * $ONE_CORE_MEDIAN / $PAIR_MEDIAN")"
THROUGHPUT_VS_LENDING="$(calc '%.2f' "(2 * $EPOCHS * $SAMPLES / $PAIR_WALL) / ($EPOCHS * $SAMPLES / $ALONE_WALL)")"

# ---------------------------------------------------------------- 5. the table
# the machine's peak: the best 2-thread sgemm of either BLAS (ND4J's OpenBLAS 0.3.19 is the slower one)
PEAK="$(printf '%s\n' "$PEAK2" "${TPEAK2:-0}" | sort -n | tail -n 1)"
gflops() { calc '%.1f' "$1 * $GFLOP_PER_EPOCH / $2"; }        # runs in parallel × work per epoch / s per epoch
share() { calc '%.0f%%' "100 * $1 * $GFLOP_PER_EPOCH / $2 / $PEAK"; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }

echo
# nproc obeys OMP_NUM_THREADS, which ./neurona sets to 1
echo "## Neurona vs PyTorch, lesson 1.5 default — $(date +%F), $(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "- work per epoch: $FLOP_PER_SAMPLE FLOP/sample × $SAMPLES = $GFLOP_PER_EPOCH GFLOP (forward + backward of 784-512-10)"
echo "- sgemm at the layer's shapes (float, best of both shapes), GFLOP/s: ND4J's bundled OpenBLAS 1 thread $PEAK1, 2 threads $PEAK2${TPEAK2:+;}"
[ -z "$TPEAK2" ] || echo "  Debian's OpenBLAS through torch.mm: 1 thread $TPEAK1, 2 threads $TPEAK2"
echo "- peak = best 2-thread sgemm measured above: $PEAK GFLOP/s → floor $(calc '%.2f' "$GFLOP_PER_EPOCH / $PEAK") s/epoch"
if awk -v a="$PEAK2" -v b="$PEAK1" 'BEGIN { exit !(a < b) }'; then
  echo "- (ND4J's 2-thread sgemm was slower than its 1-thread one: other processes held a core meanwhile)"
fi
echo
row setup "median s/epoch" "GFLOP/s" "share of peak" "test acc"
row --- --- --- --- ---
if [ -n "$TORCH_MEDIAN" ]; then
  read -r t b <<<"$TORCH_SETTING"
  row "PyTorch $(dpkg-query -W -f='${Version}' python3-torch) (Debian), torch $t thread(s), OpenBLAS $b (best probed)" \
    "$TORCH_MEDIAN" "$(gflops 1 "$TORCH_MEDIAN")" "$(share 1 "$TORCH_MEDIAN")" "$TORCH_ACC"
else
  row "PyTorch (skipped: see above)" — — — —
fi
row "Neurona server, one run alone (faster of 2; borrows the idle core), kernels ${OURS_CORE:-auto}" "$OURS_MEDIAN" "$(gflops 1 "$OURS_MEDIAN")" "$(share 1 "$OURS_MEDIAN")" "$OURS_ACC"
row "Neurona server, one run alone kept to one core (neurona.workers.lend-cores=false)" "$ONE_CORE_MEDIAN" "$(gflops 1 "$ONE_CORE_MEDIAN")" "$(share 1 "$ONE_CORE_MEDIAN")" "$(test_accuracy "$WORK/alone-$ONE_CORE.txt")"
row "Neurona server, 2 runs at once (per run; GFLOP/s of both)" "$PAIR_MEDIAN" "$(gflops 2 "$PAIR_MEDIAN")" "$(share 2 "$PAIR_MEDIAN")" "$PAIR_ACC"
echo
[ -z "$PROBES" ] || echo "- PyTorch thread settings probed (ms/batch, 200 batches):${PROBES%;}"
if [ -n "$TORCH_MEDIAN" ]; then
  echo "- ratio ours/PyTorch (median s/epoch): $(calc '%.2f' "$OURS_MEDIAN / $TORCH_MEDIAN") (goal ≤ 1.0)"
fi
echo "- 2-run throughput: two learners' runs at once $PAIR_WALLS submit→done (faster kept); one run kept to one core $ONE_CORE_WALLS (faster kept) → ratio $THROUGHPUT_RATIO (goal ≥ 1.8)"
echo "  per epoch (medians): $PAIR_MEDIAN s for each of two at once vs $ONE_CORE_MEDIAN s alone on one core → ratio $EPOCH_THROUGHPUT_RATIO"
echo "  ceiling on this machine right now: two single-threaded sgemms at once sustain × $PAIR_SCALING what one does (kernels ${OURS_CORE:-auto}, measured above)"
echo "  (against a lone run that borrows the idle core, $ALONE_WALLS, faster kept: $THROUGHPUT_VS_LENDING — two cores cannot do twice what both cores already do)"
echo "- OpenBLAS kernels, sgemm GFLOP/s with ND4J's OpenBLAS:${KERNEL_PEAKS%;}"
