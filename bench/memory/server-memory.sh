#!/usr/bin/env bash
# What unauthenticated reads of things that do not exist, and many finished runs, leave behind in the server with its
# embedded silo (issue 16, item 5). Starts Forecast.Server (Release) as its own process, waits for the startup run,
# then measures its resident memory (VmRSS) and the silo's activations (the Orleans dashboard's counters):
#   1. at rest after the startup run,
#   2. after N_GETS GETs naming unknown scenarios (tree, rollup, pairs, forecast) and unknown 64-hex run ids,
#   3. after N_RUNS distinct runs (the baseline with seeds 1..N_RUNS) posted and completed one after another,
#   4. after IDLE seconds more with nothing asked (the finished runs' grains reach their collection age).
# Usage: bash bench/memory/server-memory.sh [N_GETS=20000] [N_RUNS=200] [IDLE=0]. Holds /tmp/bench.lock meanwhile.
set -euo pipefail
cd "$(dirname "$0")/../.."

gets="${1:-20000}"
runs="${2:-200}"
idle="${3:-0}"
token="bench-writer-token-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
operator="bench-operator-token-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build src/Forecast.Server/Forecast.Server.csproj -c Release -v q -nologo >/dev/null

exec 9>/tmp/bench.lock
flock 9

work=$(mktemp -d)
server_pid=""
cleanup() { [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port=$(free_port)
base="http://127.0.0.1:${port}"
dotnet src/Forecast.Server/bin/Release/net10.0/Forecast.Server.dll \
  --urls "$base" \
  --Forecast:Cluster:SiloPort="$(free_port)" --Forecast:Cluster:GatewayPort="$(free_port)" \
  --Forecast:Api:WriterToken="$token" --Forecast:Api:OperatorToken="$operator" \
  >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 240); do
  state=$(curl -fs "$base/api/tree" 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin)["run"]; print(r["state"] if r else "")' 2>/dev/null || true)
  [ "$state" = completed ] && break
  sleep 0.5
done
[ "$state" = completed ] || { echo "the startup run did not complete; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }

# The dashboard's counters with the operator token (a build from before operators had one takes the writer's).
activations() {
  { curl -fs -H "Authorization: Bearer $operator" "$base/dashboard/DashboardCounters" 2>/dev/null \
      || curl -fs -H "Authorization: Bearer $token" "$base/dashboard/DashboardCounters" 2>/dev/null; } \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("totalActivationCount", "?"))' 2>/dev/null || echo "?"
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
# The managed heap's live objects after a full GC, when dotnet-gcdump is at hand (dotnet tool install dotnet-gcdump):
# the server GC keeps freed memory committed, so RSS alone hides what was let go.
gcdump="${DOTNET_GCDUMP:-$(command -v dotnet-gcdump || true)}"
live_mb() {
  [ -n "$gcdump" ] || { echo "?"; return; }
  "$gcdump" collect -p "$server_pid" -o "$work/heap.gcdump" >/dev/null 2>&1 || { echo "?"; return; }
  "$gcdump" report "$work/heap.gcdump" 2>/dev/null \
    | awk '/GC Heap bytes/ { gsub(",", "", $1); printf "%.0f", $1 / 1048576 }'
}
report() { sleep 5; echo "$1: RSS $(rss_mb) MB, live heap $(live_mb) MB, activations $(activations)"; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); commit $(git rev-parse --short HEAD)"
report "at rest after the startup run"

start=$SECONDS
echo "GETs: $(python3 bench/memory/unknown-reads.py "$port" "$gets" 4) in $((SECONDS - start)) s"
report "after ${gets} GETs of unknown scenarios and run ids"

start=$SECONDS
for seed in $(seq 1 "$runs"); do
  location=$(sed "s/^seed: .*/seed: ${seed}/" scenarios/baseline.yaml \
    | curl -fs -D - -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/yaml" --data-binary @- "$base/api/runs" \
    | awk 'tolower($1) == "location:" { print $2 }' | tr -d '\r')
  for _ in $(seq 1 600); do
    curl -fs "$base$location" | grep -q '"state":"completed"' && break
    sleep 0.1
  done
done
echo "runs: ${runs} completed in $((SECONDS - start)) s"
report "after ${runs} distinct runs"

if [ "$idle" -gt 0 ]; then
  sleep "$idle"
  report "after ${idle} s idle"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
