# Sourced by ./neurona, the scripts and the Docker image: the native thread and BLAS settings every
# JVM that trains must start with (the libraries read them once, when they load).

# one native thread per training run: N concurrent runs share the cores instead of spinning
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"

# ND4J's OpenBLAS (0.3.19) does not recognise recent AVX-512 processors (AMD Zen 4/5, for one) and falls
# back to its AVX2 "Haswell" kernels. Where the CPU has the AVX-512 subsets the SkylakeX kernels use,
# ask for them: sgemm at lesson 1.5's shapes goes from about 90 to 160-180 GFLOP/s on one core here.
# Never forced on a CPU without them (that would stop on an illegal instruction); a value set by the
# caller wins.
if [ -z "${OPENBLAS_CORETYPE:-}" ] && [ -r /proc/cpuinfo ]; then
  neurona_flags="$(grep -m1 '^flags' /proc/cpuinfo || true)"
  neurona_avx512=1
  for f in avx512f avx512cd avx512bw avx512dq avx512vl; do
    case " $neurona_flags " in *" $f "*) ;; *) neurona_avx512=0 ;; esac
  done
  if [ "$neurona_avx512" = 1 ]; then
    export OPENBLAS_CORETYPE=SkylakeX
  fi
  unset neurona_flags neurona_avx512 f
fi
