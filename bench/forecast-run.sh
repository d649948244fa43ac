#!/usr/bin/env bash
# Wall time of `forecast run scenarios/baseline.yaml` (the planner's command, 10,000 paths, the whole catalog, every
# report) on the embedded silo: cold = the first run after a build, warm = later runs. Needs hyperfine (apt-get
# install hyperfine). The bar (issue 6): warm ≤ 10 s on a 2-core machine.
#
#   bash bench/forecast-run.sh [SCENARIO]      # default scenarios/baseline.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/baseline.yaml}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install hyperfine" >&2; exit 2; }

dotnet build src/Forecast.Cli -c Release --nologo -v quiet >/dev/null
forecast=(dotnet src/Forecast.Cli/bin/Release/net10.0/forecast.dll)
run="${forecast[*]} run $scenario --out $out"

echo "== cold: the first run after the build"
hyperfine --runs 1 --style basic --export-json "$out/cold.json" "$run"
echo "== warm: 1 warm-up, then 5 runs"
hyperfine --warmup 1 --runs 5 --style basic --export-json "$out/warm.json" "$run"
python3 - "$out/cold.json" "$out/warm.json" <<'PY'
import json, sys
cold = json.load(open(sys.argv[1]))["results"][0]
warm = json.load(open(sys.argv[2]))["results"][0]
print(f"forecast run: cold {cold['mean']:.2f} s, warm {warm['mean']:.2f} s ± {warm['stddev']:.2f} (min {warm['min']:.2f}, max {warm['max']:.2f}); bar: warm ≤ 10 s -> {'met' if warm['mean'] <= 10 else 'MISSED'}")
PY
