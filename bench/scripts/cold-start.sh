#!/usr/bin/env bash
# Cold start: the time from launching `java -jar api/target/assessor.jar serve` on an empty data
# folder to the first answer of GET /health, and to the first answer of POST /api/evaluations
# (the three-respondent organisational-change submission of the active version, as a site would
# send it; WORKLOAD=organisational-change-3.json sends the one rated under the retired 1.0.0,
# which a node reads from its compiled cache on first use), and the CPU time the server process
# had used by then (all threads; less sensitive to other load than the wall-clock times).
# Repeats RUNS times; stops each server by its own process id.
#
# Usage: bench/scripts/cold-start.sh [RUNS=3]   (SERVER_JAVA_OPTS adds JVM options; LAUNCHER=path/to/bin/assessor
#        starts the server through an extracted distribution's launcher instead of java -jar; RESTART=1 keeps
#        the data folder of an unmeasured first start, so each run is a restart on an existing database, as
#        for a node added to a running programme, instead of a start on an empty folder)
# Needs: curl, and `mvn -B -o -q package -DskipTests` run first.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=${PORT:-18090}
URL=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/assessor-cold.XXXXXX)
java -cp bench/target/benchmarks.jar org.assessor.bench.load.WriteWorkloads "$WORK" 2>/dev/null
now() { date +%s%N; }

if [ -n "${RESTART:-}" ]; then
  java -jar api/target/assessor.jar serve --port "$PORT" --data "$WORK/data" > "$WORK/server-0.log" 2>&1 &
  SERVER=$!
  until curl -sf -o /dev/null "$URL/health"; do sleep 0.1; done
  kill $SERVER; wait $SERVER 2>/dev/null || true
fi
for run in $(seq 1 "$RUNS"); do
  [ -n "${RESTART:-}" ] || rm -rf "$WORK/data"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(now)
  if [ -n "${LAUNCHER:-}" ]; then
    JAVA_OPTS=${SERVER_JAVA_OPTS:-} "$LAUNCHER" serve --port "$PORT" --data "$WORK/data" > "$WORK/server-$run.log" 2>&1 &
  else
    java ${SERVER_JAVA_OPTS:-} -jar api/target/assessor.jar serve --port "$PORT" --data "$WORK/data" > "$WORK/server-$run.log" 2>&1 &
  fi
  SERVER=$!
  until curl -sf -o /dev/null "$URL/health"; do
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server-$run.log"; exit 1; }
    sleep 0.02
  done
  t1=$(now)
  code=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data @"$WORK/${WORKLOAD:-organisational-change-active-3.json}" "$URL/api/evaluations")
  t2=$(now)
  ticks=$(awk '{print $14 + $15}' /proc/$SERVER/stat)
  kill $SERVER; wait $SERVER 2>/dev/null || true
  printf 'run %d (load %s): /health after %d ms, first POST /api/evaluations (%s) after %d ms, %d ms of CPU (all threads)\n' \
    "$run" "$load" $(( (t1 - t0) / 1000000 )) "$code" $(( (t2 - t0) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))
done
