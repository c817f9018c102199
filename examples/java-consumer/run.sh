#!/usr/bin/env bash
# Builds the Java consumer once (again only when pom.xml or a source is newer than the jar) and
# runs it with the given arguments. Build output goes to stderr: stdout is the JSON summary alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/java-consumer.jar"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]]; then
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" package -DskipTests >&2
fi
exec java -jar "$jar" "$@"
