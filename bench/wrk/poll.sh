#!/usr/bin/env bash
# What a dashboard's polling costs: wrk (Debian's package) on loopback, in one run, against
#   1. bare:   a bare ASP.NET Core endpoint returning the same bytes with the same ETag (bench/Forecast.Bench.BareEndpoint),
#   2. rollup: the real cached GET /api/jurisdictions/dandong/rollup of Forecast.Server,
#   3. 304:    the same GET with If-None-Match, as a poller sends it.
# Usage: bash bench/wrk/poll.sh [seconds per run, default 10]. Prints each wrk output and a summary line per target.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build src/Forecast.Server/Forecast.Server.csproj -c Release -v q -nologo >/dev/null
dotnet build bench/Forecast.Bench.BareEndpoint/Forecast.Bench.BareEndpoint.csproj -c Release -v q -nologo >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

server_port=$(free_port)
dotnet src/Forecast.Server/bin/Release/net10.0/Forecast.Server.dll \
  --urls "http://127.0.0.1:${server_port}" \
  --Forecast:Cluster:SiloPort="$(free_port)" --Forecast:Cluster:GatewayPort="$(free_port)" \
  >"$work/server.log" 2>&1 &
pids+=($!)

rollup="http://127.0.0.1:${server_port}/api/jurisdictions/dandong/rollup"
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "$rollup"; then break; fi
  sleep 0.5
done
curl -fs -D "$work/headers" -o "$work/body" "$rollup" || { echo "the startup run did not complete; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
etag=$(grep -i '^etag:' "$work/headers" | cut -d' ' -f2- | tr -d '\r')

bare_port=$(free_port)
dotnet bench/Forecast.Bench.BareEndpoint/bin/Release/net10.0/Forecast.Bench.BareEndpoint.dll \
  --urls "http://127.0.0.1:${bare_port}" --body "$work/body" --etag "$etag" >"$work/bare.log" 2>&1 &
pids+=($!)
bare="http://127.0.0.1:${bare_port}/bare"
for _ in $(seq 1 60); do curl -fs -o /dev/null "$bare" && break; sleep 0.5; done

cmp <(curl -fs "$bare") "$work/body" || { echo "the bare endpoint does not serve the rollup's bytes" >&2; exit 1; }
echo "body: $(wc -c <"$work/body") bytes, ETag ${etag}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average, $(nproc) cores)"

run() {
  local name=$1; shift
  echo; echo "== ${name}"
  # A short warm-up so both sides are jitted and tiered up before the measured run.
  wrk -t2 -c32 -d2s "$@" >/dev/null
  wrk -t2 -c32 -d"${duration}s" --latency "$@" | tee "$work/${name}.txt"
}
run bare "$bare"
run rollup "$rollup"
run 304 -H "If-None-Match: ${etag}" "$rollup"

echo; echo "== summary (requests/s, p99)"
bare_rps=$(awk '/Requests\/sec/ {print $2}' "$work/bare.txt")
for name in bare rollup 304; do
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/${name}.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/${name}.txt")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$work/${name}.txt")
  printf '%-7s %10s req/s  p99 %-8s  %5.1f %% of bare%s\n' "$name" "$rps" "$p99" "$(echo "100 * $rps / $bare_rps" | bc -l)" "${non2xx:+  (non-2xx/3xx: $non2xx)}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
