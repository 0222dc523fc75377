#!/usr/bin/env bash
# Tagbench benchmarks that run headless (issue 9: bulk read throughput against wrk and against one
# GET per tag, decoding alone, simulator throughput, heap of a loaded 100,000-tag model). Not part of the CI test run.
#   tests/org.tagbench.benchmarks/run.sh [SECONDS]      (seconds per client or wrk run, default 5)
# Benchmarks with a display (each starts its own Xvfb):
#   tests/org.tagbench.benchmarks/run.sh ui [CLASS]         in the workbench: tree scale, live watch (ui.sh)
#   tests/org.tagbench.benchmarks/run.sh startup [RUNS]     start-up against the bare platform (startup.sh)
# Builds the product when it is missing, runs everything on its jars (the client users get), with the
# simulator in a separate JVM and wrk (Debian package) as the external baseline: per batch size and
# requests in flight, client and wrk runs alternate (wrk with as many connections as the client has
# requests in flight). Prints the figures, the CPU time per value of each side and the machine load.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  ui) shift; exec "$here/ui.sh" "$@" ;;
  startup) shift; exec "$here/startup.sh" "$@" ;;
esac
source "$here/../../releng/scripts/env.sh"
cd "$tagbench_root"
seconds=${1:-5}

tagbench_find_jdk
tagbench_require_packages wrk wrk
java="$JAVA_HOME/bin/java"

work="$here/target/bench"
rm -rf "$work" && mkdir -p "$work/classes"
tagbench_unpack_product "$work"
cp=$tagbench_cp
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$work/classes" -cp "$cp" $(find "$here/src" -name '*.java')
trap tagbench_stop_simulator EXIT

# Starts the simulator in its own JVM with a generated plant; sets url, sha256 and sim_pid.
start_simulator() {
  tagbench_start_simulator "$work/simulator-$1.log" --generate "$1" --state "$work/state-$1" --threads 8
  url=$tagbench_sim_url
  sha256=$tagbench_sim_sha256
  sim_pid=$tagbench_sim_pid
}

run_java() {
  "$java" -Xmx2g -Dslf4j.internal.verbosity=ERROR -cp "$work/classes:$cp" "$@"
}

echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -n 1)"
echo "== Bulk reads of 10,000 tags (simulator in its own JVM, HTTPS keep-alive); uptime: $(uptime)"
start_simulator 10000,100
run_java org.tagbench.benchmarks.BulkReadBenchmark "$url" "$sha256" "$work" "$seconds" "$here/values.lua" "$sim_pid" \
  | tee "$work/client.txt"

echo "== Decoding a captured 500-name answer (one thread, no network)"
run_java org.tagbench.benchmarks.DecodeBenchmark "$url" "$work/body-500.txt" | tee "$work/decode.txt"

echo "== Simulator alone: wrk with 8 connections (2 threads), same bodies"
auth=$(printf 'reader:reader' | base64)
for batch in 50 150 500; do
  bodies=$(wc -l < "$work/body-$batch.txt")
  result=$(BODIES="$work/body-$batch.txt" AUTH="$auth" wrk -t2 -c8 -d"${seconds}s" -s "$here/values.lua" \
    "$url/tagManagement/Values")
  rps=$(echo "$result" | sed -n 's/^Requests\/sec: *//p')
  errors=$(echo "$result" | grep -o 'wrk-errors=[0-9]* non200=[0-9]*')
  printf 'wrk batch=%d connections=8 requests/s=%s values/s=%.0f %s load=%s\n' "$batch" "$rps" \
    "$(echo "$rps * 10000 / $bodies" | bc -l)" "$errors" "$(cut -d' ' -f1 /proc/loadavg)"
done | tee "$work/wrk.txt"

echo "== Comparison (medians; ratio = client / wrk; httpclient = the client's HTTP stack alone, answers not decoded)"
printf '%-6s %-9s %10s %11s %10s %6s %16s  %s\n' batch inflight client httpclient wrk ratio httpclient-ratio load
sed -n 's/^point batch=\([0-9]*\) inflight=\([0-9]*\) client=\([0-9]*\) httpclient=\([0-9]*\) wrk=\([0-9]*\) ratio=\([0-9.]*\) httpclient-ratio=\([0-9.]*\) load=\(.*\)$/\1 \2 \3 \4 \5 \6 \7 \8/p' \
  "$work/client.txt" | while read -r b i c h w r hr l; do
  printf '%-6s %-9s %10s %11s %10s %6s %16s  %s\n' "$b" "$i" "$c" "$h" "$w" "$r" "$hr" "$l"
done
get=$(sed -n 's/^get-per-tag values\/s=//p' "$work/client.txt")
best=$(sed -n 's/^point .* client=\([0-9]*\) .*/\1/p' "$work/client.txt" | sort -n | tail -n 1)
printf 'one GET per tag: %.0f values/s; best bulk / GET per tag = %.1f x\n' "$get" "$(echo "$best / $get" | bc -l)"

echo "== Heap of a loaded 100,000-tag model"
start_simulator 100000,1000
run_java org.tagbench.benchmarks.ModelMemoryBenchmark "$url" "$sha256" 100000
tagbench_stop_simulator
