#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs SlotFinderBenchmark (issue 3, item 9).
# Extra arguments go to JMH, e.g.  bench/run-slots.sh -f 1 -wi 2 -i 3   for a quick look.
# Results: the table on stdout, plus target/bench/slot-finder.txt (full log) and .json (machine-readable).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Pbench package -DskipTests

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# load before the run: $(uptime)"
} | tee target/bench/slot-finder.txt

java -jar target/benchmarks.jar SlotFinderBenchmark \
  -rf json -rff target/bench/slot-finder.json "$@" | tee -a target/bench/slot-finder.txt

echo "# load after the run: $(uptime)" | tee -a target/bench/slot-finder.txt
