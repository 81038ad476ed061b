#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs ClickToBookedBenchmark (issue 5, item 10).
# Extra arguments go to JMH, e.g.  bench/run-click.sh -f 1 -wi 1 -i 2 -p latencyMillis=80   for a quick look.
# Results: the table on stdout, plus target/bench/click-to-booked.txt (full log, with the requests per
# click and the split of each variant) and .json (machine-readable).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -Pbench package -DskipTests

# benchmarks.jar holds JMH and our classes only (with the tests' fake Google, which the bench profile
# compiles); the Google client, gson and sqlite-jdbc go on the class path, which JMH's forks inherit.
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/click-classpath.txt

mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# temp folder (the SQLite history lives there): $(df -T "${TMPDIR:-/tmp}" | awk 'NR==2 {print $1, $2}')"
  echo "# load before the run: $(uptime)"
} | tee target/bench/click-to-booked.txt

# The forks get -Dsun.net.httpserver.nodelay=true from the benchmark's @Fork (the fake's HttpServer needs it).
java -cp "target/benchmarks.jar:$(cat target/bench/click-classpath.txt)" org.openjdk.jmh.Main ClickToBookedBenchmark \
  -rf json -rff target/bench/click-to-booked.json "$@" | tee -a target/bench/click-to-booked.txt

echo "# load after the run: $(uptime)" | tee -a target/bench/click-to-booked.txt
