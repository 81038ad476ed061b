#!/usr/bin/env bash
# Start-up and footprint of NextCall against a bare JavaFX window, on the same machine, in the same run
# (issue 8, item 7). See src/site/markdown/benchmarks.md, "Start-up and footprint".
#
# For each of N rounds it starts, in alternating order, the hello-world window
# (dev.nextcall.bench.startup.HelloWindow, run from target/nextcall.jar so both load the same JavaFX) and
# NextCall (java -jar target/nextcall.jar, with a fresh temp NEXTCALL_HOME), each under the same virtual
# X display (Xvfb) and with the same JVM options, and records:
#   start -> first frame  ms from just before exec (bash's $EPOCHREALTIME) to the FIRST_FRAME line the app
#                         prints with -Dnextcall.startupProbe=true (after the first pulse that drew the window)
#   CPU at first frame    CPU time of all the JVM's threads by then (less sensitive to other jobs' load)
#   idle RSS              VmRSS from /proc/PID/status after IDLE seconds without input
# and prints medians, min-max and NextCall/hello ratios. One warm-up run of each is not counted (the
# first JavaFX start on a machine unpacks its native libraries into ~/.openjfx/cache).
#
# Usage: bench/run-startup.sh [-n ROUNDS] [--idle SECONDS] [--no-build] [--jar JAR] [--image DIR] [-- JVM OPTIONS...]
#   -n ROUNDS     rounds (default 10: 10 runs of each)
#   --idle S      seconds to wait after the first frame before reading RSS (default 5)
#   --no-build    use the existing target/nextcall.jar instead of running ./mvnw package
#   --jar JAR     time another build of NextCall (e.g. an older commit's), with the same probe; implies --no-build
#   --image DIR   also time the packaged app (DIR/bin/NextCall, from packaging/linux/build-app-image.sh),
#                 against the hello window on the image's own runtime
#   JVM OPTIONS   given to both apps, e.g.  -- -XX:TieredStopAtLevel=1
# Needs: a JDK 17 (java, javac), Xvfb. Results: stdout and target/bench/startup.txt (one line per run).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=10
idle=5
build=true
jar=""
image=""
jvm_options=()
while (( $# )); do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    --idle) idle="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; build=false; shift 2 ;;
    --image) image="$(cd "$2" && pwd)"; shift 2 ;;
    --) shift; jvm_options=("$@"); break ;;
    -h|--help) sed -n '2,24s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "run-startup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v Xvfb >/dev/null || { echo "run-startup.sh: needs Xvfb (Debian: apt-get install -y xvfb libgtk-3-0)" >&2; exit 1; }

if $build; then
  ./mvnw -B -ntp -q package -DskipTests
fi
jar="${jar:-$PWD/target/nextcall.jar}"
[[ -f "$jar" ]] || { echo "run-startup.sh: no $jar (run without --no-build)" >&2; exit 1; }
classes="$PWD/target/bench/startup-classes"
rm -rf "$classes" && mkdir -p "$classes"
javac -nowarn --release 17 -cp "$jar" -d "$classes" src/bench/java/dev/nextcall/bench/startup/HelloWindow.java

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [[ -z "$xvfb_pid" ]] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own: -displayfd writes the number Xvfb picked once it is ready.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
[[ -s "$work/display" ]] || { echo "run-startup.sh: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

probe=(-Dnextcall.startupProbe=true)
out_file=target/bench/startup.txt
mkdir -p target/bench
{
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
       "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "# java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "# JVM options for both: ${jvm_options[*]:-(none)}; display $DISPLAY (Xvfb); $rounds rounds; RSS after ${idle} s idle"
  echo "# load before the run: $(uptime)"
  echo "# app first_frame_ms cpu_ms_at_first_frame idle_rss_mb"
} | tee "$out_file"

# run_one NAME COMMAND...: starts the command, waits for FIRST_FRAME, waits $idle s, reads VmRSS, stops it.
run_one() {
  local name="$1"; shift
  local home log
  home="$(mktemp -d "$work/home.XXXXXX")"
  log="$home.out"   # a new file per run, made before the start: the wait below must never read an older run's line
  : >"$log"
  local started="$EPOCHREALTIME"
  NEXTCALL_HOME="$home" "$@" >"$log" 2>"$work/$name.err" &
  local pid=$!
  local line=""
  for _ in $(seq 1200); do
    # the whole line: the last field is there only once the line is complete
    line="$(grep -m1 '^FIRST_FRAME .* cpuMillis=' "$log" || true)"
    [[ -n "$line" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  if [[ -z "$line" ]]; then
    echo "run-startup.sh: $name showed no first frame; its stderr:" >&2
    cat "$work/$name.err" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  sleep "$idle"
  local rss_kb
  rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local epoch="${line##*epochMillis=}"; epoch="${epoch%% *}"
  local cpu="${line##*cpuMillis=}"
  awk -v name="$name" -v s="$started" -v e="$epoch" -v cpu="$cpu" -v kb="$rss_kb" \
      'BEGIN { printf "%s %.0f %d %.1f\n", name, e - s * 1000, cpu, kb / 1024 }'
}

hello=(java "${jvm_options[@]}" "${probe[@]}" -cp "$jar:$classes" dev.nextcall.bench.startup.HelloWindow)
nextcall=(java "${jvm_options[@]}" "${probe[@]}" -jar "$jar")
apps=(hello nextcall)
if [[ -n "$image" ]]; then
  runtime_java="$image/lib/runtime/bin/java"
  hello_image=("$runtime_java" "${jvm_options[@]}" "${probe[@]}" -cp "$image/lib/app/nextcall.jar:$classes"
               dev.nextcall.bench.startup.HelloWindow)
  # The packaged launcher reads its JVM options from lib/app/NextCall.cfg; JAVA_TOOL_OPTIONS adds the probe.
  packaged=(env "JAVA_TOOL_OPTIONS=${jvm_options[*]} ${probe[*]}" "$image/bin/NextCall")
  apps+=(hello-image packaged)
fi
command_of() {
  case "$1" in
    hello) echo hello ;;
    nextcall) echo nextcall ;;
    hello-image) echo hello_image ;;
    packaged) echo packaged ;;
  esac
}
run_app() {
  local -n cmd="$(command_of "$1")"
  run_one "$1" "${cmd[@]}"
}

