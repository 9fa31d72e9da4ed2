#!/usr/bin/env bash
# Starts the pinned Azurite (from .ci/azurite/package-lock.json) on 127.0.0.1:10000-10002 unless one already answers.
# Source it, then call azurite_start; azurite_stop stops only an Azurite this script started.
AZURITE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/azurite"
AZURITE_DATA="$(cd "$AZURITE_DIR/../.." && pwd)/.azurite"
AZURITE_PID=""

azurite_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

azurite_start() {
  if azurite_port_open 10000 && azurite_port_open 10001 && azurite_port_open 10002; then
    echo "Azurite already answers on 127.0.0.1:10000-10002; using it."
    return 0
  fi
  if [ ! -x "$AZURITE_DIR/node_modules/.bin/azurite" ]; then
    echo "Installing Azurite (pinned, from the npm registry) into .ci/azurite ..."
    (cd "$AZURITE_DIR" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci for Azurite failed" >&2; return 1; }
  fi
  mkdir -p "$AZURITE_DATA"
  # No telemetry: Azurite reports usage by default, to a network this machine cannot reach; that cost every request
  # some CPU and held the process for 20-100 s after it was told to stop.
  "$AZURITE_DIR/node_modules/.bin/azurite" --silent --skipApiVersionCheck --loose --disableTelemetry \
    --location "$AZURITE_DATA" --debug "$AZURITE_DATA/debug.log" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    >"$AZURITE_DATA/azurite.log" 2>&1 &
  AZURITE_PID=$!
  for _ in $(seq 1 120); do
    if azurite_port_open 10000 && azurite_port_open 10001 && azurite_port_open 10002; then
      echo "Azurite started (pid $AZURITE_PID) on 127.0.0.1:10000-10002, data in .azurite/"
      return 0
    fi
    if ! kill -0 "$AZURITE_PID" 2>/dev/null; then
      echo "Azurite exited before opening its ports; see .azurite/azurite.log" >&2
      cat "$AZURITE_DATA/azurite.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "Azurite did not open ports 10000-10002 within 60 s" >&2
  return 1
}

azurite_stop() {
  if [ -n "$AZURITE_PID" ] && kill -0 "$AZURITE_PID" 2>/dev/null; then
    kill "$AZURITE_PID" 2>/dev/null || true
    # It saves its data and exits within a second; one that has not after 30 s is killed.
    for _ in $(seq 1 60); do
      kill -0 "$AZURITE_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    echo "Azurite stopped."
  fi
}
