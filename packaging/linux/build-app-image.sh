#!/usr/bin/env bash
# Builds a self-contained Linux app image of NextCall with jlink + jpackage:
#   target/jpackage/NextCall/bin/NextCall        (the launcher; arguments go to the app, so CLI commands work too)
# and, with --deb, a Debian package next to it:
#   target/jpackage/nextcall_<version>-1_<arch>.deb
#
# Requirements: a full JDK 17 (jlink, jpackage and, on Debian, the openjdk-17-jmods package) found through
# JAVA_HOME, or else through the `java` on PATH; for --deb also fakeroot and dpkg-deb.
# NEXTCALL_DEB_MAINTAINER (optional, for --deb): an e-mail address for the package's Maintainer field.
# The jar (target/nextcall.jar, the shaded uber jar) is built with ./mvnw if it is missing.
#
# Usage: packaging/linux/build-app-image.sh [--deb] [--cds] [--rebuild-jar] [--fresh-runtime]   (from any directory)
#   --deb            also build a .deb from the app image
#   --cds            add a class-data-sharing archive of NextCall's start-up classes (lib/app/nextcall.jsa), recorded
#                    by one training run of the image under Xvfb; see benchmarks.md, "Start-up and footprint"
#   --rebuild-jar    run ./mvnw -B -ntp package -DskipTests even if target/nextcall.jar exists
#   --fresh-runtime  re-run jlink even if target/jpackage/runtime was made with the same JDK and options
#
# See packaging/README.md.
set -euo pipefail

usage() { sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

want_deb=false
want_cds=false
rebuild_jar=false
fresh_runtime=false
for arg in "$@"; do
  case "$arg" in
    --deb) want_deb=true ;;
    --cds) want_cds=true ;;
    --rebuild-jar) rebuild_jar=true ;;
    --fresh-runtime) fresh_runtime=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build-app-image.sh: unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

die() { echo "build-app-image.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ -f "$root/pom.xml" ]] || die "no pom.xml in $root"

# --- JDK ---------------------------------------------------------------------------------------------
if [[ -z "${JAVA_HOME:-}" ]]; then
  java_on_path="$(command -v java || true)"
  [[ -n "$java_on_path" ]] || die "JAVA_HOME is not set and there is no java on PATH"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_on_path")")")"
fi
jlink="$JAVA_HOME/bin/jlink"
jpackage="$JAVA_HOME/bin/jpackage"
[[ -x "$jlink" && -x "$jpackage" ]] || die "$JAVA_HOME is not a full JDK (needs bin/jlink and bin/jpackage); set JAVA_HOME to a JDK 17"
jdk_version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)"
jdk_major="${jdk_version%%.*}"
[[ "$jdk_major" =~ ^[0-9]+$ ]] || die "cannot read the JDK version from $JAVA_HOME/release"
(( jdk_major >= 17 )) || die "JDK $jdk_version is too old: jpackage for this project needs JDK 17"
(( jdk_major == 17 )) || echo "note: JDK $jdk_version in use; this script is made and measured for JDK 17" >&2
if [[ ! -d "$JAVA_HOME/jmods" ]] && (( jdk_major < 24 )); then
  die "$JAVA_HOME has no jmods/ folder, which jlink needs (Debian: apt-get install openjdk-$jdk_major-jmods)"
fi

# --- version and description from the pom ----------------------------------------------------------
# The project's own <version>/<description> are the first ones outside a <parent> block.
pom_value() {
  awk -v tag="$1" '
    /<parent>/ { inparent = 1 }
    /<\/parent>/ { inparent = 0; next }
    !inparent && match($0, "<" tag ">[^<]*</" tag ">") {
      print substr($0, RSTART + length(tag) + 2, RLENGTH - 2 * length(tag) - 5); exit
    }' "$root/pom.xml"
}
pom_version="$(pom_value version)"
# jpackage (and dpkg) want a plain numeric version: 0.1.0-SNAPSHOT -> 0.1.0
app_version="$(sed -E -n 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/p' <<<"$pom_version")"
[[ -n "$app_version" ]] || die "cannot make a numeric version out of the pom's version '$pom_version'"
description="$(pom_value description)"
description="${description:-NextCall, a desktop companion for sales calls}"

# --- settings ------------------------------------------------------------------------------------
app_name="NextCall"
package_name="nextcall"
vendor="NextCall contributors"
copyright="Copyright NextCall contributors. Licensed under the Apache License, Version 2.0."
main_class="dev.nextcall.Launcher"
jar="$root/target/nextcall.jar"
icon="$root/icons/nextcall-512.png"
deb_resources="$root/packaging/linux/deb"   # postinst/prerm/copyright overrides, see packaging/README.md
out="$root/target/jpackage"
input="$out/input"
runtime="$out/runtime"
image="$out/$app_name"

