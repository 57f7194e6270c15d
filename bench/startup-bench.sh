#!/usr/bin/env bash
# Start-up benchmark (see BENCHMARKS.md): Highroad against a bare Operaton web application, each started
# --runs times alternately in fresh JVMs (fresh H2 database each), timed from launch to readiness UP.
#   bench/startup-bench.sh --steps        (where Highroad's start-up time goes)
#   bench/startup-bench.sh --steps --database=/tmp/hr   (twice: the second shows a restart on that database)
#   bench/startup-bench.sh [--runs=5] [--xmx=1g] [--keep-logs] [--only=highroad|bare] [--highroad-args=--a=b,--c=d]
#   bench/startup-bench.sh --restart      (restarts on an existing database: each application's own, created first)
#   bench/startup-bench.sh --jvm-args=-XX:TieredStopAtLevel=1   (JVM options for both applications alike)
#   bench/startup-bench.sh --cds          (a class archive for each application, AppCDS; implies --jars)
#   bench/startup-bench.sh --jars         (the compiled classes as two jars, as CDS needs: to compare with --cds)
# Maven flags: MVN_FLAGS (e.g. -o offline).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh

# --steps: where Highroad's start-up goes instead (one in-process start with Spring's BufferingApplicationStartup)
if [[ "${1:-}" == "--steps" ]]; then
  shift
  exec java -Xmx1g -cp "$bench_cp" org.highroad.bench.StartupSteps "$@"
fi

# CDS archives classes from jars only: the compiled classes and test classes go into two jars (both applications
# run on the same classpath, so give --jars to the run that --cds is compared with)
if [[ " $* " == *" --cds "* || " $* " == *" --jars "* ]]; then
  mkdir -p target/bench-jars
  jar --create --file target/bench-jars/classes.jar -C target/classes .
  jar --create --file target/bench-jars/test-classes.jar -C target/test-classes .
  bench_cp="target/bench-jars/test-classes.jar:target/bench-jars/classes.jar:$(cat "$cp_file")"
  args=()
  for a in "$@"; do [[ "$a" == "--jars" ]] || args+=("$a"); done
  set -- "${args[@]}"
fi

# the runner is small; each application gets its own JVM (--xmx) with this same classpath
exec java -Xmx128m -cp "$bench_cp" \
  org.highroad.bench.StartupBenchmark "$@"
