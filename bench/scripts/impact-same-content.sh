#!/usr/bin/env bash
# Impact of a candidate with the active version's rating content (organisational-change 1.0.1: the
# bundled 1.0.0 with a word added to its manifest's notes) over an already seeded data folder (from
# bench/scripts/batch.sh): starts a server on it, uploads the candidate, and times REPEAT impact
# analyses with the server's CPU time. Shows the incremental impact's shortcut (no evaluation at all);
# SERVER_JAVA_OPTS=-Dassessor.impact=full evaluates everything instead, for comparison.
#
# Usage: DATA=/tmp/assessor-batch.XXXX/data bench/scripts/impact-same-content.sh [REPEAT=3]
# Needs: curl, and `mvn -B -o -q package -DskipTests` run first.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPEAT=${1:-3}
PORT=${PORT:-18093}
URL=http://127.0.0.1:$PORT
: "${DATA:?DATA must name a data folder seeded by bench/scripts/batch.sh}"
WORK=$(mktemp -d /tmp/assessor-same.XXXXXX)
java -cp bench/target/benchmarks.jar org.assessor.bench.load.WriteCandidate "$WORK/candidate.json" same 2>/dev/null
java ${SERVER_JAVA_OPTS:-} -jar api/target/assessor.jar serve --port "$PORT" --data "$DATA" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$URL/health"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.1
done
cpu_ms() { echo $(( $(awk '{print $14 + $15}' /proc/$SERVER/stat) * 1000 / $(getconf CLK_TCK) )); }
code=$(curl -s -o "$WORK/upload.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data-binary @"$WORK/candidate.json" "$URL/api/rulesets/organisational-change")
echo "upload of organisational-change 1.0.1 (notes only): $code"
for i in $(seq 1 "$REPEAT"); do
  c0=$(cpu_ms); t0=$(date +%s%N)
  code=$(curl -s -o "$WORK/impact.json" -w '%{http_code}' "$URL/api/rulesets/organisational-change/1.0.1/impact?limit=10")
  printf 'same-content impact %d: %s in %d ms, server CPU %d ms (load average %s)\n' "$i" "$code" \
    $(( ($(date +%s%N) - t0) / 1000000 )) $(( $(cpu_ms) - c0 )) "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -o '"assessments":{[^}]*}' "$WORK/impact.json" || head -c 400 "$WORK/impact.json"
done
