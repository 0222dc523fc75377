#!/usr/bin/env bash
# Benchmarks in the real workbench (issue 9, point 2: tree scale), run by the UI test harness from the
# module tests/org.tagbench.ui.benchmarks, which is in the reactor only with -Pbenchmarks (never in CI).
#   tests/org.tagbench.benchmarks/run.sh ui [CLASS]     (default: every *Benchmark class)
# Builds what the module needs, runs it under its own Xvfb, prints the figures and the machine's load.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../releng/scripts/env.sh"
cd "$tagbench_root"
tests=${1:-*Benchmark}

tagbench_find_jdk
tagbench_require_packages Xvfb xvfb libgtk-3.so.0 libgtk-3-0
tagbench_ensure_display

modules=releng/org.tagbench.target,bundles/org.tagbench.core,bundles/org.tagbench.simulator,bundles/org.tagbench.ui
modules+=,bundles/org.tagbench.cli,bundles/org.tagbench.rcp,tests/org.tagbench.tests.support
modules+=,features/org.tagbench.feature,features/org.tagbench.platform.feature,features/org.tagbench.product.feature
modules+=,tests/org.tagbench.ui.tests,tests/org.tagbench.ui.benchmarks
log="$here/target/ui-benchmarks.log"
mkdir -p "$here/target"
figures=tests/org.tagbench.ui.benchmarks/target/figures.txt

echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "== Load before: $(uptime)"
# The UI tests' classes are needed (page objects, fixtures), not their run: -Dtest selects the benchmarks only.
# BENCH_JVM_ARGS adds options to the benchmark JVM, e.g. a flight recording:
#   BENCH_JVM_ARGS=-XX:StartFlightRecording=filename=/tmp/tree.jfr,settings=profile run.sh ui TreeScaleBenchmark
if ! ./mvnw -B -ntp clean verify -Pbenchmarks -Dtest="$tests" -DfailIfNoTests=false -pl "$modules" \
    "-Dtagbench.benchmarks.jvmArgs=${BENCH_JVM_ARGS:-}" >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "The UI benchmarks failed; the whole build log is in $log" >&2
  [ -f "$figures" ] && cat "$figures"
  exit 1
fi
echo "== Load after: $(uptime)"
cat "$figures"
