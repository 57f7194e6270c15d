#!/usr/bin/env bash
# End-to-end payroll intake benchmark (see BENCHMARKS.md): builds, then runs
# org.highroad.bench.PayrollBenchmark in a JVM limited to -Xmx512m (override with BENCH_XMX).
#   bench/payroll-bench.sh h2|postgres [rows] [options]   e.g. bench/payroll-bench.sh postgres 100000
#   options go to the benchmark, e.g. --earlier=1000 (a database already holding 1,000 earlier small payrolls)
#   on PostgreSQL it then copies the same rows again with a raw COPY and prints RAW_COPY and RATIO (--no-raw-copy skips)
#   bench/payroll-bench.sh postgres 500 --repeat=200 [--weeks=12]   200 payrolls of 500 rows: p50/p95/p99/max (REPEAT)
#   ... --repeat=200 --weeks=12 --explain   then EXPLAIN (ANALYZE, BUFFERS) of the statements of the last payroll's check
#   (custom and generic plan each; PostgreSQL only)
# Extra JVM options: BENCH_JAVA_OPTS (e.g. "-XX:+HeapDumpOnOutOfMemoryError"). Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail

db="${1:?usage: bench/payroll-bench.sh h2|postgres [rows] [--earlier=N ...]}"
rows="${2:-100000}"
shift $(( $# < 2 ? $# : 2 ))
xmx="${BENCH_XMX:-512m}"
cd "$(dirname "$0")/.."

source bench/classpath.sh

exec java -Xmx"$xmx" ${BENCH_JAVA_OPTS:-} \
  -cp "$bench_cp" \
  org.highroad.bench.PayrollBenchmark --db="$db" --rows="$rows" "$@"
