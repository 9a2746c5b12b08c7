#!/usr/bin/env bash
# End-to-end delivery benchmark (issue 4): webhook acknowledgement → reply received by a platform stub, at a fixed
# rate, then with the stub failing 30% of calls (every reply must arrive once). Usage: bench/delivery.sh [-Drate=200] [-Dseconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.DeliveryLoad
