#!/usr/bin/env bash
# Whole-process times of the installed application's commands, each in its own process with and without its AOT
# class cache, then through the resident process (its first call, then warm calls), beside `java -version` of the
# same runtime as the floor (figures in docs/benchmarks.md; printed, and written to app/target/installed-benchmark.md).
# Usage: benchmark.sh [ORDO_LAUNCHER]     (default /opt/ordo/bin/ordo; needs hyperfine)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ordo_bin="${1:-/opt/ordo/bin/ordo}"
java_bin="$(dirname "$ordo_bin")/../lib/runtime/bin/java"
work="$(mktemp -d /tmp/ordo-bench.XXXXXX)"
# The commands below start resident processes (docs/startup.md) for the two data folders: none may outlive the run.
stop_resident="$ordo_bin --data-dir $work/data resident stop; $ordo_bin --data-dir $work/workstation resident stop"
stop_residents() { sh -c "$stop_resident" > /dev/null 2>&1 || true; }
trap 'stop_residents; rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 ORDO_DATA_DIR="$work/data"
unset JAVA_TOOL_OPTIONS

# A small company: two products in stock, one customer, one confirmed order.
"$ordo_bin" init --company-name "Prova Benchmark Srl" --vat-number 01234567897 > "$work/init.out"
ORDO_PASSWORD="$(sed -n 's/.*password \([^ ]*\) (.*/\1/p' "$work/init.out")" ORDO_NEW_PASSWORD=bench-password-1 \
  "$ordo_bin" --user admin user passwd > /dev/null
export ORDO_PASSWORD=bench-password-1
"$ordo_bin" --user admin product import "$here/../packaging/training/products.csv" > /dev/null
"$ordo_bin" --user admin customer import "$here/../packaging/benchmark/customers.csv" > /dev/null
"$ordo_bin" --user admin receive --sku T1 --warehouse MAIN --qty 100 > /dev/null
"$ordo_bin" --user admin receive --sku T2 --warehouse MAIN --qty 100 > /dev/null
"$ordo_bin" --user admin order place "$here/../packaging/benchmark/orders.json" > "$work/place.out"
order="$(grep -o 'ORD-[0-9-]*' "$work/place.out" | head -1)"
[ -n "$order" ] || { cat "$work/place.out" >&2; exit 1; }

# The same company behind an Ordo server on this machine, for the commands in shared mode (issue 9: under 1 s).
# The commands above ran in the data folder's resident process, which holds the database: it lets go first.
"$ordo_bin" resident stop > /dev/null
cp -r "$work/data" "$work/served"
port=$((20000 + RANDOM % 20000))
ORDO_DB_PASSWORD=bench-db-password-1 "$ordo_bin" --data-dir "$work/served" server start --host 127.0.0.1 \
  --port "$port" --db-port $((port + 1)) > "$work/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; stop_residents; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do grep -q listening "$work/server.log" && break; sleep 0.5; done
shared="$ordo_bin --data-dir $work/workstation --server https://127.0.0.1:$port --user admin"
$shared order show "$order" > /dev/null   # pins the server's certificate

# Each command in a process of its own (ORDO_RESIDENT=0: the launcher runs the full JVM, as before the resident
# process), with and without the AOT cache; then the same through the resident process (docs/startup.md): its
# first call (the process stopped before each run: it starts, opens the database, runs the command) and warm calls.
own="ORDO_RESIDENT=0"
off="ORDO_RESIDENT=0 JAVA_TOOL_OPTIONS=-XX:AOTMode=off"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/result.md" \
  -n "java -version" "$java_bin -version" \
  -n "ordo --version" "$own $ordo_bin --version" \
  -n "ordo --version, no AOT cache" "$off $ordo_bin --version" \
  -n "order show" "$own $ordo_bin --user admin order show $order" \
  -n "order show, no AOT cache" "$off $ordo_bin --user admin order show $order" \
  -n "stock T1" "$own $ordo_bin --user admin stock T1" \
  -n "stock T1, no AOT cache" "$off $ordo_bin --user admin stock T1" \
  -n "availability" "$own $ordo_bin --user admin availability --sku T1 --qty 5" \
  -n "availability, no AOT cache" "$off $ordo_bin --user admin availability --sku T1 --qty 5" \
  -n "shared mode: order show" "$own $shared order show $order" \
  -n "shared mode: order show, no AOT cache" "$off $shared order show $order" \
  -n "shared mode: stock T1" "$own $shared stock T1" \
  -n "shared mode: stock T1, no AOT cache" "$off $shared stock T1"
hyperfine --runs "${RUNS:-5}" --export-markdown "$work/resident-first.md" --prepare "$stop_resident" \
  -n "resident, first call: stock T1" "$ordo_bin --user admin stock T1" \
  -n "resident, first call: shared mode stock T1" "$shared stock T1"
hyperfine --warmup 2 --runs "${RUNS:-5}" --export-markdown "$work/resident-warm.md" \
  -n "resident: ordo --version" "$ordo_bin --version" \
  -n "resident: order show" "$ordo_bin --user admin order show $order" \
  -n "resident: stock T1" "$ordo_bin --user admin stock T1" \
  -n "resident: availability" "$ordo_bin --user admin availability --sku T1 --qty 5" \
  -n "resident: shared mode order show" "$shared order show $order" \
  -n "resident: shared mode stock T1" "$shared stock T1"
# The desktop below opens the data folder's database itself: the resident process gives it up on request.
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
results="$here/../../app/target/installed-benchmark.md"
mkdir -p "$(dirname "$results")"
{ echo "installer/linux/benchmark.sh $ordo_bin, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$work/result.md" "$work/resident-first.md" "$work/resident-warm.md"; } | tee "$results"

# The desktop: seconds from start to its first window on an Xvfb display (the sign-in screen, or the spinner
# while the database opens), with and without the cache, one start after the other.
display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid $server_pid 2>/dev/null; stop_residents; rm -rf "$work"' EXIT
export DISPLAY=":$display"
for _ in $(seq 1 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.2; done
window_after() {
  local start pid
  start=$(date +%s.%N)
  env "$@" "$ordo_bin" > /dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name . > /dev/null 2>&1; do sleep 0.05; done
  awk -v end="$(date +%s.%N)" -v start="$start" 'BEGIN { printf "%.2f", end - start }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for run in $(seq 1 "${RUNS:-5}"); do
  echo "desktop window, run $run: with cache $(window_after ORDO_BENCH=1) s, no AOT cache $(window_after JAVA_TOOL_OPTIONS=-XX:AOTMode=off) s" | tee -a "$results"
done
