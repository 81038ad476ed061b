#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs HistoryQueryBenchmark (issue 6, item 6): the
# review's queries on a 100,000-call demo history in a real history.db (built once per fork, ~20 s).
# Extra arguments go to JMH, e.g.  bench/run-history.sh -wi 2 -i 3   for a quick look.
# Results: the table on stdout, plus target/bench/history.txt (full log) and .json (machine-readable).
set -euo pipefail
exec "$(dirname "$0")/jmh.sh" history HistoryQueryBenchmark runtime "$@"
