#!/usr/bin/env bash
# Benchmark: doithoai against the sqlite3 shell running the equivalent hand-written SQL on the
# same file, as whole processes, with peak memory. Release build only; after `sync` and a pause.
#
#     bash bench/run.sh            # 50,000 sessions / 1,000,000 opinions (+ a 10x smaller file)
#
# Needs the sqlite3 shell and GNU time (apt-get install sqlite3 time). Databases are built
# once under ${BENCH_DIR:-/tmp/doithoai-bench} by examples/generate.rs. Every figure is the
# median of $RUNS runs (default 5); ratios compare runs made in this same script.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

dir=${BENCH_DIR:-/tmp/doithoai-bench}
mkdir -p "$dir"
cargo build --release --quiet --bin doithoai --example generate
bin=$PWD/target/release/doithoai
gen=target/release/examples/generate
[ -f "$dir/large.db" ] || "$gen" "$dir/large.db" 50000 1000000
[ -f "$dir/small.db" ] || "$gen" "$dir/small.db" 5000 100000
large=$dir/large.db small=$dir/small.db
# Open each file once first (an upgrade, if any, is not what is measured), then let the disk
# settle.
"$bin" --db "$large" agency list >/dev/null
"$bin" --db "$small" agency list >/dev/null
sync; sleep 3
export DOITHOAI_LANG=en

runs=${RUNS:-5}
# Median wall time (ms, to 0.1), median CPU time (user + system, ms, to 0.1) and max peak RSS
# (KiB) of $runs runs of a command. CPU time is the steadier figure on a shared machine; the
# ratios against the shell use it. It is read with getrusage (microseconds), not GNU time's
# hundredths of a second, which round a 0.25 s command by 4 %.
measure() {
    python3 - "$runs" "$dir/time.out" "$@" <<'PY'
import resource, subprocess, sys, time
runs, memfile, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, cpus, peak = [], [], 0
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # GNU time reports the command's own peak memory (this script's forked copy would count
    # otherwise); its own CPU is a fraction of a millisecond.
    subprocess.run(["/usr/bin/time", "-o", memfile, "-f", "%M"] + cmd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append((time.perf_counter() - start) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    with open(memfile) as f:
        peak = max(peak, int(f.read().split()[-1]))
mid = lambda xs: sorted(xs)[len(xs) // 2]
print(f"{mid(walls):.1f} {mid(cpus):.1f} {peak}")
PY
}
# The fastest wall time (ms, to 0.1) of N runs of a command, run directly.
fastest() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
runs, cmd, best = int(sys.argv[1]), sys.argv[2:], float("inf")
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = min(best, (time.perf_counter() - start) * 1000)
print(f"{best:.1f}")
PY
}
ratio() { if [ "$(echo "$2 == 0" | bc)" -eq 1 ]; then echo "n/a"; else printf '%.2f×' "$(echo "$1 / $2" | bc -l)"; fi; }

echo "## Against the sqlite3 shell (1,000,000 opinions)"
echo
echo "| command | doithoai wall | CPU | peak | sqlite3 shell wall | CPU | peak | CPU ratio | goal |"
echo "|---|---|---|---|---|---|---|---|---|"
vs_shell() { # label, goal, doithoai args..., --, sqlite3 script
    local label=$1 goal=$2; shift 2
    local args=(); while [ "$1" != "--" ]; do args+=("$1"); shift; done; shift
    read -r dw dc dm < <(measure "$bin" --db "$large" "${args[@]}")
    read -r sw sc sm < <(measure sh -c "sqlite3 '$large' < '$1'")
    echo "| $label | $dw ms | $dc ms | $((dm / 1024)) MiB | $sw ms | $sc ms | $((sm / 1024)) MiB | $(ratio "$dc" "$sc") | $goal |"
}
vs_shell "export opinions --format csv" "≤ 1.0×" export opinions --format csv -- bench/export.sql
vs_shell "report overdue --as-of 2026-11-28 --format csv" "≤ 1.0×" report overdue --as-of 2026-11-28 --format csv -- bench/overdue.sql
vs_shell "report period --year 2025 --format csv" "—" report period --year 2025 --as-of 2026-11-28 --format csv -- bench/period.sql
vs_shell "opinion list --search ngo --format csv (an eighth of the file)" "—" opinion list --search ngo --format csv -- bench/search.sql
vs_shell "agency list --format csv" "—" agency list --format csv -- bench/agencies.sql
vs_shell "check" "≤ 2.0× integrity_check" check -- bench/integrity.sql

echo
echo "## One record, one session: flat from 100,000 to 1,000,000 opinions"
echo
echo "| command | 100,000 | 1,000,000 | ratio | goal |"
echo "|---|---|---|---|---|"
flat() { # label, args... (a command of a few milliseconds, where the machine's noise is as
    # large as the difference sought: the fastest of 4 × $runs runs, the command's own cost)
    local label=$1; shift
    s=$(fastest $((runs * 4)) "$bin" --db "$small" "$@")
    l=$(fastest $((runs * 4)) "$bin" --db "$large" "$@")
    echo "| $label | $s ms | $l ms | $(ratio "$l" "$s") | ≤ 10 ms, ≤ 1.1× |"
}
flat "session show 7" session show 7
flat "opinion list --session 7" opinion list --session 7
flat "opinion show 42" opinion show 42
flat "history --session 7" history --session 7
flat "speaker list 7" speaker list 7
read -r one _ _ < <(measure "$bin" --db "$large" opinion list --search "ho so 123457")
echo
echo "opinion list --search \"ho so 123457\" (one household among 1,000,000): $one ms (goal ≤ 50 ms)"
echo
echo "## Memory while streaming"
echo
echo "| file | opinions | export opinions --format csv | report period --year 2025 --format csv |"
echo "|---|---|---|---|"
for size in small large; do
    read -r _ _ m < <(measure "$bin" --db "$dir/$size.db" export opinions --format csv)
    read -r _ _ p < <(measure "$bin" --db "$dir/$size.db" report period --year 2025 --format csv)
    rows=$(sqlite3 "$dir/$size.db" 'SELECT count(*) FROM opinion')
    echo "| $size | $rows | $((m / 1024)) MiB | $((p / 1024)) MiB |"
done

echo
# One write command, end to end: 100 processes in a row, each one transaction, after the page
# cache has settled.
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
                COMMIT;" >/dev/null
        fi
    done
    end=$(date +%s%N)
    echo "$(( (end - start) / 100000 ))"   # hundredths of a millisecond per command
}
for size in small large; do
    cp "$dir/$size.db" "$dir/write.db"
    sync; sleep 3
    d=$(writes "$dir/write.db" doithoai)
    q=$(writes "$dir/write.db" sqlite3)
    printf 'one write command (%s file): doithoai %d.%02d ms, sqlite3 shell %d.%02d ms, ratio %s\n' "$size" \
        $((d / 100)) $((d % 100)) $((q / 100)) $((q % 100)) "$(ratio "$d" "$q")"
    rm -f "$dir/write.db" "$dir/write.db-wal" "$dir/write.db-shm"
done