echo "# warm-up (not counted): $(run_app hello | tr '\n' ' ') $(run_app nextcall)"
for round in $(seq "$rounds"); do
  order=("${apps[@]}")
  if (( round % 2 == 0 )); then
    order=(); for (( i=${#apps[@]}-1; i>=0; i-- )); do order+=("${apps[i]}"); done
  fi
  for app in "${order[@]}"; do
    run_app "$app" | tee -a "$out_file"
  done
done
echo "# load after the run: $(uptime)" | tee -a "$out_file"

# Medians, ranges and ratios.
summary() {
  awk '!/^#/ && NF == 4 { ms[$1] = ms[$1] " " $2; cpu[$1] = cpu[$1] " " $3; mb[$1] = mb[$1] " " $4 }
    function stats(list,   n, a, i, j, t, med) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      med = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      return sprintf("%.0f|%.0f|%.0f", med, a[1], a[n])
    }
    END {
      printf "%-12s %-26s %-26s %-26s\n", "app", "first frame ms: median", "CPU ms at first frame", "idle RSS MB"
      for (app in ms) {
        split(stats(ms[app]), t, "|"); split(stats(cpu[app]), c, "|"); split(stats(mb[app]), m, "|")
        printf "%-12s %-26s %-26s %-26s\n", app, t[1] " (" t[2] "-" t[3] ")", c[1] " (" c[2] "-" c[3] ")", m[1] " (" m[2] "-" m[3] ")"
        medt[app] = t[1]; medc[app] = c[1]; medm[app] = m[1]
      }
      if (medt["hello"] > 0) printf "nextcall/hello: start %.2fx, CPU %.2fx, memory %.2fx  (targets: start <= 1.30x, memory <= 1.20x)\n", medt["nextcall"] / medt["hello"], medc["nextcall"] / medc["hello"], medm["nextcall"] / medm["hello"]
      if (medt["hello-image"] > 0) printf "packaged/hello-image: start %.2fx, CPU %.2fx, memory %.2fx\n", medt["packaged"] / medt["hello-image"], medc["packaged"] / medc["hello-image"], medm["packaged"] / medm["hello-image"]
    }' "$out_file"
}
# The same, paired by round: each round runs every app once, under about the same load from other jobs.
paired() {
  awk '# Median of per-round ratios: each round runs every app once, so a round'\''s apps saw about the same load.
!/^#/ && NF == 4 { n++; app[n] = $1; ms[n] = $2; cpu[n] = $3; mb[n] = $4; if (!(($1) in seen)) { seen[$1] = 1; k++ } }
function median(list,   c, a, i, j, t) {
  c = split(list, a, " ")
  for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
}
END {
  for (r = 0; r * k < n; r++) {
    delete t; delete c
    for (i = r * k + 1; i <= r * k + k && i <= n; i++) { t[app[i]] = ms[i]; c[app[i]] = cpu[i] }
    if (t["hello"] > 0 && t["nextcall"] > 0) { st = st " " t["nextcall"] / t["hello"]; sc = sc " " c["nextcall"] / c["hello"] }
    if (t["hello-image"] > 0 && t["packaged"] > 0) { pt = pt " " t["packaged"] / t["hello-image"]; pc = pc " " c["packaged"] / c["hello-image"] }
  }
  if (st != "") printf "paired by round, nextcall/hello: start %.2fx, CPU %.2fx (median of %d rounds)\n", median(st), median(sc), split(st, x, " ")
  if (pt != "") printf "paired by round, packaged/hello-image: start %.2fx, CPU %.2fx\n", median(pt), median(pc)
}
' "$out_file"
}
{ summary; paired; } | tee -a "$out_file"
