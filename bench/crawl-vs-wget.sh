#!/usr/bin/env bash
# The crawl benchmark of issue 4, three runs, medians: our crawler (production services, evidence to Azurite) and the
# GNU wget peer against the same simulated province (50 ms per response, 2 requests per host), in one process per run.
# Usage: bench/crawl-vs-wget.sh [runs] [extra args for `crawl`, e.g. --sites 4 or --failing]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-3}"; shift || true
command -v wget >/dev/null || { echo "GNU wget is required" >&2; exit 1; }
source .ci/azurite.sh
azurite_start || exit 1
trap azurite_stop EXIT

dotnet build -c Release bench/HebeiCredit.Benchmarks --nologo -v q || exit 1
results="$(mktemp)"
out="$(mktemp)"
for i in $(seq 1 "$runs"); do
  echo "=== run $i of $runs ==="
  dotnet bench/HebeiCredit.Benchmarks/bin/Release/net10.0/HebeiCredit.Benchmarks.dll crawl "$@" >"$out" 2>&1
  status=$?
  cat "$out"
  [ "$status" -eq 0 ] || { echo "run $i failed (exit $status)" >&2; rm -f "$results" "$out"; exit 1; }
  grep '^RESULT ' "$out" >>"$results"
done
rm -f "$out"

echo
echo "=== median of $runs runs ==="
printf '%-20s %10s   %s\n' measure median runs
for key in pages wall_ms floor_ms ratio cpu_ms busy wget_pages wget_wall_ms ours_over_wget wgetl2_pages wgetl2_wall_ms storage_median_ms max_in_flight; do
  values="$(grep -o " $key=[^ ]*" "$results" | cut -d= -f2)"
  [ -n "$values" ] || continue
  sorted=($(printf '%s\n' $values | sort -g))
  printf '%-20s %10s   %s\n' "$key" "${sorted[$(( (${#sorted[@]} - 1) / 2 ))]}" "$(echo $values | sed 's/ / \/ /g')"
done
rm -f "$results"
