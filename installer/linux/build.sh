#!/usr/bin/env bash
# Builds Ordo's Linux application image and .deb from the application's build (app/target: ordo.jar and lib/):
#   1. jlink: a trimmed Java runtime (modules in ../packaging/jlink-modules). JavaFX is not linked in: its Maven
#      jars (with the natives of the platform) stay on the class path beside the other libraries, as in ordo.jar.
#   2. jpackage: the application image; its native launcher is then replaced by a shell script, bin/ordo (the
#      desktop without arguments, a command with them), written from the launcher's ordo.cfg (write_launcher).
#   3. A training run of the image writes the JDK's ahead-of-time class cache (lib/app/ordo.aot); the launcher
#      then starts with it, so Hibernate, Flyway and Derby classes come loaded and linked instead of parsed.
#   4. jpackage: the .deb from that image, with the demo company made in advance beside lib/ordo-demo.jar (made by
#      the generator itself, in the background while 1-3 run: it.ordo.demo.PrebuiltDemo, docs/startup.md).
# Usage: build.sh APP_TARGET OUT_DIR VERSION     (run by installer/pom.xml in the "installer" profile)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packaging="$here/../packaging"
app_target="$(cd "${1:?app/target folder}" && pwd)"
out="${2:?output folder}"
version="${3:?version}"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# jpackage and dpkg want a numeric version: 0.1.0-SNAPSHOT is packaged as 0.1.0.
pkg_version="${version%%-*}"

for tool in fakeroot dpkg-deb objcopy; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed to build the .deb (apt-get install fakeroot dpkg binutils)" >&2; exit 2; }
done
[ -f "$app_target/ordo.jar" ] || { echo "build.sh: $app_target/ordo.jar missing: build the application first" >&2; exit 2; }

step() { echo "[installer $(date -u +%H:%M:%S)] $*"; }

