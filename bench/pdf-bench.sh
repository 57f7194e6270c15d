#!/usr/bin/env bash
# Contract PDFs per second through the project's renderer against a bare PDFBox document with the same fonts,
# page count and text, measured in the same run (see BENCHMARKS.md).
#   bench/pdf-bench.sh [--warmup=3] [--iterations=7] [--millis=4000] [--wages=12]
# JVM heap: BENCH_XMX (default 512m); extra JVM options: BENCH_JAVA_OPTS. Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail
xmx="${BENCH_XMX:-512m}"
cd "$(dirname "$0")/.."

mvn -B -q ${MVN_FLAGS:-} test-compile
cp_file="target/bench-classpath.txt"
if [[ ! -s "$cp_file" || pom.xml -nt "$cp_file" ]]; then
  mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
fi

echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc)"
exec java -Xmx"$xmx" ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.highroad.bench.PdfBenchmark "$@"
