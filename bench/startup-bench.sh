#!/usr/bin/env bash
# Start-up benchmark (see BENCHMARKS.md): Highroad against a bare Operaton web application, each started
# --runs times alternately in fresh JVMs (fresh H2 database each), timed from launch to readiness UP.
#   bench/startup-bench.sh --steps        (where Highroad's start-up time goes)
#   bench/startup-bench.sh [--runs=5] [--xmx=1g] [--keep-logs] [--only=highroad|bare] [--highroad-args=--a=b,--c=d]
# Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh

# --steps: where Highroad's start-up goes instead (one in-process start with Spring's BufferingApplicationStartup)
if [[ "${1:-}" == "--steps" ]]; then
  shift
  exec java -Xmx1g -cp "$bench_cp" org.highroad.bench.StartupSteps "$@"
fi

# the runner is small; each application gets its own JVM (--xmx) with this same classpath
exec java -Xmx128m -cp "$bench_cp" \
  org.highroad.bench.StartupBenchmark "$@"
