# Shell functions shared by dist.sh and check-deb.sh (sourced, not run).

fail() { echo "dist: FAILED: $*" >&2; exit 1; }
note() { echo "dist: $*"; }

# Runs a command with a display: the one we have, else a private Xvfb. Returns 3 when there is none.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run >/dev/null; then xvfb-run -a -s '-screen 0 1280x800x24' "$@"
  else return 3
  fi
}

has_display() { [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null; }

# start_check LAUNCHER LOG: starts a packaged PopCheck as a person would, in an empty data folder,
# until its first screen is ready (the start-up probe then quits it). Fails when it does not get
# there within two minutes, or when it prints anything on the terminal but the probe's line:
# a warning there is one the person would see too.
start_check() {
  local launcher=$1 log=$2 data out
  data=$(mktemp -d)
  out=$(POPCHECK_DATA_DIR="$data" JAVA_TOOL_OPTIONS="-Dpopcheck.startupProbe=true" \
        with_display timeout 120 "$launcher" 2> "$log") || true
  rm -rf "$data"
  # The JVM announces JAVA_TOOL_OPTIONS on stderr; that line is ours, not the app's.
  sed -i '/^Picked up JAVA_TOOL_OPTIONS/d' "$log"
  if ! grep -q '^popcheck.ready.epochMillis=' <<< "$out"; then
    echo "dist: FAILED: $launcher did not open its first screen. Its output:" >&2
    cat "$log" >&2
    return 1
  fi
  if [ -s "$log" ]; then
    echo "dist: FAILED: $launcher opened, but printed this on the terminal:" >&2
    cat "$log" >&2
    return 1
  fi
}

# jar_check JAR: the jar must be the finished one, with JavaFX and PopCheck's launcher inside.
jar_check() {
  local listing
  listing=$(unzip -Z1 "$1" 2>/dev/null || jar tf "$1")
  grep -qx 'javafx/application/Application.class' <<< "$listing" \
    || fail "$1 has no JavaFX in it: it is the plain jar, not the shaded one (the packaging step ran before maven-shade-plugin?)"
  grep -qx 'org/popcheck/app/Launcher.class' <<< "$listing" || fail "$1 has no org.popcheck.app.Launcher"
}

# cache_check APPDIR: the packaged app's start-up cache must be one its runtime accepts, for the
# app's own classes too: PopCheck's launcher class must come out of it (checked with the command
# line, which needs no display). With the mode "on" the JVM refuses to start without the cache.
cache_check() {
  local lib="$1/lib/app" mode flags out
  if [ -s "$lib/popcheck.aotconf" ]; then mode=(-XX:AOTMode=on "-XX:AOTCache=$lib/popcheck.aot")
  else mode=(-Xshare:on "-XX:SharedArchiveFile=$lib/popcheck.jsa"); fi
  flags=$(sed -n 's/^java-options=//p' "$lib"/*.cfg | grep -v -e '\$APPDIR' -e '^-XX:AOTCache' -e '^-XX:SharedArchiveFile' -e '^-Xshare' -e '^-Xlog' || true)
  # shellcheck disable=SC2086 # one option a line, none with spaces
  out=$("$1/lib/runtime/bin/java" "${mode[@]}" $flags -Xlog:class+load=info:stdout -cp "$lib/popcheck.jar" \
        org.popcheck.app.Launcher --version 2>&1) || { echo "$out" | tail -n 20 >&2; fail "the runtime in $1 refuses its start-up cache"; }
  grep -q 'org.popcheck.app.Launcher source: shared objects file' <<< "$out" \
    || fail "the start-up cache in $1 is not used for PopCheck's own classes"
}
