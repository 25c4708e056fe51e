#!/usr/bin/env bash
# The live city report on a PostgreSQL server: CITY_OFFICES offices (default 126, Hà Nội's
# communes and wards) of CITY_OPINIONS opinions each (default 20,000), in one database, and
# `report period --all-offices` as the city's role, computed live in the server. Release build
# only. (The consolidation of 126 wards' files, `--from-dir`, is measured by bench/run.sh.)
#
#     bash bench/server-city.sh
#     CITY_OFFICES=20 bash bench/server-city.sh     # a smaller city
#
# One generated ward (examples/generate.rs) is loaded CITY_OFFICES times, each as an office of
# its own (the administrator's INSERT … SELECT naming the office), so every office holds the
# same records under its own ids. The database doithoai_bench_city and its roles are kept for
# the next run. Every figure is the median wall time of $RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql >/dev/null || { echo "needs psql: apt-get install postgresql-client" >&2; exit 1; }
admin=${DOITHOAI_BENCH_PG:-postgres://postgres@127.0.0.1/postgres}
dir=${BENCH_DIR:-/tmp/doithoai-bench}
runs=${RUNS:-3}
offices=${CITY_OFFICES:-126}
opinions=${CITY_OPINIONS:-20000}
mkdir -p "$dir"
cargo build --release --quiet --bin doithoai --example generate
bin=$PWD/target/release/doithoai
gen=target/release/examples/generate
export DOITHOAI_LANG=en DOITHOAI_TODAY=2026-11-28

# shellcheck source=bench/server-common.sh
source bench/server-common.sh

ward=$dir/city-ward-$opinions.db
[ -f "$ward" ] || "$gen" "$ward" "$((opinions / 20))" "$opinions"
name=doithoai_bench_city_${offices}_$opinions
as_admin="postgres://$admin_role@$host:$port/$name"
city_url="postgres://${name}_city@$host:$port/$name"
if ! psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    start=$(date +%s.%N)
    psql "$admin" -qc "CREATE DATABASE $name"
    for o in $(seq 1 "$offices") city; do
        psql "$admin" -qc "DROP ROLE IF EXISTS ${name}_$o" -c "CREATE ROLE ${name}_$o LOGIN"
    done
    "$bin" --db "$as_admin" init --office "Thành phố Hà Nội" --level city --office-role "${name}_city" >/dev/null
    for o in $(seq 1 "$offices"); do
        "$bin" --db "$as_admin" init --office "Phường thử $o" --level commune --office-role "${name}_$o" >/dev/null
    done
    # The ward's rows once into staging tables, then into every office.
    tables="agency session conclusion_notice opinion assignment extension"
    for table in $tables; do
        columns=$(sqlite3 "$ward" "SELECT group_concat(name, ',') FROM pragma_table_info('$table')")
        psql "$as_admin" -qc "CREATE TABLE stage_$table AS SELECT $columns FROM $table WITH NO DATA"
        sqlite3 -csv -header "$ward" "SELECT $columns FROM $table" |
            psql "$as_admin" -qc "\\copy stage_$table ($columns) FROM STDIN WITH CSV HEADER"
    done
    psql "$as_admin" -qc "SET CONSTRAINTS ALL DEFERRED" >/dev/null
    for table in $tables; do
        columns=$(sqlite3 "$ward" "SELECT group_concat(name, ',') FROM pragma_table_info('$table')")
        psql "$as_admin" -qc "BEGIN; SET CONSTRAINTS ALL DEFERRED;
            INSERT INTO $table (office_id, $columns)
            SELECT m.office_id, $columns FROM stage_$table, doithoai_office_role m
             WHERE m.city = 0 AND m.role_name <> '${name}_city'; COMMIT"
        psql "$as_admin" -qc "DROP TABLE stage_$table"
    done
    psql "$as_admin" -qc "VACUUM ANALYZE"
    printf 'loaded %s offices × %s opinions into the server in %.0f s\n' "$offices" "$opinions" "$(echo "$(date +%s.%N) - $start" | bc)"
fi
echo
echo "## The city's period report: $offices offices × $opinions opinions"
echo
echo "| command | wall | goal |"
echo "|---|---|---|"
live=$(median "$bin" --db "$city_url" report period --year 2025 --as-of 2026-11-28 --all-offices --format csv)
echo "| report period --all-offices (server, live) | $live ms | ≤ 2,000 ms |"
