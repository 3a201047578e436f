#!/usr/bin/env bash
# The download, proven on a clean machine: unpacks the bundle (scripts/bundle.sh) read-only into /opt of
# a fresh copy of a minimal Debian root file system (scripts/debian-minbase.sh: no Java, Maven or Node),
# starts bin/neurona there in a chroot with no network but loopback, and trains one epoch of lesson 1.5
# through HTTP as a learner. Fails loudly on any step. Needs root (chroot, mount, unshare).
#   scripts/bundle-test.sh [target/neurona-<version>-linux-x86_64.tar.gz]
# It also checks what the launcher promises: the bundled java runs with the bundle's AppCDS archive
# (-Xshare:on refuses to start otherwise, and the class-loading log counts the classes taken from it),
# JAVA_OPTS and QUARKUS_HTTP_PORT are honoured, nothing is extracted or written inside the bundle, and
# the data goes under the user's home.
set -euo pipefail
cd "$(dirname "$0")/.."

TARBALL="${1:-$(ls -t target/neurona-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)}"
[ -n "$TARBALL" ] && [ -f "$TARBALL" ] || { echo "no bundle: run ./neurona bundle first" >&2; exit 1; }
PORT="${NEURONA_BUNDLE_TEST_PORT:-8104}"
URL="http://127.0.0.1:$PORT"
[ "$(id -u)" = 0 ] || { echo "the bundle test needs root (chroot, mount, unshare)" >&2; exit 1; }

T0=$(date +%s.%N)
now() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%5.1f s", b - a }'; }
step() { echo "[bundle test $(now)] $*"; }
fail() { echo "[bundle test $(now)] FAILED: $*" >&2; exit 1; }

BASE="$(scripts/debian-minbase.sh)"
ROOT="$(mktemp -d /tmp/neurona-bundle-root.XXXXXX)"
SERVER=""
mounted() { findmnt -rn -o TARGET | grep -q "^$ROOT\(/\|$\)"; }
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  for m in "$ROOT/proc" "$ROOT/opt/neurona"; do
    if mountpoint -q "$m"; then umount "$m" 2>/dev/null || umount -l "$m"; fi
  done
  # never delete through a mount that is still there
  if mounted; then
    echo "[bundle test] mounts remain under $ROOT, left in place:" >&2
    findmnt -rn -o TARGET | grep "^$ROOT" >&2
  else
    rm -rf "$ROOT"
  fi
}
trap cleanup EXIT
# stopped by a signal, clean up all the same
trap 'exit 130' INT TERM

step "a fresh root file system from $BASE"
cp -a "$BASE/." "$ROOT/"
for tool in java javac mvn node npm; do
  if chroot "$ROOT" /bin/sh -c "command -v $tool" >/dev/null 2>&1; then fail "the clean root file system has $tool"; fi
done

step "unpacking $(basename "$TARBALL") ($(du -h "$TARBALL" | cut -f1)) into /opt, read-only"
mkdir -p "$ROOT/opt"
tar -C "$ROOT/opt" -xzf "$TARBALL"
mv "$ROOT"/opt/neurona-* "$ROOT/opt/neurona"
mount --bind "$ROOT/opt/neurona" "$ROOT/opt/neurona"
mount -o remount,bind,ro "$ROOT/opt/neurona"
mount -t proc proc "$ROOT/proc"
chmod 1777 "$ROOT/tmp"

step "starting /opt/neurona/bin/neurona in the chroot (network namespace with loopback only, port $PORT)"
# JAVA_OPTS: -Xshare:on refuses to start without the AppCDS archive; the pool's wait for H2 to open is
# lengthened for a busy CI machine
# a java on the PATH that is not the bundle's: the launcher must not run it
printf '#!/bin/sh\necho "the java on the PATH ran" >&2\nexit 97\n' > "$ROOT/usr/local/bin/java"
chmod 755 "$ROOT/usr/local/bin/java"
unshare -n -- sh -c 'ip link set lo up && exec chroot "$1" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin QUARKUS_HTTP_PORT="$2" \
    JAVA_OPTS="-Xshare:on -Xlog:class+load=info:file=/tmp/class-load.log -Dquarkus.datasource.jdbc.acquisition-timeout=2M" /opt/neurona/bin/neurona' \
  sh "$ROOT" "$PORT" > "$ROOT/tmp/server.log" 2>&1 &
SERVER=$!
# every request goes into the server's network namespace
curl() { nsenter --net="/proc/$SERVER/ns/net" curl "$@"; }

started=""
# on a quiet machine it is ready in well under a minute; five are allowed for a busy one
for _ in $(seq 1 1200); do
  kill -0 "$SERVER" 2>/dev/null || { tail -n 40 "$ROOT/tmp/server.log" >&2; fail "the server stopped while starting"; }
  if curl -fs -o /dev/null "$URL/q/health/ready"; then started=yes; break; fi
  sleep 0.25
done
[ -n "$started" ] || { tail -n 40 "$ROOT/tmp/server.log" >&2; fail "not ready after 5 minutes"; }
step "ready: $URL/q/health/ready answers"
nsenter --net="/proc/$SERVER/ns/net" ip -o link | grep -qv ' lo:' && fail "the server's namespace has a network besides loopback"

# -Xshare:on would have refused to start without the archive; count what it served
shared_top=$(grep -c 'source: shared objects file (top)' "$ROOT/tmp/class-load.log" || true)
shared_base=$(grep -c 'source: shared objects file$' "$ROOT/tmp/class-load.log" || true)
[ "$shared_top" -gt 1000 ] || fail "only $shared_top classes came from the bundle's AppCDS archive"
step "AppCDS: $shared_top classes from the bundle's archive, $shared_base from the runtime's base archive"

WORK="$ROOT/tmp/learner"
mkdir -p "$WORK"
. scripts/learner-http.sh
curl -fs "$URL/" | grep -q 'lessons/1.5' || fail "the course map does not link lesson 1.5"
LEARNER="$(new_learner 1)"
RUN_ID="$(submit_run "$LEARNER" 'epochs=1')" || { tail -n 40 "$ROOT/tmp/server.log" >&2; fail "lesson 1.5 refused the run"; }
step "lesson 1.5, one epoch: run $RUN_ID"
run_events "$LEARNER" "$RUN_ID" > "$WORK/events.txt" || true
epochs=$(grep -c '^event:epoch' "$WORK/events.txt" || true)
accuracy="$(grep -o 'test-accuracy">[0-9.]*' "$WORK/events.txt" | head -n 1 | cut -d'>' -f2)"
[ "$epochs" = 1 ] || { tail -n 40 "$ROOT/tmp/server.log" >&2; fail "expected 1 epoch event, got $epochs"; }
[ -n "$accuracy" ] || { tail -n 40 "$ROOT/tmp/server.log" >&2; fail "the run ended without a test accuracy"; }
awk -v a="$accuracy" 'BEGIN { exit !(a > 0.9 && a <= 1) }' || fail "test accuracy $accuracy after one epoch (expected above 0.9)"
step "trained: test accuracy $accuracy"

[ -d "$ROOT/root/.neurona/db" ] || fail "no database under the user's home (/root/.neurona/db)"
[ -d "$ROOT/root/.neurona/models" ] || fail "no trained model under the user's home (/root/.neurona/models)"
[ ! -e "$ROOT/root/.neurona/native-cache" ] || fail "native libraries were extracted under the home: the bundle's cache was not used"
grep -q 'the java on the PATH ran' "$ROOT/tmp/server.log" && fail "the launcher ran the java on the PATH"
step "passed: data in /root/.neurona, nothing written to /opt/neurona (mounted read-only)"
