#!/usr/bin/env bash
# Soak of the core client (issue 10 point 6): 20 connections x 2,000 tags, each polled with bulk reads
# every second for MINUTES against the simulator (its own JVM, 40,000 generated tags).
#   releng/soak.sh [MINUTES]        (default 10; SOAK_CONNECTIONS, SOAK_TAGS, SOAK_BATCH change the load)
# Prints per minute polls done/expected, late and lost polls, errors, heap after a full GC and live
# threads, then PASS or FAIL against the goals (no poll lost; heap after GC grown < 10 % from the first
# minute; live threads stable, and back where they were once the clients are closed). Exit code 0 on PASS.
# Builds the product when it is missing and runs on its jars (the client users get), like
# tests/org.tagbench.benchmarks/run.sh. The harness is tests/org.tagbench.core.tests/src/org/tagbench/core/soak
# (SoakTest there is the bounded CI variant). Figures: docs/reliability.md, section "Soak".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/scripts/env.sh"
cd "$tagbench_root"
minutes=${1:-10}
connections=${SOAK_CONNECTIONS:-20}
tags=${SOAK_TAGS:-2000}
batch=${SOAK_BATCH:-150}   # names per bulk request; 150 is what a new profile gets

tagbench_find_jdk
java="$JAVA_HOME/bin/java"

work="$tagbench_root/releng/target/soak"
rm -rf "$work" && mkdir -p "$work/classes"
tagbench_unpack_product "$work"
cp=$tagbench_cp
soak_src=tests/org.tagbench.core.tests/src/org/tagbench/core/soak
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$work/classes" -cp "$cp" "$soak_src/Soak.java" "$soak_src/SoakMain.java"
trap tagbench_stop_simulator EXIT
tagbench_start_simulator "$work/simulator.log" --generate "$((connections * tags)),$((connections * tags / 100))" \
  --state "$work/state" --threads 8
url=$tagbench_sim_url
sha256=$tagbench_sim_sha256

echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -n 1)"
echo "== Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$java" -Xmx512m -Dslf4j.internal.verbosity=ERROR -cp "$work/classes:$cp" org.tagbench.core.soak.SoakMain \
  "$url" "$sha256" "$minutes" "$connections" "$tags" "$batch" | tee "$work/soak.txt" || status=$?
echo "== Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
