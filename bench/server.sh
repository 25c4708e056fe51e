#!/usr/bin/env bash
# Benchmark on a PostgreSQL server: the same generated offices as bench/run.sh (100,000 and
# 1,000,000 opinions) loaded into the server (the administrator's COPY), then doithoai's commands against
# psql running the equivalent hand-written SQL as the office's role (row-level security on),
# and one write command beside the same on the SQLite file. Release build only.
#
#     bash bench/server.sh                 # SIZES="small large" by default
#     SIZES=small bash bench/server.sh     # 100,000 opinions only
#     WRITERS="8 4 200" (default) or none  # offices × clerks × writes each, writing at once
#
# Needs psql and a server whose administrator's address is DOITHOAI_BENCH_PG (default the
# machine's: postgres://postgres@127.0.0.1/postgres, trust authentication). Databases
# doithoai_bench_SIZE and roles of the same name are made once and kept for the next run.
# Every figure is the median wall time of $RUNS runs (default 5): on a server the work is the
# server's, so the client's CPU time would not say it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "needs psql: apt-get install postgresql-client" >&2; exit 1; }
admin=${DOITHOAI_BENCH_PG:-postgres://postgres@127.0.0.1/postgres}
dir=${BENCH_DIR:-/tmp/doithoai-bench}
runs=${RUNS:-5}
mkdir -p "$dir"
cargo build --release --quiet --bin doithoai --example generate
bin=$PWD/target/release/doithoai
gen=target/release/examples/generate
export DOITHOAI_LANG=en DOITHOAI_TODAY=2026-11-28

# shellcheck source=bench/server-common.sh
source bench/server-common.sh
ratio() { printf '%.2f×' "$(echo "$1 / $2" | bc -l)"; }

declare -A url
for size in ${SIZES:-small large}; do
    case $size in
        small) sessions=5000 opinions=100000 ;;
        large) sessions=50000 opinions=1000000 ;;
        *) echo "SIZES: small, large" >&2; exit 2 ;;
    esac
    [ -f "$dir/$size.db" ] || "$gen" "$dir/$size.db" "$sessions" "$opinions"
    name=doithoai_bench_$size
    url[$size]="postgres://$name@$host:$port/$name"
    if ! psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
        psql "$admin" -qc "DROP ROLE IF EXISTS $name" -c "CREATE ROLE $name LOGIN" -c "CREATE DATABASE $name"
        start=$(date +%s.%N)
        # The office is set up by doithoai; the generated rows go in with COPY, table by table,
        # by the administrator naming the office (COPY does not run under row-level security).
        # `db copy` would refuse the generated file: it has no history, which `check` reports.
        as_admin="postgres://$admin_role@$host:$port/$name"
        "$bin" --db "$as_admin" init --office "Phường Hoàng Mai" --level commune \
            --office-role "$name" >/dev/null
        office=$(psql "$as_admin" -tAc "SELECT office_id FROM doithoai_office_role WHERE role_name = '$name'")
        psql "${url[$size]}" -qc "DELETE FROM document_setting; DELETE FROM week_change; DELETE FROM office"
        for table in office agency session conclusion_notice opinion assignment extension; do
            columns=$(sqlite3 "$dir/$size.db" "SELECT group_concat(name, ',') FROM pragma_table_info('$table')")
            sqlite3 -csv -header "$dir/$size.db" "SELECT $office AS office_id, $columns FROM $table" |
                psql "$as_admin" -qc "\\copy $table (office_id, $columns) FROM STDIN WITH CSV HEADER"
        done
        psql "postgres://$admin_role@$host:$port/$name" -qc "VACUUM ANALYZE"
        printf 'loaded %s (%s opinions) into the server in %.0f s\n\n' "$size" "$opinions" "$(echo "$(date +%s.%N) - $start" | bc)"
    fi
done

