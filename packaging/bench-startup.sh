#!/usr/bin/env bash
# Start-up benchmark: the time from launch to the first frame of the app's window, and to the frame with its whole
# Episode tab, next to a bare JavaFX window (org.agenticrl.app.bench.BareWindow: one label, the same JVM, JavaFX jars
# and the window's JVM flags), launched alternately N times in one virtual display. Prints every run, the medians and
# the ratios app / bare, of the wall-clock time (what a user waits) and of the CPU time the processes used until
# then (user + system, all threads and child processes: much steadier than the wall clock on a shared, loaded
# machine, but blind to work done in parallel).
#
#   mvn package -DskipTests && packaging/bench-startup.sh [N] [--cds] [--maven]
#
#   N        launches of each window (default 5)
#   --cds    also time both windows with an AppCDS archive each (made first by packaging/cds-archive.sh)
#   --maven  also time `mvn -o javafx:run` (Maven's own start and steps included) on this compiled checkout
#
# The app is started as a user starts it, `java -jar target/agentic-rl.jar` with no JVM options of its own (it
# starts the window in a second JVM with the window's options, src/site/markdown/running.md, "JVM options"; that JVM's start is timed too).
# "First frame" is JavaFX's own start-up marker, the same for every window: with -Dsun.perflog=true JavaFX logs
# "Scene - first repaint - layout complete" with the wall-clock time when the window's first pulse has applied CSS
# and laid out the whole scene (the frame then goes to the renderer). For the app that is its start-up screen (the
# name, a progress line); "Episode tab" is the app's own marker (-Dagenticrl.bench.startup=true,
# app.bench.StartupMarks) for the frame that replaces it with the whole Episode tab, at the same point of that frame,
# after which the app ends its JVM. The bare window ends at its first frame (-Dsun.perflog.fx.firstpaintexit=true).
# The launch time is taken by this script just before `java` (or `mvn`) starts. Needs xvfb-run (package xvfb),
# unless it is already running under a display it made.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 cds=false maven=false
for arg in "$@"; do
  case "$arg" in
    --cds) cds=true ;;
    --maven) maven=true ;;
    ''|*[!0-9]*) echo "bench-startup: unknown argument '$arg' (usage: bench-startup.sh [N] [--cds] [--maven])" >&2; exit 2 ;;
    *) runs=$arg ;;
  esac
done
[ "$runs" -ge 1 ] || { echo "bench-startup: N must be at least 1" >&2; exit 2; }
[ -f target/agentic-rl.jar ] || { echo "bench-startup: run 'mvn package' first (needs target/agentic-rl.jar)" >&2; exit 2; }

