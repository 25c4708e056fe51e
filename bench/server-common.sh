# Shared by bench/server.sh and bench/server-city.sh (sourced): the administrator's address
# taken apart, and the median wall time of a command.

# host port role of a postgres:// address.
host_of() { python3 -c 'import sys,urllib.parse as u; p=u.urlparse(sys.argv[1]); print(p.hostname or "127.0.0.1", p.port or 5432, p.username or "postgres")' "$1"; }
read -r host port admin_role < <(host_of "$admin")

# Median wall time (ms, to 0.1) of $runs runs of a command.
median() {
    python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs, cmd, walls = int(sys.argv[1]), sys.argv[2:], []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    walls.append((time.perf_counter() - start) * 1000)
print(f"{sorted(walls)[len(walls) // 2]:.1f}")
PY
}
