#!/usr/bin/env bash
# The B2C-scale table of docs/benchmarks.md ("A million customers"): regenerates the 1M base
# (segkit generate --customers 1000000 --seed 7) unless it is there, times the segment commands of
# issue 10 with /usr/bin/time -v (wall clock, peak resident memory) and prints one markdown row per
# step with the load average before and after, so a reader sees how busy the 2 cores were.
#
#   benchmarks/scale.sh [WORK_DIR]          # default /tmp/segkit-scale
#   SEGKIT_SCALE_CUSTOMERS=200000 benchmarks/scale.sh   # a smaller base to iterate on
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/segkit-scale}"
customers="${SEGKIT_SCALE_CUSTOMERS:-1000000}"
base="$work/base-$customers"
cli="$work/cli"
mkdir -p "$work"

load() { cut -d' ' -f1 /proc/loadavg; }

echo "building the CLI (Release) into $cli" >&2
dotnet build -c Release "$repo/src/SegmentationKit.Cli/SegmentationKit.Cli.csproj" -o "$cli" -v q -nologo >&2
segkit=(dotnet "$cli/segkit.dll")

if [[ ! -f "$base/transactions.csv" ]]; then
  echo "generating $customers customers (seed 7) into $base" >&2
  "${segkit[@]}" generate --customers "$customers" --seed 7 --out "$base" > /dev/null
fi

# run NAME OUT ARGS...: times one command, prints "| NAME | wall s | peak MB | load before → after |".
run() {
  local name="$1" out="$2"; shift 2
  local before; before="$(load)"
  rm -rf "$out"
  /usr/bin/time -v "$@" > "$out.log" 2> "$out.time"
  local wall peak
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}' "$out.time")"
  peak="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out.time")"
  echo "| $name | $wall s | $peak MB | $before → $(load) |"
}

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, base: $customers customers, $(($(wc -l < "$base/transactions.csv") - 1)) transactions"
echo
echo "| step | wall | peak memory | load average (1 min) before → after |"
echo "|---|---:|---:|---|"
run '`segment --method rfm` with transactions, whole command' "$work/rfm" \
  "${segkit[@]}" segment --method rfm --customers "$base/customers.csv" --transactions "$base/transactions.csv" --out "$work/rfm"
run '`segment --method kmeans --k 6` (no transactions)' "$work/kmeans" \
  "${segkit[@]}" segment --method kmeans --k 6 --customers "$base/customers.csv" --out "$work/kmeans"
echo
echo "segmentation.json of the rfm run: $(stat -c %s "$work/rfm/segmentation.json") bytes; assignments.csv: $(stat -c %s "$work/rfm/assignments.csv") bytes"
