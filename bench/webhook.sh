#!/usr/bin/env bash
# Webhook benchmark (issue 3): packaged server on the embedded database (fsync on) + a Java load generator beside it.
# Usage: bench/webhook.sh [-Drate=1000] [-Dseconds=10] [-Dconcurrency=64]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.gridline.bench.WebhookLoad
