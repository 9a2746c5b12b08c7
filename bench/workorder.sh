#!/usr/bin/env bash
# Dispatch benchmark (issue 7): a resident's "确认" → the work order's notice to the assigned grid worker received by
# a platform stub, p50/p95/p99 at a fixed rate of filings in the demo city (4 grids, 8 workers); first with the
# customer-service fallback (demo workers hold no subscription), then with subscribe messages.
# Measured at 100/s (2 cores, default delivery limit 200/s): customer-service fallback p99 199 ms, subscribe messages
# p99 204 ms; 2,000 of 2,000 notified each. Compare settings with -Denv.GRIDLINE_DELIVERY_RATE_PER_SECOND=400 etc.
# Usage: bench/workorder.sh [-Drate=100] [-Dseconds=20] [-Dwarmup=10] [-Denv.GRIDLINE_…=value]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.WorkOrderLoad
