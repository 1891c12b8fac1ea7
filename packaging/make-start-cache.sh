#!/bin/sh
# Makes the start-up cache of a packaged PopCheck where it now lives; copied by dist.sh into the app
# image's lib/app/ and run by dist.sh for the app image and by the .deb's postinst at install time.
# No display is needed: the training start that listed what to cache ran when the package was built.
#   Java 25 and later: popcheck.aotconf (AOT configuration) -> popcheck.aot (AOT cache, JEP 483/515)
#   Java 17:           popcheck.classlist (loaded classes)   -> popcheck.jsa (AppCDS archive)
# Exit 0 with the cache made; 1 when making it failed (the app still starts, only more slowly);
# 2 when this package has nothing to make a cache from.
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
java="$dir/../runtime/bin/java"
cfg=$(ls "$dir"/*.cfg | head -n 1)
# The same JVM options the launcher uses (an AOT cache is refused when some differ), minus the
# ones that name the cache itself or a folder ($APPDIR is only expanded by the launcher).
flags=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '\$APPDIR' -e '^-XX:AOTCache' -e '^-XX:SharedArchiveFile' -e '^-Xshare' -e '^-Xlog' || true)
if [ -s "$dir/popcheck.aotconf" ]; then
  # An AOT configuration also names the jar by its time stamp, and a package manager may install
  # the jar with a new one (a jpackage .deb does): the stamp the training start saw is put back.
  if [ -s "$dir/popcheck.jar.time" ]; then touch -d "@$(cat "$dir/popcheck.jar.time")" "$dir/popcheck.jar" || true; fi
  # shellcheck disable=SC2086 # one option a line, none with spaces
  "$java" -XX:AOTMode=create -XX:AOTConfiguration="$dir/popcheck.aotconf" -XX:AOTCache="$dir/popcheck.aot" \
      $flags -cp "$dir/popcheck.jar"
elif [ -s "$dir/popcheck.classlist" ]; then
  "$java" -Xshare:dump -XX:SharedClassListFile="$dir/popcheck.classlist" -XX:SharedArchiveFile="$dir/popcheck.jsa" \
      -cp "$dir/popcheck.jar"
else
  exit 2
fi