# JDK modules for the classpath app (jdeps on the uber jar, see shared/docs/toolchain.md section 5), plus:
#   java.logging   (slf4j-jdk14 and our rolling logs), jdk.crypto.ec (TLS to Google on JDK 17),
#   jdk.localedata (day and month names in the rep's and the prospect's languages, not only English),
#   jdk.zipfs      (80 KB: code that opens a zip or jar as a FileSystem, as ControlsFX's Translations does, works
#                   under a full JDK but would fail with ProviderNotFoundException only in the packaged app).
#   java.net.http  (the subscription fetcher's HttpClient; jdeps misses it in the shaded jar, and without it the
#                   packaged app failed at the first fetch with ClassNotFoundException: java.net.http.HttpResponse…)
modules=(java.base java.compiler java.desktop java.naming java.security.jgss java.sql
         jdk.httpserver jdk.jfr jdk.unsupported java.logging jdk.crypto.ec jdk.localedata jdk.zipfs java.net.http)
if (( jdk_major >= 21 )); then
  compress="--compress=zip-6"          # --compress=2 is deprecated from JDK 21 on
  available="$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//')"
  kept=()
  for m in "${modules[@]}"; do
    # jdk.crypto.ec is an empty, deprecated module from JDK 22 on: keep only what this JDK still has
    if grep -qx "$m" <<<"$available"; then kept+=("$m"); fi
  done
  modules=("${kept[@]}")
else
  compress="--compress=2"
fi
module_list="$(IFS=,; echo "${modules[*]}")"

# Keep this list short: anything here must also make sense for every user's machine.
#   -Xshare:auto          use the runtime's CDS archive when it fits (the default, stated so nobody drops it by accident)
#   -Dfile.encoding=UTF-8 the JDK 18+ default; on JDK 17 a C/POSIX locale would otherwise mean ASCII files
java_options=(-Xshare:auto -Dfile.encoding=UTF-8)
if $want_cds; then
  # The archive recorded by the training run below; jpackage expands $APPDIR to the image's lib/app when it starts.
  # A JDK 17 archive holds only for the class path it was made with: an image moved elsewhere starts without it.
  # A moved image would say "Unable to use shared archive" on every start: -Xlog:cds*=off keeps it quiet.
  java_options+=('-XX:SharedArchiveFile=$APPDIR/nextcall.jsa' '-Xlog:cds=off' '-Xlog:cds+dynamic=off')
  # The .deb installs the image under /opt/nextcall, where an archive made here would never hold.
  ! $want_deb || die "--cds is for the app image only (the .deb moves it to /opt/nextcall, where the archive cannot hold)"

  command -v Xvfb >/dev/null || die "--cds needs Xvfb for the training run (Debian: apt-get install -y xvfb)"
fi

[[ -f "$icon" ]] || die "missing $icon (run icons/render.sh)"
if $want_deb; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || die "--deb needs $tool (Debian: apt-get install -y fakeroot dpkg)"
  done
fi

echo "NextCall $app_version (pom $pom_version), JDK $jdk_version at $JAVA_HOME"
t_all="$(now)"

# --- 1. the jar -----------------------------------------------------------------------------------
if $rebuild_jar || [[ ! -f "$jar" ]]; then
  echo "==> building $jar with ./mvnw"
  t="$(now)"
  (cd "$root" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -ntp package -DskipTests)
  echo "    jar built in $(since "$t")"
fi
[[ -f "$jar" ]] || die "the build did not produce $jar"
if command -v unzip >/dev/null; then
  jar_version="$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p' | head -n1)"
  if [[ -n "$jar_version" && "$jar_version" != "$pom_version" ]]; then
    echo "warning: $jar says version $jar_version but the pom says $pom_version; use --rebuild-jar" >&2
  fi
  main_entry="${main_class//.//}.class"
  if ! unzip -l "$jar" "$main_entry" >/dev/null 2>&1; then
    echo "warning: $jar has no $main_entry: the image will be built, but its launcher cannot start the app" >&2
  fi
fi

# --- 2. the runtime (jlink), reused when the JDK and options are unchanged -------------------------
jlink_args=(--add-modules "$module_list" --strip-debug --no-header-files --no-man-pages "$compress")
# A dynamic archive (--cds) needs the runtime's own base archive of JDK classes.
! $want_cds || jlink_args+=(--generate-cds-archive)
stamp="$JAVA_HOME $jdk_version ${jlink_args[*]}"
if ! $fresh_runtime && [[ -f "$runtime/.nextcall-jlink" && "$(cat "$runtime/.nextcall-jlink")" == "$stamp" ]]; then
  echo "==> reusing runtime $runtime (same JDK and jlink options; --fresh-runtime to redo)"
