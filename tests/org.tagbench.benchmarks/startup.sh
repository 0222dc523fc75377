#!/usr/bin/env bash
# Start-up benchmark (issue 9, point 5): the Tagbench product against the bare Eclipse Platform product
# materialized from the same target (releng/org.tagbench.platform), on the same Java, heap and display.
#   tests/org.tagbench.benchmarks/run.sh startup [RUNS]      (default 5 measured runs per case)
# Cases: a fresh (empty) workspace, and a warm one (a copy of a workspace that was started and closed
# once). Runs alternate between the two products, after one unmeasured start of each for the file cache.
# Figures per run: launch to the workbench window mapped (xdotool, polled every 20 ms) for both; for Tagbench also launch to
# its "Tagbench workbench ready" line in .metadata/.log. Prints medians and the ratio.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../releng/scripts/env.sh"
cd "$tagbench_root"
runs=${1:-5}

tagbench_find_jdk
tagbench_require_packages Xvfb xvfb xdotool xdotool libgtk-3.so.0 libgtk-3-0
java="$JAVA_HOME/bin/java"
marker="Tagbench workbench ready"
vmargs="-Xmx2g -XX:MaxGCPauseMillis=50"   # the product's default, given to both

product=$(ls releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
platform=$(ls releng/org.tagbench.platform/target/products/eclipse-platform-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$product" ] || [ -z "$platform" ]; then
  echo "Building the product and the bare platform first (tests skipped)..." >&2
  ./mvnw -B -ntp -q verify -DskipTests
  product=$(ls releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz | head -n 1)
  platform=$(ls releng/org.tagbench.platform/target/products/eclipse-platform-*-linux.gtk.x86_64.tar.gz | head -n 1)
fi
work="$here/target/startup"
rm -rf "$work" && mkdir -p "$work"
tar -xzf "$product" -C "$work"
tar -xzf "$platform" -C "$work"
platform_launcher=$(ls "$work"/eclipse/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

pid=""
# Ends the product started last: SIGTERM, then SIGKILL when it has not ended within 10 s (a workbench
# can hang in its shutdown hooks; waiting for it without a limit stopped the whole benchmark).
stop_app() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
tagbench_ensure_display
trap 'stop_app; kill "${tagbench_xvfb_pid:-}" 2>/dev/null || true' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts one product on a workspace: tagbench through its start script (as users start it), the
# platform with the same Java and heap; sets pid.
launch() {
  local app=$1 workspace=$2
  if [ "$app" = tagbench ]; then
    TAGBENCH_JAVA="$java" TAGBENCH_VMARGS="$vmargs" "$work/tagbench/tagbench" -data "$workspace" >"$workspace.out" 2>&1 &
  else
    "$java" $vmargs -jar "$platform_launcher" -data "$workspace" >"$workspace.out" 2>&1 &
  fi
  pid=$!
}

# One measured start; sets window (ms to the workbench window mapped) and ready (ms to Tagbench's log
# line; "-" for the platform).
# The number of ready lines in a workspace's log (0 without a log).
ready_lines() {
  local n
  n=$(grep -cs "$marker" "$1/.metadata/.log") || true
  echo "${n:-0}"
}

measure() {
  local app=$1 workspace=$2 start deadline seen
  # A warm workspace's log has the ready lines of earlier starts: wait for one more.
  seen=$(ready_lines "$workspace")
  start=$(now_ms)
  deadline=$(( start + 180000 ))
  launch "$app" "$workspace"
  window=""
  ready="-"
  [ "$app" = tagbench ] && ready=""
  # Polled every 20 ms (xdotool's own --sync waits 0.5 s between looks).
  until [ -n "$window" ] && [ -n "$ready" ]; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "$app was not ready within 180 s; see $workspace.out" >&2; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "$app ended while starting; see $workspace.out" >&2; exit 1; }
    if [ -z "$window" ] && [ -n "$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null)" ]; then
      window=$(( $(now_ms) - start ))
    fi
    if [ -z "$ready" ] && [ "$(ready_lines "$workspace")" -gt "$seen" ]; then
      ready=$(( $(now_ms) - start ))
    fi
    sleep 0.02
  done
}

# Starts a product, waits until it is ready and idle a moment, then quits it with Ctrl+Q (answering an
# exit confirmation, a second window, with Enter) so that the workspace is saved: the warm workspace the
# copies start from. Waits up to 15 s for it to end (under Xvfb without a window manager the key may never
# reach it); else the warm workspace is that of a killed workbench, started once all the same.
prepare_warm() {
  local app=$1 workspace=$2 wid
  measure "$app" "$workspace"
  sleep 5
  wid=$(xdotool search --onlyvisible --pid "$pid" | head -n 1)
  xdotool windowfocus --sync "$wid" key ctrl+q
  for tick in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
    if [ $((tick % 50)) -eq 0 ] && [ "$(xdotool search --onlyvisible --pid "$pid" | wc -l)" -gt 1 ]; then
      xdotool key Return
    fi
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$app did not quit on Ctrl+Q; its warm workspace is the state of a killed workbench." >&2
  fi
  stop_app
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "== Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -n 1)"
echo "== Load before: $(uptime)"
for app in tagbench platform; do
  measure "$app" "$work/ws-cache-$app"
  stop_app
  prepare_warm "$app" "$work/warm-$app"
done

results="$work/results.txt"
: >"$results"
for run in $(seq 1 "$runs"); do
  for case in fresh warm; do
    for app in tagbench platform; do
      workspace="$work/ws-$case-$app-$run"
      if [ "$case" = warm ]; then cp -a "$work/warm-$app" "$workspace"; fi
      measure "$app" "$workspace"
      stop_app
      echo "$case $app run=$run window_ms=$window ready_ms=$ready" | tee -a "$results"
    done
  done
done
echo "== Load after: $(uptime)"

echo "== Medians over $runs runs (launch to window mapped; Tagbench also to its ready line)"
for case in fresh warm; do
  t=$(awk -v c="$case" '$1==c && $2=="tagbench" {sub("window_ms=","",$4); print $4}' "$results" | median)
  tr=$(awk -v c="$case" '$1==c && $2=="tagbench" {sub("ready_ms=","",$5); print $5}' "$results" | median)
  p=$(awk -v c="$case" '$1==c && $2=="platform" {sub("window_ms=","",$4); print $4}' "$results" | median)
  printf '%s workspace: tagbench window %s ms, ready %s ms; platform window %s ms; window ratio %.2f x, ready/platform window %.2f x (goal <= 1.3 x)\n' \
    "$case" "$t" "$tr" "$p" "$(echo "$t / $p" | bc -l)" "$(echo "$tr / $p" | bc -l)"
done
