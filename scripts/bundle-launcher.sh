#!/bin/sh
# Neurona's launcher in the download (copied to bin/neurona by scripts/bundle.sh): starts the server on
# the Java runtime inside this directory, never a java on the PATH, and serves http://localhost:8080.
#   NEURONA_DATA_DIR   where the server writes (database, trained models); default ~/.neurona
#   QUARKUS_HTTP_PORT  the HTTP port; default 8080
#   JAVA_OPTS          extra JVM options, after the launcher's own (so they win)
# Every other setting of the README's table works as an environment variable too. The directory itself
# is only read, so it may be unpacked read-only (e.g. in /opt) and shared by several users.
set -eu

self="$(readlink -f "$0")"
bundle="$(dirname "$(dirname "$self")")"

# native threads per run and the BLAS kernels for this CPU, as ./neurona run sets them
. "$bundle/lib/blas-env.sh"
# the memory ceiling (NEURONA_JAVA_MEMORY_OPTS), in bundles that carry it
if [ -r "$bundle/lib/memory-env.sh" ]; then . "$bundle/lib/memory-env.sh"; fi

# a relative data directory is taken from where the launcher was started (H2 wants an absolute path)
if [ -n "${NEURONA_DATA_DIR:-}" ]; then
  case "$NEURONA_DATA_DIR" in /*) ;; *) NEURONA_DATA_DIR="$PWD/$NEURONA_DATA_DIR" ;; esac
  export NEURONA_DATA_DIR
fi

# The server runs in this directory: the AppCDS archive (the classes of the JDK and of the server's start,
# as this runtime archived them when the bundle was made) holds only for the class path it was made with,
# app/quarkus-run.jar relative to here. So paths given in settings must be absolute.
cd "$bundle"
cds=""
if [ -r lib/neurona.jsa ]; then cds="-XX:SharedArchiveFile=lib/neurona.jsa"; fi

# JavaCPP finds the native libraries already extracted here, so it writes nothing
# shellcheck disable=SC2086 # the options are words on purpose
exec runtime/bin/java $cds -Dorg.bytedeco.javacpp.cachedir="$bundle/native-cache" \
  ${NEURONA_JAVA_MEMORY_OPTS:-} ${JAVA_OPTS:-} -jar app/quarkus-run.jar "$@"
