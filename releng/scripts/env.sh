# Shared by the releng and benchmark scripts: finds a JDK 21+ and the OS packages the build,
# the UI tests and the product need; unpacks the product and starts its simulator for the benchmarks and
# the soak. Sourced, not run.

tagbench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

tagbench_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1 | cut -d. -f1
}

# Sets JAVA_HOME to a JDK 21 or newer: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
tagbench_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tagbench_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME=$candidate
      return 0
    fi
  done
  echo "Tagbench builds with a JDK 21 or newer and none was found (JAVA_HOME, /usr/lib/jvm)." >&2
  echo "Install one, e.g.: apt-get install openjdk-21-jdk-headless  (or a Temurin JDK 21+), then set JAVA_HOME." >&2
  return 1
}

# Installs missing Debian packages when running as root with apt-get; otherwise prints the command.
# Arguments: pairs of "command-or-library package".
tagbench_require_packages() {
  local missing=() check pkg
  while [ $# -gt 1 ]; do
    check=$1; pkg=$2; shift 2
    case "$check" in
      lib*) ldconfig -p 2>/dev/null | grep -F "$check" >/dev/null || missing+=("$pkg") ;;
      *) command -v "$check" >/dev/null 2>&1 || missing+=("$pkg") ;;
    esac
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing OS packages: ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    return $?
  fi
  echo "Missing OS packages. Install them with:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  return 1
}

# Starts Xvfb on a free display when there is no DISPLAY; stops it when the calling shell exits.
tagbench_ensure_display() {
  [ -n "${DISPLAY:-}" ] && return 0
  local n
  for n in $(seq 91 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    tagbench_xvfb_pid=$!
    trap 'kill "$tagbench_xvfb_pid" 2>/dev/null' EXIT
    local tries=0
    until [ -e "/tmp/.X11-unix/X$n" ]; do
      tries=$((tries + 1))
      if [ $tries -gt 100 ] || ! kill -0 "$tagbench_xvfb_pid" 2>/dev/null; then
        echo "Xvfb did not start on display :$n." >&2
        return 1
      fi
      sleep 0.1
    done
    export DISPLAY=":$n"
    echo "Started Xvfb on DISPLAY=$DISPLAY" >&2
    return 0
  done
  echo "No free X display number between :91 and :140 for Xvfb." >&2
  return 1
}

# Unpacks the Linux product into the folder $1 (building it first, tests skipped, when there is none) and
# sets tagbench_cp to the class path of its jars: the benchmarks and the soak run on the jars users get.
# A product older than the sources is used as it is, with a warning: rebuild it to measure a change.
tagbench_unpack_product() {
  local into=$1 archive pattern="$tagbench_root/releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz"
  archive=$(ls $pattern 2>/dev/null | head -n 1 || true)
  if [ -z "$archive" ]; then
    echo "Building the product first (tests skipped)..." >&2
    (cd "$tagbench_root" && ./mvnw -B -ntp -q verify -DskipTests)
    archive=$(ls $pattern | head -n 1)
  elif [ -n "$(find "$tagbench_root/bundles" -name '*.java' -newer "$archive" -print -quit)" ]; then
    echo "Note: $archive is older than the sources; rebuild it (./mvnw verify -DskipTests) to measure them." >&2
  fi
  mkdir -p "$into"
  tar -xzf "$archive" -C "$into"
  tagbench_cp=$(ls "$into"/tagbench/plugins/*.jar | tr '\n' ':')
}

# Starts the simulator of the unpacked product (tagbench_cp) in its own JVM, its output in the file $1 and
# the other arguments given to it (e.g. --generate 10000,100 --state DIR); waits until it serves and sets
# tagbench_sim_pid, tagbench_sim_url and tagbench_sim_sha256. tagbench_stop_simulator ends it.
tagbench_start_simulator() {
  local log=$1
  shift
  tagbench_stop_simulator
  "$JAVA_HOME/bin/java" -Xmx2g -Dslf4j.internal.verbosity=ERROR -cp "$tagbench_cp" org.tagbench.simulator.Main \
    --port 0 "$@" >"$log" 2>&1 &
  tagbench_sim_pid=$!
  for _ in $(seq 1 600); do
    grep -q '^Certificate SHA-256:' "$log" && break
    kill -0 "$tagbench_sim_pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.1
  done
  tagbench_sim_url=$(sed -n 's/^Service: *//p' "$log")
  tagbench_sim_sha256=$(sed -n 's/^Certificate SHA-256: *//p' "$log")
  [ -n "$tagbench_sim_sha256" ] || { echo "The simulator did not start; see $log" >&2; return 1; }
}

tagbench_stop_simulator() {
  if [ -n "${tagbench_sim_pid:-}" ]; then
    kill "$tagbench_sim_pid" 2>/dev/null || true
    wait "$tagbench_sim_pid" 2>/dev/null || true
    tagbench_sim_pid=""
  fi
}
