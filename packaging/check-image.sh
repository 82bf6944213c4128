#!/usr/bin/env bash
# Checks a built app image, or the installed app, without a display in a few seconds:
#   packaging/check-image.sh [LAUNCHER]      (default target/dist/AgenticRL/bin/AgenticRL; /opt/agentic-rl/bin/AgenticRL
#                                             checks the installed package)
# 1. `AgenticRL losses --json` runs and prints the seed notebook's total, the reference value the tests use;
# 2. when the launcher is set to use the AppCDS archive, the JVM loads classes from it (its "top" layer), rather than
#    starting without it, which JDK 17 does silently when the archive does not match the jars;
# 3. the image carries one DuckDB jar, with this platform's native library only (pom.xml's profiles).
# Exit 0 when all hold, 1 when one does not, 2 for a missing image.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/dist/AgenticRL/bin/AgenticRL}
cfg=$(dirname "$launcher")/../lib/app/AgenticRL.cfg
reference=src/test/resources/reference/seed-notebook.json
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "check-image: no app image at $launcher; build one with packaging/app-image.sh" >&2; exit 2; }
loads=$(mktemp)
trap 'rm -f "$loads"' EXIT

out=$(JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$loads" "$launcher" losses --json 2>/dev/null)
python3 - "$reference" "$out" <<'PYTHON'
import json, sys
expected = json.load(open(sys.argv[1]))["losses"]["total"]
try:
    total = json.loads(sys.argv[2])["total"]
except (ValueError, KeyError, TypeError):
    sys.exit("check-image: FAIL: losses --json printed no total; it printed: " + sys.argv[2][:300])
if total != expected:
    sys.exit(f"check-image: FAIL: losses --json gives total {total!r}, the seed's is {expected!r}")
print(f"check-image: ok: losses --json gives the seed's total, {total!r}")
PYTHON

duckdb=$(cd "$(dirname "$cfg")/lib" && ls duckdb_jdbc-*.jar)
[ "$(echo "$duckdb" | wc -l)" = 1 ] && [ "$(unzip -l "$(dirname "$cfg")/lib/$duckdb" | grep -c 'libduckdb_java')" = 1 ] \
  || { echo "check-image: FAIL: the image should carry one DuckDB jar with one native library: $duckdb" >&2; exit 1; }
echo "check-image: ok: DuckDB's native library for this platform only ($duckdb)"

from_app_archive=$(grep -c 'source: shared objects file (top)' "$loads" || true)
from_jdk_archive=$(grep -c 'source: shared objects file$' "$loads" || true)
from_files=$(grep -c 'source: \(jar\|file\|jrt\)' "$loads" || true)
summary="$from_app_archive classes from the app's CDS archive, $from_jdk_archive from the JDK's, $from_files read from jars"
if grep -q 'SharedArchiveFile' "$cfg"; then
  [ "$from_app_archive" -gt 0 ] || { echo "check-image: FAIL: the launcher names a CDS archive but the JVM did not use it ($summary)" >&2; exit 1; }
  echo "check-image: ok: the CDS archive is used: $summary"
else
  echo "check-image: this image has no CDS archive (built with --no-cds): $summary"
fi
