#!/usr/bin/env bash
# Intent + category + slot extraction cost per message (issue 6 goal: ≤ 1 ms), and address matching against 10,000
# buildings. Plain JVM, no server.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -cp "$cp" org.gridline.conversation.nlu.NluBenchmark
java -cp "$cp" org.gridline.grid.AddressMatcherBenchmark
