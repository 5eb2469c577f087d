#!/usr/bin/env bash
# Cross-check (not a test): LibreOffice headless recalculates exported workbooks, and their figures are compared
# with the library's:
#   - every bundled model (models/*.json): present value, inputs value (to the cent) and ratio (within 1e-9) on the
#     Result sheet against `calculate`; and the time LibreOffice takes against the time the library takes for the
#     same model (both as whole commands, medians of RUNS);
#   - every scenario of every bundled scenarios document (models/scenarios/*.json), exported with --scenario and
#     --for its first investor: the totals against `scenarios`, and the summary's party figures (pays, receives,
#     net) against `business-case`;
#   - the reference cases of section 12 of the format (sroi-core/src/test/resources/reference/printed-*.model.json:
#     other filters, late starts, own rates, a declining schedule, a started year in full): the Result sheet against
#     `calculate`; and printed-together once more after changing an own rate, a schedule's rate and an other
#     filter's share in the file's cells, against `calculate` of the model changed the same way (live formulas).
#   bash benchmarks/libreoffice-check.sh [RUNS]          (default 5)
# Needs soffice (Debian package libreoffice-calc; installed here when missing and running as root), python3 and a
# built jar. LibreOffice is told to recalculate every formula on loading (the files carry stored values, which it
# would otherwise show as they are).
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
# a private LibreOffice profile: no user settings, no first-start dialogs, and recalculation on load
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
profile="file://$work/profile"
# sheets of a one-model workbook: 1 Summary, ..., 8 Result
summary_sheet=1
result_sheet=8

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# sheet N of a workbook as CSV (raw values, not as shown): sheet_csv FILE.xlsx N -> prints the CSV's path
sheet_csv() {
  local base; base=$(basename "$1" .xlsx)
  rm -f "$work/$base"-*.csv
  soffice -env:UserInstallation="$profile" --headless --norestore \
    --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,$2" \
    --outdir "$work" "$1" >/dev/null 2>&1
  ls "$work/$base"-*.csv
}
# compare NAME EXPECTED ACTUAL TOLERANCE: prints ok or DIFFERENT and the difference
compare() {
  awk -v e="$2" -v a="$3" -v tol="$4" 'BEGIN { d = e - a; if (d < 0) d = -d;
    printf "%s %.2e", (d <= tol) ? "ok" : "DIFFERENT", d }'
}

