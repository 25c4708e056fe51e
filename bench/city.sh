#!/usr/bin/env bash
# The city's report at Hà Nội's scale: 126 ward files of 20,000 opinions each, consolidated by
# `report period --from-dir` (each file opened read-only, one after the other). Release build
# only; after `sync` and a pause. Reference runs in the same script: one ward's file alone
# (the city should cost about 126 of it), and 10 files (peak memory should not grow with the
# number of files).
#
#     bash bench/city.sh            # needs GNU time (apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
dir=${BENCH_DIR:-/tmp/doithoai-city}
wards=${WARDS:-126}
mkdir -p "$dir/city" "$dir/ten"
cargo build --release --quiet --bin doithoai --example generate
bin=$PWD/target/release/doithoai
[ -f "$dir/ward.db" ] || target/release/examples/generate "$dir/ward.db" 1000 20000 >/dev/null
# Open it once (an upgrade, if any, is not what is measured; the wards' copies are then read-only).
"$bin" --db "$dir/ward.db" agency list >/dev/null
for i in $(seq -w 1 "$wards"); do
    [ -f "$dir/city/ward-$i.db" ] || cp "$dir/ward.db" "$dir/city/ward-$i.db"
done
for i in $(seq -w 1 10); do
    [ -f "$dir/ten/ward-$i.db" ] || cp "$dir/ward.db" "$dir/ten/ward-$i.db"
done
sync; sleep 3
export DOITHOAI_LANG=en
runs=${RUNS:-3}
measure() {
    local walls=() mem=0 start end m
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        /usr/bin/time -o "$dir/time.out" -f "%M" "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        m=$(tail -n 1 "$dir/time.out")
        walls+=($(( (end - start) / 1000000 )))
        (( m > mem )) && mem=$m
    done
    local sorted=($(printf '%s\n' "${walls[@]}" | sort -n))
    echo "${sorted[$(( runs / 2 ))]} $mem"
}
read -r one one_mem < <(measure "$bin" --db "$dir/ward.db" report period --year 2025 --as-of 2026-11-28 --format csv)
read -r ten ten_mem < <(measure "$bin" report period --year 2025 --as-of 2026-11-28 --from-dir "$dir/ten" --format csv)
read -r city city_mem < <(measure "$bin" report period --year 2025 --as-of 2026-11-28 --from-dir "$dir/city" --format csv)
read -r over over_mem < <(measure "$bin" report overdue --as-of 2026-11-28 --from-dir "$dir/city" --format csv)
printf '%-52s %8s %10s\n' "command" "wall ms" "peak KiB"
printf '%-52s %8s %10s\n' "report period, one ward (20,000 opinions)" "$one" "$one_mem"
printf '%-52s %8s %10s\n' "report period --from-dir, 10 wards" "$ten" "$ten_mem"
printf '%-52s %8s %10s\n' "report period --from-dir, $wards wards" "$city" "$city_mem"
printf '%-52s %8s %10s\n' "report overdue --from-dir, $wards wards" "$over" "$over_mem"
awk -v c="$city" -v o="$one" -v w="$wards" -v cm="$city_mem" -v tm="$ten_mem" 'BEGIN {
    printf "city ÷ (%d × one ward): %.2f; peak memory %d wards ÷ 10 wards: %.2f; goal: city under 10000 ms\n", w, c / (w * o), w, cm / tm
}'
