#!/usr/bin/env bash
# Builds a self-contained PopCheck: a trimmed Java runtime (jlink), an app image (jpackage) with a
# class-data archive (AppCDS) for a faster start, and on Linux a .deb where dpkg-deb and fakeroot exist.
# Run through `mvn -B -Pdist package`, or by hand after `mvn -B package`. Output: target/dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/popcheck.jar
OUT=target/dist
APP_NAME=PopCheck
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
[ -f "$JAR" ] || { echo "dist: $JAR is missing; run 'mvn -B package' first" >&2; exit 2; }
command -v jlink >/dev/null && command -v jpackage >/dev/null || { echo "dist: jlink and jpackage (a full JDK 17) are needed" >&2; exit 2; }

rm -rf "$OUT" && mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"
# JavaFX's native libraries beside the jar: JavaFX then loads them from there, instead of checking
# its copies in ~/.openjfx/cache against the ones inside the jar at every start.
natives=$(jar tf "$JAR" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
if [ -n "$natives" ]; then (cd "$OUT/input" && jar xf popcheck.jar $natives); fi

# Only the JDK modules the jar uses (jdeps), plus locale data for dates and numbers in other languages.
MODULES=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR")
MODULES="$MODULES,java.desktop,java.logging,java.xml,jdk.localedata,jdk.charsets"
echo "dist: runtime modules $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
      --generate-cds-archive --output "$OUT/runtime"

# The packaged app compiles with the quick compiler only (C1). The optimising compiler (C2) spent a
# second core's worth of time compiling during start-up, on a machine with two: with C1 only the
# window is up about 0.1 s sooner. The price, measured in docs/performance.md, is slower heavy work
# (a ten-year journal loads more slowly); for an app that mostly waits for clicks it is worth it.
JIT_OPTIONS="-XX:TieredStopAtLevel=1"
jpackage --type app-image --name "$APP_NAME" --app-version "$VERSION" \
         --input "$OUT/input" --main-jar popcheck.jar --main-class org.popcheck.app.Launcher \
         --runtime-image "$OUT/runtime" --dest "$OUT" \
         --java-options "$JIT_OPTIONS" \
         --description "Triage, journal and exercises for popping joints"
APP="$OUT/$APP_NAME"
LAUNCHER="$APP/bin/$APP_NAME"
CFG="$APP/lib/app/$APP_NAME.cfg"

# The class-data archive (AppCDS) comes in two steps. A training start, which quits as soon as the
# first screen is ready, lists the classes PopCheck loads; it needs a display, so it uses the one we
# have, else Xvfb when installed. Then `java -Xshare:dump` turns the list into an archive. The
# archive is tied to the jar's absolute path, so the .deb ships only the list and makes its archive
# at install time, where the jar will live (packaging/linux/postinst).
run_once() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; elif command -v xvfb-run >/dev/null; then xvfb-run -a "$@"; else return 3; fi
}
LIST="$APP/lib/app/popcheck.classlist"
if JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$LIST -Dpopcheck.startupProbe=true -Dprism.order=sw" \
     run_once "$LAUNCHER" > "$OUT/cds-training.log" 2>&1 && [ -s "$LIST" ]; then
  # $APPDIR is expanded by the jpackage launcher. -Xshare:auto and quiet CDS logging: a copy moved
  # elsewhere, whose archive no longer matches, still starts, just without the archive.
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/popcheck.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off,cds+dynamic=off|' "$CFG"
  echo "dist: class list of $(wc -l < "$LIST") classes"
else
  echo "dist: no display and no xvfb-run: the app image has no class-data archive (see $OUT/cds-training.log)"
fi
make_archive() { # $1 = app directory as it will be used
  "$1/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$1/lib/app/popcheck.classlist" \
      -XX:SharedArchiveFile="$1/lib/app/popcheck.jsa" -cp "$1/lib/app/popcheck.jar" > "$OUT/cds-dump.log" 2>&1
}

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$APP" --name popcheck --resource-dir packaging/linux --app-version "$VERSION" --dest "$OUT" \
           --description "Triage, journal and exercises for popping joints" \
           --linux-shortcut --linux-menu-group "Medical" --linux-package-deps libgtk-3-0 --license-file LICENSE
  echo "dist: $(ls "$OUT"/*.deb)"
fi
if [ -s "$LIST" ]; then
  make_archive "$(cd "$APP" && pwd)" && echo "dist: class-data archive $(du -h "$APP/lib/app/popcheck.jsa" | cut -f1)"
fi
echo "dist: app image in $APP (start it with $LAUNCHER)"
