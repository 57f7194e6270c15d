#!/usr/bin/env bash
# Bid evaluation and solicitation lifecycle benchmark (see BENCHMARKS.md): builds, then runs
# org.highroad.bench.BidBenchmark (Highroad in-process, fresh H2 file database, history level full).
#   bench/bid-bench.sh [--instances=100] [--rounds=3] [--warmup=20] [--lifecycles=20]
# Extra JVM options: BENCH_JAVA_OPTS; heap: BENCH_XMX (default 1g). Maven flags: MVN_FLAGS (e.g. -o offline).
# Prints RESULT bid_evaluation (wall time), RESULT bid_evaluation_per_job_cpu_second (the job-executor threads' CPU
# time, what a loaded machine changes least), PROFILE and RESULT lifecycle.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh

exec java -Xmx"${BENCH_XMX:-1g}" ${BENCH_JAVA_OPTS:-} \
  -cp "$bench_cp" \
  org.highroad.bench.BidBenchmark "$@"
