#!/usr/bin/env bash
# Starts the Tagbench product, building it first when the sources changed since the last build.
# The product is unpacked under .tagbench-run/ and uses .tagbench-run/workspace as its workspace.
# Extra arguments go to the product, e.g. releng/run.sh -clean.
set -euo pipefail
source "$(dirname "$0")/scripts/env.sh"
cd "$tagbench_root"

tagbench_find_jdk
tagbench_require_packages libgtk-3.so.0 libgtk-3-0

archive_dir=releng/org.tagbench.product/target/products
archive=$(ls "$archive_dir"/tagbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$archive" ] || [ -n "$(find bundles features releng pom.xml -newer "$archive" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' -print -quit)" ]; then
  echo "Building Tagbench (tests skipped; releng/test.sh runs them)..." >&2
  ./mvnw -B -ntp -q verify -DskipTests
  archive=$(ls "$archive_dir"/tagbench-*-linux.gtk.x86_64.tar.gz | head -n 1)
fi

run_dir=.tagbench-run
if [ ! -f "$run_dir/installed-from" ] || [ "$(cat "$run_dir/installed-from")" != "$archive $(stat -c %Y "$archive")" ]; then
  rm -rf "$run_dir/tagbench"
  mkdir -p "$run_dir"
  tar -xzf "$archive" -C "$run_dir"
  echo "$archive $(stat -c %Y "$archive")" > "$run_dir/installed-from"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display. On a machine without a desktop, run under Xvfb: xvfb-run -a releng/run.sh" >&2
  exit 1
fi
export TAGBENCH_JAVA="$JAVA_HOME/bin/java"
exec "$run_dir/tagbench/tagbench" -data "$tagbench_root/$run_dir/workspace" "$@"
