#!/usr/bin/env bash
# Tagbench benchmarks that run headless (issue 9: bulk read throughput against wrk and against one
# GET per tag, simulator throughput, heap of a loaded 100,000-tag model). Not part of the CI test run.
#   tests/org.tagbench.benchmarks/run.sh [WRK_SECONDS]      (default 10)
# Benchmarks with a display (each starts its own Xvfb):
#   tests/org.tagbench.benchmarks/run.sh ui [CLASS]         in the workbench: tree scale (ui.sh)
#   tests/org.tagbench.benchmarks/run.sh startup [RUNS]     start-up against the bare platform (startup.sh)
# Builds the product when it is missing, runs everything on its jars (the client users get), with the
# simulator in a separate JVM and wrk (Debian package) as the external baseline. Prints the figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  ui) shift; exec "$here/ui.sh" "$@" ;;
  startup) shift; exec "$here/startup.sh" "$@" ;;
esac
source "$here/../../releng/scripts/env.sh"
cd "$tagbench_root"
seconds=${1:-10}

tagbench_find_jdk
tagbench_require_packages wrk wrk
java="$JAVA_HOME/bin/java"

archive=$(ls releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$archive" ]; then
  echo "Building the product first (tests skipped)..." >&2
  ./mvnw -B -ntp -q verify -DskipTests
  archive=$(ls releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz | head -n 1)
fi
work="$here/target/bench"
rm -rf "$work" && mkdir -p "$work/classes"
tar -xzf "$archive" -C "$work"
cp=$(ls "$work"/tagbench/plugins/*.jar | tr '\n' ':')
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$work/classes" -cp "$cp" $(find "$here/src" -name '*.java')
sim_pid=""
stop_simulator() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; sim_pid=""; fi
}
trap stop_simulator EXIT

# Starts the simulator in its own JVM with a generated plant; sets url and sha256.
start_simulator() {
  stop_simulator
  local log="$work/simulator-$1.log"
  "$java" -Xmx2g -Dslf4j.internal.verbosity=ERROR -cp "$cp" org.tagbench.simulator.Main --port 0 \
    --generate "$1" --state "$work/state-$1" --threads 8 >"$log" 2>&1 &
  sim_pid=$!
  for _ in $(seq 1 600); do
    grep -q '^Certificate SHA-256:' "$log" && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  url=$(sed -n 's/^Service: *//p' "$log")
  sha256=$(sed -n 's/^Certificate SHA-256: *//p' "$log")
  [ -n "$sha256" ] || { echo "The simulator did not start; see $log" >&2; exit 1; }
}

run_java() {
  "$java" -Xmx2g -Dslf4j.internal.verbosity=ERROR -cp "$work/classes:$cp" "$@"
}

echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -n 1)"
echo "== Bulk reads of 10,000 tags (simulator in its own JVM, HTTPS keep-alive)"
start_simulator 10000,100
run_java org.tagbench.benchmarks.BulkReadBenchmark "$url" "$sha256" "$work" | tee "$work/client.txt"

auth=$(printf 'reader:reader' | base64)
for batch in 50 150 500; do
  bodies=$(wc -l < "$work/body-$batch.txt")
  for connections in 1 2 4 8; do
    threads=$(( connections < 2 ? 1 : 2 ))
    result=$(BODIES="$work/body-$batch.txt" AUTH="$auth" wrk -t"$threads" -c"$connections" -d"${seconds}s" \
      -s "$here/values.lua" "$url/tagManagement/Values")
    rps=$(echo "$result" | sed -n 's/^Requests\/sec: *//p')
    errors=$(echo "$result" | grep -o 'wrk-errors=[0-9]* non200=[0-9]*')
    printf 'wrk batch=%d connections=%d requests/s=%s values/s=%.0f %s\n' "$batch" "$connections" "$rps" \
      "$(echo "$rps * 10000 / $bodies" | bc -l)" "$errors"
  done
done | tee "$work/wrk.txt"

echo "== Comparison (client values/s / wrk values/s, same batch size and requests in flight)"
while read -r _ batch inflight values; do
  b=${batch#batch=}; i=${inflight#inflight=}; v=${values#values/s=}
  w=$(awk -v b="$b" -v c="$i" '$2=="batch="b && $3=="connections="c {split($5,a,"="); print a[2]}' "$work/wrk.txt")
  printf 'batch=%-4s inflight=%s client=%8.0f wrk=%8.0f ratio=%.2f\n' "$b" "$i" "$v" "$w" "$(echo "$v / $w" | bc -l)"
done < <(grep '^client batch=[0-9]' "$work/client.txt")
get=$(sed -n 's/^get-per-tag values\/s=//p' "$work/client.txt")
best=$(grep '^client batch=[0-9]' "$work/client.txt" | sed 's/.*values\/s=//' | sort -n | tail -n 1)
printf 'one GET per tag: %.0f values/s; best bulk / GET per tag = %.1f x\n' "$get" "$(echo "$best / $get" | bc -l)"

echo "== Heap of a loaded 100,000-tag model"
start_simulator 100000,1000
run_java org.tagbench.benchmarks.ModelMemoryBenchmark "$url" "$sha256" 100000
stop_simulator