status=0
echo "== bundled models: Result sheet against calculate"
printf '%-28s %16s %16s %12s %12s %10s %6s\n' model library_pv libreoffice_pv ratio_diff library_ms libreoffice_ms check
for model in models/*.json; do
  name=$(basename "$model" .json)
  java -jar "$jar" export "$model" "$work/$name.xlsx" --lang en
  read -r epv eiv er <<<"$(java -jar "$jar" calculate "$model" | python3 -c '
import json, sys; t = json.load(sys.stdin)["totals"]; print(t["presentValue"], t["inputsValue"], t["ratio"])')"
  lib_ms=$(for _ in $(seq "$runs"); do s=$(now); java -jar "$jar" calculate "$model" >/dev/null; echo $(( ($(now) - s) / 1000000 )); done | median)
  lo_ms=$(for _ in $(seq "$runs"); do s=$(now); sheet_csv "$work/$name.xlsx" $result_sheet >/dev/null; echo $(( ($(now) - s) / 1000000 )); done | median)
  csv=$(sheet_csv "$work/$name.xlsx" $result_sheet)
  read -r apv aiv ar <<<"$(awk -F, '/^Present value,/ { pv = $2 } /^Inputs value,/ { iv = $2 } /^Ratio/ { r = $2 }
    END { print pv, iv, r }' "$csv")"
  v1=$(compare pv "$epv" "$apv" 0.005); v2=$(compare iv "$eiv" "$aiv" 0.005); v3=$(compare ratio "$er" "$ar" 1e-9)
  verdict=ok; for v in "$v1" "$v2" "$v3"; do [ "${v%% *}" = ok ] || verdict=DIFFERENT; done
  printf '%-28s %16s %16s %12s %12s %10s %6s\n' "$name" "$epv" "$apv" "${v3#* }" "$lib_ms" "$lo_ms" "$verdict"
  [ "$verdict" = ok ] || status=1
done
echo "times are whole commands (JVM or LibreOffice start included), medians of $runs runs on $(nproc) cores"

echo "== scenarios: Result sheet against scenarios, Summary sheet against business-case"
printf '%-44s %-20s %14s %14s %14s %6s\n' scenario party present_value party_pays party_receives check
for doc in models/scenarios/*.json; do
  java -jar "$jar" scenarios "$doc" > "$work/comparison.json"
  python3 - "$doc" > "$work/scenarios.txt" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for s in d["scenarios"]:
    model = json.loads(json.dumps(d["model"]))
    investor = model["inputs"][0]["stakeholder"]
    if "/inputs/0" in s.get("set", {}):
        investor = s["set"]["/inputs/0"]["stakeholder"]
    print(s["id"], investor)
EOF
  while read -r id party; do
    xlsx="$work/$id.xlsx"
    java -jar "$jar" export "$doc" "$xlsx" --scenario "$id" --for "$party" --lang en
    read -r epv eiv er <<<"$(python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
t = next(s for s in c["scenarios"] if s["id"] == sys.argv[2])
t = t["totals"]; print(t["presentValue"], t["inputsValue"], t["ratio"])' "$work/comparison.json" "$id")"
    read -r pays gets net <<<"$(java -jar "$jar" business-case "$doc" --for "$party" --scenario "$id" | python3 -c '
import json, sys; p = json.load(sys.stdin)["party"]; print(p["invested"], p["received"], p["net"])')"
    result=$(sheet_csv "$xlsx" $result_sheet)
    read -r apv aiv ar <<<"$(awk -F, '/^Present value,/ { pv = $2 } /^Inputs value,/ { iv = $2 } /^Ratio/ { r = $2 }
      END { print pv, iv, r }' "$result")"
    summary=$(sheet_csv "$xlsx" $summary_sheet)
    read -r apays agets anet <<<"$(awk -F, '/^Pays \(as counted\),/ { p = $2 } /^Receives \(present value\),/ { g = $2 }
      /^Net present value,/ { n = $2 } END { print p, g, n }' "$summary")"
    verdict=ok
    for v in "$(compare pv "$epv" "$apv" 0.005)" "$(compare iv "$eiv" "$aiv" 0.005)" "$(compare r "$er" "$ar" 1e-9)" \
             "$(compare pays "$pays" "$apays" 0.005)" "$(compare gets "$gets" "$agets" 0.005)" \
             "$(compare net "$net" "$anet" 0.005)"; do
      [ "${v%% *}" = ok ] || verdict=DIFFERENT
    done
    printf '%-44s %-20s %14s %14s %14s %6s\n' "$(basename "$doc" .json) $id" "$party" "$apv" "$apays" "$agets" "$verdict"
    [ "$verdict" = ok ] || status=1
  done < "$work/scenarios.txt"
done
echo "== section 12: reference cases, Result sheet against calculate"
printf '%-36s %16s %16s %12s %6s\n' model library_pv libreoffice_pv ratio_diff check
result_check() { # result_check NAME MODEL.json FILE.xlsx
  read -r epv eiv er <<<"$(java -jar "$jar" calculate "$2" | python3 -c '
import json, sys; t = json.load(sys.stdin)["totals"]; print(t["presentValue"], t["inputsValue"], t["ratio"])')"
  csv=$(sheet_csv "$3" $result_sheet)
  read -r apv aiv ar <<<"$(awk -F, '/^Present value,/ { pv = $2 } /^Inputs value,/ { iv = $2 } /^Ratio/ { r = $2 }
    END { print pv, iv, r }' "$csv")"
  v1=$(compare pv "$epv" "$apv" 0.005); v2=$(compare iv "$eiv" "$aiv" 0.005); v3=$(compare ratio "$er" "$ar" 1e-9)
  verdict=ok; for v in "$v1" "$v2" "$v3"; do [ "${v%% *}" = ok ] || verdict=DIFFERENT; done
  printf '%-36s %16s %16s %12s %6s\n' "$1" "$epv" "$apv" "${v3#* }" "$verdict"
  [ "$verdict" = ok ] || status=1
}
for model in sroi-core/src/test/resources/reference/printed-*.model.json; do
  name=$(basename "$model" .model.json)
  java -jar "$jar" export "$model" "$work/$name.xlsx" --lang en
  result_check "$name" "$model" "$work/$name.xlsx"
done
# live: change entered cells of printed-together's workbook as a user would (Settings B18: the schedule's first
# rate; Value map T3: the own rate of outcome 2; Z2: the share of outcome 1's first other filter), and the model
# the same way; LibreOffice recalculates the changed file
python3 - "$work/printed-together.xlsx" "$work/changed.xlsx" <<'EOF'
import re, sys, zipfile
changes = {"xl/worksheets/sheet2.xml": {"B18": "0.01"}, "xl/worksheets/sheet3.xml": {"T3": "0.03", "Z2": "0.5"}}
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for item in src.infolist():
        data = src.read(item.filename)
        for cell, value in changes.get(item.filename, {}).items():
            pattern = rb'(<c r="' + cell.encode() + rb'"[^>]*>)<v>[^<]*</v>'
            data, n = re.subn(pattern, lambda m: m.group(1) + b"<v>" + value.encode() + b"</v>", data)
            assert n == 1, (item.filename, cell)
        out.writestr(item, data)
EOF
python3 - sroi-core/src/test/resources/reference/printed-together.model.json "$work/changed.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
m["discounting"]["schedule"][0]["rate"] = 0.01
m["outcomes"][1]["discountRate"] = 0.03
m["outcomes"][0]["otherFilters"][0]["share"] = 0.5
json.dump(m, open(sys.argv[2], "w"))
EOF
result_check "printed-together, cells changed" "$work/changed.json" "$work/changed.xlsx"
exit $status
