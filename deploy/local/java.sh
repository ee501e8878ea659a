# Sourced by the scripts under deploy/ (run from the repository root): builds when something is
# missing or a source is newer than its build, then runs a main class of the deploy module with
# plain java. The class path is deploy/target/classes and deploy/target/lib (copied by the build),
# so nothing has to be installed in the local Maven repository: the scripts work right after
# ./mvnw verify as well as on a fresh clone.

# Builds (./mvnw package, tests skipped) when a service jar or the launcher is missing or stale.
ensure_built() {
  local stale=""
  for service in measures-service adoption-service indicators-service gateway; do
    local jar="$service/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$service/src/main" platform/domain/src/main platform/http/src/main platform/kafka/src/main platform/contracts/src/main platform/persistence/src/main platform/persistence-http/src/main platform/catalogue/src/main -newer "$jar" -type f -not -path "*/node_modules/*" -print -quit)" ]; then
      stale=yes
    fi
  done
  if [ ! -d deploy/oidc-provider/target/lib ]; then
    stale=yes # the sign-in provider's class path
  fi
  local launcher=deploy/target/classes/org/ecoreform/deploy/LocalLauncher.class
  if [ ! -f "$launcher" ] || [ ! -d deploy/target/lib ] \
      || [ -n "$(find deploy/src/main platform/infra/src/main -newer "$launcher" -type f -print -quit)" ]; then
    stale=yes
  fi
  if [ -n "$stale" ]; then
    echo "Building (first start, or sources changed)…"
    ./mvnw -q -B -ntp -DskipTests package
  fi
}

# The launcher's JVM holds the embedded infrastructure (Kafka, the view store, PostgreSQL's control):
# the serial collector and a heap that starts small (the broker's compaction buffer is sized to fit);
# the footprint benchmark runs with the same options so that it measures the same thing.
LAUNCHER_JVM_OPTIONS="${LAUNCHER_JVM_OPTIONS:--XX:+UseSerialGC -Xms32m -Xmx256m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}"

# Replaces the shell with java running the deploy module: pass JVM options, the main class, its arguments.
exec_deploy_java() {
  local java=java
  if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
  fi
  exec "$java" -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "deploy/target/classes:deploy/target/lib/*" "$@"
}
