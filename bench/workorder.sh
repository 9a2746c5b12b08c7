#!/usr/bin/env bash
# Dispatch benchmark (issue 7): a resident's "确认" → the work order's notice to the assigned grid worker received by
# a platform stub, p50/p95/p99 at a fixed rate of filings in the demo city (4 grids, 8 workers); first with the
# customer-service fallback (demo workers hold no subscription), then with subscribe messages.
# Measured at 100/s (2 cores): subscribe messages p99 128 ms; the fallback p99 12.3 s with the default delivery limit
# of 200/s (each fallback filing takes 3 tokens); with -Denv.GRIDLINE_DELIVERY_RATE_PER_SECOND=400: 41 ms and 100 ms.
# Usage: bench/workorder.sh [-Drate=100] [-Dseconds=20] [-Dwarmup=10] [-Denv.GRIDLINE_…=value]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.WorkOrderLoad
