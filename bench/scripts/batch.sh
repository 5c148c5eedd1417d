#!/usr/bin/env bash
# Batch work over many stored assessments on a real server: stores COUNT generated
# organisational-change assessments through POST /api/assessments (the rate is reported), uploads
# (with 1.0.0 published as the active version) the candidate rule set organisational-change 1.0.2
# (1.2.a met from 0.9), then times REPEAT
# impact analyses (GET /api/rulesets/organisational-change/1.0.2/impact) and REPEAT comparisons
# (GET /api/comparisons?questionnaire=organisational-change) over all of them, with the server's
# CPU time for each. Stops the server (by its own process id) at the end; the data folder is kept
# and can be given again as DATA to skip the seeding.
#
# Usage: bench/scripts/batch.sh [COUNT=10000] [REPEAT=3]   (DATA=dir reuses a seeded data folder;
#        SERVER_JAVA_OPTS adds JVM options; LAUNCHER=path/to/bin/assessor starts the server through an
#        extracted distribution's launcher, with its Java ($JAVA_HOME) and class-data archives)
# Needs: curl, and `mvn -B -o -q package -DskipTests` run first.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
REPEAT=${2:-3}
PORT=${PORT:-18091}
URL=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/assessor-batch.XXXXXX)
DATA=${DATA:-$WORK/data}
BENCH="java -cp bench/target/benchmarks.jar"

if [ -n "${LAUNCHER:-}" ]; then
  JAVA_OPTS=${SERVER_JAVA_OPTS:-} "$LAUNCHER" serve --port "$PORT" --data "$DATA" > "$WORK/server.log" 2>&1 &
else
  java ${SERVER_JAVA_OPTS:-} -jar api/target/assessor.jar serve --port "$PORT" --data "$DATA" > "$WORK/server.log" 2>&1 &
fi
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$URL/health"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.1
done
cpu_ms() { echo $(( $(awk '{print $14 + $15}' /proc/$SERVER/stat) * 1000 / $(getconf CLK_TCK) )); }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); data: $DATA"

# The benchmark is about organisational-change 1.0.0 (the version of the recorded figures): make it
# the active version again (publishing a retired bundled version is part of the lifecycle).
curl -sf -o /dev/null -X POST "$URL/api/rulesets/organisational-change/1.0.0/publish" || true

if [ ! -f "$DATA/.seeded" ]; then
  $BENCH org.assessor.bench.load.SeedAssessments "$URL" "$COUNT" organisational-change 4 1 1.0.0 2>/dev/null | tail -1
  touch "$DATA/.seeded"
fi

$BENCH org.assessor.bench.load.WriteCandidate "$WORK/candidate.json" 2>/dev/null
code=$(curl -s -o "$WORK/upload.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data-binary @"$WORK/candidate.json" "$URL/api/rulesets/organisational-change")
echo "upload of organisational-change 1.0.2: $code"
[ "$code" = 201 ] || [ "$code" = 200 ] || { cat "$WORK/upload.json"; exit 1; }

timed() {
  local name=$1 url=$2 out=$3
  local c0 t0 code
  c0=$(cpu_ms); t0=$(now_ms)
  code=$(curl -s -o "$out" -w '%{http_code}' "$url")
  printf '%s: %s in %d ms, server CPU %d ms (load average %s)\n' "$name" "$code" $(( $(now_ms) - t0 )) \
    $(( $(cpu_ms) - c0 )) "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for i in $(seq 1 "$REPEAT"); do
  timed "impact $i over the stored assessments" "$URL/api/rulesets/organisational-change/1.0.2/impact?limit=10" "$WORK/impact.json"
  grep -o '"assessments":{[^}]*}' "$WORK/impact.json" || head -c 400 "$WORK/impact.json"
  grep -o '"scope":{[^}]*}' "$WORK/impact.json" || true
done
for i in $(seq 1 "$REPEAT"); do
  timed "comparison $i" "$URL/api/comparisons?questionnaire=organisational-change" "$WORK/comparison.json"
  printf '  %d bytes, %d matrix rows\n' "$(wc -c < "$WORK/comparison.json")" "$(grep -o '"assessment":' "$WORK/comparison.json" | wc -l)"
done
echo "# server log: $WORK/server.log"
