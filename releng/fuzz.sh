#!/usr/bin/env bash
# Runs only the parser fuzzing of the core client (tests/org.tagbench.core.tests, package
# org.tagbench.core.tests.fuzz) with INPUTS mutated answers (default 1,000,000), then prints the
# throughput and the findings. Further arguments go to Maven, e.g. -o for an offline build or
# -Dtagbench.fuzz.seed=N for another seed. TAGBENCH_FUZZ_THREADS sets the fuzzing threads (default: the
# number of processors); the inputs do not depend on it. Findings are saved in
# tests/org.tagbench.core.tests/target/fuzz-findings; the full log is in target/fuzz.log.
# See docs/reliability.md, section "Fuzzing".
set -euo pipefail
source "$(dirname "$0")/scripts/env.sh"
cd "$tagbench_root"

inputs=1000000
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then
	inputs=$1
	shift
fi

tagbench_find_jdk
mkdir -p target
log=target/fuzz.log
status=0
./mvnw -B -ntp clean verify "$@" \
	-pl releng/org.tagbench.target,bundles/org.tagbench.core,bundles/org.tagbench.simulator,tests/org.tagbench.tests.support,tests/org.tagbench.core.tests \
	-Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dtagbench.fuzz.inputs="$inputs" \
	-Dtagbench.fuzz.threads="${TAGBENCH_FUZZ_THREADS:-$(nproc)}" -Dtagbench.test.timeout=21600 >"$log" 2>&1 || status=$?

echo "Parser fuzzing, $inputs inputs, ${TAGBENCH_FUZZ_THREADS:-$(nproc)} threads (log: $log)"
grep -a -E '^FUZZ (target|seed|longest)' "$log" | sed 's/^FUZZ //' || true
grep -a -A1 '^FUZZ finding' "$log" | grep -a -v '^--$' | awk '!seen[$0]++' | head -100 || true
grep -a -E '^(Tests run:|\[ERROR\] Failed)' "$log" | tail -2 || true
if [[ $status -ne 0 ]]; then
	echo "FAILED (exit $status): see $log"
fi
exit $status
