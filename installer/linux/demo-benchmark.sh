#!/usr/bin/env bash
# "ordo init --demo" copied from the archive made in advance against generated, each beside same-run baselines
# (java -version, an init of an empty company, cp -r of the demo's data folder). Wall and CPU (user + sys) of
# whole processes; the figures go to APP_TARGET/demo-benchmark.txt.
# Usage: installer/linux/demo-benchmark.sh [APP_TARGET]     (after mvn -B -q -DskipTests package)
#   The archive is APP_TARGET/lib/ordo-demo-company.zip, where ordo.jar's generator looks for it; it is made first
#   (and timed) when missing. GENERATE=0 leaves out the generated run (two minutes or more).
set -euo pipefail
target="$(cd "${1:-app/target}" && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
opts=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
out="$target/demo-benchmark.txt"
archive="$target/lib/ordo-demo-company.zip"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log() { echo "$*" | tee -a "$out"; }
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  log "$(awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" \
    'BEGIN { printf "%-52s wall %7.2f s   CPU (user+sys) %7.2f s", l, w, u + s }')"
}

: > "$out"
log "demo-benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
if [ ! -f "$archive" ]; then
  measure "archive made (PrebuiltDemo, package time)" \
    "$java" "${opts[@]}" -cp "$target/ordo.jar:$target/lib/*" it.ordo.demo.PrebuiltDemo "$archive"
  log "  $(tail -1 "$work/log")"
fi
log "archive: $(du -h "$archive" | cut -f1)"
measure "baseline: java -version" "$java" -version
measure "baseline: init of an empty company" "$java" "${opts[@]}" -jar "$target/ordo.jar" --data-dir "$work/empty" \
  init --company-name "Bench Srl" --vat-number 01234567897
measure "init --demo, copied from the archive" "$java" "${opts[@]}" -jar "$target/ordo.jar" --data-dir "$work/copied" \
  init --demo
log "  $(grep '^dates moved' "$work/log")"
log "  $(grep -E '^ +(Products|Customers|Orders) ' "$work/log" | tr -s ' ' | paste -sd ',')"
# An archive made AGE days ago (default 30): the same archive with its day moved back, so the copy moves every
# date by AGE days, as on a workstation that installs a package a month old.
age="${AGE:-30}"
python3 - "$archive" "$work/aged.zip" "$age" <<'PY'
import datetime, sys, zipfile
source, target, age = sys.argv[1], sys.argv[2], int(sys.argv[3])
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "demo-company.properties":
            lines = []
            for line in data.decode("latin-1").splitlines():
                if line.startswith("built="):
                    line = "built=" + (datetime.date.fromisoformat(line[6:].strip()) - datetime.timedelta(days=age)).isoformat()
                lines.append(line)
            data = ("\n".join(lines) + "\n").encode("latin-1")
        zout.writestr(item, data)
PY
measure "init --demo, copied from an archive $age days old" "$java" "${opts[@]}" -Dordo.demo.prebuilt="$work/aged.zip" \
  -jar "$target/ordo.jar" --data-dir "$work/aged" init --demo
log "  $(grep '^dates moved' "$work/log")"
measure "baseline: cp -r of the demo's data folder ($(du -sh "$work/copied" | cut -f1))" cp -r "$work/copied" "$work/cp"
if [ "${GENERATE:-1}" != 0 ]; then
  # A path that is not there: the generator finds no archive and generates, as a developer's build does.
  measure "init --demo, generated (no archive)" "$java" "${opts[@]}" -Dordo.demo.prebuilt="$work/none" \
    -jar "$target/ordo.jar" --data-dir "$work/generated" init --demo
  log "  $(grep '^done' "$work/log")"
fi
log "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
