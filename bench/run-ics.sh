#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs IcsBusyBenchmark (issue 4, item 8).
# Extra arguments go to JMH, e.g.  bench/run-ics.sh -f 1 -wi 2 -i 3   for a quick look.
# Results: the table on stdout, plus target/bench/ics-busy.txt (full log) and .json (machine-readable).
set -euo pipefail
exec "$(dirname "$0")/jmh.sh" ics-busy IcsBusyBenchmark runtime "$@"
