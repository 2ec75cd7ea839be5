#!/usr/bin/env bash
# A short run of the JMH benchmarks (a few minutes on 2 cores): builds the benchmarks jar, then runs
#   1. RunBenchmark (run and runWithLabour) and CompileBenchmark (n = 10, 40, 100, 200; RunBenchmark also
#      endYear = 2030, 2050) with the GC profiler, whose gc.alloc.rate.norm is the bytes allocated per run or per
#      compilation;
#   2. EnsembleBenchmark (100,000 runs of synthetic(40, 20, 2050) on 1 and 2 threads) with a 256 MB heap.
# Extra arguments go to both JMH invocations (e.g. -rf json). Results: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q package -DskipTests
jar=benchmarks/target/xinlu-benchmarks.jar
java -jar "$jar" 'RunBenchmark|CompileBenchmark' -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc "$@"
java -jar "$jar" EnsembleBenchmark -f 1 -wi 1 -i 2 -jvmArgsAppend -Xmx256m "$@"
