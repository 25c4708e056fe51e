#!/usr/bin/env bash
# Benchmark: doithoai against the sqlite3 shell running the equivalent hand-written SQL on the
# same file, as whole processes, with peak memory. Release build only.
#
#     bash bench/run.sh            # 50,000 sessions / 1,000,000 opinions (+ a 10x smaller file)
#
# Needs the sqlite3 shell and GNU time (apt-get install sqlite3 time). Databases are built
# once under ${BENCH_DIR:-/tmp/doithoai-bench} by examples/generate.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

dir=${BENCH_DIR:-/tmp/doithoai-bench}
mkdir -p "$dir"
cargo build --release --quiet --bin doithoai --example generate
bin=target/release/doithoai
gen=target/release/examples/generate
[ -f "$dir/large.db" ] || "$gen" "$dir/large.db" 50000 1000000
[ -f "$dir/small.db" ] || "$gen" "$dir/small.db" 5000 100000

runs=${RUNS:-3}
# Median wall time (s) and max peak RSS (KiB) of $runs runs of a command.
measure() {
    local times=() mem=0 out t m
    for _ in $(seq "$runs"); do
        out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null || true; } 2>&1 | tail -n 1)
        t=${out% *}; m=${out#* }
        times+=("$t"); (( m > mem )) && mem=$m
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" "$mem"
}

row() { # label, doithoai args..., --, sqlite3 script
    local label=$1; shift
    local args=() ; while [ "$1" != "--" ]; do args+=("$1"); shift; done; shift
    local script=$1 db=$2
    read -r dt dm < <(measure "$bin" --db "$db" "${args[@]}")
    read -r st sm < <(measure sh -c "sqlite3 '$db' < '$script'")
    printf '| %s | %s s | %s MiB | %s s | %s MiB | %.2f× |\n' "$label" "$dt" "$((dm / 1024))" "$st" "$((sm / 1024))" \
        "$(echo "$dt / $st" | bc -l)"
}

echo "| command (1,000,000 opinions) | doithoai | peak | sqlite3 shell | peak | ratio |"
echo "|---|---|---|---|---|---|"
row "report overdue --as-of 2026-11-28" report overdue --as-of 2026-11-28 --format csv -- bench/overdue.sql "$dir/large.db"
row "report period --year 2025" report period --year 2025 --as-of 2026-11-28 --format csv -- bench/period.sql "$dir/large.db"
row "export opinions --format csv" export opinions --format csv -- bench/export.sql "$dir/large.db"
echo
echo "| export opinions --format csv | rows | peak memory |"
echo "|---|---|---|"
for size in small large; do
    read -r _ m < <(measure "$bin" --db "$dir/$size.db" export opinions --format csv)
    rows=$(sqlite3 "$dir/$size.db" 'SELECT count(*) FROM opinion')
    echo "| $size | $rows | $((m / 1024)) MiB |"
done
echo
# One write command, end to end: 100 processes in a row, each one transaction.
writes() { # db, kind
    local start end
    start=$(date +%s%N)
    for i in $(seq 100); do
        if [ "$2" = doithoai ]; then
            "$bin" --db "$1" agency add "Phòng Nội vụ $2 $i" >/dev/null
        else
            # The same work: the record and its line in the history, in one transaction.
            sqlite3 "$1" "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; BEGIN IMMEDIATE;
                INSERT INTO agency (name, created_at) VALUES ('Phòng Nội vụ $2 $i', '2026-11-28T00:00:00Z');
                INSERT INTO event (at, clerk, command, record_kind, record_id, action, after)
                VALUES ('2026-11-28T00:00:00Z', 'lan', 'agency add', 'agency', last_insert_rowid(), 'add',
                        json_object('name', 'Phòng Nội vụ $2 $i'));
                COMMIT;"
        fi
    done
    end=$(date +%s%N)
    echo "$(( (end - start) / 100000 ))"   # hundredths of a millisecond per command
}
for size in small large; do
    cp "$dir/$size.db" "$dir/write.db"
    d=$(writes "$dir/write.db" doithoai)
    q=$(writes "$dir/write.db" sqlite3)
    printf 'one write command (%s file): doithoai %d.%02d ms, sqlite3 shell %d.%02d ms\n' "$size" $((d / 100)) $((d % 100)) $((q / 100)) $((q % 100))
    rm -f "$dir/write.db" "$dir/write.db-wal" "$dir/write.db-shm"
done
