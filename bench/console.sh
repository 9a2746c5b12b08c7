#!/usr/bin/env bash
# Console benchmark (issue 15): the packaged server on a fresh embedded database with 100,000 reports written into
# it, then the queue's server time with the default 30-day filter (p50/p99 over 100 requests) and the CSV export of
# all of them (time to first byte, total time, the server's heap before / at most during / after).
# Usage: bench/console.sh [-Dreports=100000] [-Ddays=365] [-Drequests=100]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.ConsoleLoad
