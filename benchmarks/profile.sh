#!/usr/bin/env bash
# Profiles a benchmark with async-profiler through JMH's profiler integration and prints where the time goes.
#
#   benchmarks/profile.sh                                   # RunBenchmark, n = 40, endYear = 2050
#   benchmarks/profile.sh EnsembleBenchmark -p threads=1    # any JMH benchmark pattern and options
#
# async-profiler comes from Maven Central (tools.profiler:async-profiler, a jar that carries the native library);
# the first call copies it into benchmarks/target/async-profiler. It samples CPU time (event=cpu: perf events where
# the kernel allows them, a CPU timer otherwise, as in most virtual machines) and shows inlined methods as frames of
# their own, every millisecond. The flat profile (self time by method) is printed at the end of JMH's output and kept
# with a flame graph per benchmark in benchmarks/target/profiles, or in DIR with -o DIR (first argument).
# Results: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=benchmarks/target/profiles
if [ "${1:-}" = "-o" ]; then
  out="$2"
  shift 2
fi
version=4.1
dir="$PWD/benchmarks/target/async-profiler"
case "$(uname -m)" in
  x86_64) arch=linux-x64 ;;
  aarch64) arch=linux-arm64 ;;
  *) echo "async-profiler's jar has no library for $(uname -m)" >&2; exit 2 ;;
esac
lib="$dir/$arch/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  mkdir -p "$dir"
  mvn -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$dir"
  (cd "$dir" && jar xf "async-profiler-$version.jar" "$arch/libasyncProfiler.so")
fi
[ -f benchmarks/target/xinlu-benchmarks.jar ] || mvn -B -q package -DskipTests
if [ $# -eq 0 ]; then
  set -- RunBenchmark -p n=40 -p endYear=2050
fi
mkdir -p "$out"
options="libPath=$lib;event=cpu;interval=1000000;output=text,flamegraph;flat=25;traces=0;dir=$(cd "$out" && pwd)"
java -jar benchmarks/target/xinlu-benchmarks.jar "$@" -f 1 -wi 3 -i 5 -w 1s -r 1s -prof "async:$options"
