#!/usr/bin/env bash
# Runs report-intake locally: Kafka broker, MongoDB-compatible server, SMTP server with an inbox page, and the four
# services, all on 127.0.0.1, with data kept in .local-data/. Builds what is missing first. Ctrl-C stops everything.
#   ./run-local.sh            build if jars are missing, then run
#   ./run-local.sh --rebuild  always rebuild first (after changing code)
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

INFRA_JAR="deploy/local-infra/target/local-infra-1.0.0-SNAPSHOT.jar"
INFRA_CLASSPATH="deploy/local-infra/target/local-infra.classpath"
SERVICES=(intake-service parser-service validator-service notifier-service)

needs_build=false
[[ "${1:-}" == "--rebuild" ]] && needs_build=true
for required in "$INFRA_JAR" "$INFRA_CLASSPATH"; do
  [[ -f "$required" ]] || needs_build=true
done
for service in "${SERVICES[@]}"; do
  [[ -f "$service/target/quarkus-app/quarkus-run.jar" ]] || needs_build=true
done
# The classpath file names jars in the local Maven repository; rebuild if any of them is gone.
if [[ -f "$INFRA_CLASSPATH" ]]; then
  IFS=':' read -r -a entries < "$INFRA_CLASSPATH" || true  # no trailing newline: read reports EOF
  for entry in "${entries[@]}"; do
    [[ -e "$entry" ]] || needs_build=true
  done
fi

if $needs_build; then
  echo "Building (mvn -B -DskipTests package) ..."
  mvn -B -DskipTests package
fi

exec java -Xms32m -Xmx384m -XX:+UseSerialGC \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.org.apache.kafka=error \
  -Dorg.slf4j.simpleLogger.log.de.bwaldvogel=error \
  -Dreportintake.root="$ROOT" \
  -cp "$INFRA_JAR:$(cat "$INFRA_CLASSPATH")" \
  org.reportintake.infra.LocalPipeline
