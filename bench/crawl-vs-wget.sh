#!/usr/bin/env bash
# The crawl benchmark of issue 4, three runs, medians: our crawler (production services, evidence to Azurite) and the
# GNU wget peer against the same simulated province (50 ms per response, 2 requests per host), in one process per run.
# Each run gets an Azurite of its own (in memory, no telemetry, no --debug log, ports $BENCH_AZURITE_PORT..+2, default 20000-20002),
# so the first crawl is the day's first and the shared Azurite on 10000-10002 is left alone.
# Usage: bench/crawl-vs-wget.sh [runs] [extra args for `crawl`, e.g. --sites 4 or --failing]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-3}"; shift || true
command -v wget >/dev/null || { echo "GNU wget is required" >&2; exit 1; }
port="${BENCH_AZURITE_PORT:-20000}"
azurite_bin=.ci/azurite/node_modules/.bin/azurite
if [ ! -x "$azurite_bin" ]; then
  (cd .ci/azurite && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci for Azurite failed" >&2; exit 1; }
fi
azurite_pid=""
azurite_dir=""
stop_azurite() {
  # Killed outright: its data is in memory and thrown away.
  if [ -n "$azurite_pid" ]; then kill -9 "$azurite_pid" 2>/dev/null; wait "$azurite_pid" 2>/dev/null; fi
  if [ -n "$azurite_dir" ]; then rm -rf "$azurite_dir"; fi
  azurite_pid=""; azurite_dir=""
}
start_azurite() {
  azurite_dir="$(mktemp -d)"
  # In memory: the data is thrown away after the run, and what is measured is our crawler, not the emulator's disk.
  # No telemetry: Azurite reports usage by default, a cost on every request (and its network is closed here).
  (cd "$azurite_dir" && exec "$root/$azurite_bin" --silent --skipApiVersionCheck --loose --inMemoryPersistence --disableTelemetry \
    --blobHost 127.0.0.1 --blobPort "$port" --queueHost 127.0.0.1 --queuePort $((port + 1)) \
    --tableHost 127.0.0.1 --tablePort $((port + 2))) >"$azurite_dir.log" 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$((port + 2))") 2>/dev/null && return 0
    kill -0 "$azurite_pid" 2>/dev/null || { cat "$azurite_dir.log" >&2; return 1; }
    sleep 0.5
  done
  echo "Azurite did not open port $((port + 2))" >&2
  return 1
}
trap stop_azurite EXIT
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((port + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((port + 2))/devstoreaccount1"

dotnet build -c Release bench/HebeiCredit.Benchmarks --nologo -v q || exit 1
results="$(mktemp)"
out="$(mktemp)"
for i in $(seq 1 "$runs"); do
  echo "=== run $i of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg)) ==="
  start_azurite || exit 1
  # Fully optimised code from the first call (the warm-up crawls pay the JIT): a crawl of 1,030 pages is short enough
  # that tier-0 code and its background re-JIT were half of our CPU and most of the server's, which a long-running
  # Functions host does not pay per crawl. BENCH_TIERED=1 measures with the default tiering instead.
  DOTNET_TieredCompilation="${BENCH_TIERED:-0}" \
    dotnet bench/HebeiCredit.Benchmarks/bin/Release/net10.0/HebeiCredit.Benchmarks.dll crawl --storage "$storage" --azurite-pid "$azurite_pid" "$@" >"$out" 2>&1
  status=$?
  stop_azurite
  cat "$out"
  [ "$status" -eq 0 ] || { echo "run $i failed (exit $status)" >&2; rm -f "$results" "$out"; exit 1; }
  grep '^RESULT ' "$out" >>"$results"
done
rm -f "$out"

echo
echo "=== median of $runs runs ==="
printf '%-20s %10s   %s\n' measure median runs
for key in pages wall_ms floor_ms ratio cpu_ms server_cpu_ms azurite_cpu_ms storage_requests busy gc_pause_ms allocated_mb again_wall_ms again_ratio again_cpu_ms again_azurite_cpu_ms again_storage_requests wget_pages wget_wall_ms ours_over_wget wgetl2_pages wgetl2_wall_ms storage_median_ms span_ms tail_ms max_in_flight; do
  values="$(grep -o " $key=[^ ]*" "$results" | cut -d= -f2)"
  [ -n "$values" ] || continue
  sorted=($(printf '%s\n' $values | sort -g))
  printf '%-20s %10s   %s\n' "$key" "${sorted[$(( (${#sorted[@]} - 1) / 2 ))]}" "$(echo $values | sed 's/ / \/ /g')"
done
rm -f "$results"
