#!/usr/bin/env bash
# Load benchmark of the analysis store (not a test), over loopback, bounded: saving versions at 8 and 32
# concurrent writers (each on its own analysis, PUT with If-Match: versions/s and p99), and reading the latest
# version (GET /api/v1/analyses/{id}) at 32 connections against GET /api/v1/health in the same run.
#   bash benchmarks/store-load.sh [ROUNDS] [SECONDS]      (defaults 3 and 10)
#   STORE=h2 (default): a new embedded store in a temporary folder
#   STORE=pg: a new PostgreSQL database sroi_bench_PID on Debian's local cluster (run as root: su postgres),
#             owner PG_ROLE (default sroi_h23) with password PG_PASSWORD (default the role's name); dropped after
# Needs wrk (installed when missing and running as root) and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-10}
port=${SROI_BENCH_PORT:-7198}
jar=${JAR:-sroi-service/target/sroi.jar}
java_opts=${JAVA_OPTS-@sroi-service/jvm.options}
store=${STORE:-h2}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "install wrk first (apt-get install wrk)"; exit 1; fi
fi
[ -f "$jar" ] || mvn -B -q -DskipTests package

data=$(mktemp -d)
db=""
if [ "$store" = pg ]; then
  role=${PG_ROLE:-sroi_h23}
  db=sroi_bench_$$
  su postgres -c "createdb -O $role $db"
  export SROI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SROI_DB_USER=$role SROI_DB_PASSWORD=${PG_PASSWORD:-$role}
fi
log=$(mktemp)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$data" "$log"
  if [ -n "$db" ]; then su postgres -c "dropdb $db"; fi
}
trap cleanup EXIT

# the first user, made before the service starts (the embedded store's file is the service's once it runs)
TOKEN=$(java -jar "$jar" users add bench --role analyst --store "$data" | tail -n 1)
export TOKEN
# shellcheck disable=SC2086
java $java_opts -jar "$jar" serve --port "$port" --store "$data" >"$log" 2>&1 &
server=$!
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port/api/v1"

# analyses ROUND-w1 .. ROUND-wN, version 1 each
create() {
  for w in $(seq 1 "$2"); do
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      --data-binary "$(sed "s/\"id\": \"%s\"/\"id\": \"$1-w$w\"/; s/%d/10000/" <<'DOC'
{"message": "bench", "document": { "format": "sroi-model/1", "id": "%s", "title": "Bench", "kind": "forecast", "currency": "EUR", "discounting": { "rate": 0.035 }, "stakeholders": [ { "id": "deelnemers", "name": "Deelnemers" }, { "id": "financier", "name": "Financier" } ], "inputs": [ { "id": "subsidie", "stakeholder": "financier", "description": "Subsidie", "amounts": [%d] } ], "outcomes": [ { "id": "o1", "stakeholder": "deelnemers", "description": "d", "indicator": "i", "quantity": 10, "proxy": { "value": 1000, "unit": "per persoon per jaar", "source": "constructed" }, "duration": 3, "deadweight": 0.2, "displacement": 0.1, "attribution": 0.25, "dropOff": 0.1 } ] } }
DOC
)" "$base/analyses"
  done
}

# prints "requests/s p50-ms p99-ms"; any non-2xx answer (a 412 would be a lost race) fails the run
measure() {
  wrk --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { print "error: non-2xx answers: " $0 > "/dev/stderr"; exit 1 }
    END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }'
}
saves() { # ROUND WRITERS
  create "$1" "$2"
  ROUND=$1 measure -t"$2" -c"$2" -d"${seconds}s" -s benchmarks/save.lua "$base/analyses"
}

create read 1
# warm-up
saves warm 8 >/dev/null
wrk -t2 -c32 -d5s -H "Authorization: Bearer $TOKEN" "$base/analyses/read-w1" >/dev/null
wrk -t2 -c32 -d5s "$base/health" >/dev/null

echo "round save8_vps save8_p99_ms save32_vps save32_p99_ms read_rps read_p99_ms health_rps health_p99_ms read_ratio"
results=()
for r in $(seq 1 "$rounds"); do
  read -r s8 _ s8p99 < <(saves "r$r-a" 8)
  read -r s32 _ s32p99 < <(saves "r$r-b" 32)
  read -r rr _ rp99 < <(measure -t2 -c32 -d"${seconds}s" -H "Authorization: Bearer $TOKEN" "$base/analyses/read-w1")
  read -r hr _ hp99 < <(measure -t2 -c32 -d"${seconds}s" "$base/health")
  ratio=$(awk -v a="$rr" -v b="$hr" 'BEGIN { printf "%.2f", a / b }')
  echo "$r $s8 $s8p99 $s32 $s32p99 $rr $rp99 $hr $hp99 $ratio"
  results+=("$s8 $s8p99 $s32 $s32p99 $rr $rp99 $hr $hp99 $ratio")
done
printf '%s\n' "${results[@]}" | awk '
  { for (i = 1; i <= NF; i++) v[i, NR] = $i }
  END {
    printf "median"
    for (i = 1; i <= 9; i++) {
      n = 0; for (j = 1; j <= NR; j++) a[++n] = v[i, j]
      for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
      printf " %s", (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    printf "\n"
  }'
echo "store: $store; java options: ${java_opts:-none}; $(nproc) cores; $(java -version 2>&1 | head -1)"
