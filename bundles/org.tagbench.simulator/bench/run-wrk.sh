#!/usr/bin/env bash
# Bulk-read benchmark of the WinCC REST simulator with an external load generator (wrk).
#
# Compiles the simulator with javac (Jackson from the local Maven repository, fetched with
# `mvn dependency:get` when missing), starts it standalone on a free loopback port over HTTPS
# with a generated plant, and drives POST /tagManagement/Values with 150 names per request over
# keep-alive connections with Basic authentication. Prints requests/s and tag values/s.
#
# Usage: run-wrk.sh [DURATION_SECONDS] [CONNECTIONS] [WRK_THREADS]   (defaults 30 8 2)
# Needs: a JDK 21+ (JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64), mvn, wrk (apt-get install wrk), curl.
set -euo pipefail

DURATION=${1:-30}
CONNECTIONS=${2:-8}
WRK_THREADS=${3:-2}
NAMES=150
TAGS=100000
GROUP_COUNT=1000

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=$(dirname "$HERE")
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
M2=${M2_REPO:-$HOME/.m2/repository}
JACKSON_VERSION=2.23.0
JACKSON_ANNOTATIONS_VERSION=2.23

for tool in wrk curl mvn; do
    command -v "$tool" >/dev/null || { echo "run-wrk.sh needs $tool on the PATH (wrk: apt-get install -y wrk)." >&2; exit 2; }
done

jar() { echo "$M2/com/fasterxml/jackson/core/$1/$2/$1-$2.jar"; }
CP=""
for artifact in "jackson-core:$JACKSON_VERSION" "jackson-databind:$JACKSON_VERSION" "jackson-annotations:$JACKSON_ANNOTATIONS_VERSION"; do
    name=${artifact%%:*}; version=${artifact#*:}
    file=$(jar "$name" "$version")
    [ -f "$file" ] || mvn -q dependency:get -Dartifact="com.fasterxml.jackson.core:$name:$version" -Dtransitive=false
    CP="$CP:$file"
done

WORK=$(mktemp -d)
SIM_PID=""
cleanup() {
    if [ -n "$SIM_PID" ]; then kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" --release 21 -d "$WORK/classes" -cp "$CP" $(find "$BUNDLE/src" -name '*.java')

"$JAVA_HOME/bin/java" -Xmx1g -cp "$WORK/classes$CP:$BUNDLE" org.tagbench.simulator.Main \
    --port 0 --state "$WORK/state" --generate "$TAGS,$GROUP_COUNT" > "$WORK/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 300); do
    grep -q "Press Ctrl+C" "$WORK/simulator.log" 2>/dev/null && break
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$WORK/simulator.log" >&2; exit 1; }
    sleep 0.1
done
BASE=$(grep -o 'https://[^ ]*/WinCCRestService' "$WORK/simulator.log")
[ -n "$BASE" ] || { echo "The simulator did not start:" >&2; cat "$WORK/simulator.log" >&2; exit 1; }

# 150 names spread over the plant: Area0001_Tag000001, Area0007_Tag000667, ...
BODY='{"variableNames":['
for i in $(seq 0 $((NAMES - 1))); do
    tag=$((i * TAGS / NAMES + 1))
    group=$(( (tag - 1) / (TAGS / GROUP_COUNT) + 1 ))
    [ "$i" -gt 0 ] && BODY="$BODY,"
    BODY="$BODY$(printf '"Area%04d_Tag%06d"' "$group" "$tag")"
done
BODY="$BODY]}"
AUTH="Basic $(printf 'operator:operator' | base64)"

ROWS=$(curl -sk -u operator:operator -H 'Content-Type: application/json' -d "$BODY" "$BASE/tagManagement/Values" | grep -o '"errorcode":0' | wc -l)
if [ "$ROWS" -ne "$NAMES" ]; then
    echo "A sanity read answered $ROWS good rows instead of $NAMES; check the generated names." >&2
    exit 1
fi

cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$AUTH"
done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local rps = summary.requests / seconds
    local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("requests/s: %.0f\n", rps))
    io.write(string.format("values/s:   %.0f (%d names per request)\n", rps * $NAMES, $NAMES))
    io.write(string.format("latency p50: %.1f ms, p99: %.1f ms; errors: %d\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end
LUA

echo "Simulator: $BASE ($TAGS tags), $CONNECTIONS keep-alive connections, $WRK_THREADS wrk threads, ${DURATION}s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/post.lua" "$BASE/tagManagement/Values" > /dev/null
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/post.lua" "$BASE/tagManagement/Values"
