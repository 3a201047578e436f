# Multi-stage image: build with Maven (the dataset step needs npm), run on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline || true
COPY scripts scripts
COPY src src
COPY web web
COPY lessons lessons
RUN mvn -q -B package -DskipTests

FROM eclipse-temurin:17-jre
ENV OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
    JAVA_OPTS="-Dneurona.data-dir=/data" \
    LANG=C.UTF-8
RUN useradd --system --home /data neurona && mkdir -p /data && chown neurona /data
COPY --from=build /src/target/quarkus-app /app
USER neurona
VOLUME /data
EXPOSE 8080
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
