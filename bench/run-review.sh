#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs ReviewWindowOpenBenchmark (issue 6, item 6): the
# whole review window open on a 100,000-call demo history (filled once per fork, ~30 s), headless (Monocle, software rendering).
# Extra arguments go to JMH, e.g.  bench/run-review.sh -wi 1 -i 2   for a quick look.
# Results: the table on stdout, plus target/bench/review.txt (full log) and .json (machine-readable).
set -euo pipefail
exec "$(dirname "$0")/jmh.sh" review ReviewWindowOpenBenchmark test "$@"