else
  echo "==> jlink: $module_list"
  t="$(now)"
  rm -rf "$runtime"
  mkdir -p "$out"
  "$jlink" "${jlink_args[@]}" --output "$runtime"
  echo "$stamp" >"$runtime/.nextcall-jlink"
  echo "    runtime built in $(since "$t"): $(du -sh "$runtime" | cut -f1)"
fi

# --- 3. the app image (jpackage) ------------------------------------------------------------------
echo "==> jpackage --type app-image"
t="$(now)"
rm -rf "$input" "$image"
mkdir -p "$input"
cp "$jar" "$input/"            # jpackage copies the whole --input folder into the image: only the jar goes there
jp_java_options=()
for o in "${java_options[@]}"; do jp_java_options+=(--java-options "$o"); done
"$jpackage" --type app-image \
  --name "$app_name" \
  --app-version "$app_version" \
  --description "$description" \
  --vendor "$vendor" \
  --copyright "$copyright" \
  --input "$input" \
  --main-jar nextcall.jar \
  --main-class "$main_class" \
  --runtime-image "$runtime" \
  --icon "$icon" \
  "${jp_java_options[@]}" \
  --dest "$out"
echo "    app image built in $(since "$t"): $(du -sh "$image" | cut -f1)"

# --- 3b. optional class-data-sharing archive -------------------------------------------------------------
if $want_cds; then
  echo "==> class-data sharing: one training run of the image under Xvfb"
  t="$(now)"
  train="$(mktemp -d)"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$train/display" 2>"$train/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [[ -s "$train/display" ]] && break; sleep 0.1; done
  [[ -s "$train/display" ]] || { kill "$xvfb_pid" 2>/dev/null; die "Xvfb did not start: $(cat "$train/xvfb.log")"; }
  # The same class path as the image's launcher gives (an archive holds only for that), a fresh data folder
  # (the first run's welcome included), and an exit 8 s after the first frame, once start-up work is done.
  if ! DISPLAY=":$(head -n1 "$train/display")" NEXTCALL_HOME="$train/home" \
       "$image/lib/runtime/bin/java" -Xshare:auto -Dfile.encoding=UTF-8 -XX:ArchiveClassesAtExit="$image/lib/app/nextcall.jsa" \
       -Dnextcall.exitAfterFirstFrameMillis=8000 -cp "$image/lib/app/nextcall.jar" "$main_class" >"$train/out.log" 2>&1; then
    kill "$xvfb_pid" 2>/dev/null || true
    die "the training run failed: $(tail -n 20 "$train/out.log")"
  fi
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$train"
  [[ -f "$image/lib/app/nextcall.jsa" ]] || die "the training run left no archive"
  echo "    archive made in $(since "$t"): $(du -h "$image/lib/app/nextcall.jsa" | cut -f1)"
fi

# --- 4. optional .deb ---------------------------------------------------------------------------------
deb=""
if $want_deb; then
  echo "==> jpackage --type deb (from the app image)"
  t="$(now)"
  rm -f "$out/${package_name}_"*.deb
  maintainer=()
  [[ -z "${NEXTCALL_DEB_MAINTAINER:-}" ]] || maintainer=(--linux-deb-maintainer "$NEXTCALL_DEB_MAINTAINER")
  "$jpackage" --type deb \
    --app-image "$image" \
    --name "$app_name" \
    --app-version "$app_version" \
    --description "$description" \
    --vendor "$vendor" \
    --copyright "$copyright" \
    --icon "$icon" \
    --resource-dir "$deb_resources" \
    --linux-package-name "$package_name" \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6" \
    --linux-shortcut \
    --linux-menu-group Office \
    ${maintainer[@]+"${maintainer[@]}"} \
    --dest "$out"
  deb="$(ls "$out/${package_name}_"*.deb)"
  echo "    .deb built in $(since "$t"): $(du -h "$deb" | cut -f1)"
fi

echo
echo "Done in $(since "$t_all")."
echo "App image: $image ($(du -sh "$image" | cut -f1); runtime $(du -sh "$image/lib/runtime" | cut -f1))"
echo "Run it:    $image/bin/$app_name"
[[ -z "$deb" ]] || echo "Package:   $deb ($(du -h "$deb" | cut -f1)); install with: sudo apt install $deb"
