#!/usr/bin/env bash
# Copies the canonical compiler settings into every bundle and test bundle.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
for dir in "$root"/bundles/*/ "$root"/tests/*/; do
  [ -f "$dir/META-INF/MANIFEST.MF" ] || continue
  mkdir -p "$dir/.settings"
  cp "$root/releng/settings/org.eclipse.jdt.core.prefs" "$dir/.settings/"
done
