#!/usr/bin/env bash
# Builds a Docker-format base image tar for Jib from this machine's own JDK, for machines that
# cannot pull eclipse-temurin:17-jre (no registry access, no Docker daemon). Used by the Maven
# profile `local-jre-base`; see docker/README.md.
#
#   build-local-base-image.sh <java.home> <output.tar>
#
# The image has one layer: a jlink runtime of the JDK's modules at /opt/java/openjdk (the
# same place and JAVA_HOME as the Temurin images), the shared libraries it links against,
# CA certificates, /tmp and minimal /etc files. No shell, no package manager.
set -euo pipefail

java_home="${1:?usage: $0 <java.home> <output.tar>}"
output="${2:?usage: $0 <java.home> <output.tar>}"

if [ -s "$output" ]; then
  echo "Local base image exists: $output (mvn clean to rebuild)"
  exit 0
fi

for tool in tar sha256sum ldd find; do
  command -v "$tool" >/dev/null || { echo "$tool is needed to build the local base image" >&2; exit 1; }
done
[ -d "$java_home/jmods" ] || { echo "$java_home has no jmods/ (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }

case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

work="$(dirname "$output")/local-base-work"
rm -rf "$work"
mkdir -p "$work/rootfs/opt/java" "$work/image"
rootfs="$work/rootfs"

# every module of the JDK but the incubating ones (they warn at each start)
modules="$("$java_home/bin/java" --list-modules | sed 's/@.*//' | grep -v '^jdk\.incubator\.' | paste -sd, -)"
echo "jlink: runtime of $java_home"
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-man-pages --no-header-files \
  --output "$rootfs/opt/java/openjdk"

# Debian's JDK keeps its CA store under /etc; the jmod's copy may be empty
if [ -s /etc/ssl/certs/java/cacerts ]; then
  cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/openjdk/lib/security/cacerts"
fi

# every shared library any binary of the runtime links against, and the loader itself
libs="$work/libs.txt"
find "$rootfs/opt/java/openjdk" -type f \( -name '*.so' -o -perm -u+x \) -print0 \
  | xargs -0 ldd 2>/dev/null \
  | awk '/=> \// {print $3} /^\t\/[^ ]+ \(/ {print $1}' \
  | grep -v "^$rootfs" | sort -u > "$libs"
# glibc loads libgcc_s at run time to unwind threads
for extra in /lib/x86_64-linux-gnu/libgcc_s.so.1 /lib/aarch64-linux-gnu/libgcc_s.so.1; do
  [ -e "$extra" ] && echo "$extra" >> "$libs"
done
sort -u -o "$libs" "$libs"
while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done < "$libs"
echo "shared libraries: $(wc -l < "$libs")"

mkdir -p "$rootfs/tmp" "$rootfs/etc"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# one reproducible layer: fixed order, owner and time
(cd "$rootfs" && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "../image/layer.tar" etc lib* opt tmp $( [ -d usr ] && echo usr ))
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
java_version="$("$rootfs/opt/java/openjdk/bin/java" -version 2>&1 | head -1 | tr -d '"')"

cat > "$work/image/config.json" <<JSON
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"docker/build-local-base-image.sh: jlink runtime ($java_version) and its shared libraries"}]}
JSON
cat > "$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["crossflow-local-jre:17"],"Layers":["layer.tar"]}]
JSON

(cd "$work/image" && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$(realpath -m "../../$(basename "$output")")" manifest.json config.json layer.tar)
rm -rf "$work"
echo "Local base image: $output ($(du -h "$output" | cut -f1), $java_version)"