if [ -n "${url[large]:-}" ]; then big=large; else big=small; fi
u=${url[$big]}
echo "## On the server, against psql running the same SQL ($big)"
echo
echo "| command | doithoai | psql | ratio | goal |"
echo "|---|---|---|---|---|"
vs_psql() { # label, goal, doithoai args..., --, SQL
    local label=$1 goal=$2; shift 2
    local args=(); while [ "$1" != "--" ]; do args+=("$1"); shift; done; shift
    d=$(median "$bin" --db "$u" "${args[@]}")
    p=$(median psql "$u" -qAt -c "\\copy ($1) TO STDOUT WITH CSV HEADER")
    echo "| $label | $d ms | $p ms | $(ratio "$d" "$p") | $goal |"
}
vs_psql "export opinions --format csv" "≤ 1.0×" export opinions --format csv -- \
    "SELECT o.id, o.session_id, o.registration_id, r.name AS speaker, o.content, o.category, o.priority, o.field,
            o.status, a.name AS agency, o.due_date, o.due_rule, '' AS deadline_state, '' AS days, o.responded_on,
            o.response_doc, o.forwarded_to, o.forwarded_on, o.extended_until, o.out_of_scope_as
       FROM opinion o
       LEFT JOIN registration r ON r.office_id = o.office_id AND r.id = o.registration_id
       LEFT JOIN agency a ON a.office_id = o.office_id AND a.id = o.agency_id
      ORDER BY o.id"
vs_psql "report overdue --as-of 2026-11-28 --format csv" "≤ 1.0×" report overdue --as-of 2026-11-28 --format csv -- \
    "SELECT rule, kind, record_id, session_id, agency, due, DATE '2026-11-28' - CAST(due AS date) AS days, responsible FROM (
      SELECT 'R4' AS rule, 'session' AS kind, id AS record_id, id AS session_id, NULL AS agency, announce_due AS due, chair_name AS responsible
        FROM session WHERE status = 'planned' AND announce_due IS NOT NULL AND announce_due <= '2026-11-27'
      UNION ALL
      SELECT 'R9', 'session', id, id, NULL, conclusion_due, chair_name FROM session
       WHERE status IN ('held', 'stopped') AND conclusion_due <= '2026-11-27'
      UNION ALL
      SELECT o.due_rule, 'opinion', o.id, o.session_id, a.name, o.due_date, a.name
        FROM opinion o JOIN agency a ON a.office_id = o.office_id AND a.id = CASE WHEN o.status = 'extended'
             THEN coalesce(o.extension_agency_id, o.agency_id) ELSE o.agency_id END
       WHERE o.status IN ('assigned', 'extended') AND o.due_date <= '2026-11-27') AS items
     ORDER BY due, rule, record_id"
vs_psql "report period --year 2025 --format csv" "≤ 1.0× (psql: the received and open counts only)" \
    report period --year 2025 --as-of 2026-11-28 --format csv -- \
    "SELECT o.status, count(*) FROM opinion o JOIN session s ON s.office_id = o.office_id AND s.id = o.session_id
      WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY o.status ORDER BY 1"

echo
echo "## One record, one session: flat from 100,000 to 1,000,000 opinions (server)"
echo
echo "| command | ${url[small]:+100,000} | ${url[large]:+1,000,000} | goal |"
echo "|---|---|---|---|"
flat() {
    local label=$1; shift
    local cells=""
    for size in small large; do
        if [ -n "${url[$size]:-}" ]; then
            cells+=" $(median "$bin" --db "${url[$size]}" "$@") ms |"
        else
            cells+=" — |"
        fi
    done
    echo "| $label |$cells ≤ 10 ms, flat |"
}
flat "session show 7" session show 7
flat "opinion list --session 7" opinion list --session 7
flat "opinion show 42" opinion show 42
flat "history --session 7" history --session 7
flat "speaker list 7" speaker list 7

echo
echo "## One write command, server beside file ($big)"
echo
echo "| command | SQLite file | PostgreSQL server |"
echo "|---|---|---|"
copy=$dir/$big-write.db
cp "$dir/$big.db" "$copy"
write() { # a new agency each run: the command's whole life, connection and commit included
    python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time, uuid
runs, cmd, walls = int(sys.argv[1]), sys.argv[2:], []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd + [f"Phòng thử {uuid.uuid4().hex[:8]}"], stdout=subprocess.DEVNULL, check=True)
    walls.append((time.perf_counter() - start) * 1000)
