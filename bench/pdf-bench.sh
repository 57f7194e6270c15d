#!/usr/bin/env bash
# Contract PDFs per second through the project's renderer against a bare PDFBox document with the same fonts,
# page count and text, measured in the same run (see BENCHMARKS.md).
#   bench/pdf-bench.sh [--warmup=3] [--iterations=7] [--millis=4000] [--wages=12]
# JVM heap: BENCH_XMX (default 512m); extra JVM options: BENCH_JAVA_OPTS. Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail
xmx="${BENCH_XMX:-512m}"
cd "$(dirname "$0")/.."

source bench/classpath.sh

echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc)"
exec java -Xmx"$xmx" ${BENCH_JAVA_OPTS:-} \
  -cp "$bench_cp" \
  org.highroad.bench.PdfBenchmark "$@"
