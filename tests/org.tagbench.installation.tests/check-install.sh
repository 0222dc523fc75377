#!/usr/bin/env bash
# Starts the IDE into which org.tagbench.feature was installed, headless, and checks through
# 'tagbench version --check' that every Tagbench bundle is there, resolves and activates.
set -euo pipefail
java=$1
ide=$2
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
"$java" -Dosgi.noShutdown=false -jar "$launcher" -nosplash -consolelog -data @none \
  -application org.tagbench.cli.app version --check >"$out" 2>&1
code=$?
set -e
cat "$out"
for bundle in org.tagbench.core org.tagbench.simulator org.tagbench.ui org.tagbench.cli; do
  if ! grep -q "^$bundle .*(active)$" "$out"; then
    echo "FAILED: $bundle is not installed and active in the IDE at $ide" >&2
    exit 1
  fi
done
if [ "$code" -ne 0 ]; then
  echo "FAILED: 'tagbench version --check' exited with $code" >&2
  exit 1
fi
if grep -q "^org.tagbench.rcp " "$out"; then
  echo "FAILED: the product bundle org.tagbench.rcp must not be installed into an IDE" >&2
  exit 1
fi
echo "Installation check passed: Tagbench installed from the update site into a bare Eclipse Platform and activated."