if [ -z "${BENCH_STARTUP_DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "bench-startup: needs xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  BENCH_STARTUP_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

flags=(-Xmx256m -XX:TieredStopAtLevel=1)  # the window's JVM flags (org.agenticrl.launch.WindowJvm.OPTIONS)
marker=(-Dsun.perflog=true -Dsun.perflog.fx.firstpaintflush=true)
exit_at_first=(-Dsun.perflog.fx.firstpaintexit=true)
exit_at_episode=(-Dagenticrl.bench.startup=true)
app=(-jar target/agentic-rl.jar)
bare=(-cp target/agentic-rl.jar org.agenticrl.app.bench.BareWindow)
command -v /usr/bin/time >/dev/null || { echo "bench-startup: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
log=$(mktemp)
cpu=$(mktemp)
trap 'rm -f "$log" "$cpu"' EXIT

# Prints the wall-clock milliseconds from launch to the first frame of the command's window, the CPU milliseconds
# until the process ended, and the wall-clock milliseconds to the Episode tab's frame if the app marked one (else -).
first_frame() {
  local start
  start=$(date +%s%3N)
  if ! timeout 120 /usr/bin/time -f '%U %S' -o "$cpu" "$@" >"$log" 2>&1; then
    echo "bench-startup: '$*' failed or took over 120 s; its output:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  local shown
  shown=$(grep 'Scene - first repaint - layout complete' "$log" | sed -E 's/.*: ([0-9]+)$/\1/' | head -1)
  [ -n "$shown" ] || { echo "bench-startup: no first frame logged by '$*'; its output:" >&2; tail -20 "$log" >&2; exit 1; }
  local episode
  episode=$(grep -F 'agentic-rl start-up: Episode tab laid out at ' "$log" | sed -E 's/.* ([0-9]+)$/\1/' | head -1 || true)
  echo "$((shown - start)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$cpu") ${episode:+$((episode - start))}"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

names=(app bare)
declare -A command
command[app]="java ${marker[*]} ${exit_at_episode[*]} ${app[*]}"
command[bare]="java ${flags[*]} ${marker[*]} ${exit_at_first[*]} ${bare[*]}"
if $cds; then
  [ -f target/agentic-rl.jsa ] || packaging/cds-archive.sh >/dev/null
  [ -f target/bare-window.jsa ] || packaging/cds-archive.sh target/bare-window.jsa "${bare[@]}" >/dev/null
  command[app+cds]="java ${flags[*]} -XX:SharedArchiveFile=target/agentic-rl.jsa ${marker[*]} ${exit_at_episode[*]} ${app[*]}"
  command[bare+cds]="java ${flags[*]} -XX:SharedArchiveFile=target/bare-window.jsa ${marker[*]} ${exit_at_first[*]} ${bare[*]}"
  names+=(app+cds bare+cds)
fi
if $maven; then
  names+=(javafx:run)
  command[javafx:run]="mvn -B -o javafx:run"
fi

declare -A wall cpu_ms episode_ms
# The first launch of a build writes the window JVM's class archive when it ends (src/site/markdown/performance.md, "Start-up"); it is timed
# apart, and every launch after it maps the archive.
read -r w c e < <(first_frame ${command[app]})
echo "first launch of this build: first frame $w ms, Episode tab ${e:-?} ms, cpu $c ms (and the archive written at exit)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
for ((i = 1; i <= runs; i++)); do
  line="run $i (wall/cpu ms):"
  for name in "${names[@]}"; do
    if [ "$name" = javafx:run ]; then
      # Maven forks the JVM with the pom's options; JAVA_TOOL_OPTIONS adds the marker to it (and, harmlessly, to Maven).
      read -r w c e < <(JAVA_TOOL_OPTIONS="${marker[*]} ${exit_at_episode[*]}" first_frame ${command[$name]})
    else
      read -r w c e < <(first_frame ${command[$name]})
    fi
    [ -n "${w:-}" ] || exit 1
    wall[$name]="${wall[$name]:-} $w"
    cpu_ms[$name]="${cpu_ms[$name]:-} $c"
    line="$line  $name $w/$c"
    if [ -n "${e:-}" ]; then
      episode_ms[$name]="${episode_ms[$name]:-} $e"
      line="$line (Episode tab $e)"
    fi
  done
  echo "$line"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${names[@]}"; do
  episode=""
  [ -z "${episode_ms[$name]:-}" ] || episode=", Episode tab wall $(echo "${episode_ms[$name]}" | median) ms"
  printf '%-11s median first frame wall %6s ms%s, cpu %6s ms   %s\n' "$name" "$(echo "${wall[$name]}" | median)" \
    "$episode" "$(echo "${cpu_ms[$name]}" | median)" "${command[$name]}"
done
ratio() {  # ratio NAME OVER: the ratio of the two medians of the first frame's wall clock and of the CPU time
  awk -v a="$(echo "${wall[$1]}" | median)" -v b="$(echo "${wall[$2]}" | median)" \
      -v c="$(echo "${cpu_ms[$1]}" | median)" -v d="$(echo "${cpu_ms[$2]}" | median)" \
      -v n="$1 / $2" 'BEGIN {printf "ratio %-20s first frame wall %.2f   cpu %.2f\n", n, a / b, c / d}'
}
episode_ratio() {  # episode_ratio NAME OVER: NAME's Episode tab against OVER's first frame, medians of the wall clock
  awk -v a="$(echo "${episode_ms[$1]}" | median)" -v b="$(echo "${wall[$2]}" | median)" \
      -v n="$1 Episode tab / $2" 'BEGIN {printf "ratio %-31s wall %.2f\n", n, a / b}'
}
ratio app bare
episode_ratio app bare
if $cds; then
  ratio app+cds bare+cds
  ratio app+cds bare
  episode_ratio app+cds bare
fi
if $maven; then
  ratio javafx:run bare
fi
