#!/usr/bin/env bash
# Fails when the workbench log of the UI tests holds an exception thrown through Tagbench code: such an
# error reaches no test (for example one raised while the workbench closes after the last test), so the
# log is the only place it shows. Expected failures (a refused password, a dead server) are logged as
# statuses without a stack and pass.
# Usage: releng/scripts/check-test-log.sh [LOG]
set -euo pipefail
log=${1:-tests/org.tagbench.ui.tests/target/work/data/.metadata/.log}
if [[ ! -f "$log" ]]; then
  echo "check-test-log: no workbench log at $log; run the UI tests first" >&2
  exit 1
fi
# An entry runs from one '!ENTRY' line to the next; print each that has a stack with a Tagbench frame.
found=$(awk '
  function flush() { if (entry != "" && stack && ours) { print entry; print "" } entry = ""; stack = 0; ours = 0 }
  /^!ENTRY / { flush(); entry = $0; next }
  /^!SESSION / { flush(); next }
  entry != "" { entry = entry "\n" $0; if ($0 ~ /^!STACK/) stack = 1; if ($0 ~ /^[ \t]+at org\.tagbench\./) ours = 1 }
  END { flush() }
' "$log")
if [[ -n "$found" ]]; then
  echo "check-test-log: the workbench log of the UI tests holds exceptions thrown through Tagbench code:" >&2
  echo "$found" >&2
  echo "check-test-log: each is a bug; the full log is $log" >&2
  exit 1
fi
echo "check-test-log: no exception through Tagbench code in $log"
