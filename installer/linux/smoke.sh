#!/usr/bin/env bash
# Tries the built .deb as a user would: installs it, runs "ordo --version" and commands against a fresh data
# folder, starts the desktop under Xvfb until its window shows, upgrades it to a newer version, removes it, and
# checks that the data folder outlived both. As root (CI) it installs with dpkg -i; otherwise it can only
# extract the package (dpkg-deb -x) and try that copy: upgrade and removal are then not tried, and it says so.
# Usage: smoke.sh DEB_FOLDER        (run by installer/pom.xml at integration-test, after build.sh)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
deb="$(readlink -f "$(ls "${1:?folder of the .deb}"/ordo_*.deb | head -1)")"
work="$(mktemp -d /tmp/ordo-smoke.XXXXXX)"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset JAVA_TOOL_OPTIONS
passed=0
failed=0
xvfb_pid=
desktop_pid=
installed=no

say() { echo "[smoke $(date -u +%H:%M:%S)] $*"; }
ok() { passed=$((passed + 1)); say "ok: $*"; }
fail() { failed=$((failed + 1)); say "FAILED: $*" >&2; }
finish() {
  for folder in "$work/data" "$work/demo"; do
    [ -n "${ordo_bin:-}" ] && ORDO_DATA_DIR="$folder" "$ordo_bin" resident stop > /dev/null 2>&1 || true
  done
  [ -n "$desktop_pid" ] && kill "$desktop_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "$installed" = yes ]; then dpkg -r ordo > /dev/null 2>&1 || true; fi
  rm -rf "$work"
  echo "$passed passed, $failed failed"
}
trap finish EXIT

if [ "$(id -u)" -eq 0 ]; then
  if dpkg-query -W -f='${Status}' ordo 2>/dev/null | grep -q "install ok installed"; then
    echo "smoke.sh: the ordo package is already installed on this machine and this test would remove it;" \
         "remove it first (dpkg -r ordo) or skip the test (-Dordo.installer.smoke.skip=true)" >&2
    exit 1
  fi
  say "root: installing $deb with dpkg -i"
  # Even a failed dpkg -i leaves the package unpacked: the clean-up removes it from here on.
  installed=yes
  dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; exit 1; }
  ordo_bin=/usr/bin/ordo
  [ "$(readlink -f /usr/bin/ordo)" = /opt/ordo/bin/ordo ] && ok "installed in /opt/ordo, ordo on the PATH" \
    || fail "/usr/bin/ordo does not lead to /opt/ordo/bin/ordo"
  [ -f /usr/share/applications/ordo-ordo.desktop ] && ok "menu entry installed" \
    || fail "no menu entry in /usr/share/applications"
  # The desktop is started below as the menu entry starts it (its Exec line, without field codes such as %U).
  desktop_command="$(sed -n 's/^Exec=//p' /usr/share/applications/ordo-ordo.desktop | sed 's/ *%[a-zA-Z]//g')"
else
  say "not root: extracting $deb with dpkg-deb -x (install, upgrade and removal are tried only as root)"
  dpkg-deb -x "$deb" "$work/root"
  ordo_bin="$work/root/opt/ordo/bin/ordo"
  desktop_command="$ordo_bin"
fi

data="$work/data"
export ORDO_DATA_DIR="$data"

# Every command must be silent on stderr: a cache that no longer fits would print the JVM's warnings there.
run() { "$ordo_bin" "$@" > "$work/out" 2> "$work/err"; }
clean_stderr() { [ ! -s "$work/err" ] || { cat "$work/err" >&2; false; }; }

run --version && head -1 "$work/out" | grep -q "^Ordo " && clean_stderr && ok "ordo --version: $(head -1 "$work/out")" \
  || fail "ordo --version"
# AOTMode=on makes the JVM stop rather than start without the shipped cache.
# (In a process of its own: the resident process's client, which runs first otherwise, has no cache by design.)
ORDO_RESIDENT=0 JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$ordo_bin" --version > /dev/null 2> "$work/err" \
  && ok "the launcher starts with the shipped AOT class cache" || { cat "$work/err" >&2; fail "AOT cache refused"; }
# The launcher hands on Java's exit code: picocli's 2 for an option it does not know.
status=0
run --no-such-option || status=$?
[ "$status" -eq 2 ] && grep -q "no-such-option" "$work/err" && ok "an unknown option: exit code 2 and its message" \
  || { cat "$work/err" >&2; fail "an unknown option gave exit code $status, not 2"; }

run init --company-name "Prova Smoke Srl" --vat-number 01234567897 && clean_stderr \
  && ok "init on a fresh data folder ($data)" || fail "init"
admin_password="$(sed -n 's/.*password \([^ ]*\) (.*/\1/p' "$work/out")"
ORDO_PASSWORD="$admin_password" ORDO_NEW_PASSWORD=smoke-password-1 run --user admin user passwd \
  && ok "admin's first password changed" || fail "user passwd"
export ORDO_PASSWORD=smoke-password-1
run --user admin product import "$here/../packaging/training/products.csv" && ok "product import" \
  || fail "product import"
run --user admin receive --sku T1 --warehouse MAIN --qty 42 && ok "receive" || fail "receive"
stock_shows_42() { run --user admin stock T1 && clean_stderr && grep -Eq '^MAIN +42 ' "$work/out"; }
stock_shows_42 && ok "stock T1 shows the 42 received" || { cat "$work/out" >&2; fail "stock T1"; }

