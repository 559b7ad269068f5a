#!/usr/bin/env bash
# Cold start and idle RSS of the fat jar (issue 7 item 2; issue 2 "cold start time to healthz and idle RSS").
#
#   mvn -B -q package -DskipTests          # builds target/zhaoshang-bot.jar
#   bench/startup.sh [runs]                # default JVM flags
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx256m" bench/startup.sh   # a deployment's flags
#   CDS_ARCHIVE=target/zhaoshang-bot.jsa bench/startup.sh     # AppCDS: a training run writes the archive if missing
#
# Each run: a fresh temp dir as working directory (so no .env is read) holding a new data dir, the repo's
# bot-config, a free loopback port; time from just before `java` is launched to the first 200 from /healthz
# (polled every ~10 ms with curl); then 10 s idle and VmRSS from /proc/PID/status; then SIGTERM to that PID.
# Prints each run and the median and max. Goals: cold start <= 2.5 s, idle RSS <= 250 MB.
set -euo pipefail

RUNS="${1:-5}"
IDLE_SECONDS="${IDLE_SECONDS:-10}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${JAR:-$REPO/target/zhaoshang-bot.jar}"
JAVA="${JAVA:-java}"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q package -DskipTests first" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PID=""
WORK=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ -n "$WORK" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "machine: $(nproc) cpu(s), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
echo "load average at start: $(cat /proc/loadavg)"
if [ -n "${CDS_ARCHIVE:-}" ]; then
  # AppCDS (JDK 13+ dynamic archive): one training run dumps the classes it loaded at exit; later runs map them.
  if [ ! -f "$CDS_ARCHIVE" ]; then
    WORK="$(mktemp -d /tmp/zhaoshang-startup.XXXXXX)"; PORT="$(free_port)"; cd "$WORK"
    BOT_PORT="$PORT" BOT_DB_URL="jdbc:sqlite:$WORK/data/zhaoshang.db" BOT_CONFIG_DIR="$REPO/bot-config" \
      "$JAVA" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -jar "$JAR" >"$WORK/bot.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 3000); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/healthz" || true)" = "200" ] && break
      sleep 0.01
    done
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
    cd /; rm -rf "$WORK"; WORK=""
    [ -f "$CDS_ARCHIVE" ] || { echo "no CDS archive written to $CDS_ARCHIVE" >&2; exit 1; }
    echo "CDS archive written: $CDS_ARCHIVE ($(du -m "$CDS_ARCHIVE" | cut -f1) MB)"
  fi
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$CDS_ARCHIVE"
fi
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}"
starts=()
cpus=()
rss=()
for i in $(seq 1 "$RUNS"); do
  WORK="$(mktemp -d /tmp/zhaoshang-startup.XXXXXX)"
  PORT="$(free_port)"
  cd "$WORK"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  BOT_PORT="$PORT" BOT_DB_URL="jdbc:sqlite:$WORK/data/zhaoshang.db" BOT_CONFIG_DIR="$REPO/bot-config" \
    "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/bot.log" 2>&1 &
  PID=$!
  ok=""
  deadline=$((t0 + 30000000000))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    if ! kill -0 "$PID" 2>/dev/null; then break; fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/healthz" || true)" = "200" ]; then
      ok=1; break
    fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  if [ -z "$ok" ]; then echo "run $i: no 200 from /healthz within 30 s; log:" >&2; cat "$WORK/bot.log" >&2; exit 1; fi
  ms=$(( (t1 - t0) / 1000000 ))
  # CPU the JVM burnt until then (user+sys): less sensitive than wall time to other load on a shared machine
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$PID/stat")
  sleep "$IDLE_SECONDS"
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
  echo "run $i: cold start to healthz ${ms} ms (CPU ${cpu_ms} ms), idle RSS after ${IDLE_SECONDS} s $((kb / 1024)) MB"
  starts+=("$ms")
  cpus+=("$cpu_ms")
  rss+=("$((kb / 1024))")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  cd /; rm -rf "$WORK"; WORK=""
done

stats() { # median and max of the arguments
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  if (( n % 2 )); then med=${sorted[$((n / 2))]}; else med=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
  echo "median $med max ${sorted[$((n - 1))]}"
}
echo "cold start ms: $(stats "${starts[@]}") (goal <= 2500)"
echo "CPU to healthz ms: $(stats "${cpus[@]}")"
echo "idle RSS MB:   $(stats "${rss[@]}") (goal <= 250)"
