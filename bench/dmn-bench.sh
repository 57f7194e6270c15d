#!/usr/bin/env bash
# Decisions per second of the project's DMN tables on Operaton's standalone DMN engine, per expression language
# (Scala FEEL, legacy FEEL, JUEL) against the same logic in Java, measured in the same run (see BENCHMARKS.md).
#   bench/dmn-bench.sh [--warmup=5] [--iterations=7] [--millis=1000] [--inputs=4096]
# JVM heap: BENCH_XMX (default 512m); extra JVM options: BENCH_JAVA_OPTS. Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail
xmx="${BENCH_XMX:-512m}"
cd "$(dirname "$0")/.."

source bench/classpath.sh

echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc)"
exec java -Xmx"$xmx" ${BENCH_JAVA_OPTS:-} \
  -cp "$bench_cp" \
  org.highroad.bench.DmnBenchmark "$@"
