#!/usr/bin/env bash
# Builds the download: target/neurona-<version>-linux-x86_64.tar.gz, which runs on Linux x86-64 with no
# Java, Maven, Node or network (see README, "Download and run"). It holds
#   runtime/      a Java runtime made with jlink from this JDK, with only the modules the server needs
#   app/          the packaged server (target/quarkus-app), datasets inside
#   native-cache/ ND4J's and OpenBLAS's native libraries as JavaCPP extracts them, so no start unpacks them
#   lib/          the launcher's settings scripts and the AppCDS archive made by runtime/ itself
#   bin/neurona   the launcher
# Needs a JDK 17 with its jmods (jlink, jdeps) and a packaged server: ./neurona bundle packages it first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/blas-env.sh

APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "no $APP/quarkus-run.jar: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
JDK="${NEURONA_BUNDLE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}"
[ -d "$JDK/jmods" ] || { echo "$JDK has no jmods directory: jlink needs a full JDK (NEURONA_BUNDLE_JDK=...)" >&2; exit 1; }
VERSION="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
NAME="neurona-$VERSION"
OUT="target/$NAME-linux-x86_64.tar.gz"
STAGE="target/bundle/$NAME"
log() { echo "[neurona bundle] $*" >&2; }

# --- 1. the modules: jdeps over every class the server can load, plus those only reached by reflection.
# jdeps refuses some of the libraries' module descriptors (nd4j-api names packages it does not hold), so
# it reads their classes without them. Kept in target/ until the dependencies change: it takes a minute.
deps_key="$(cat "$APP/quarkus-app-dependencies.txt" "$JDK/release" | sha256sum | cut -c1-16)"
modules_file="target/bundle-modules-$deps_key.txt"
if [ ! -s "$modules_file" ]; then
  log "finding the Java modules with jdeps"
  classes="$(mktemp -d)"
  for jar in "$APP"/quarkus-run.jar "$APP"/app/*.jar "$APP"/quarkus/*.jar "$APP"/lib/boot/*.jar "$APP"/lib/main/*.jar; do
    unzip -q -o "$jar" '*.class' -x '*module-info.class' -d "$classes" 2>/dev/null || true
  done
  "$JDK/bin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps "$classes" > "$modules_file.tmp"
  rm -rf "$classes"
  mv "$modules_file.tmp" "$modules_file"
fi
# reached by reflection or service loading, so jdeps cannot see them:
#   jdk.localedata  Spanish dates and numbers (java.base holds English only; trimmed to en and es below)
#   jdk.crypto.ec   elliptic-curve TLS, for a server that terminates HTTPS itself
#   jdk.zipfs       the zip file system some libraries open jars with
REFLECTED="jdk.localedata,jdk.crypto.ec,jdk.zipfs"
# and one it finds but the server never loads: jdk.compiler, named only by vert.x's code generator (an
# annotation processor that runs when vert.x is built)
MODULES="$(tr -d '[:space:]' < "$modules_file" | tr ',' '\n' | grep -vx 'jdk.compiler' | paste -sd,),$REFLECTED"
log "modules: $MODULES"

rm -rf target/bundle "$OUT"
mkdir -p "$STAGE/bin" "$STAGE/lib"

# --- 2. the runtime: no debug symbols, headers or man pages; with the JDK's own CDS archive for its
# classes (the base the application's archive is layered on). The tarball compresses it.
log "jlink"
"$JDK/bin/jlink" --module-path "$JDK/jmods" --add-modules "$MODULES" --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$STAGE/runtime"
# native debug symbols too, where the JDK's libraries still carry them
find "$STAGE/runtime" -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
# the base archive for heaps above 32 GB (no compressed references): a server that size can go without
rm -f "$STAGE/runtime/lib/server/classes_nocoops.jsa"

# --- 3. the application, timestamps kept (the CDS archive checks the jar it was made with)
cp -a "$APP" "$STAGE/app"
# ND4J's main library carries its symbol table (23 MB): stripped inside the bundle's copy of its jar, so
# the jar entry and the extracted file (JavaCPP compares their size and time) stay the same
nd4j_jar="$(echo "$STAGE"/app/lib/main/org.nd4j.nd4j-native-*-linux-x86_64.jar)"
nd4j_lib="org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libnd4jcpu.so"
if [ -f "$nd4j_jar" ]; then
  unpacked="$(mktemp -d)"
  unzip -q -o "$nd4j_jar" "$nd4j_lib" -d "$unpacked"
  strip --strip-unneeded "$unpacked/$nd4j_lib"
  "$JDK/bin/jar" --update --file "$nd4j_jar" -C "$unpacked" "$nd4j_lib"
  rm -rf "$unpacked"
fi
cp scripts/blas-env.sh "$STAGE/lib/"
# the memory ceiling, once that script exists: the launcher sources whatever is bundled
if [ -f scripts/memory-env.sh ]; then cp scripts/memory-env.sh "$STAGE/lib/"; fi
cp scripts/bundle-launcher.sh "$STAGE/bin/neurona"
chmod 755 "$STAGE/bin/neurona"
cp NOTICE "$STAGE/"
echo "$VERSION" > "$STAGE/VERSION"

# --- 4. one start of the server with the bundled runtime: JavaCPP extracts the native libraries into
# native-cache/ (a later start finds them there, same size and time, and extracts nothing), and the JVM
# writes the classes it loaded up to ready into the AppCDS archive when it exits.
log "first start with the bundled runtime: native libraries and the AppCDS archive"
data="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
# stopped by a signal, clean up all the same
trap 'exit 130' INT TERM
# (a busy build machine can take longer than the 5 s the database pool waits by default to open H2)
# The archive records the class path as given, and this JDK only accepts the same path at run time: so
# the server starts from the bundle's directory with a relative path, here and in bin/neurona.
(cd "$STAGE" && NEURONA_DATA_DIR="$data" QUARKUS_HTTP_PORT=0 exec runtime/bin/java \
  -XX:ArchiveClassesAtExit=lib/neurona.jsa -Dorg.bytedeco.javacpp.cachedir="$PWD/native-cache" \
  -Dquarkus.datasource.jdbc.acquisition-timeout=2M -jar app/quarkus-run.jar) > "$data/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 1200); do
  kill -0 "$server_pid" 2>/dev/null || { grep -v '\[cds\]' "$data/server.log" | tail -n 40 >&2; log "the server stopped during its first start"; exit 1; }
  [ -n "$port" ] || port="$({ grep -o 'Listening on: http://[^ ]*' "$data/server.log" || true; } | head -n 1 | sed 's/.*://')"
  if [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then break; fi
  sleep 0.25
done
curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { grep -v '\[cds\]' "$data/server.log" | tail -n 40 >&2; log "not ready after 5 minutes"; exit 1; }
# the course's pages too, so their classes are in the archive
curl -fs -o /dev/null "http://127.0.0.1:$port/" && curl -fs -o /dev/null "http://127.0.0.1:$port/lessons/1.5"
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
[ -s "$STAGE/lib/neurona.jsa" ] || { tail -n 40 "$data/server.log" >&2; log "the JVM wrote no AppCDS archive"; exit 1; }
[ -n "$(find "$STAGE/native-cache" -name 'libnd4jcpu.so' 2>/dev/null)" ] || { log "JavaCPP extracted nothing into native-cache/"; exit 1; }
rm -f "$STAGE/native-cache/.lock"
# JavaCPP links each library's dependencies beside it with absolute links into this staging directory:
# made relative, they hold wherever the bundle is unpacked
stage_abs="$(readlink -f "$STAGE")"
find "$STAGE/native-cache" -type l | while IFS= read -r link; do
  target="$(readlink "$link")"
  case "$target" in
    "$stage_abs"/*) ln -sfn "$(realpath -s --relative-to="$(readlink -f "$(dirname "$link")")" "$target")" "$link" ;;
    /*) log "a native library links outside the bundle: $link -> $target"; exit 1 ;;
  esac
done
# OpenBLAS comes twice, byte for byte (with and without LAPACK): one copy, hard-linked
find "$STAGE/native-cache" -type f -exec sha256sum {} + | sort | awk '$1 == prev { print first "\t" $2; next } { prev = $1; first = $2 }' \
  | while IFS="$(printf '\t')" read -r keep duplicate; do ln -f "$keep" "$duplicate"; done

# --- 5. the tarball
log "packing $OUT"
tar -C target/bundle -cf - "$NAME" | gzip -9 > "$OUT"
log "$(du -h "$OUT" | cut -f1) $OUT (unpacked $(du -sh "$STAGE" | cut -f1): runtime $(du -sh "$STAGE/runtime" | cut -f1), app $(du -sh "$STAGE/app" | cut -f1), native-cache $(du -sh "$STAGE/native-cache" | cut -f1))"
echo "$OUT"
