#!/usr/bin/env bash
# Builds a class-data sharing archive for api/target/assessor.jar, so that the server starts in
# about half the CPU time (see docs/benchmarks.md, cold start). The archive holds the classes a
# training run loaded, already parsed and verified; the JVM maps it instead of loading them again.
#
#   scripts/cds-archive.sh [ARCHIVE]     (default: api/target/assessor.jsa)
#   java -XX:SharedArchiveFile=api/target/assessor.jsa -jar api/target/assessor.jar serve ...
#
# The training run starts the server on a free port with a throwaway data folder, evaluates and
# stores every example in examples/, fetches a report, and stops it. Rebuild the archive whenever
# the jar or the JDK changes: a stale archive is not used (the JVM checks the class path and its
# own build and then starts without it, as before), so it can make start-up slower, never wrong.
# Needs: curl, and api/target/assessor.jar (mvn -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
archive="${1:-api/target/assessor.jsa}"
jar=api/target/assessor.jar
[ -f "$jar" ] || { echo "no $jar: build it first with mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d /tmp/assessor-cds.XXXXXX)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18099)
url=http://127.0.0.1:$port

echo "training run on port $port ..."
java -XX:DumpLoadedClassList="$work/classes.all" -jar "$jar" serve --port "$port" --data "$work/data" \
  > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$url/health" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
for example in examples/*.json; do
  curl -sf -o /dev/null -H 'Content-Type: application/json' --data @"$example" "$url/api/evaluations"
  location=$(curl -sf -o /dev/null -D - -H 'Content-Type: application/json' --data @"$example" \
    "$url/api/assessments" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  curl -sf -o /dev/null "$location"
  curl -sf -o /dev/null "$location/report.pdf"
done
curl -sf -o /dev/null "$url/api/comparisons?questionnaire=organisational-change"
curl -sf -o /dev/null "$url/api/questionnaires"
kill "$server"; wait "$server" 2>/dev/null || true

# JDK 17 crashes dumping the lambda-proxy entries of a class list (SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), so leave them out: lambdas are
# then spun at run time as without an archive.
grep -v '^@' "$work/classes.all" > "$work/classes.lst"
echo "dumping $(wc -l < "$work/classes.lst") classes into $archive ..."
java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$archive" -jar "$jar" --help \
  > "$work/dump.log" 2>&1 || { tail -20 "$work/dump.log" >&2; exit 1; }
echo "done: java -XX:SharedArchiveFile=$archive -jar $jar serve ..."
