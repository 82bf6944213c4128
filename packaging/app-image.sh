#!/usr/bin/env bash
# Builds, from `mvn package`, a self-contained app image (its own trimmed Java runtime: no JDK needed to run it) and,
# given jpackage types, an installer of it for each. JDK 17+ (jpackage). packaging/README.md says what each part does.
#   packaging/app-image.sh [--no-cds] [TYPE...]
#     (no TYPE)   target/dist/AgenticRL/bin/AgenticRL (AgenticRL.app on macOS, AgenticRL/AgenticRL.exe on Windows)
#     deb rpm     on Linux: target/dist/agentic-rl_VERSION_amd64.deb, agentic-rl-VERSION-1.x86_64.rpm (rpmbuild),
#                 installing to /opt/agentic-rl
#     dmg pkg     on macOS: target/dist/AgenticRL-VERSION.dmg (or .pkg)
#     msi exe     on Windows: target/dist/AgenticRL-VERSION.msi (needs the WiX Toolset 3 on the PATH)
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
types=("$@")
[ -f "$jar" ] || { echo "app-image: run 'mvn package' first" >&2; exit 2; }

case "$(uname -s)" in
  Linux) system=linux; image=$dist/$name; icon=packaging/icons/$name.png; allowed=" deb rpm " ;;
  Darwin) system=macos; image=$dist/$name.app; icon=packaging/icons/$name.icns; cds=no; allowed=" dmg pkg " ;;
  MINGW* | MSYS* | CYGWIN*) system=windows; image=$dist/$name; icon=packaging/icons/$name.ico; cds=no
    allowed=" msi exe " ;;
  *) echo "app-image: unknown system $(uname -s)" >&2; exit 2 ;;
esac
for type in ${types[@]+"${types[@]}"}; do  # (macOS bash 3.2 calls an empty array unbound)
  [[ $allowed == *" $type "* ]] || { echo "app-image: $type is not an installer of $system (use:$allowed)" >&2; exit 2; }
done

rm -rf "$work" "$dist"
mkdir -p "$work/input" "$work/resources" "$dist"
(cd "$work" && jar xf "../../$jar" META-INF/maven/org.agenticrl/agentic-rl/pom.properties)
version=$(sed -n 's/^version=//p' "$work/META-INF/maven/org.agenticrl/agentic-rl/pom.properties" | tr -d '\r')
numeric=${version%%-*}
qualifier=${version#"$numeric"}

# The version each installer can take: deb and rpm sort 0.1.0~SNAPSHOT before 0.1.0; MSI takes numbers only; macOS
# takes numbers whose first is at least 1 (jpackage refuses 0.x, as Apple's bundle version does), so 0.y.z is
# written 1.y.z there (the dmg's file name and the app's About box keep the real version).
installer_version() {
  case $1 in
    deb | rpm) echo "$numeric${qualifier:+~${qualifier#-}}" ;;
    *) if [ $system = macos ] && [ "${numeric%%.*}" = 0 ]; then echo "1.${numeric#*.}"; else echo "$numeric"; fi ;;
  esac
}

cp "$jar" LICENSE "$work/input/"
cp -r target/lib "$work/input/lib"
common=(--name "$name" --vendor "Agentic RL Visualizer authors" --copyright "Copyright (c) 2026 the Agentic RL Visualizer authors"
  --description "Agentic RL Visualizer: how reinforcement learning turns a language model into an agent"
  --icon "$icon")
[ $system = macos ] && common+=(--mac-package-identifier org.agenticrl.AgenticRL)
# --generate-cds-archive gives the runtime the JDK's own base archive, which the app's archive extends; it needs the
# runtime's bin/java, so the native commands (48 kB) stay. -Xmx256m keeps compressed oops, so the no-oops base
# archive (11 MB) would never be used and goes. The JVM options are the window's (org.agenticrl.launch.WindowJvm),
# which the launcher gives itself, so the app starts no second JVM for them (-Dagenticrl.relaunch=false).
jpackage --type app-image "${common[@]}" --app-version "$(installer_version app-image)" \
  --input "$work/input" --main-jar agentic-rl.jar --main-class org.agenticrl.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.prefs,java.scripting,java.xml,jdk.unsupported,jdk.jsobject \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --java-options "-Dprism.lcdtext=false" --java-options "-Xmx256m" --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-Dagenticrl.relaunch=false" \
  --dest "$dist" >"$work/jpackage-image.log"
find "$image" -name classes_nocoops.jsa -delete
[ $cds = yes ] && packaging/archive-classes.sh "$image" "$dist/cds-dump.log"
echo "app-image: built $image ($version, $(du -sm "$image" | cut -f1) MB)"
[ ${#types[@]} -gt 0 ] || exit 0

installer_image=$image
resources=$work/resources
if [ $system = linux ]; then
  installer_image=$work/installed/$name
  mkdir -p "$work/installed"
  cp -a "$image" "$installer_image"
  # JDK 17 maps the archive only where it was made, with each jar's size and time stamp as they were then: it is made
  # again with the jars at a known time, and with the image seen at the install path, in a private mount namespace
  # that nothing outside it sees. The deb's postinst gives the installed jars that time again; the rpm's spec gives it
  # to them in the package, and rpm installs files with the time they have in it.
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
  sed -e "s|@JAR_TIME@|$jar_time|" packaging/linux/$package.spec >"$resources/$package.spec"
fi
# Session files have an extension and a type of their own everywhere. Scenario files are JSON: on Linux the app is
# added to the programs that open JSON; on Windows and macOS an association would make it the default for every
# .json file, so there are none for them.
associations=(--file-associations packaging/session-files.properties)
[ $system = linux ] && associations+=(--file-associations packaging/scenario-files.properties)
for type in "${types[@]}"; do
  installer=(--type "$type" "${common[@]}" --app-version "$(installer_version "$type")" --app-image "$installer_image"
    --license-file LICENSE "${associations[@]}" --resource-dir "$resources")
  case $type in
    deb | rpm) installer+=(--install-dir "$install_dir" --linux-package-name "$package" --linux-shortcut
      --linux-menu-group Education --linux-app-category "$([ "$type" = deb ] && echo education || echo Education)")
    [ "$type" = rpm ] && installer+=(--linux-rpm-license-type MIT) ;;
    msi | exe) installer+=(--win-menu --win-menu-group "Agentic RL Visualizer" --win-shortcut --win-dir-chooser
      --win-upgrade-uuid 6f1d5c3e-3b1e-4a43-9d5e-8a2f0c7b9e41) ;;
  esac
  jpackage "${installer[@]}" --dest "$work/$type" --verbose >"$work/jpackage-$type.log"
  built=$(ls "$work/$type"/*."$type")
  target=$dist/$(basename "$built")
  # macOS's installer is named after the bundle version: it gets the real one back.
  [ $system = macos ] && target=$dist/$name-$version.$type
  mv "$built" "$target"
  echo "app-image: built $target ($(installer_version "$type"), $(du -m "$target" | cut -f1) MB)"
done
