#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs HistoryQueryBenchmark (issue 6, item 6): the
# review's queries on a 100,000-call demo history in a real history.db (built once per fork, ~20 s).
# Extra arguments go to JMH, e.g.  bench/run-history.sh -wi 2 -i 3   for a quick look.
# Results: the table on stdout, plus target/bench/history.txt (full log) and .json (machine-readable).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Pbench package -DskipTests

./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/history-classpath.txt

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# load before the run: $(uptime)"
} | tee target/bench/history.txt

java -cp "target/benchmarks.jar:$(cat target/bench/history-classpath.txt)" org.openjdk.jmh.Main HistoryQueryBenchmark \
  -rf json -rff target/bench/history.json "$@" | tee -a target/bench/history.txt

echo "# load after the run: $(uptime)" | tee -a target/bench/history.txt
