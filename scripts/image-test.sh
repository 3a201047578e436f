#!/usr/bin/env bash
# Builds the container image from the Dockerfile and checks it running, as CI does (./neurona image-test):
#   - the base, debian:bookworm-slim, is made locally from a debootstrap minbase when it is missing
#     (the public registries cannot be reached from here);
#   - buildah builds with the layer cache (docker format: OCI drops the HEALTHCHECK);
#   - the container runs on a fresh /data volume: readiness, the image's own health check, a learner
#     training lesson 1.5 for one epoch over HTTP up to a test accuracy, the run still listed after a
#     restart, the server running as the non-root user; the image's size against its 1 GB budget.
# The container and its volume are always removed. NEURONA_IMAGE_PORT (default 8105) is the port the
# container serves on: it shares the host's network.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NEURONA_IMAGE_PORT:-8105}"
IMAGE=neurona:ci
BASE=docker.io/library/debian:bookworm-slim
NAME="neurona-image-test-$$"
VOLUME="$NAME-data"
BUDGET=1000000000
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
# vfs: no overlay support needed from the kernel; runc and cgroupfs: what works in this kind of
# container-in-container (plain `podman run` fails on cgroups and rlimits)
PODMAN=(podman --storage-driver vfs --runtime runc --cgroup-manager cgroupfs)

log() { echo "[image-test] $*"; }
fail() {
  echo "[image-test] FAILED: $*" >&2
  "${PODMAN[@]}" logs --tail 40 "$NAME" >&2 2>&1 || true
  exit 1
}
cleanup() {
  "${PODMAN[@]}" rm -f -t 10 "$NAME" >/dev/null 2>&1 || true
  "${PODMAN[@]}" volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! "${PODMAN[@]}" image exists "$BASE"; then
  dir="$(scripts/debian-minbase.sh)"
  log "importing $dir as $BASE"
  # apt's downloaded packages and lists stay out, as in the published slim image
  tar -C "$dir" -c --exclude='./var/cache/apt/archives/*.deb' --exclude='./var/lib/apt/lists/*' . \
    | "${PODMAN[@]}" import - "$BASE" >/dev/null
fi

# The build reaches the registries as this machine does. Where that is through a TLS-intercepting
# proxy, the host's trust store (its CA bundle for npm, its Java cacerts for Maven) is mounted read-only
# into the build's steps and named by build arguments; none of it lands in a layer.
trust=()
bundle="${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}"
cacerts="$(readlink -f "$(dirname "$(readlink -f "$(command -v java)")")/../lib/security/cacerts" 2>/dev/null || true)"
mkdir -p "$WORK/trust"
if [ -r "$bundle" ]; then
  cp "$bundle" "$WORK/trust/ca-bundle.crt"
  trust+=(--build-arg NODE_EXTRA_CA_CERTS=/run/host-trust/ca-bundle.crt)
fi
if [ -r "$cacerts" ]; then
  cp "$cacerts" "$WORK/trust/cacerts"
  trust+=(--build-arg "MAVEN_OPTS=-Djavax.net.ssl.trustStore=/run/host-trust/cacerts")
fi
[ "${#trust[@]}" -eq 0 ] || trust+=(--volume "$WORK/trust:/run/host-trust:ro")

log "building $IMAGE"
start=$SECONDS
buildah bud --storage-driver vfs --isolation chroot --format docker --layers "${trust[@]}" -t "$IMAGE" . > "$WORK/build.log" 2>&1 \
  || { tail -n 40 "$WORK/build.log" >&2; echo "[image-test] FAILED: the image did not build" >&2; exit 1; }
build_seconds=$((SECONDS - start))
log "built in ${build_seconds} s ($(grep -c '^--> Using cache' "$WORK/build.log" || true) steps from the cache)"

size="$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE")"
log "image size: $((size / 1000000)) MB (budget $((BUDGET / 1000000)) MB)"
[ "$size" -le "$BUDGET" ] || fail "the image is larger than its budget"

"${PODMAN[@]}" volume create "$VOLUME" >/dev/null
run_container() {
  "${PODMAN[@]}" run -d --name "$NAME" --network host --health-interval disable \
    --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
    -e QUARKUS_HTTP_PORT="$PORT" -v "$VOLUME:/data" "$IMAGE" >/dev/null
}
await_ready() {
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null "$URL/q/health/ready"; do
    [ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "$NAME")" = true ] || fail "the container stopped"
    [ "$SECONDS" -lt "$deadline" ] || fail "not ready after 300 s"
    sleep 1
  done
}

start=$SECONDS
run_container
await_ready
log "ready in $((SECONDS - start)) s on a fresh volume (/q/health/ready answers)"

# the HEALTHCHECK the image carries, run once by hand (no systemd here to schedule it: the run above
# turns its timer off)
"${PODMAN[@]}" healthcheck run "$NAME" >/dev/null || fail "the image's health check did not pass"
log "the image's HEALTHCHECK passes"

# PID 1 is the JVM (the entrypoint execs it) and runs as the image's user, not root
pid1="$("${PODMAN[@]}" exec "$NAME" sh -c 'cat /proc/1/comm; awk "/^Uid:/ { print \$2 }" /proc/1/status; id -un')"
comm="$(sed -n 1p <<< "$pid1")"; uid="$(sed -n 2p <<< "$pid1")"; user="$(sed -n 3p <<< "$pid1")"
[ "$comm" = java ] || fail "PID 1 is $comm, not java"
[ "$uid" != 0 ] || fail "the server runs as root"
log "the server (PID 1, $comm) runs as $user (uid $uid)"

# a learner trains lesson 1.5 for one epoch
. scripts/learner-http.sh
jar="$(new_learner 1)"
token="$(awk '$6 == "neurona_csrf" { print $7 }' "$jar")"
run_id="$(curl -fs -b "$jar" -c "$jar" -H "X-CSRF-Token: $token" -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'epochs=1' "$URL/exercises/mnist-1-5/runs" | grep -o 'data-run="[^"]*"' | head -n 1 | cut -d'"' -f2)"
[ -n "$run_id" ] || fail "lesson 1.5's run was not accepted"
start=$SECONDS
timeout 600 curl -fsN -b "$jar" "$URL/runs/$run_id/events" > "$WORK/events.txt" || true
grep -q '^event:done' "$WORK/events.txt" || fail "the run's stream ended without done"
grep -A1 '^event:done' "$WORK/events.txt" | grep -q finished || fail "the run did not finish: $(grep -A1 '^event:done' "$WORK/events.txt")"
accuracy="$(grep -o 'test-accuracy">[0-9.]*' "$WORK/events.txt" | head -n 1 | cut -d'>' -f2)"
[ -n "$accuracy" ] || fail "the run finished without a test accuracy"
log "lesson 1.5, one epoch: test accuracy $accuracy (run $run_id, $((SECONDS - start)) s)"

# the run lives in the /data volume: still in the learner's history after a restart
"${PODMAN[@]}" restart -t 30 "$NAME" >/dev/null
start=$SECONDS
await_ready
log "restarted, ready again in $((SECONDS - start)) s"
curl -fs -b "$jar" "$URL/exercises/mnist-1-5/history" | grep -q "run=$run_id" \
  || fail "after the restart, run $run_id is not in the learner's history"
log "after the restart, run $run_id is still listed"

log "passed: image $((size / 1000000)) MB, build ${build_seconds} s"
