#!/usr/bin/env bash
# Ledger benchmark (issue 8): 50 clients posting transfers for ~10 s through LedgerService on the embedded database
# with fsync on, then the ledger check. Prints transfers/s, p50/p99 and the violations found.
# Usage: bench/ledger.sh [-Dclients=50] [-Dseconds=10] [-Dquarkus.datasource.reactive.max-size=20]
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B test -Dtest=LedgerBenchmark -Dgroups=benchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgridline.embedded-database.durable=true "$@"
