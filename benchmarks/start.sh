#!/usr/bin/env bash
# Start to first answer (not a test): launches the jar with the README's memory setting, polls GET /api/v1/health
# every 10 ms and prints the milliseconds until it answers 200; several starts, and their median.
#   bash benchmarks/start.sh [STARTS]        (default 5)
# JAVA_OPTS overrides the memory setting.
set -euo pipefail
cd "$(dirname "$0")/.."
starts=${1:-5}
port=${SROI_BENCH_PORT:-7197}
jar=${JAR:-sroi-service/target/sroi.jar}
java_opts=${JAVA_OPTS-@sroi-service/jvm.options}
[ -f "$jar" ] || mvn -B -q -DskipTests package
times=()
for _ in $(seq 1 "$starts"); do
  begin=$(date +%s%N)
  # shellcheck disable=SC2086
  java $java_opts -jar "$jar" serve --port "$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 3000); do  # at most about 30 s, and only while this server runs
    curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health" && break
    kill -0 $server 2>/dev/null || { echo "the service did not start"; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  kill $server; wait $server 2>/dev/null || true
  echo "start_ms $ms"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median_start_ms %s\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
echo "java options: ${java_opts:-none}; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
