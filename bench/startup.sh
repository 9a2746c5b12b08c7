#!/usr/bin/env bash
# Start-up benchmark (issue 13, item 14): builds once, then starts the packaged server (embedded PostgreSQL, config/)
# N times on an existing data folder and N times on a new one. Prints, per case, the median/min/max from process start
# to /q/health/ready (management port) and to the first acknowledged push, the JVM's CPU seconds to ready and the load
# average. Figures, not a test.
# Usage: bench/startup.sh [-Druns=5] [-Dcases=existing,new] [-Djar=a/quarkus-run.jar,b/quarkus-run.jar]
# (several jars start in turn, to compare them under the same load; BENCH_NO_BUILD=1 reuses the last build)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.StartupTimes
