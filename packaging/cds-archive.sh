#!/usr/bin/env bash
# Makes an AppCDS archive for `java -jar target/agentic-rl.jar` (JDK 17's dynamic archive): it opens the window once
# (in a virtual display if there is none), stops at its first frame, and archives every class loaded until then,
# parsed, verified and laid out, so that later launches map them from the archive instead of loading them again.
#
#   mvn package -DskipTests && packaging/cds-archive.sh
#   java -Xmx256m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/agentic-rl.jsa -jar target/agentic-rl.jar
#
# The archive is only valid for the same JDK and the same jars: after `mvn package` make it again (a stale one is
# refused by the JVM with a warning, and the app then starts without it). src/site/markdown/performance.md, "Start-up", has the numbers.
# Other arguments: packaging/cds-archive.sh ARCHIVE JAVA-ARGUMENTS... (the start-up benchmark archives its bare window).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/agentic-rl.jar ] || { echo "cds-archive: run 'mvn package' first" >&2; exit 2; }
archive=${1:-target/agentic-rl.jsa}
shift || true
[ $# -gt 0 ] || set -- -jar target/agentic-rl.jar
rm -f "$archive"
display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "cds-archive: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  display=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
"${display[@]}" java -Xmx256m -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$archive" \
  -Dsun.perflog.fx.firstpaintexit=true -Dsun.perflog=true "$@" >/dev/null 2>&1 || true
[ -f "$archive" ] || { echo "cds-archive: the JVM wrote no archive (needs JDK 13 or later)" >&2; exit 1; }
echo "made $archive ($(du -h "$archive" | cut -f1)); use it with -XX:SharedArchiveFile=$archive"
