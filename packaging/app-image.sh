#!/usr/bin/env bash
# Builds a self-contained app image (its own Java runtime, no JDK needed to run it) with jpackage from JDK 17+.
#   mvn package -DskipTests && packaging/app-image.sh      ->  target/dist/AgenticRL/bin/AgenticRL
# Pass a jpackage --type (deb, rpm, dmg, msi, exe) as the first argument to build an installer instead.
# The JVM options are the ones pom.xml gives javafx:run; README, "Memory", says why and what they measured.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/agentic-rl.jar ] || { echo "app-image: run 'mvn package' first" >&2; exit 2; }
type=${1:-app-image}
staging=target/jpackage-input
rm -rf "$staging" target/dist
mkdir -p "$staging"
cp target/agentic-rl.jar "$staging/"
cp -r target/lib "$staging/lib"
jpackage --type "$type" \
  --name AgenticRL \
  --app-version 0.1.0 \
  --description "Agentic RL Visualizer: how reinforcement learning turns a language model into an agent" \
  --input "$staging" \
  --main-jar agentic-rl.jar \
  --main-class org.agenticrl.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.prefs,java.scripting,java.xml,jdk.unsupported,jdk.jsobject \
  --java-options "-Dprism.lcdtext=false" \
  --java-options "-Xmx256m" \
  --java-options "-XX:TieredStopAtLevel=1" \
  --dest target/dist
echo "built target/dist ($type)"
