#!/usr/bin/env bash
# Freeze a fixture of every shipped schema version, each written by that release's own binary
# running that release's own example dialogue (examples/ward_dialogue.sh), built from git history:
#
#     bash scripts/freeze-fixtures.sh            # writes tests/fixtures/released-v1.db … -v6.db
#
# The release of version N is the last commit before the one that introduced version N + 1 (the
# shape of that version as it shipped). Today's schema is not frozen: the tests make it fresh.
# Run once per new schema version; never regenerate an existing fixture (a fixture is frozen on
# purpose: it holds what an office's file really looked like).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=${FREEZE_DIR:-/tmp/doithoai-freeze}
mkdir -p "$work"
# The release of each version: the parent of the commit that introduced the next one.
declare -A release_of=([1]=291311c [2]=330d09d [3]=65f95ff [4]=b2eb2cf [5]=d2362a8 [6]=cad8a1b)
for version in 1 2 3 4 5 6; do
    out="$root/tests/fixtures/released-v$version.db"
    if [[ -f "$out" ]]; then
        echo "kept $out (frozen)" >&2
        continue
    fi
    release=$(git rev-parse "${release_of[$version]}")
    tree="$work/v$version"
    [[ -d "$tree" ]] || git worktree add --detach "$tree" "$release" >/dev/null
    # One target folder for every release: the dependencies they share are built once.
    (cd "$tree" && CARGO_TARGET_DIR="$work/target" cargo build --quiet --bin doithoai)
    cp "$work/target/debug/doithoai" "$work/doithoai-v$version"
    rm -f "$out"
    (cd "$tree" && DOITHOAI="$work/doithoai-v$version" KEEP_DB="$out" DOITHOAI_LANG=en \
        bash examples/ward_dialogue.sh >/dev/null 2>&1)
    # One self-contained file: the write-ahead log folded in, the companions gone.
    sqlite3 "$out" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    rm -f "$out-wal" "$out-shm"
    got=$(sqlite3 "$out" 'PRAGMA user_version')
    [[ "$got" == "$version" ]] || { echo "release $release wrote version $got, not $version" >&2; exit 1; }
    chmod 0600 "$out"
    echo "froze $out from $release" >&2
    git worktree remove --force "$tree"
done
