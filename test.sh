#!/usr/bin/env bash
# The test command: starts Azurite (as ./hebeicredit does), runs every test project, stops only the Azurite it started.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source .ci/azurite.sh
source .ci/render-tools.sh
render_tools_install || exit 1
azurite_start || exit 1
trap azurite_stop EXIT

log="$(mktemp)"
dotnet test HebeiCredit.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One plain closing line for the whole run, summed over the test assemblies.
awk '/^(Passed|Failed)!/ { for (i = 1; i < NF; i++) { v = $(i+1); gsub(",", "", v); if ($i == "Failed:") f += v; if ($i == "Passed:") p += v } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
