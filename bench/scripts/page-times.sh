#!/usr/bin/env bash
# How long the web pages take on the server for a round of 50 respondents (target: under 100 ms).
# Starts a server on PORT (default 8097) with a fresh data folder, adds a site lead, opens a round of
# organisational-change, has 50 respondents answer it through the API (answers of the example
# respondents, in turn), and times each page with curl, warm, taking the median of 20 requests.
# Usage: bench/scripts/page-times.sh   (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8097}
DATA=$(mktemp -d)
JAR=api/target/assessor.jar
EX=examples/organisational-change-respondents.json
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
ASSESSOR_PASSWORD='page-times-password' java -jar $JAR users add --username lead@bench.example --name Lead \
  --role site --site bench-site --data "$DATA/data" > /dev/null
java -jar $JAR serve --port "$PORT" --data "$DATA/data" > "$DATA/server.log" 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" > /dev/null; do sleep 0.5; done
B="http://localhost:$PORT"
CLOSES=$(date -u -d '+7 days' +%Y-%m-%dT17:00:00Z)
R=$(curl -sf -X POST "$B/api/rounds" -H 'Content-Type: application/json' -d '{"site": {"id": "bench-site"},
  "questionnaireId": "organisational-change", "cycle": "baseline", "closesAt": "'"$CLOSES"'",
  "expected": {"frontline-staff": 50}}' | jq -r .id)
PEOPLE=$(jq -nc '[range(50) | {role: "frontline-staff", name: ("Person " + tostring)}]')
curl -sf -X POST "$B/api/rounds/$R/invitations" -H 'Content-Type: application/json' -d "{\"invitations\": $PEOPLE}" \
  | jq -r '.links[].token' > "$DATA/tokens"
i=0
while read -r T; do
  jq -c "{answers: .respondents[$((i % 4))].answers}" "$EX" > "$DATA/answers.json"
  curl -sf -X PATCH "$B/api/respond/$T/answers" -H 'Content-Type: application/json' --data-binary @"$DATA/answers.json" > /dev/null
  curl -sf -X POST "$B/api/respond/$T/submit" > /dev/null
  i=$((i + 1))
done < "$DATA/tokens"
FIRST=$(head -1 "$DATA/tokens")
J="$DATA/jar"
curl -s -c "$J" -b "$J" "$B/sign-in" -o "$DATA/signin.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$DATA/signin.html" | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$J" -b "$J" -X POST "$B/sign-in" --data-urlencode "_csrf=$CSRF" \
  --data-urlencode username=lead@bench.example --data-urlencode password=page-times-password -o /dev/null
A=$(curl -s -c "$J" -b "$J" "$B/rounds/$R/close" -o "$DATA/close.html"; \
    CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$DATA/close.html" | head -1 | sed 's/.*value="//;s/"//'); \
    curl -s -c "$J" -b "$J" -X POST "$B/rounds/$R/close" --data-urlencode "_csrf=$CSRF" -o /dev/null -w '%{redirect_url}' \
    | sed 's|.*/results/||')
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for page in "/rounds" "/rounds/$R" "/rounds/$R/rating" "/results/$A"; do
  for _ in 1 2 3; do curl -s -b "$J" -o /dev/null "$B$page"; done
  ms=$(for _ in $(seq 20); do curl -s -b "$J" -o /dev/null -w '%{time_total}\n' "$B$page"; done \
       | awk '{printf "%.1f\n", $1 * 1000}' | median)
  echo "$page  median ${ms} ms (round of 50 respondents)" | sed "s|$R|{round}|; s|$A|{assessment}|; s|$FIRST|{link}|"
done
