#!/usr/bin/env bash
# Checks a PopCheck .deb without installing it on this machine: its dependencies, its files, its
# maintainer scripts, the jar inside it; then it unpacks it into a temporary folder, does there
# what the postinst does (make the start-up cache) and starts the unpacked app until its first
# screen is ready (needs a display or xvfb-run; without, that last step is skipped and said so).
# Usage: packaging/check-deb.sh target/dist/popcheck_0.1.0_amd64.deb   (dist.sh runs it.)
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/common.sh
DEB=$1
[ -f "$DEB" ] || fail "$DEB does not exist"

depends=$(dpkg-deb -f "$DEB" Depends)
grep -q 'libgtk-3-0' <<< "$depends" || fail "$DEB does not depend on libgtk-3-0 (Depends: $depends)"

files=$(dpkg-deb -c "$DEB" | awk '{print $NF}' | sed 's:^\./:/:')
root=/opt/popcheck
for f in bin/PopCheck lib/app/popcheck.jar lib/app/PopCheck.cfg lib/app/make-start-cache.sh \
         lib/app/libglassgtk3.so lib/runtime/bin/java lib/runtime/lib/server/libjvm.so lib/popcheck-PopCheck.desktop; do
  grep -qx "$root/$f" <<< "$files" || fail "$DEB lacks $root/$f"
done
if ! grep -qE "^$root/lib/app/popcheck\.(aotconf|classlist)\$" <<< "$files"; then
  # Without a display there was no training start to record (dist.sh warned); with one, it is a fault.
  has_display && fail "$DEB has no training record (popcheck.aotconf or popcheck.classlist) to make its start-up cache from"
  echo "dist: WARNING: $DEB has no start-up cache record: the app it installs starts more slowly" >&2
  no_record=1
fi
if grep -qx "$root/lib/app/popcheck.aotconf" <<< "$files"; then
  grep -qx "$root/lib/app/popcheck.jar.time" <<< "$files" || fail "$DEB lacks $root/lib/app/popcheck.jar.time, without which its AOT cache cannot be made"
fi
# The cache is tied to where the jar is installed, so it must be made there, not shipped.
if grep -E '\.(aot|jsa)$' <<< "$files" | grep -qv "^$root/lib/runtime/"; then fail "$DEB ships a start-up cache made at build time"; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$DEB" "$work/root"
dpkg-deb -e "$DEB" "$work/control"
for script in postinst prerm; do
  sh -n "$work/control/$script" || fail "the .deb's $script is not valid shell"
  # A name jpackage (or dist.sh) should have filled in, left as it was, would run as a command.
  if grep -nE '^[A-Z][A-Z_]{3,}$' "$work/control/$script"; then fail "the .deb's $script has names left unfilled (above)"; fi
done
grep -q "$root/lib/app/make-start-cache.sh" "$work/control/postinst" || fail "the .deb's postinst does not make the start-up cache"
app="$work/root$root"
jar_check "$app/lib/app/popcheck.jar"

# What the postinst does, in the unpacked copy; then a start of that copy.
if [ -z "${no_record:-}" ]; then
  "$app/lib/app/make-start-cache.sh" > "$work/cache.log" 2>&1 || { cat "$work/cache.log" >&2; fail "the .deb's start-up cache cannot be made"; }
  cache_check "$app"
fi
if has_display; then
  start_check "$app/bin/PopCheck" "$work/start.log" || fail "the app from the .deb does not start (see above)"
  echo "dist: the .deb's contents are complete, and the app unpacked from it opens its first screen"
else
  echo "dist: WARNING: the .deb's contents are complete, but with no display and no xvfb-run its app was NOT started" >&2
fi
