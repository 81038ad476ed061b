#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs ReviewWindowOpenBenchmark (issue 6, item 6): the
# whole review window open on a 100,000-call demo history (filled once per fork, ~30 s), headless (Monocle, software rendering).
# Extra arguments go to JMH, e.g.  bench/run-review.sh -wi 1 -i 2   for a quick look.
# Results: the table on stdout, plus target/bench/review.txt (full log) and .json (machine-readable).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Pbench package -DskipTests

# Test scope for Monocle (the headless JavaFX platform the UI tests use); JavaFX itself is a runtime dependency.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/review-classpath.txt

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# load before the run: $(uptime)"
} | tee target/bench/review.txt

java -cp "target/benchmarks.jar:$(cat target/bench/review-classpath.txt)" org.openjdk.jmh.Main ReviewWindowOpenBenchmark \
  -rf json -rff target/bench/review.json "$@" | tee -a target/bench/review.txt

echo "# load after the run: $(uptime)" | tee -a target/bench/review.txt
