#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs ClickToBookedBenchmark (issue 5, item 10).
# Extra arguments go to JMH, e.g.  bench/run-click.sh -f 1 -wi 1 -i 2 -p latencyMillis=80   for a quick look.
# Results: the table on stdout, plus target/bench/click-to-booked.txt (full log, with the requests per
# click and the split of each variant) and .json (machine-readable).
set -euo pipefail
# The forks get -Dsun.net.httpserver.nodelay=true from the benchmark's @Fork (the fake's HttpServer needs it).
EXTRA_LOG_LINES="# temp folder (the SQLite history lives there): $(df -T "${TMPDIR:-/tmp}" | awk 'NR==2 {print $1, $2}')" \
  exec "$(dirname "$0")/jmh.sh" click-to-booked ClickToBookedBenchmark runtime "$@"
