#!/usr/bin/env bash
# Registry benchmark (issue #3): import rows/s and peak memory, search latency, and API throughput
# relative to the server's own /livez, on a fresh data directory with a release build.
#
#   bench/registry.sh [N]            N establishments (default 1000000), SQLite
#   DATABASE_URL=postgres://… bench/registry.sh [N]   the same on PostgreSQL (the database is used as is)
#
# Prints one block of figures. The import runs once (it fills the registry the rest measures); the
# search latency and the load are measured ROUNDS times (default 3) and reported as medians. Needs
# wrk and curl (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
port=${BENCH_PORT:-8091}
rounds=${ROUNDS:-3}
scratch=.build-release
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
swift build -c release --scratch-path "$scratch" --product khuyencong >/dev/null
bin="$scratch/release/khuyencong"
export KHUYENCONG_DATA_DIR="$work/data" KHUYENCONG_LANG=en

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)"
echo "establishments: $n, database: ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-SQLite}"

# 1. A CSV of n rows with valid tax codes over every commune in force (make_csv.py reads the
#    communes from the freshly migrated database).
"$bin" migrate >/dev/null
python3 bench/make_csv.py "$n" "$work/establishments.csv" "$KHUYENCONG_DATA_DIR/khuyencong.sqlite"

# 2. Import into the empty registry: rows/s and peak resident memory.
/usr/bin/time -f "%M" -o "$work/import.rss" "$bin" import establishments "$work/establishments.csv" >"$work/import.out"
echo "import: $(tail -1 "$work/import.out"), peak RSS $(( $(cat "$work/import.rss") / 1024 )) MB"

# 3. The server on the imported registry, with a ministry account for the API.
printf 'bench-password\n' | "$bin" user create --username bench --role ministry_admin --password-stdin >/dev/null
"$bin" serve --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/livez" >/dev/null 2>&1 && break; sleep 0.5; done
token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
id=$(curl -fsS "http://127.0.0.1:$port/api/v1/establishments?limit=1&province=01" -H "Authorization: Bearer $token" \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["items"][0]["id"])')

# 4. Search latency: 200 different searches, one at a time, ROUNDS times.
for _ in $(seq 1 "$rounds"); do python3 bench/search_latency.py "http://127.0.0.1:$port" "$token"; done | tee "$work/search.out"
python3 - "$work/search.out" <<'PY'
import re, statistics, sys
runs = [tuple(map(float, re.findall(r"p50 ([0-9.]+) ms, p99 ([0-9.]+) ms", line)[0])) for line in open(sys.argv[1]) if "p99" in line]
print(f"search, median of {len(runs)} runs: p50 {statistics.median(r[0] for r in runs):.1f} ms, p99 {statistics.median(r[1] for r in runs):.1f} ms")
PY

# 5. Throughput under load, each as a ratio to /livez in the same run.
rps() {
  wrk -t2 -c64 -d10s -H "Authorization: Bearer $token" "$1" | awk '/Requests\/sec/ {print $2}'
}
# Each round measures /livez and the three requests back to back, so a ratio compares like with like.
for _ in $(seq 1 "$rounds"); do
  echo "$(rps "http://127.0.0.1:$port/livez") $(rps "http://127.0.0.1:$port/api/v1/establishments/$id")" \
    "$(rps "http://127.0.0.1:$port/api/v1/establishments?province=01&limit=50")" \
    "$(rps "http://127.0.0.1:$port/api/v1/establishments?q=gom%20su&limit=50")"
done >"$work/load.out"
python3 - "$work/load.out" <<'PY'
import statistics, sys
runs = [list(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
print(f"wrk -t2 -c64 10s, median of {len(runs)} rounds: /livez {statistics.median(r[0] for r in runs):.0f} req/s")
for index, name in [(1, "by id"), (2, "50-row province list"), (3, "search")]:
    ratios = [100 * r[index] / r[0] for r in runs]
    print(f"  {name}: {statistics.median(r[index] for r in runs):.0f} req/s = {statistics.median(ratios):.1f} % of /livez"
          f" (rounds: {', '.join(f'{x:.1f}' for x in ratios)} %)")
PY
echo "server RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$server_pid/status) / 1024 )) MB"
