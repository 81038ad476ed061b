#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs IcsBusyBenchmark (issue 4, item 8).
# Extra arguments go to JMH, e.g.  bench/run-ics.sh -f 1 -wi 2 -i 3   for a quick look.
# Results: the table on stdout, plus target/bench/ics-busy.txt (full log) and .json (machine-readable).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Pbench package -DskipTests

# benchmarks.jar holds JMH and our classes only (the slot benchmark needs nothing else); the .ics adapter
# also needs ical4j and its dependencies, so they go on the class path, which JMH's forks inherit.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/ics-classpath.txt

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# load before the run: $(uptime)"
} | tee target/bench/ics-busy.txt

java -cp "target/benchmarks.jar:$(cat target/bench/ics-classpath.txt)" org.openjdk.jmh.Main IcsBusyBenchmark \
  -rf json -rff target/bench/ics-busy.json "$@" | tee -a target/bench/ics-busy.txt

echo "# load after the run: $(uptime)" | tee -a target/bench/ics-busy.txt