# bin/ordo of the image as a shell script that starts the image's own java with the class path, JVM options and
# main class that jpackage wrote in lib/app/ordo.cfg for its native launcher: the one list of options stays the
# jpackage options below. jpackage's Linux launcher does the same, but first asks the package managers which
# package it belongs to (rpm -qf and dpkg -S on its own path, at every start: 0.4 s of every command and of the
# desktop's start, docs/benchmarks.md). It also adds -Djpackage.app-path and puts lib/app on LD_LIBRARY_PATH,
# which Ordo does not use (no code reads the property, lib/app holds no native library).
write_launcher() {
  local cfg="$image/lib/app/ordo.cfg"
  # Refused rather than translated halfway: anything else jpackage writes there (its $ROOTDIR, $BINDIR, other keys).
  if grep -v '^java-options=\|^app\.classpath=\|^app\.mainclass=\|^\[\(Application\|JavaOptions\)\]$\|^$' "$cfg" \
      || grep -q '\$\(ROOTDIR\|BINDIR\)' "$cfg"; then
    echo "build.sh: ordo.cfg holds more than the launcher script is written from (above)" >&2; return 1
  fi
  # A value of ordo.cfg as one double-quoted shell word; jpackage's $APPDIR becomes the script's $app.
  word() { sed -e 's/[\\"`$]/\\&/g' -e 's/\\\$APPDIR/$app/g' -e 's/^/"/' -e 's/$/"/'; }
  {
    cat <<'HEAD'
#!/bin/sh
# Ordo's launcher: the desktop without arguments, a command with them. Written by installer/linux/build.sh from
# the class path, JVM options and main class jpackage wrote for its native launcher, which this script replaces
# because that launcher looks up its own package (rpm -qf, dpkg -S) at every start (docs/install.md).
# The image is where this script really is (/usr/bin/ordo is a link to /opt/ordo/bin/ordo).
self="$(readlink -f -- "$0")"
root="${self%/bin/*}"
app="$root/lib/app"
# A command is handed to the resident process of its data folder, a JVM kept warm with the database open, by a
# small client: only ordo.jar, no AOT cache, the client compiler, a small heap (0.1-0.2 s instead of 2-3 s). It
# exits with the command's exit code, or with 119 when the command must run in a process of its own (server
# start, the help on a terminal, ORDO_DEBUG that differs, no resident process could start): then, as without it,
# the full JVM below. ORDO_RESIDENT=0 turns it off. docs/startup.md, "The resident process".
# The selector provider named, not looked up as a service: the look-up reads every jar of ordo.jar's class path.
if [ $# -gt 0 ] && [ "${ORDO_RESIDENT:-}" != 0 ]; then
  "$root/lib/runtime/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -XX:-UsePerfData \
    -Xlog:disable -Xlog:all=warning:stderr -Dordo.launcher="$self" -cp "$app/ordo.jar" \
    -Djava.nio.channels.spi.SelectorProvider=sun.nio.ch.EPollSelectorProvider \
    --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
    it.ordo.launch.ResidentClient "$@"
  status=$?
  [ "$status" -eq 119 ] || exit "$status"
fi
HEAD
    sed -n 's/^app\.classpath=//p' "$cfg" | word | sed '1s/^/cp=/; 2,$s/^"/cp="$cp:/'
    echo 'exec "$root/lib/runtime/bin/java" \'
    sed -n 's/^java-options=//p' "$cfg" | word | sed 's/^/  /; s/$/ \\/'
    echo '  -cp "$cp" \'
    echo "  $(sed -n 's/^app\.mainclass=//p' "$cfg" | word) \"\$@\""
  } > "$image/bin/ordo"
  chmod 755 "$image/bin/ordo"
}

rm -rf "$out/input" "$out/runtime" "$out/image" "$out/deb" "$out/training"
mkdir -p "$out/input" "$out/deb"
cp "$app_target/ordo.jar" "$out/input/"
cp -r "$app_target/lib" "$out/input/lib"
# The demo company made in advance: the generator's own run (seed 42, full size, about two minutes of CPU), archived
# for "ordo init --demo" and the desktop's first start to copy. It runs meanwhile, from the build's jars.
step "demo company: made in the background"
"$java_home/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -cp "$app_target/ordo.jar:$app_target/lib/*" it.ordo.demo.PrebuiltDemo "$out/ordo-demo-company.zip" \
  > "$out/demo-company.log" 2>&1 &
demo_pid=$!
# A build that stops on an error stops it too.
trap 'kill "$demo_pid" 2>/dev/null || true' EXIT
# Derby's jars are sealed, which the AOT cache breaks in an installed folder: see ../packaging/Unseal.java.
"$java_home/bin/java" "$packaging/Unseal.java" "$out/input/lib/"*.jar

step "jlink: trimmed runtime"
"$java_home/bin/jlink" --add-modules "$(tr -d ' \n' < "$packaging/jlink-modules")" \
  --strip-debug --no-man-pages --no-header-files --include-locales=en,it --generate-cds-archive \
  --output "$out/runtime"

step "jpackage: application image"
# The optimising compiler (C2) waits for ten times the calls it waits for by default. A command lives a second or
# two, in which C2 compiled hundreds of methods (TLS, JSON, picocli) it never ran long enough to gain from: half a
# second of CPU on a 2-core machine. The desktop and the server run for hours and reach the same compiled code a
# little later. (Stopping at C1 altogether saved a little more but would slow the server and the desktop.)
c2_later="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
# -Xlog: the JVM's own warnings on stderr, not on stdout (its default), where they would spoil a command's data.
"$java_home/bin/jpackage" --type app-image --dest "$out/image" \
  --name ordo --app-version "$pkg_version" --vendor "Ordo" --copyright "Copyright (c) 2026 the Ordo authors" \
  --description "Order management desk for distributors and manufacturers" \
  --icon "$packaging/ordo.png" \
  --input "$out/input" --main-jar ordo.jar --main-class it.ordo.Main \
  --runtime-image "$out/runtime" \
  --java-options '--enable-native-access=ALL-UNNAMED' \
  --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr' \
  $(for option in $c2_later; do printf -- '--java-options %s ' "$option"; done)
image="$out/image/ordo"
write_launcher

# The training run: a fresh company in a temporary data folder, then one process that runs, signed in, the
# reads a workstation runs most (availability, stock, an order) on its own database and the same through an Ordo
# server (shared mode), with the cache being recorded. It exercises the boot every command and the desktop's
# sign-in share (Flyway's check, Hibernate, Derby, HikariCP, the security and inventory use cases) and a
# workstation's thin client (picocli, TLS, the HTTP client, JSON). The recording runs through bin/ordo (the script,
# JAVA_TOOL_OPTIONS adds to its options), so its class path is the one the cache is checked against.
step "AOT cache: training run"
training="$out/training"
mkdir -p "$training"
# Every command of the training in its own process: the recording is of one process, and no resident process
# (docs/startup.md) may outlive the build.
export ORDO_RESIDENT=0
ordo() { LANG=C.UTF-8 LC_ALL=C.UTF-8 "$image/bin/ordo" --data-dir "$training/data" "$@"; }
ordo init --company-name "Ordo Training" --vat-number 01234567897 > "$training/init.out"
admin_password="$(sed -n 's/.*password \([^ ]*\) (.*/\1/p' "$training/init.out")"
[ -n "$admin_password" ] || { echo "build.sh: no admin password in the training init output" >&2; cat "$training/init.out" >&2; exit 1; }
ORDO_PASSWORD="$admin_password" ORDO_NEW_PASSWORD=training-password-1 ordo --user admin user passwd > /dev/null
export ORDO_PASSWORD=training-password-1
ordo --user admin product import "$packaging/training/products.csv" > /dev/null
ordo --user admin customer import "$packaging/benchmark/customers.csv" > /dev/null
ordo --user admin receive --sku T1 --warehouse MAIN --qty 100 > /dev/null
ordo --user admin receive --sku T2 --warehouse MAIN --qty 100 > /dev/null
ordo --user admin order place "$packaging/benchmark/orders.json" > "$training/place.out"
order="$(grep -o 'ORD-[0-9-]*' "$training/place.out" | head -1)"
[ -n "$order" ] || { echo "build.sh: no order placed for the training" >&2; cat "$training/place.out" >&2; exit 1; }
# The same company served by an Ordo server on this machine only, for the shared-mode commands.
cp -r "$training/data" "$training/served"
port=$((20000 + RANDOM % 20000))
ORDO_DB_PASSWORD=training-db-password-1 LANG=C.UTF-8 LC_ALL=C.UTF-8 "$image/bin/ordo" --data-dir "$training/served" \
  server start --host 127.0.0.1 --port "$port" --db-port $((port + 1)) > "$training/server.log" 2>&1 &
server_pid=$!
trap 'kill "$demo_pid" "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  grep -q "listening" "$training/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$training/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "listening" "$training/server.log" || { echo "build.sh: the training server did not start" >&2; cat "$training/server.log" >&2; exit 1; }
local_data=(--data-dir "$training/data" --user admin)
served=(--data-dir "$training/workstation" --server "https://127.0.0.1:$port" --user admin)
{
  for args in "availability --sku T1 --qty 5" "stock T1" "order show $order" "order list"; do
    for where in local served; do
      if [ "$where" = local ]; then prefix=("${local_data[@]}"); else prefix=("${served[@]}"); fi
      # shellcheck disable=SC2086
      (IFS=$'\t'; echo "${prefix[*]}"$'\t'"$(echo $args | tr ' ' '\t')")
    done
  done
} > "$training/commands.tsv"
# Last, the desktop's start until its window shows, so the cache holds the window's classes too (without them the
# cache made the window 0.4 s later than no cache at all): on the display there is, or on an Xvfb of its own when
# there is none and Xvfb is installed (CI); with neither, the cache holds the commands alone.
training_display="${DISPLAY:-}"
xvfb_pid=
if [ -z "$training_display" ] && command -v Xvfb > /dev/null 2>&1; then
  number=90
  while [ -e "/tmp/.X$number-lock" ]; do number=$((number + 1)); done
  Xvfb ":$number" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb_pid=$!
  training_display=":$number"
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$number" ] && break; sleep 0.1; done
fi
if [ -n "$training_display" ]; then
  printf 'desktop\t--data-dir=%s\n' "$training/data" >> "$training/commands.tsv"
fi
# JDK 25's cached adapter code is refused at run time with a warning on every start ("Saved blob's name ... is
# different"), so it is left out of the cache (-XX:-AOTAdapterCaching), at recording and at run time alike.
aot_options="-XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching"
JAVA_TOOL_OPTIONS="$aot_options -XX:AOTCacheOutput=$image/lib/app/ordo.aot -Dordo.training=$training/commands.tsv" \
  DISPLAY="$training_display" LANG=C.UTF-8 LC_ALL=C.UTF-8 "$image/bin/ordo" --version > "$training/record.log" 2>&1 \
  || { cat "$training/record.log" >&2; if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid"; fi; exit 1; }
if [ -n "$xvfb_pid" ]; then
  kill "$xvfb_pid"
  wait "$xvfb_pid" 2>/dev/null || true
fi
grep -q "AOTCache creation is complete" "$training/record.log" || { cat "$training/record.log" >&2; exit 1; }
# Each command of the list ran: the order is shown, by the workstation's own database and through the server.
[ "$(grep -c "^Order *$order" "$training/record.log")" -eq 2 ] || { cat "$training/record.log" >&2; exit 1; }
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
trap 'kill "$demo_pid" 2>/dev/null || true' EXIT
unset ORDO_PASSWORD ORDO_RESIDENT
# jpackage cannot name a file that only exists after a run of the image it makes: the launcher gets the cache now,
# through ordo.cfg ($APPDIR: lib/app, wherever the package is installed). Then the configuration and the library of
# jpackage's native launcher go: nothing reads them any more.
for option in $aot_options '-XX:AOTCache=$APPDIR/ordo.aot'; do
  echo "java-options=$option" >> "$image/lib/app/ordo.cfg"
done
write_launcher
rm "$image/lib/app/ordo.cfg" "$image/lib/libapplauncher.so"
rm -rf "$training"
step "AOT cache: $(du -h "$image/lib/app/ordo.aot" | cut -f1)"

step "demo company: waiting for it"
wait "$demo_pid" || { cat "$out/demo-company.log" >&2; echo "build.sh: the demo company could not be made" >&2; exit 1; }
tail -1 "$out/demo-company.log"
# Beside lib/ordo-demo.jar, where the generator looks for it; not in the AOT cache's class path, so the cache holds.
mv "$out/ordo-demo-company.zip" "$image/lib/app/lib/"

step "jpackage: .deb"
# Uncompressed: the package is opened again below, and compressed then.
DPKG_DEB_COMPRESSOR_TYPE=none \
"$java_home/bin/jpackage" --type deb --dest "$out/deb" \
  --app-image "$image" --name ordo --app-version "$pkg_version" --vendor "Ordo" \
  --description "Order management desk for distributors and manufacturers" \
  --license-file "$packaging/LICENSE.txt" --resource-dir "$here/resources" --icon "$packaging/ordo.png" \
  --linux-package-name ordo --linux-deb-maintainer ordo@ordo.invalid \
  --linux-menu-group Office --linux-app-category office --linux-shortcut \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"

# jpackage copies the image into the package with new file times, and the JVM takes the AOT cache only with the
# very files it was made from (path, size and time of each jar): the package gets the image's times back.
step ".deb: the image's file times, gzip"
deb="$(ls "$out"/deb/*.deb)"
repack="$out/repack"
rm -rf "$repack"
dpkg-deb -R "$deb" "$repack"
(cd "$image" && find . -type f -printf '%P\n') | while IFS= read -r file; do
  if [ -e "$repack/opt/ordo/$file" ]; then touch -r "$image/$file" "$repack/opt/ordo/$file"; fi
done
# gzip: dpkg-deb's default (single-threaded xz) takes minutes on a 2-core machine for these 300 MB.
dpkg-deb --root-owner-group -Zgzip -z6 -b "$repack" "$deb" > /dev/null
rm -rf "$repack"
step "built $deb"
