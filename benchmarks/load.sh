#!/usr/bin/env bash
# Load benchmark of the service (not a test): POST /api/v1/calculate with a model against GET /api/v1/health on the
# same server in the same run, at 32 connections; several rounds, reported per round and as medians. Then the
# calculate route at 64 connections with the service's resident memory (RSS) read every 100 ms: its largest value.
#   bash benchmarks/load.sh [ROUNDS] [SECONDS]        (defaults 5 and 10)
# The service runs with the memory setting of the README's run command; JAVA_OPTS overrides it.
# Needs wrk (Debian package "wrk"; installed here when missing and running as root) and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-10}
port=${SROI_BENCH_PORT:-7199}
model=${MODEL:-models/jongeren-en-schulden.json}
jar=${JAR:-sroi-service/target/sroi.jar}
java_opts=${JAVA_OPTS-@sroi-service/jvm.options}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "install wrk first (apt-get install wrk)"; exit 1; fi
fi
[ -f "$jar" ] || mvn -B -q -DskipTests package

log=$(mktemp)
# shellcheck disable=SC2086
java $java_opts -jar "$jar" serve --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done

# warm-up: let the JIT compile the hot paths before measuring
MODEL=$model wrk -t2 -c32 -d20s -s benchmarks/post.lua "http://127.0.0.1:$port/api/v1/calculate" >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/api/v1/health" >/dev/null

# prints "requests/s p50-ms p99-ms"
measure() {
  wrk -t2 -c32 -d"${seconds}s" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { print "error: non-2xx answers" > "/dev/stderr"; exit 1 }
    END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }'
}

echo "round calculate_rps calc_p50_ms calc_p99_ms health_rps health_p50_ms health_p99_ms ratio"
results=()
for r in $(seq 1 "$rounds"); do
  read -r crps cp50 cp99 < <(MODEL=$model measure -s benchmarks/post.lua "http://127.0.0.1:$port/api/v1/calculate")
  read -r hrps hp50 hp99 < <(measure "http://127.0.0.1:$port/api/v1/health")
  ratio=$(awk -v a="$crps" -v b="$hrps" 'BEGIN { printf "%.2f", a / b }')
  echo "$r $crps $cp50 $cp99 $hrps $hp50 $hp99 $ratio"
  results+=("$crps $cp50 $cp99 $hrps $hp50 $hp99 $ratio")
done
printf '%s\n' "${results[@]}" | awk '
  { for (i = 1; i <= NF; i++) v[i, NR] = $i } 
  END {
    split("calculate_rps calc_p50_ms calc_p99_ms health_rps health_p50_ms health_p99_ms ratio", name, " ")
    printf "median"
    for (i = 1; i <= 7; i++) {
      n = 0; for (j = 1; j <= NR; j++) a[++n] = v[i, j]
      for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
      m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      printf " %s", m
    }
    printf "\n"
  }'
# resident memory under 64 connections
rss_log=$(mktemp)
( while kill -0 $server 2>/dev/null; do ps -o rss= -p $server; sleep 0.1; done ) >"$rss_log" &
sampler=$!
MODEL=$model wrk -t2 -c64 -d"${seconds}s" -s benchmarks/post.lua "http://127.0.0.1:$port/api/v1/calculate" >/dev/null
kill $sampler; wait $sampler 2>/dev/null || true
echo "rss_max_mb_at_64_connections $(sort -n "$rss_log" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')"
rm -f "$rss_log"
echo "java options: ${java_opts:-none}"
echo "model: $model ($(wc -c <"$model") bytes); $(nproc) cores; $(java -version 2>&1 | head -1)"
