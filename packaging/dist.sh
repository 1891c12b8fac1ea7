#!/usr/bin/env bash
# Builds a self-contained PopCheck in target/dist/: a trimmed Java runtime (jlink), an app image
# (jpackage) with a start-up cache, and on Linux a .deb where dpkg-deb and fakeroot exist. Then it
# starts the app image (under Xvfb when there is no display) and checks the .deb, and fails the
# build when either does not work. Run through `mvn -B -Pdist package` (after the shaded jar is
# made), or by hand after `mvn -B package`.
#
# Runtime: a JDK 25 or later when one is found (POPCHECK_DIST_JDK, JAVA_HOME, or the usual
# folders), with an ahead-of-time cache (JEP 483/514/515: classes loaded and linked before main,
# and method profiles). Otherwise the JDK 17 on the PATH with an AppCDS archive, which starts more
# slowly. POPCHECK_DIST_JDK=/path/to/jdk picks the JDK (any version from 17 on) by hand.
# The jar itself is always compiled for Java 17; only the packaged runtime differs.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/common.sh

JAR=target/popcheck.jar
OUT=target/dist
APP_NAME=PopCheck
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
[ -f "$JAR" ] || fail "$JAR is missing; run 'mvn -B package' first"
jar_check "$JAR"

# --- Which JDK packages the app --------------------------------------------------------------
feature_of() { # the feature version (17, 25, ...) of a JDK home with jlink and jpackage, else nothing
  [ -f "$1/release" ] && [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
find_jdk25() {
  local home v
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$home" ] && [ -d "$home" ] || continue
    v=$(feature_of "$home")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$home"; return; fi
  done
}
if [ -n "${POPCHECK_DIST_JDK:-}" ]; then
  JDK=$POPCHECK_DIST_JDK
  [ -n "$(feature_of "$JDK")" ] || fail "POPCHECK_DIST_JDK=$JDK is not a JDK with jlink and jpackage"
else
  JDK=$(find_jdk25)
  if [ -z "$JDK" ]; then
    command -v jlink >/dev/null && command -v jpackage >/dev/null || fail "jlink and jpackage (a full JDK) are needed"
    JDK=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")
    echo "dist: NOTE: no JDK 25 found (JAVA_HOME, /usr/lib/jvm, ...): packaging with Java $(feature_of "$JDK") from $JDK"
    echo "dist: NOTE: and an AppCDS archive instead of an AOT cache; the app starts more slowly. Install a JDK 25 for the faster start."
  fi
fi
FEATURE=$(feature_of "$JDK")
[ "$FEATURE" -ge 17 ] || fail "$JDK is Java $FEATURE; PopCheck needs 17 or later"
note "packaging with Java $FEATURE from $JDK"

# --- JVM options of the packaged app ---------------------------------------------------------
# The quick compiler only (C1). On two cores the optimising compiler (C2) took the second core
# while the window opened; with C1 only it opens sooner. The price is slower heavy work (a
# ten-year journal loads more slowly), measured in docs/performance.md.
JAVA_OPTIONS=(-XX:TieredStopAtLevel=1)
if [ "$FEATURE" -ge 25 ]; then
  # JavaFX 21 loads its native libraries with System.load and uses sun.misc.Unsafe's memory
  # methods; Java 24 and later print a warning for each unless they are allowed. The person
  # cannot act on them.
  JAVA_OPTIONS+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi

# --- Runtime and app image -------------------------------------------------------------------
rm -rf "$OUT" && mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"
# JavaFX's native libraries beside the jar: JavaFX then loads them from there, instead of checking
# its copies in ~/.openjfx/cache against the ones inside the jar at every start.
natives=$(unzip -Z1 "$JAR" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
if [ -n "$natives" ]; then (cd "$OUT/input" && unzip -q popcheck.jar $natives); fi
cp packaging/make-start-cache.sh "$OUT/input/"

# Only the JDK modules the jar uses (jdeps), plus locale data for dates and numbers in other languages.
MODULES=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$FEATURE" "$JAR")
MODULES="$MODULES,java.desktop,java.logging,java.xml,jdk.localedata,jdk.charsets"
note "runtime modules $MODULES"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
      --generate-cds-archive --output "$OUT/runtime"

options=()
for o in "${JAVA_OPTIONS[@]}"; do options+=(--java-options "$o"); done
"$JDK/bin/jpackage" --type app-image --name "$APP_NAME" --app-version "$VERSION" \
         --input "$OUT/input" --main-jar popcheck.jar --main-class org.popcheck.app.Launcher \
         --runtime-image "$OUT/runtime" --dest "$OUT" "${options[@]}" \
         --description "Triage, journal and exercises for popping joints"
APP="$OUT/$APP_NAME"
APP_LIB="$APP/lib/app"
LAUNCHER="$APP/bin/$APP_NAME"
CFG="$APP_LIB/$APP_NAME.cfg"
chmod +x "$APP_LIB/make-start-cache.sh"
jar_check "$APP_LIB/popcheck.jar"

# On Linux, jpackage's native launcher asks the package managers which package owns it at every
# start (`rpm -qf`, `dpkg -S`, and `dpkg -L` once installed from a .deb, each through a shell), which
# took 0.1-0.2 s before Java started (docs/performance.md). A shell script that starts the
# runtime's java with the same options from the launcher's .cfg stands in for it.
write_launcher() {
  [ "$(uname -s)" = Linux ] || return 0
  local opt
  {
    echo '#!/bin/sh'
    echo "# PopCheck's launcher, written by packaging/dist.sh from lib/app/$APP_NAME.cfg (see there)."
    echo 'app=$(dirname "$(dirname "$(readlink -f "$0")")")'
    # Java decodes the arguments with the locale's charset before main runs: under LC_ALL=C a note
    # such as "Knöchel" would arrive garbled (PopCheck then refuses it). The app sets UTF-8 itself.
    echo 'case "$(locale charmap 2>/dev/null)" in UTF-8) ;; *) export LC_ALL=C.UTF-8 ;; esac'
    echo 'exec "$app/lib/runtime/bin/java" \'
    sed -n 's/^java-options=//p' "$CFG" | while IFS= read -r opt; do
      printf '  "%s" \\\n' "${opt//\$APPDIR/\$app/lib/app}"
    done
    printf '  -cp "%s" %s "$@"\n' "$(sed -n 's/^app.classpath=//p' "$CFG" | sed 's:\$APPDIR:$app/lib/app:')" \
      "$(sed -n 's/^app.mainclass=//p' "$CFG")"
  } > "$LAUNCHER.new"
  chmod 755 "$LAUNCHER.new" && mv "$LAUNCHER.new" "$LAUNCHER"
}
write_launcher

# --- Training start: what to cache -----------------------------------------------------------
# One start of the app image, as a person would start it, quitting once the first screen is
# ready, records what the JVM loads (Java 25: an AOT configuration, Java 17: a class list). It
# needs a display: the one we have, else Xvfb. The cache itself is made from that record by
# make-start-cache.sh, which needs no display: for the .deb it runs at install time, so the cache
# matches where the jar is installed.
if [ "$FEATURE" -ge 25 ]; then
  RECORD="$APP_LIB/popcheck.aotconf"
  RECORD_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$RECORD"
  CACHE_OPTIONS=("-XX:AOTCache=\$APPDIR/popcheck.aot" '-Xlog:aot*=off' "-Dpopcheck.startCache=\$APPDIR/popcheck.aot")
  CACHE="$APP_LIB/popcheck.aot"
else
  RECORD="$APP_LIB/popcheck.classlist"
  RECORD_OPTIONS="-XX:DumpLoadedClassList=$RECORD"
  CACHE_OPTIONS=("-XX:SharedArchiveFile=\$APPDIR/popcheck.jsa" -Xshare:auto "-Dpopcheck.startCache=\$APPDIR/popcheck.jsa")
  CACHE="$APP_LIB/popcheck.jsa"
fi
# popcheck.startCache tells the app that its classes come from the cache, so it does not read them
# from the jar ahead of time as well (StartupPreload). Quiet cache logging: a copy whose cache was
# not made, or no longer matches, still starts (more slowly) without a message the person can do
# nothing about. The checks below make sure the cache of this build is used.
CACHE_OPTIONS+=('-Xlog:cds*=off')
if ! has_display; then
  echo "dist: WARNING: no display and no xvfb-run: the app image was NOT started and has NO start-up cache." >&2
  echo "dist: WARNING: install xvfb (apt-get install xvfb) to check the app and make it start faster." >&2
else
  data=$(mktemp -d)
  if ! POPCHECK_DATA_DIR="$data" JAVA_TOOL_OPTIONS="$RECORD_OPTIONS -Dpopcheck.startupProbe=true" \
       with_display timeout 180 "$LAUNCHER" > "$OUT/training.log" 2>&1 \
     || ! grep -q '^popcheck.ready.epochMillis=' "$OUT/training.log" || [ ! -s "$RECORD" ]; then
    rm -rf "$data"
    cat "$OUT/training.log" >&2
    fail "the training start of $LAUNCHER did not open its first screen (output above, in $OUT/training.log)"
  fi
  rm -rf "$data"
  note "training start recorded $(du -h "$RECORD" | cut -f1) in $RECORD"
  date -r "$APP_LIB/popcheck.jar" +%s > "$APP_LIB/popcheck.jar.time" # see make-start-cache.sh
  # The launcher reads the cache from its own folder ($APPDIR is expanded by the launcher).
  for o in "${CACHE_OPTIONS[@]}"; do
    sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=$o|" "$CFG"
  done
  write_launcher
fi

# --- .deb --------------------------------------------------------------------------------------
# Made before the app image's own cache, so that the package carries the record, not the cache.
if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  resources=$(mktemp -d)
  cp packaging/linux/* "$resources/"
  # jpackage fills in its own upper-case names; which ones define the shell functions that the
  # desktop commands call differs between jpackage 17 and 25.
  if [ "$FEATURE" -ge 25 ]; then functions='COMMON_SCRIPTS\nDESKTOP_SCRIPTS'; else functions='UTILITY_SCRIPTS'; fi
  sed -i "s|^JPACKAGE_FUNCTIONS\$|$functions|" "$resources/postinst" "$resources/prerm"
  "$JDK/bin/jpackage" --type deb --app-image "$APP" --name popcheck --resource-dir "$resources" \
           --app-version "$VERSION" --dest "$OUT" \
           --description "Triage, journal and exercises for popping joints" \
           --linux-shortcut --linux-menu-group "Medical" --linux-package-deps libgtk-3-0 --license-file LICENSE
  rm -rf "$resources"
  DEB=$(ls "$OUT"/popcheck_*.deb)
  note "$DEB"
fi

# --- The app image's own cache, then the checks -----------------------------------------------
if [ -s "$RECORD" ]; then
  "$APP_LIB/make-start-cache.sh" > "$OUT/cache.log" 2>&1 || { cat "$OUT/cache.log" >&2; fail "making the start-up cache failed"; }
  cache_check "$APP"
  note "start-up cache $(du -h "$CACHE" | cut -f1) in $CACHE"
fi
# Without a display the app can only be checked as far as its command line, which loads no JavaFX.
"$LAUNCHER" --version > "$OUT/version.log" 2>&1 || { cat "$OUT/version.log" >&2; fail "$LAUNCHER --version failed"; }
if has_display; then
  start_check "$LAUNCHER" "$OUT/start-check.log" || fail "the app image does not start (see above)"
  note "the app image opens its first screen, with nothing printed on the terminal"
fi
if [ -n "${DEB:-}" ]; then
  packaging/check-deb.sh "$DEB"
fi
note "app image in $APP (start it with $LAUNCHER)"
