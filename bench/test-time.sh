#!/usr/bin/env bash
# How long `cargo test` (the README's test command) takes here, against an earlier commit run
# in the same script on the same machine: each tree is built first (not timed), then its whole
# test suite is run RUNS times; the median wall time and CPU time (user + system, of every
# process the suite starts) of each are printed, and their ratio.
#
#   bash bench/test-time.sh [BASE] [RUNS]     # BASE: a commit (default ad6d347, before the
#                                            # "one door to the data" change); RUNS: 5
set -euo pipefail
base=${1:-ad6d347}
runs=${2:-5}
here=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
# The earlier tree is checked out once beside this one and kept (its build takes minutes).
tree="${TMPDIR:-/tmp}/doithoai-test-time-$base"
trap 'rm -rf "$work"' EXIT
if [ ! -d "$tree" ]; then
    git -C "$here" worktree add --detach "$tree" "$base" >/dev/null 2>&1
fi

measure() {
    local tree=$1 label=$2
    (cd "$tree" && cargo test -q --no-run >/dev/null 2>&1)
    local walls=() cpus=()
    for _ in $(seq "$runs"); do
        (cd "$tree" && /usr/bin/time -o "$work/time" -f '%e %U %S' cargo test -q >/dev/null 2>&1)
        read -r wall user sys <"$work/time"
        walls+=("$wall")
        cpus+=("$(echo "$user + $sys" | bc)")
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    echo "$label $wall $cpu"
}

read -r _ base_wall base_cpu < <(measure "$tree" base)
read -r _ head_wall head_cpu < <(measure "$here" head)
tests() { (cd "$1" && cargo test -q 2>/dev/null | grep -o '[0-9]* passed' | awk '{s += $1} END {print s}'); }
printf '%-6s %-10s %8s %8s %6s\n' tree commit wall_s cpu_s tests
printf '%-6s %-10s %8s %8s %6s\n' base "$base" "$base_wall" "$base_cpu" "$(tests "$tree")"
printf '%-6s %-10s %8s %8s %6s\n' head "$(git -C "$here" rev-parse --short HEAD)" "$head_wall" "$head_cpu" "$(tests "$here")"
echo "ratio head/base: wall $(echo "scale=2; $head_wall / $base_wall" | bc), cpu $(echo "scale=2; $head_cpu / $base_cpu" | bc)"
