#!/usr/bin/env bash
# What a dashboard's polling costs: wrk (Debian's package) on loopback, in one run, against
#   1. bare:   a bare ASP.NET Core endpoint returning the same bytes with the same ETag (bench/Forecast.Bench.BareEndpoint),
#   2. rollup: the real cached GET /api/jurisdictions/dandong/rollup of Forecast.Server,
#   3. 304:    the same GET with If-None-Match, as a poller sends it.
# Usage: bash bench/wrk/poll.sh [seconds per run, default 10] [rounds, default 3]. The three targets are measured in
# turn, round after round, so that a change in the machine's load (it is shared) hits all three alike; the summary
# gives each round's figures and the median over rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${1:-10}"
rounds="${2:-3}"
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
  wrk -t2 -c32 -d"${duration}s" --latency "$@" | tee "$work/${name}.txt"
}

# A warm-up so both servers are jitted and tiered up before anything is measured.
wrk -t2 -c32 -d3s "$bare" >/dev/null
wrk -t2 -c32 -d3s "$rollup" >/dev/null
wrk -t2 -c32 -d3s -H "If-None-Match: ${etag}" "$rollup" >/dev/null

for r in $(seq 1 "$rounds"); do
  run "bare.$r" "$bare"
  run "rollup.$r" "$rollup"
  run "304.$r" -H "If-None-Match: ${etag}" "$rollup"
done

# wrk prints latencies as 850.00us, 2.10ms or 1.02s; the summary works in ms.
ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo; echo "== summary: requests/s and p99 per round (wrk -t2 -c32 -d${duration}s --latency, loopback)"
for r in $(seq 1 "$rounds"); do
  bare_rps=$(awk '/Requests\/sec/ {print $2}' "$work/bare.$r.txt")
  for name in bare rollup 304; do
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/${name}.$r.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/${name}.$r.txt" | ms)
    non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$work/${name}.$r.txt")
    echo "$name $rps $p99" >>"$work/all"
    echo "$name $(echo "100 * $rps / $bare_rps" | bc -l)" >>"$work/ratios"
    printf 'round %d  %-7s %10s req/s  p99 %6s ms  %5.1f %% of bare%s\n' "$r" "$name" "$rps" "$p99" "$(echo "100 * $rps / $bare_rps" | bc -l)" "${non2xx:+  (non-2xx/3xx: $non2xx)}"
  done
done
echo "median over ${rounds} rounds:"
for name in bare rollup 304; do
  printf '  %-7s %10.0f req/s  p99 %6.2f ms  %5.1f %% of bare (median of per-round ratios)\n' "$name" \
    "$(awk -v n="$name" '$1 == n {print $2}' "$work/all" | median)" \
    "$(awk -v n="$name" '$1 == n {print $3}' "$work/all" | median)" \
    "$(awk -v n="$name" '$1 == n {print $2}' "$work/ratios" | median)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
