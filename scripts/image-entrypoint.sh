#!/bin/sh
# The container image's start (its ENTRYPOINT): the same native thread and BLAS settings as
# ./neurona run, the memory ceiling, then the server as PID 1 (exec), so `podman stop` reaches the JVM.
# This is the one place where the image decides the JVM's flags; JAVA_OPTS, set with `-e`, comes last
# and wins over them.
set -eu

. /app/blas-env.sh

# the memory ceiling (NEURONA_MEMORY, else the container's limit) where the build shipped memory-env.sh;
# an image without it caps the heap at a quarter of the container's memory, as the JVM sees it
if [ -r /app/memory-env.sh ]; then
  . /app/memory-env.sh
else
  NEURONA_JAVA_MEMORY_OPTS="-XX:MaxRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
fi

# word splitting of the two option lists is wanted: each holds several flags
# shellcheck disable=SC2086
exec java ${NEURONA_JAVA_MEMORY_OPTS:-} ${JAVA_OPTS:-} -jar /app/quarkus-run.jar "$@"
