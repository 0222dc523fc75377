#!/usr/bin/env bash
# Copies the bare Eclipse Platform installation to a fresh folder, so that installing into it
# never changes the build's own product.
set -euo pipefail
source_dir=$1
target_dir=$2
if [ ! -d "$source_dir/plugins" ]; then
  echo "No bare platform at $source_dir: build releng/org.tagbench.platform first (the whole reactor)." >&2
  exit 1
fi
rm -rf "$target_dir"
mkdir -p "$(dirname "$target_dir")"
cp -a "$source_dir" "$target_dir"