print(f"{sorted(walls)[len(walls) // 2]:.1f}")
PY
}
f=$(write "$bin" --db "$copy" agency add)
s=$(write "$bin" --db "$u" agency add)
echo "| agency add | $f ms | $s ms |"
rm -f "$copy" "$copy-wal" "$copy-shm"

# Offices × clerks writing at once (WRITERS="8 4 200" by default: 8 offices, 4 clerks each, 200
# writes per clerk), each write a command of its own (`agency add`, a new name each time). Then,
# per office, as the administrator: every acknowledged write present once, none that was not
# acknowledged, and the ids and history numbers without a gap.
# WRITERS=none leaves this part out.
[ "${WRITERS:-}" = none ] && exit 0
read -r offices clerks writes <<<"${WRITERS:-8 4 200}"
echo
echo "## $offices offices × $clerks clerks writing at once, $writes writes each (server)"
echo
name=doithoai_bench_writers
as_admin="postgres://$admin_role@$host:$port/$name"
psql "$admin" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name"
for o in $(seq 1 "$offices"); do
    psql "$admin" -qc "DROP ROLE IF EXISTS ${name}_$o" -c "CREATE ROLE ${name}_$o LOGIN"
    "$bin" --db "$as_admin" init --office "Phường thử $o" --level commune --office-role "${name}_$o" >/dev/null
done
python3 - "$bin" "$host" "$port" "$name" "$offices" "$clerks" "$writes" "$as_admin" <<'PY'
import concurrent.futures, subprocess, sys, time
bin, host, port, name, offices, clerks, writes, admin = sys.argv[1:]
offices, clerks, writes = int(offices), int(clerks), int(writes)
def clerk(office, c):
    url = f"postgres://{name}_{office}@{host}:{port}/{name}"
    acknowledged, refused = [], 0
    for w in range(writes):
        agency = f"Phòng thử {office}-{c}-{w}"
        r = subprocess.run([bin, "--db", url, "agency", "add", agency],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if r.returncode == 0:
            acknowledged.append(agency)
        else:
            refused += 1
    return office, acknowledged, refused
start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(offices * clerks) as pool:
    done = list(pool.map(lambda oc: clerk(*oc), [(o, c) for o in range(1, offices + 1) for c in range(clerks)]))
wall = time.perf_counter() - start
total = sum(len(a) for _, a, _ in done)
refused = sum(r for _, _, r in done)
problems = []
for office in range(1, offices + 1):
    sent = sorted(a for o, acks, _ in done if o == office for a in acks)
    sql = (f"SELECT name FROM agency a JOIN doithoai_office_role m USING (office_id) "
           f"WHERE m.role_name = '{name}_{office}' ORDER BY name")
    stored = subprocess.run(["psql", admin, "-qAtc", sql], capture_output=True, text=True, check=True).stdout.split("\n")
    stored = sorted(s for s in stored if s)
    if stored != sent:
        problems.append(f"office {office}: {len(sent)} acknowledged, {len(stored)} stored")
    gaps = subprocess.run(["psql", admin, "-qAtc",
        f"SELECT (SELECT count(*) = max(id) FROM agency a JOIN doithoai_office_role m USING (office_id) WHERE m.role_name = '{name}_{office}')::int, "
        f"(SELECT count(*) = max(id) FROM event e JOIN doithoai_office_role m USING (office_id) WHERE m.role_name = '{name}_{office}')::int, "
        f"(SELECT count(DISTINCT txn) = max(txn) FROM event e JOIN doithoai_office_role m USING (office_id) WHERE m.role_name = '{name}_{office}')::int"],
        capture_output=True, text=True, check=True).stdout.strip()
    if gaps != "1|1|1":
        problems.append(f"office {office}: ids, events, commands without gaps: {gaps}")
print("| writes | acknowledged | refused | wall | per write | check |")
print("|---|---|---|---|---|---|")
print(f"| {offices * clerks * writes} | {total} | {refused} | {wall:.1f} s | {wall * 1000 * offices * clerks / max(total, 1):.0f} ms per clerk | "
      f"{'every acknowledged write stored once; ids, history and command numbers gap-free' if not problems else '; '.join(problems)} |")
sys.exit(1 if problems else 0)
PY
