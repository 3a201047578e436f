#!/usr/bin/env bash
# ./neurona cluster-test: three nodes on one PostgreSQL behind nginx, 60 learners, a node killed with
# SIGKILL halfway, then the throughput of two nodes against one (see ClusterLoad and
# ClusterThroughput under src/test/java/dev/neurona/loadtest). Needs Debian's postgresql and nginx,
# which it installs if missing; uses a database of its own, not the one the tests recreate.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
command -v nginx >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq nginx >/dev/null; }

eval "$(NEURONA_PG_DATABASE=neurona_cluster scripts/ci-postgres.sh)"
work="${NEURONA_CLUSTER_WORK:-target/cluster-test}"
rm -rf "$work/node-"* "$work/throughput-"* "$work/nginx"
mkdir -p "$work"

mvn -q -B package -DskipTests
mvn -q -B test-compile
exec mvn -q -B exec:java -Dexec.mainClass=dev.neurona.loadtest.ClusterLoad -Dexec.classpathScope=test \
  -Dpg.url="$NEURONA_TEST_PG_URL" -Dpg.user="$NEURONA_TEST_PG_USER" -Dpg.password="$NEURONA_TEST_PG_PASSWORD" \
  -Dwork="$work" -Dnginx.conf=deploy/nginx/neurona-cluster.conf -Dlearners="${LEARNERS:-60}" \
  -Dphases="${PHASES:-class,throughput}"
