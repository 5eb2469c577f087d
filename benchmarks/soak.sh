#!/usr/bin/env bash
# Soak of the service (not a test): heavy and light requests together, on loopback, bounded in count and time.
# Each round has two phases:
#   abandon (10 s): wrk on GET /api/v1/health (4 connections, latency recorded) while 200 heavy requests arrive
#     and are abandoned at once (the target: health p99 under 100 ms);
#   mix (SECONDS, default 30): the same, and at once wrk on POST /api/v1/calculate with Jongeren en schulden
#     (2 connections), two clients running heavy simulations back to back, and a burst of 50 bodies of the largest
#     model the limits allow (benchmarks/soak.py); the service's RSS is read every 100 ms throughout.
# Prints per round and the medians over rounds (default 3): health p99 and requests/s, calculate requests/s,
# heavy answers, largest RSS.
#   bash benchmarks/soak.sh [ROUNDS] [SECONDS]
# On a machine shared with other work, SROI_SOAK_NICE=-15 runs the service and the clients at that niceness (as
# root), so that what is measured is the service's own mix rather than the neighbours' load.
# Needs wrk (Debian package "wrk"; installed here when missing and running as root), python3 and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-30}
port=${SROI_SOAK_PORT:-7198}
jar=sroi-service/target/sroi.jar
small=models/jongeren-en-schulden.json
nice=${SROI_SOAK_NICE:-0}
if [ "$nice" != 0 ]; then exec nice -n "$nice" env SROI_SOAK_NICE=0 bash "$0" "$rounds" "$seconds"; fi

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "install wrk first (apt-get install wrk)"; exit 1; fi
fi
[ -f "$jar" ] || mvn -B -q -DskipTests package
large=$(mktemp --suffix=.json)
python3 benchmarks/largest-model.py >"$large"

log=$(mktemp)
# shellcheck disable=SC2086
java ${SROI_SOAK_JAVA_OPTS-@sroi-service/jvm.options} -jar "$jar" serve --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log" "$large"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done

# warm-up: the JIT compiles the hot paths of the light and the heavy routes
MODEL=$small timeout 60 wrk -t1 -c4 -d10s -s benchmarks/post.lua "http://127.0.0.1:$port/api/v1/calculate" >/dev/null
for _ in 1 2 3; do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$small" \
       "http://127.0.0.1:$port/api/v1/simulate?iterations=100000"
done
# and the paths of refusal and abandonment, with health measured beside them (not reported)
timeout 60 wrk -t1 -c4 -d10s "http://127.0.0.1:$port/api/v1/health" >/dev/null &
warm=$!
timeout 60 python3 benchmarks/soak.py "$port" "$server" 10 "$small" "$large" mix >/dev/null
wait $warm

# prints "requests/s p99-ms non-2xx"
measure() {
  timeout $((seconds + 30)) wrk -t1 "$@" --latency | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.3f %d\n", rps, p99, bad }'
}

echo "round phase health_rps health_p99_ms health_non2xx calculate_rps calculate_non2xx rss_max_mb heavy_answers"
rows=()
for r in $(seq 1 "$rounds"); do
  for phase in abandon mix; do
    length=$seconds; [ "$phase" = abandon ] && length=10
    hfile=$(mktemp); cfile=$(mktemp)
    measure -c4 -d"${length}s" "http://127.0.0.1:$port/api/v1/health" >"$hfile" &
    h=$!
    if [ "$phase" = mix ]; then
      MODEL=$small measure -c2 -d"${length}s" -s benchmarks/post.lua "http://127.0.0.1:$port/api/v1/calculate" >"$cfile" &
    else
      echo "0 0 0" >"$cfile" & 
    fi
    c=$!
    heavy=$(timeout $((length + 60)) python3 benchmarks/soak.py "$port" "$server" "$length" "$small" "$large" "$phase")
    wait $h $c
    read -r hrps hp99 hbad <"$hfile"; read -r crps _ cbad <"$cfile"; rm -f "$hfile" "$cfile"
    rss=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["rss_max_mb"])' "$heavy")
    answers=$(python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])["statuses"], sort_keys=True).replace(" ", ""))' "$heavy")
    echo "$r $phase $hrps $hp99 $hbad $crps $cbad $rss $answers"
    if [ "$phase" = abandon ]; then ap99+=("$hp99"); else rows+=("$hrps $hp99 $crps $rss"); fi
  done
done
printf '%s\n' "${ap99[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median abandon_health_p99_ms %s\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
printf '%s\n' "${rows[@]}" | awk '
  { for (i = 1; i <= NF; i++) v[i, NR] = $i }
  END {
    split("mix_health_rps mix_health_p99_ms mix_calculate_rps rss_max_mb", name, " ")
    for (i = 1; i <= 4; i++) {
      n = 0; for (j = 1; j <= NR; j++) a[++n] = v[i, j]
      for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
      printf "median %s %s\n", name[i], (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
  }'
echo "largest model: $(wc -c <"$large") bytes; $(nproc) cores; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -c ' 503 ' "$log" | sed 's/^/service log: 503 answers: /' || true
grep -E 'ERROR|Exception' "$log" | head -5 || true
