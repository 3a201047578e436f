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
# true where the CPU has every AVX-512 subset the SkylakeX kernels use (also used by compare-pytorch.sh)
neurona_has_avx512() {
  [ -r /proc/cpuinfo ] || return 1
  neurona_flags=" $(grep -m1 '^flags' /proc/cpuinfo || true) "
  for neurona_flag in avx512f avx512cd avx512bw avx512dq avx512vl; do
    case "$neurona_flags" in *" $neurona_flag "*) ;; *) return 1 ;; esac
  done
}
if [ -z "${OPENBLAS_CORETYPE:-}" ] && neurona_has_avx512; then
  export OPENBLAS_CORETYPE=SkylakeX
fi
