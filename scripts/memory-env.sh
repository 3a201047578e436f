# Sourced (POSIX sh) by ./neurona run, the bundle's launcher and the image's entrypoint: the memory
# ceiling every server JVM starts with. It sets NEURONA_JAVA_MEMORY_OPTS, to be put before JAVA_OPTS on
# the java command line (a flag repeated in JAVA_OPTS wins), and MALLOC_ARENA_MAX.
#
# One setting changes it all: NEURONA_MEMORY, the memory the whole server may use (e.g. 2g, 1500m).
# Without it: the container's limit (cgroup v2 memory.max, or v1 memory.limit_in_bytes) when there is
# one, else a quarter of the machine's memory, and at most 2 GiB on a machine with no limit (sized for
# a class of 60 under 1.5 GB resident, docs/benchmarks.md; a bigger server sets NEURONA_MEMORY).
#
# The total is split so the parts cannot add up to more than it:
#   heap (-Xmx)                         30%  (the live heap after the warm-up is ~190 MB; G1 grows the heap
#                                            it is given during the warm-up's bursts and keeps it)
#   JavaCPP's pointers (maxbytes)       35%
#   NIO direct buffers (HTTP, -XX:MaxDirectMemorySize)  5%
#   the rest: code, metaspace, thread stacks, the native libraries' own buffers
# JavaCPP's process-wide check (maxphysicalbytes) is off: it reads /proc on every allocation, about a
# fifth of module 2's training time. ND4J's CPU arrays are allocated by libnd4j outside JavaCPP's count,
# so the server admits runs against the whole total (neurona.memory.limit-bytes) and its resident size.

# bytes of a size like 2g, 1500m, 800000k or a plain number of bytes; empty when it is not one
neurona_bytes() {
  case "$1" in
    *[gG]) neurona_n=${1%?}; neurona_m=1073741824 ;;
    *[mM]) neurona_n=${1%?}; neurona_m=1048576 ;;
    *[kK]) neurona_n=${1%?}; neurona_m=1024 ;;
    *) neurona_n=$1; neurona_m=1 ;;
  esac
  case "$neurona_n" in '' | *[!0-9]*) return 0 ;; esac
  echo $((neurona_n * neurona_m))
}

# the container's memory limit in bytes, empty when there is none
neurona_cgroup_limit() {
  neurona_limit=
  if [ -r /sys/fs/cgroup/memory.max ]; then
    neurona_limit=$(cat /sys/fs/cgroup/memory.max)
  elif [ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then
    neurona_limit=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
  fi
  case "$neurona_limit" in '' | max | *[!0-9]*) return 0 ;; esac
  # v1 writes "no limit" as a huge number (2^63 rounded to a page)
  if [ "${#neurona_limit}" -lt 16 ]; then echo "$neurona_limit"; fi
}

neurona_machine_memory() {
  neurona_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2>/dev/null)
  case "$neurona_kb" in '' | *[!0-9]*) return 0 ;; esac
  echo $((neurona_kb * 1024))
}

neurona_memory_total() {
  if [ -n "${NEURONA_MEMORY:-}" ]; then
    neurona_total=$(neurona_bytes "$NEURONA_MEMORY")
    if [ -z "$neurona_total" ] || [ "$neurona_total" -lt 536870912 ]; then
      echo "NEURONA_MEMORY=$NEURONA_MEMORY: give a size of at least 512m (e.g. 2g, 1500m)" >&2
      return 1
    fi
    echo "$neurona_total"
    return 0
  fi
  neurona_total=$(neurona_cgroup_limit)
  if [ -n "$neurona_total" ]; then
    echo "$neurona_total"
    return 0
  fi
  neurona_total=$(neurona_machine_memory)
  if [ -z "$neurona_total" ]; then neurona_total=17179869184; fi
  neurona_total=$((neurona_total / 4))
  if [ "$neurona_total" -gt 2147483648 ]; then neurona_total=2147483648; fi
  echo "$neurona_total"
}

if neurona_total_bytes=$(neurona_memory_total); then
  neurona_mib=$((neurona_total_bytes / 1048576))
  neurona_heap=$((neurona_mib * 30 / 100))
  neurona_native=$((neurona_mib * 35 / 100))
  neurona_direct=$((neurona_mib * 5 / 100))
  if [ "$neurona_direct" -lt 64 ]; then neurona_direct=64; fi
  export NEURONA_MEMORY_TOTAL_MB="$neurona_mib"
  export NEURONA_JAVA_MEMORY_OPTS="-Xmx${neurona_heap}m -XX:MaxDirectMemorySize=${neurona_direct}m \
-Dorg.bytedeco.javacpp.maxBytes=${neurona_native}m -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 \
-Dneurona.memory.limit-bytes=$((neurona_mib * 1048576)) -XX:+ExitOnOutOfMemoryError"
else
  return 1 2>/dev/null || exit 1
fi

# glibc gives each thread that allocates its own 64 MiB malloc arena; a few are enough for HTTP
# threads and one worker per core, and fewer arenas hold less freed memory after a class's runs
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
