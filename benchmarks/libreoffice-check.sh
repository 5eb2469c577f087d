#!/usr/bin/env bash
# Cross-check (not a test): every bundled model's exported workbook is recalculated by LibreOffice headless, its
# totals are compared with the library's result (money within a cent, ratio within 1e-9), and the time LibreOffice
# takes is set against the time the library takes for the same model (both as whole commands, medians of RUNS).
#   bash benchmarks/libreoffice-check.sh [RUNS]          (default 5)
# Needs soffice (Debian package libreoffice-calc; installed here when missing and running as root) and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=sroi-service/target/sroi.jar
if ! command -v soffice >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
  else echo "install libreoffice-calc first"; exit 1; fi
fi
[ -f "$jar" ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"   # a private LibreOffice profile: no user settings, no first-start dialogs

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

status=0
printf '%-28s %16s %16s %14s %14s %10s\n' model library_pv libreoffice_pv ratio_diff library_ms libreoffice_ms
for model in models/*.json; do
  name=$(basename "$model" .json)
  java -jar "$jar" export "$model" "$work/$name.xlsx"
  expected=$(java -jar "$jar" calculate "$model" | awk -F': *' '
    /"presentValue"/ && !pv { gsub(/,/, "", $2); pv = $2 } /"inputsValue"/ && !iv { gsub(/,/, "", $2); iv = $2 }
    /"ratio"/ && !r { gsub(/,/, "", $2); r = $2 } END { print pv, iv, r }')
  lib_ms=$(for _ in $(seq "$runs"); do s=$(now); java -jar "$jar" calculate "$model" >/dev/null; echo $(( ($(now) - s) / 1000000 )); done | median)
  lo_ms=$(for _ in $(seq "$runs"); do
      rm -f "$work/$name-Totals.csv"; s=$(now)
      soffice -env:UserInstallation="$profile" --headless --norestore \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,6' \
        --outdir "$work" "$work/$name.xlsx" >/dev/null 2>&1
      echo $(( ($(now) - s) / 1000000 )); done | median)
  actual=$(awk -F, '/^Present value,/ { pv = $2 } /^Inputs value,/ { iv = $2 } /^Ratio,/ { r = $2 } END { print pv, iv, r }' \
    "$work/$name-Totals.csv")
  read -r epv eiv er <<<"$expected"
  read -r apv aiv ar <<<"$actual"
  verdict=$(awk -v epv="$epv" -v apv="$apv" -v eiv="$eiv" -v aiv="$aiv" -v er="$er" -v ar="$ar" 'BEGIN {
    d = epv - apv; if (d < 0) d = -d; e = eiv - aiv; if (e < 0) e = -e; r = er - ar; if (r < 0) r = -r
    printf "%s %.2e", (d <= 0.005 + 1e-9 && e <= 0.005 + 1e-9 && r < 1e-9) ? "ok" : "DIFFERENT", r }')
  printf '%-28s %16s %16s %14s %14s %10s  %s\n' "$name" "$epv" "$apv" "${verdict#* }" "$lib_ms" "$lo_ms" "${verdict%% *}"
  [ "${verdict%% *}" = ok ] || status=1
done
echo "times are whole commands (JVM or LibreOffice start included), medians of $runs runs on $(nproc) cores"
exit $status
