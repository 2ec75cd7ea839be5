#!/usr/bin/env bash
# Runs a Spark example on this machine (Spark in local mode, local[2] unless
# --master says otherwise), with the Java options Spark 4 needs on Java 17. Builds the shaded jar
# (spark/target/xinlu-spark.jar) and writes Spark's class path (the module's provided dependencies) first when either
# is missing or a source or pom changed since. Usage:
#   spark/run-example.sh [--master local[2]] [--cities 50] [--samples 256] [--partitions 8] [--block 128] [--compare]
#                         [--rounds 1]
#   spark/run-example.sh --example YangquanSearch [--futures 20] [--population 12] [--generations 4] [--partitions 4]
#                         [--compare] [--rounds 1]
# --example NAME (first) runs io.xinlu.spark.examples.NAME; the default is SyntheticStudy.
# On a cluster, submit the same jar with spark-submit instead (docs/SPARK.md); spark-submit adds these options itself.
set -euo pipefail
example=SyntheticStudy
if [ "${1:-}" = "--example" ]; then
  example="$2"
  shift 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/xinlu-spark.jar"
classpath="$here/target/spark-classpath.txt"
stamp="$here/target/.example-built"
stale() {
  [ ! -f "$jar" ] || [ ! -f "$classpath" ] || [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$root" -path "$root/.git" -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit)" ]
}
if stale; then
  echo "run-example: building the shaded jar first (mvn -q -B package dependency:build-classpath -DskipTests -pl spark -am)..." >&2
  # one reactor build (-am): the class path is resolved beside the project's own modules, so nothing needs to be
  # installed in the local repository first; each module writes its own target/spark-classpath.txt
  (cd "$root" && mvn -q -B package dependency:build-classpath -DskipTests -pl spark -am \
    -Dmdep.includeScope=provided -Dmdep.excludeGroupIds=io.xinlu -Dmdep.outputFile=target/spark-classpath.txt) >&2
  touch "$stamp"
fi
# The options of Spark's own launcher (org.apache.spark.launcher.JavaModuleOptions, Spark 4.2.0); the same list is the
# property spark.java.options of spark/pom.xml (surefire's argLine) and is in docs/SPARK.md; a test keeps them equal.
java_options=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.type=pooled
  -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE
  --sun-misc-unsafe-memory-access=allow
  --enable-native-access=ALL-UNNAMED
)
exec java "${java_options[@]}" -Dlog4j.configurationFile="$here/log4j2-example.properties" \
  -cp "$jar:$(cat "$classpath")" "io.xinlu.spark.examples.$example" "$@"
