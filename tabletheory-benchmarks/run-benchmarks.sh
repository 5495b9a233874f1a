#!/usr/bin/env bash
# Builds the benchmarks and runs every measurement of docs/benchmarks.md; results go to
# tabletheory-benchmarks/target/results/. Usage: tabletheory-benchmarks/run-benchmarks.sh [quick|full]
#   quick: the short settings used on the shared build machine (one JMH fork, 3x1 s warm-up, 5x1 s measurement)
#   full:  settings for a quiet machine (3 forks, 5x2 s warm-up, 10x2 s measurement, more rounds and runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
if [[ "$mode" == quick ]]; then
  jmh=(-f 1 -wi 3 -i 5 -w 1s -r 1s); rounds=2000; warmup=500; cold=10; batch=5
else
  jmh=(-f 3 -wi 5 -i 10 -w 2s -r 2s); rounds=5000; warmup=1000; cold=20; batch=10
fi
./mvnw -q -B -Pbenchmarks -pl tabletheory-benchmarks -am package -DskipTests
jar=tabletheory-benchmarks/target/benchmarks.jar
out=tabletheory-benchmarks/target/results
mkdir -p "$out"
{ echo "nproc: $(nproc)"; free -h; java -version 2>&1; echo "load: $(uptime)"; } | tee "$out/machine.txt"

# 1 and 6: mapping and request building, allocation per operation from -prof gc.
java -jar "$jar" CodecBenchmark ExpressionBenchmark "${jmh[@]}" -prof gc -rf json -rff "$out/jmh.json" \
  | tee "$out/jmh.txt"
python3 tabletheory-benchmarks/scripts/jmh-ratios.py "$out/jmh.json" | tee "$out/jmh-ratios.md"
# 1 and 6 again: time ratios with the contenders interleaved, robust to load that changes during the run.
java -cp "$jar" com.theorycloud.tabletheory.benchmarks.InterleavedRunner "$rounds" "$warmup" 50 | tee "$out/interleaved.md"
# 2: engine overhead over raw client calls, interleaved.
java -cp "$jar" com.theorycloud.tabletheory.benchmarks.OverheadRunner "$rounds" "$warmup" | tee "$out/overhead.txt"
# 3: batch write of 10,000 items against a hand-batched raw loop.
java -cp "$jar" com.theorycloud.tabletheory.benchmarks.BatchRunner 10000 "$batch" | tee "$out/batch.txt"
# 4: streaming a 100k-item partition in a 64 MB heap.
java -Xmx64m -cp "$jar" com.theorycloud.tabletheory.benchmarks.HeapRunner 100000 list | tee "$out/heap.txt"
# 5: Spring Boot startup with the starter, 20 models and 10 repositories against the same app without TableTheory.
java -cp "$jar" com.theorycloud.tabletheory.benchmarks.BootStartRunner "$cold" | tee "$out/bootstart.txt"
# 7: cold start in fresh JVMs.
java -cp "$jar" com.theorycloud.tabletheory.benchmarks.ColdStartRunner "$cold" | tee "$out/coldstart.txt"
echo "load at the end: $(uptime)" | tee -a "$out/machine.txt"
