#!/usr/bin/env bash
# The test command: starts Azurite (as ./hebeicredit does), runs every test project, stops only the Azurite it started.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source .ci/azurite.sh
azurite_start || exit 1
trap azurite_stop EXIT

log="$(mktemp)"
dotnet test HebeiCredit.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One plain closing line for the whole run, summed over the test assemblies.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log" | tr -d ','
rm -f "$log"
exit "$status"
