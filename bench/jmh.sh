#!/usr/bin/env bash
# Shared by the bench/run-*.sh scripts: builds the JMH benchmarks (Maven profile "bench"), then runs one
# benchmark class with the class path of the given Maven scope, logging the machine and its load around the run.
#   bench/jmh.sh NAME BENCHMARK SCOPE [JMH arguments…]
# NAME names the results: target/bench/NAME.txt (full log) and target/bench/NAME.json (machine-readable).
# SCOPE is "runtime" (the adapters' libraries) or "test" (also Monocle, for headless JavaFX).
# EXTRA_LOG_LINES, if set, is appended to the log header (e.g. where the temp folder lives).
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1 benchmark=$2 scope=$3
shift 3

./mvnw -B -ntp -Pbench package -DskipTests

# benchmarks.jar holds JMH and our classes only; the libraries go on the class path, which JMH's forks inherit.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope="$scope" \
  -Dmdep.outputFile="target/bench/$name-classpath.txt"

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  if [ -n "${EXTRA_LOG_LINES:-}" ]; then echo "$EXTRA_LOG_LINES"; fi
  echo "# load before the run: $(uptime)"
} | tee "target/bench/$name.txt"

java -cp "target/benchmarks.jar:$(cat "target/bench/$name-classpath.txt")" org.openjdk.jmh.Main "$benchmark" \
  -rf json -rff "target/bench/$name.json" "$@" | tee -a "target/bench/$name.txt"

echo "# load after the run: $(uptime)" | tee -a "target/bench/$name.txt"
