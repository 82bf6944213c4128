#!/usr/bin/env bash
# Gives a Linux app image built by app-image.sh an AppCDS archive of the classes the window loads, and makes its
# launcher use it:
#   packaging/archive-classes.sh IMAGE [LOG]   (IMAGE = the directory holding bin/AgenticRL; LOG gets the run's output)
# It opens the real window once (the bench-ui command: it builds the window, moves the λ1 slider 50 times and closes
# it by itself) with -XX:ArchiveClassesAtExit, in a virtual display if there is no DISPLAY, then adds
# -XX:SharedArchiveFile=$APPDIR/agentic-rl.jsa to the launcher's options.
# JDK 17 maps the archive only while the jars sit at the absolute paths they had when it was made (else the JVM
# starts without it, silently): app-image.sh therefore runs this again, at the install path, for an installer.
set -euo pipefail
image=${1:?usage: archive-classes.sh IMAGE [LOG]}
log=${2:-$(mktemp)}
launcher=$image/bin/AgenticRL
appdir=$image/lib/app
cfg=$appdir/AgenticRL.cfg
archive=$appdir/agentic-rl.jsa
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "archive-classes: $image is not an app image from app-image.sh" >&2; exit 2; }
display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || {
    echo "archive-classes: the window needs a display: set DISPLAY, install xvfb (Debian: xvfb xauth), or build with --no-cds" >&2
    exit 2
  }
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
option='java-options=-XX:SharedArchiveFile=$APPDIR/agentic-rl.jsa'
# A launcher that already reads an archive cannot write one: the option goes while the new one is made.
grep -vxF "$option" "$cfg" >"$cfg.new" || true
mv "$cfg.new" "$cfg"
rm -f "$archive"
if ! JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" "${display[@]}" "$launcher" bench-ui --changes 50 >"$log" 2>&1 \
    || [ ! -s "$archive" ]; then
  echo "archive-classes: the window's run did not leave an archive; its output is in $log" >&2
  exit 1
fi
awk -v option="$option" '{ print } $0 == "[JavaOptions]" { print option }' "$cfg" >"$cfg.new"
mv "$cfg.new" "$cfg"
echo "archive-classes: $(du -m "$archive" | cut -f1) MB in $archive; the JVM's $(grep -c 'warning.*cds' "$log") warnings on what it left out (picocli is compiled for Java 5, which CDS cannot archive) are in $log"
