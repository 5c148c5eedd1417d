#!/usr/bin/env bash
# Every timing target of issue 19, measured one after the other in one run on this machine, so
# that they can be read side by side (docs/benchmarks.md §1.6 records one such run):
#
#   1. in-process evaluation, organisational-change, 3 respondents, against the plain-Java limit (JMH)
#   2. POST /api/evaluations against GET /health, in the same wrk run (server-load.sh)
#   3. launch to the first answered evaluation: java -jar, and the distribution's launcher with
#      and without its class-data archives (cold-start.sh)
#   4. CLI evaluate of an example, whole process: java -jar, and the launcher with and without archives
#   5. impact over COUNT stored assessments, first after start and warm (batch.sh): java -jar, then
#      the distribution's launcher with its archives on the same data
#
# Usage: bench/scripts/targets.sh [COUNT=10000]   (about 12 minutes; output also in $WORK/targets.log)
#        Runs the java on the PATH, and the launcher with $JAVA_HOME's (else the same); to measure on
#        another Java, put it first on the PATH and in JAVA_HOME (on Java 25 or later the launcher's
#        archives are that Java's ahead-of-time caches).
# Needs: wrk, curl, and `mvn -B -o -q package -DskipTests` run first (it builds the distribution too).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
WORK=$(mktemp -d /tmp/assessor-targets.XXXXXX)
exec > >(tee "$WORK/targets.log") 2>&1
section() { printf '\n== %s (%s; load %s)\n' "$1" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
EXAMPLE=examples/organisational-change-self.json

section "java: $(java -version 2>&1 | head -1); the launcher's: $("${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/java" -version 2>&1 | head -1)"
tar xzf api/target/assessor-*.tar.gz -C "$WORK"
DIST=$(ls -d "$WORK"/assessor-*/)
LAUNCHER=${DIST}bin/assessor
section "distribution: writing its class-data archives"
"${DIST}bin/assessor-class-archives"

section "1. in-process evaluation vs the plain-Java limit (JMH, organisational-change)"
java -jar bench/target/benchmarks.jar 'EvaluationBenchmark.(engine|plain)OrganisationalChange' \
  -prof org.assessor.bench.CpuTimeProfiler -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.txt" 2>&1 \
  || { tail -40 "$WORK/jmh.txt"; exit 1; }
sed -n '/^Benchmark /,$p' "$WORK/jmh.txt"

section "2. POST /api/evaluations vs GET /health, same run (wrk, 8 connections, 30 s each after 90 s warm-up)"
bench/scripts/server-load.sh 30s 8 90s

section "3. launch to the first answered evaluation"
echo "-- java -jar api/target/assessor.jar"
bench/scripts/cold-start.sh 3
echo "-- the distribution's bin/assessor, with its class-data archives"
LAUNCHER=$LAUNCHER bench/scripts/cold-start.sh 3
echo "-- the distribution's bin/assessor, without them"
mv "${DIST}lib/class-archives" "$WORK/class-archives"
LAUNCHER=$LAUNCHER bench/scripts/cold-start.sh 3
mv "$WORK/class-archives" "${DIST}lib/class-archives"

section "4. CLI evaluate of $EXAMPLE, whole process (seconds)"
time_it() {
  local label=$1; shift
  local start end
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    printf '%s: %d ms\n' "$label" $(( (end - start) / 1000000 ))
  done
}
time_it "java -jar api/target/assessor.jar" java -jar api/target/assessor.jar evaluate --questionnaire organisational-change "$EXAMPLE"
time_it "bin/assessor with archives" "$LAUNCHER" evaluate --questionnaire organisational-change "$EXAMPLE"
mv "${DIST}lib/class-archives" "$WORK/class-archives"
time_it "bin/assessor without archives" "$LAUNCHER" evaluate --questionnaire organisational-change "$EXAMPLE"
mv "$WORK/class-archives" "${DIST}lib/class-archives"

section "5. impact over $COUNT stored assessments (batch.sh $COUNT 3)"
DATA=$WORK/batch-data bench/scripts/batch.sh "$COUNT" 3
section "5b. the same through the distribution's bin/assessor, with its class-data archives"
DATA=$WORK/batch-data LAUNCHER=$LAUNCHER bench/scripts/batch.sh "$COUNT" 3

section "done; this log is $WORK/targets.log"
