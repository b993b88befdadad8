#!/usr/bin/env bash
# Runs Neo4j 5.26 Community locally with Java 17, without Docker.
#
# The server and the Neo4j Browser are fetched from Maven Central by Maven
# (tools/neo4j/pom.xml) into the Maven cache (~/.m2), so only the first start
# downloads anything. Data, logs and config live under $NEO4J_LOCAL_HOME
# (default: .neo4j/ in the repository, ignored by git).
#
#   scripts/neo4j.sh start    start (or reuse) the server, wait until Bolt answers
#   scripts/neo4j.sh stop     stop it cleanly
#   scripts/neo4j.sh status   say whether it runs
#   scripts/neo4j.sh reset    stop it and delete its data
#   scripts/neo4j.sh env      print the ACTORGRAPH_NEO4J_* variables to export
#
# Settings (environment): NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
# NEO4J_LOCAL_HOME (.neo4j), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m);
# NEO4J_OWN_ONLY=1: refuse, with a message that says how to choose other
# ports, to use a server that answers on the ports but is not the one of
# this home (another clone's or worktree's); `make test` sets it.
# NEO4J_EXTRA_CONF: lines appended to the generated neo4j.conf (e.g.
# "db.index_sampling.background_enabled=false"); NEO4J_JAVA_OPTS: more JVM
# options. Both take effect at the next start.
# The password comes from .env (NEO4J_PASSWORD=...); when .env is missing a
# random one is generated and written there.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
home=${NEO4J_LOCAL_HOME:-$root/.neo4j}
case "$home" in /*) ;; *) home=$root/$home ;; esac
bolt_port=${NEO4J_BOLT_PORT:-7687}
http_port=${NEO4J_HTTP_PORT:-7474}
heap=${NEO4J_HEAP:-1g}
pagecache=${NEO4J_PAGECACHE:-512m}
pidfile=$home/run/neo4j.pid
portsfile=$home/run/ports
log=$home/logs/console.log

say() { echo "neo4j.sh: $*" >&2; }
die() { say "$*"; exit 1; }

ensure_env() {
  if [ ! -f "$root/.env" ]; then
    local pw
    pw=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
    umask 077
    printf 'NEO4J_PASSWORD=%s\n' "$pw" > "$root/.env"
    say "wrote a new random password to .env"
  fi
  # shellcheck disable=SC1091
  password=$(grep -E '^NEO4J_PASSWORD=' "$root/.env" | tail -1 | cut -d= -f2-)
  [ -n "$password" ] || die ".env has no NEO4J_PASSWORD=... line"
  [ ${#password} -ge 8 ] || die "NEO4J_PASSWORD in .env must have at least 8 characters (Neo4j's rule)"
}

# quoted prints the password double-quoted, with backslashes and quotes
# escaped, as both curl's config files and picocli's @-files (Neo4j's admin
# tool) read a quoted value. It is a builtin: the password reaches the
# tools through a pipe or /dev/fd, never through any process's command
# line, where every local user could read it (ps, /proc/*/cmdline).
quoted() {
  local p=${password//\\/\\\\}
  p=${p//\"/\\\"}
  printf '"%s"' "$p"
}

bolt_up() { (exec 3<>"/dev/tcp/127.0.0.1/$bolt_port") 2>/dev/null; }

http_up() { (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; }

# not_ours stops a start whose ports answer while this home's server is
# not running: the server there belongs to something else, often another
# clone or worktree of this repository, with another password and data
# that its tests would wipe.
not_ours() {
  local taken=$bolt_port b h
  bolt_up || taken=$http_port
  b=$(free_port $((bolt_port + 10)))
  h=$(free_port $((http_port + 10)))
  die "port $taken answers, but not with the Neo4j of $home (it is not running): another clone or worktree probably started its own there.
  Choose two free ports for this checkout (these are free now), e.g.
    make test TEST_BOLT_PORT=$b TEST_HTTP_PORT=$h
  or stop the other instance (scripts/neo4j.sh stop, run in its checkout)."
}

# free_port prints the first port from $1 on that nothing answers on.
free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# same_ports stops a start that asks this home's running server (pid $1)
# for other ports than those it was started on: the ports asked for would
# reach some other server, or none.
same_ports() {
  local b h
  read -r b h 2>/dev/null <"$portsfile" || return 0
  [ "$b $h" = "$bolt_port $http_port" ] && return 0
  die "the Neo4j of $home already runs (pid $1) on ports $b (Bolt) and $h (HTTP), not $bolt_port and $http_port.
  Use those ports (e.g. make test TEST_BOLT_PORT=$b TEST_HTTP_PORT=$h), or stop it first (make test-neo4j-stop TEST_BOLT_PORT=$b TEST_HTTP_PORT=$h)."
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid; pid=$(cat "$pidfile")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

classpath() {
  command -v java >/dev/null || die "java not found: install Java 17 (apt-get install openjdk-17-jre-headless)"
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install maven)"
  local pom=$root/tools/neo4j/pom.xml cp=$home/classpath.txt stamp=$home/classpath.sha
  local sum; sum=$(sha256sum "$pom" | cut -d' ' -f1)
  if [ ! -s "$cp" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    say "resolving Neo4j from Maven Central (first time only; cached in ~/.m2)"
    mvn -q -B -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cp.tmp" >&2 \
      || die "Maven could not fetch Neo4j (see the output above)"
    mv "$cp.tmp" "$cp"; echo "$sum" > "$stamp"
  fi
  cat "$cp"
}

write_conf() {
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/import" "$home/plugins"
  cat > "$home/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh; edits are overwritten on start.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$bolt_port
server.bolt.advertised_address=127.0.0.1:$bolt_port
server.http.listen_address=127.0.0.1:$http_port
server.http.advertised_address=127.0.0.1:$http_port
server.https.enabled=false
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.import=$home/import
server.directories.plugins=$home/plugins
server.directories.run=$home/run
server.memory.heap.initial_size=$heap
server.memory.heap.max_size=$heap
server.memory.pagecache.size=$pagecache
db.tx_log.rotation.retention_policy=1G size
dbms.usage_report.enabled=false
${NEO4J_EXTRA_CONF:-}
CONF
}

check_auth() {
  local code i
  # HTTP comes up a moment after Bolt.
  for i in $(seq 1 30); do
    curl -s -o /dev/null "http://127.0.0.1:$http_port/" && break
    sleep 1
  done
  # curl reads the user and password from a config on stdin (-K -).
  code=$(printf 'user = %s\n' "$(password=neo4j:$password quoted)" |
    curl -s -K - -o /dev/null -w '%{http_code}' \
    -H 'Content-Type: application/json' -d '{"statements":[{"statement":"RETURN 1"}]}' \
    "http://127.0.0.1:$http_port/db/system/tx/commit" || true)
  case "$code" in
    200) return 0 ;;
    401|403) die "Neo4j on port $bolt_port refuses the password in .env. Its data ($home/data) was made with another one: run 'scripts/neo4j.sh reset' to start afresh." ;;
    *) say "could not check the password over HTTP (status $code); continuing" ;;
  esac
}

start() {
  ensure_env
  if pid=$(running_pid); then
    same_ports "$pid"
    say "already running (pid $pid) on bolt://127.0.0.1:$bolt_port"; check_auth; return 0
  fi
  if bolt_up || http_up; then
    if [ "${NEO4J_OWN_ONLY:-}" = 1 ]; then not_ours; fi
    bolt_up || die "port $http_port (HTTP) is taken by another program; set NEO4J_HTTP_PORT"
    say "something already answers on port $bolt_port; using it"; return 0
  fi
  local cp; cp=$(classpath)
  write_conf
  export NEO4J_HOME=$home NEO4J_CONF=$home/conf
  if [ ! -d "$home/data/dbms" ]; then
    # The admin tool reads its argument from an @-file: a pipe (/dev/fd/N).
    java -cp "$cp" org.neo4j.cli.AdminTool dbms set-initial-password @<(quoted; echo) >>"$home/logs/admin.log" 2>&1 \
      || die "could not set the initial password (see $home/logs/admin.log)"
  fi
  say "starting Neo4j 5.26 Community on bolt://127.0.0.1:$bolt_port (Browser: http://127.0.0.1:$http_port/browser/)"
  # The JVM options Neo4j's own launcher (bin/neo4j) passes: without the
  # --add-opens, the page cache falls back to a slower way of reaching
  # direct buffers and says so in debug.log.
  nohup java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC ${NEO4J_JAVA_OPTS:-} -XX:-OmitStackTraceInFastThrow -XX:+AlwaysPreTouch \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    -Dfile.encoding=UTF-8 -cp "$cp" \
    org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$home/conf" \
    >"$log" 2>&1 </dev/null &
  echo $! > "$pidfile"
  echo "$bolt_port $http_port" > "$portsfile"
  local waited=0 limit=${NEO4J_START_TIMEOUT:-180}
  until bolt_up; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      tail -30 "$log" >&2 || true
      die "Neo4j exited during start (log: $log)"
    fi
    [ $waited -ge $limit ] && die "Bolt did not answer on port $bolt_port within ${limit}s (log: $log)"
    sleep 1; waited=$((waited+1))
  done
  check_auth
  say "up after ${waited}s"
}

stop() {
  local pid
  if ! pid=$(running_pid); then say "not running"; rm -f "$pidfile"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then say "did not stop in 60s; killing"; kill -9 "$pid" || true; fi
  rm -f "$pidfile"
  say "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if pid=$(running_pid); then echo "running (pid $pid) on bolt://127.0.0.1:$bolt_port"; else echo "not running"; exit 1; fi ;;
  reset) stop; rm -rf "$home/data" "$home/logs"; say "data deleted" ;;
  env)
    ensure_env
    echo "export ACTORGRAPH_NEO4J_URI=bolt://127.0.0.1:$bolt_port"
    echo "export ACTORGRAPH_NEO4J_USER=neo4j"
    echo "export ACTORGRAPH_NEO4J_PASSWORD=$password" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
