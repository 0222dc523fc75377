#!/usr/bin/env bash
# Runs every test: builds the whole reactor, runs the core, simulator and UI tests (under Xvfb
# when there is no display), builds the update site and the products, and installs the update
# site into a bare Eclipse Platform to check that Tagbench starts there; then checks that the UI tests'
# workbench log holds no exception thrown through Tagbench code (scripts/check-test-log.sh).
# Extra arguments go to Maven, e.g. releng/test.sh -o for an offline build.
set -euo pipefail
source "$(dirname "$0")/scripts/env.sh"
cd "$tagbench_root"

tagbench_find_jdk
tagbench_require_packages Xvfb xvfb xauth xauth libgtk-3.so.0 libgtk-3-0 unzip unzip
tagbench_ensure_display

./mvnw -B -ntp clean verify "$@"
releng/scripts/check-test-log.sh
