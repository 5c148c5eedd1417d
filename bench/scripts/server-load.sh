#!/usr/bin/env bash
# Load on a real server: GET /health (the baseline), POST /api/evaluations (organisational-change
# and readiness-for-change, three respondents each) and POST /api/assessments, each for DURATION
# with CONNECTIONS open connections, after a warm-up, and the server's CPU time per request.
# Starts the server itself from the jar and stops it (by its own process id) at the end.
#
# Usage: bench/scripts/server-load.sh [DURATION=30s] [CONNECTIONS=8] [WARMUP=60s]
# Needs: wrk (apt-get install -y wrk), curl, and `mvn -B -o -q package -DskipTests` run first.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-30s}
CONNECTIONS=${2:-8}
WARMUP=${3:-60s}
PORT=${PORT:-18089}
WORK=$(mktemp -d /tmp/assessor-load.XXXXXX)
SCRIPTS=bench/scripts
URL=http://127.0.0.1:$PORT

java -cp bench/target/benchmarks.jar org.assessor.bench.load.WriteWorkloads "$WORK" 2>/dev/null
java ${SERVER_JAVA_OPTS:-} -jar api/target/assessor.jar serve --port "$PORT" --data "$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
until curl -sf "$URL/health" > /dev/null; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.1
done

echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "# warm-up: $WARMUP of POST /api/evaluations"
BODY=$WORK/organisational-change-3.json wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s $SCRIPTS/post.lua "$URL/api/evaluations" > /dev/null

cpu_ms() { echo $(( $(awk '{print $14 + $15}' /proc/$SERVER/stat) * 1000 / $(getconf CLK_TCK) )); }

# Runs one wrk command and adds the server's CPU time per request: with other builds on the
# machine, requests/s measure the neighbours too; CPU per request measures the server.
run() {
  local name=$1; shift
  echo
  echo "## $name (load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)"
  local before output requests used
  before=$(cpu_ms)
  output=$("$@")
  used=$(( $(cpu_ms) - before ))
  echo "$output"
  requests=$(echo "$output" | awk '/requests in/ {print $1}')
  awk -v ms="$used" -v n="$requests" -v cores="$(nproc)" 'BEGIN {
    printf "server CPU: %.3f ms per request (%d ms for %d requests), i.e. %.0f requests/s if the server had all %d cores\n",
      ms / n, ms, n, n * 1000 * cores / ms, cores }'
}
run "GET /health" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$URL/health"
run "POST /api/evaluations, organisational-change, 3 respondents" \
  env BODY=$WORK/organisational-change-3.json wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s $SCRIPTS/post.lua "$URL/api/evaluations"
run "POST /api/evaluations, readiness-for-change, 3 respondents" \
  env BODY=$WORK/readiness-for-change-3.json wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s $SCRIPTS/post.lua "$URL/api/evaluations"
run "POST /api/assessments, organisational-change, 3 respondents" \
  env BODY=$WORK/organisational-change-3.json wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s $SCRIPTS/post.lua "$URL/api/assessments"
run "GET /health again" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$URL/health"
echo
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; server log: $WORK/server.log"