# The commands above ran in the data folder's resident process (docs/startup.md): the same output as a command in
# its own process, which the resident process lets have the database; exit codes and stderr passed on.
resident_pid() { "$ordo_bin" resident status 2>/dev/null | sed -n 's/.*: pid \([0-9]*\),.*/\1/p'; }
pid="$(resident_pid)"
[ -n "$pid" ] && ok "the commands ran in a resident process (pid $pid)" || fail "no resident process after the commands"
run --user admin stock T1 && cp "$work/out" "$work/out.resident"
ORDO_RESIDENT=0 run --user admin stock T1 && clean_stderr && cmp -s "$work/out" "$work/out.resident" \
  && ok "stock T1 in its own process prints the same as through the resident process, which gave the database up" \
  || { diff "$work/out" "$work/out.resident" >&2; cat "$work/err" >&2; fail "own process and resident process differ"; }
[ -z "$(resident_pid)" ] && ! kill -0 "$pid" 2>/dev/null && ok "the resident process let go and exited" \
  || fail "the resident process is still there after another process opened its database"
status=0
ORDO_PASSWORD=not-the-password run --user admin stock T1 || status=$?
[ "$status" -eq 1 ] && [ -s "$work/err" ] && [ ! -s "$work/out" ] \
  && ok "a wrong password through the resident process: exit code 1, the reason on stderr" \
  || { cat "$work/out" "$work/err" >&2; fail "a wrong password gave exit code $status"; }

# The demo company made in advance: copied and moved to today, not generated (which would take minutes).
demo_started=$(date +%s)
ORDO_DATA_DIR="$work/demo" run init --demo && grep -q "^dates moved" "$work/err" \
  && ok "init --demo from the shipped copy in $(( $(date +%s) - demo_started )) s: $(grep '^dates moved' "$work/err")" \
  || { cat "$work/err" >&2; fail "init --demo did not copy the shipped demo company"; }

# The desktop on its own X display: its first window (sign-in) must show, and it opens the database that the data
# folder's resident process holds (the last command above ran there): the resident process gives it up.
run --user admin stock T1
held_by="$(resident_pid)"
[ -n "$held_by" ] && ok "before the desktop: the resident process holds the database (pid $held_by)" \
  || fail "no resident process before the desktop"
display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 1 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.2; done
started=$(date +%s)
# shellcheck disable=SC2086 # the menu entry's command line, split as the desktop splits it
$desktop_command > "$work/desktop.log" 2>&1 &
desktop_pid=$!
window=
while [ -z "$window" ] && [ $(( $(date +%s) - started )) -lt 90 ] && kill -0 "$desktop_pid" 2>/dev/null; do
  sleep 0.5
  window="$(xdotool search --onlyvisible --name . 2>/dev/null | head -1 || true)"
done
if [ -n "$window" ]; then
  ok "desktop window \"$(xdotool getwindowname "$window")\" shown after $(( $(date +%s) - started )) s"
else
  cat "$work/desktop.log" >&2
  fail "no desktop window within 90 s"
fi
# The sign-in screen shows while the database opens: the resident process must be gone once it has opened.
for _ in $(seq 1 120); do kill -0 "$held_by" 2>/dev/null || break; sleep 0.5; done
! kill -0 "$held_by" 2>/dev/null && ! grep -q "open in another Ordo" "$work/desktop.log" \
  && ok "the desktop opened the database the resident process gave up" \
  || { cat "$work/desktop.log" >&2; fail "the resident process kept the database from the desktop"; }
kill "$desktop_pid" 2>/dev/null || true
wait "$desktop_pid" 2>/dev/null || true
desktop_pid=
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=
unset DISPLAY

# "ordo resident stop" leaves nothing running.
run --user admin stock T1
pid="$(resident_pid)"
run resident stop && ! kill -0 "$pid" 2>/dev/null && [ -z "$(resident_pid)" ] \
  && ok "ordo resident stop: pid $pid gone" || fail "ordo resident stop left pid $pid running"
ORDO_DATA_DIR="$work/demo" "$ordo_bin" resident stop > /dev/null

if [ "$installed" = yes ]; then
  # Version N+1: the same package under a higher version, installed over it as an upgrade would be. Only the
  # control member of the .deb (an ar archive) changes; its files (data.tar) are taken over as they are instead
  # of being unpacked and compressed again (300 MB: 20 s of the test under load, 2.6 s this way).
  version="$(dpkg-deb -f "$deb" Version)"
  next="$version+1"
  mkdir -p "$work/next/control"
  (
    cd "$work/next"
    ar x "$deb"
    tar -xf control.tar.* -C control
    rm control.tar.*
    sed -i "s/^Version: .*/Version: $next/" control/control
    tar -czf control.tar.gz --owner=0 --group=0 -C control .
    ar rc "$work/ordo_next.deb" debian-binary control.tar.gz data.tar.*
  )
  rm -rf "$work/next"
  dpkg -i "$work/ordo_next.deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "upgrade"; }
  [ "$(dpkg-query -W -f='${Version}' ordo)" = "$next" ] && [ -x /usr/bin/ordo ] \
    && ok "upgraded $version -> $next in place" || fail "upgrade to $next"
  stock_shows_42 && ok "after the upgrade the data folder still shows the 42 received" || fail "data after upgrade"

  run resident stop
  dpkg -r ordo > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r"; }
  installed=no
  [ ! -e /opt/ordo ] && [ ! -e /usr/bin/ordo ] && ok "removed: /opt/ordo and /usr/bin/ordo gone" \
    || fail "files left after dpkg -r"
  [ -d "$data" ] && [ -n "$(ls -A "$data")" ] && ok "the data folder survived the removal" \
    || fail "data folder gone after removal"
fi

[ "$failed" -eq 0 ]
