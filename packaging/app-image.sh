#!/usr/bin/env bash
# Builds, from `mvn package`, a self-contained app image (its own trimmed Java runtime: no JDK needed to run it) and,
# given a jpackage type, an installer of it. JDK 17+ (jpackage). packaging/README.md says what each part does.
#   packaging/app-image.sh [--no-cds] [TYPE]
#     (no TYPE)   target/dist/AgenticRL/bin/AgenticRL
#     deb, rpm    also target/dist/agentic-rl_VERSION_amd64.deb (or .rpm: needs rpmbuild), installing to /opt/agentic-rl
#     dmg, pkg    on macOS; msi, exe on Windows (not tried: see packaging/README.md)
#     --no-cds    without the AppCDS archive, which needs a display or xvfb-run; macOS and Windows always build without
set -euo pipefail
cd "$(dirname "$0")/.."

name=AgenticRL
package=agentic-rl
install_dir=/opt
jar=target/agentic-rl.jar
dist=target/dist
work=target/jpackage-work
cds=yes
if [ "${1:-}" = "--no-cds" ]; then cds=no; shift; fi
type=${1:-}
[ -f "$jar" ] || { echo "app-image: run 'mvn package' first" >&2; exit 2; }

rm -rf "$work" "$dist"
mkdir -p "$work/input" "$work/resources" "$dist"
(cd "$work" && jar xf "../../$jar" META-INF/maven/org.agenticrl/agentic-rl/pom.properties)
version=$(sed -n 's/^version=//p' "$work/META-INF/maven/org.agenticrl/agentic-rl/pom.properties")
numeric=${version%%-*}
qualifier=${version#"$numeric"}
# Installers want numbers: MSI and macOS one to three of them; deb and rpm sort 0.1.0~SNAPSHOT before 0.1.0.
case $type in
  deb | rpm) package_version=$numeric${qualifier:+~${qualifier#-}} ;;
  *) package_version=$numeric ;;
esac

case "$(uname -s)" in
  Linux) image=$dist/$name; icon=packaging/icons/$name.png ;;
  Darwin) image=$dist/$name.app; icon=packaging/icons/$name.icns; cds=no ;;
  *) image=$dist/$name; icon=packaging/icons/$name.ico; cds=no ;;
esac

cp "$jar" LICENSE "$work/input/"
cp -r target/lib "$work/input/lib"
common=(--name "$name" --vendor "Agentic RL Visualizer authors" --copyright "Copyright (c) 2026 the Agentic RL Visualizer authors"
  --description "Agentic RL Visualizer: how reinforcement learning turns a language model into an agent"
  --icon "$icon")
# --generate-cds-archive gives the runtime the JDK's own base archive, which the app's archive extends; it needs the
# runtime's bin/java, so the native commands (48 kB) stay. -Xmx256m keeps compressed oops, so the no-oops base
# archive (11 MB) would never be used and goes. The JVM options are javafx:run's (src/site/markdown/performance.md, "Memory").
jpackage --type app-image "${common[@]}" --app-version "$version" \
  --input "$work/input" --main-jar agentic-rl.jar --main-class org.agenticrl.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.prefs,java.scripting,java.xml,jdk.unsupported,jdk.jsobject \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --java-options "-Dprism.lcdtext=false" --java-options "-Xmx256m" --java-options "-XX:TieredStopAtLevel=1" \
  --dest "$dist" >"$work/jpackage-image.log"
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
[ $cds = yes ] && packaging/archive-classes.sh "$image" "$dist/cds-dump.log"
echo "app-image: built $image ($version, $(du -sm "$image" | cut -f1) MB)"
[ -n "$type" ] || exit 0

installer_image=$image
resources=$work/resources
if [ "$type" = deb ] || [ "$type" = rpm ]; then
  installer_image=$work/installed/$name
  mkdir -p "$work/installed"
  cp -a "$image" "$installer_image"
  # JDK 17 maps the archive only where it was made, with each jar's size and time stamp as they were then: it is made
  # again with the jars at a known time, and with the image seen at the install path, in a private mount namespace
  # that nothing outside it sees; the package's postinst gives the installed jars that time again.
  jar_time=$(date -r "$jar" +%s)
  find "$installer_image/lib/app" -name '*.jar' -exec touch -d "@$jar_time" {} +
  if [ $cds = yes ]; then
    as_root=(); [ "$(id -u)" = 0 ] || as_root=(--map-root-user)
    unshare --mount "${as_root[@]}" bash -c 'mount -t tmpfs packaging "$1" && mkdir "$1/$2" && mount --bind "$3" "$1/$2" &&
      packaging/archive-classes.sh "$1/$2" "$4"' -- "$install_dir" "$package" "$(realpath "$installer_image")" \
      "$(realpath "$dist")/cds-dump-installed.log"
  fi
  cp packaging/linux/$name.desktop packaging/linux/postrm "$resources/"
  sed -e "s|@APP_DIR@|$install_dir/$package|" -e "s|@JAR_TIME@|$jar_time|" packaging/linux/postinst >"$resources/postinst"
fi
installer=(--type "$type" "${common[@]}" --app-version "$package_version" --app-image "$installer_image"
  --license-file LICENSE --file-associations packaging/scenario-files.properties
  --file-associations packaging/session-files.properties --resource-dir "$resources")
case $type in
  deb | rpm) installer+=(--install-dir "$install_dir" --linux-package-name "$package" --linux-shortcut
    --linux-menu-group Education --linux-app-category "$([ "$type" = deb ] && echo education || echo Education)") ;;
  msi | exe) installer+=(--win-menu --win-menu-group "Agentic RL Visualizer" --win-shortcut --win-dir-chooser) ;;
esac
jpackage "${installer[@]}" --dest "$dist" --verbose >"$work/jpackage-$type.log"
echo "app-image: built $(ls "$dist"/*."$type") ($package_version, $(du -m "$dist"/*."$type" | cut -f1) MB)"
