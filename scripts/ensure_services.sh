#!/usr/bin/env bash
# Make sure what the test suite talks to is running: PostgreSQL, Redis, an S3-compatible server
# (moto, from the dev dependencies) and Debian's Chromium. Starts a service that is installed
# but stopped; installs Chromium when absent.
set -euo pipefail

say() { printf '[services] %s\n' "$*"; }

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! command -v pg_isready >/dev/null 2>&1 && ! command -v pg_ctlcluster >/dev/null 2>&1; then
  say "PostgreSQL is not installed. Install it (apt-get install postgresql) and run make test again."
  exit 1
fi
if ! pg_up; then
  say "starting PostgreSQL"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { say "PostgreSQL did not start on 127.0.0.1:5432"; exit 1; }
fi
say "PostgreSQL ok"

redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
if ! command -v redis-server >/dev/null 2>&1; then
  say "Redis is not installed. Install it (apt-get install redis-server) and run make test again."
  exit 1
fi
if ! redis_up; then
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  redis_up || { say "Redis did not start on 127.0.0.1:6379"; exit 1; }
fi
say "Redis ok"

# The S3-compatible server the storage tests keep media in: moto's standalone server (memory
# only; every test makes its own bucket, so one server serves every checkout on the machine).
S3_PORT="${TEST_S3_PORT:-5055}"
s3_up() {
  python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:${S3_PORT}/moto-api/', timeout=2)" 2>/dev/null
}
if ! s3_up; then
  moto=".venv/bin/moto_server"
  [ -x "$moto" ] || { say "moto is not installed in .venv (make setup installs it)"; exit 1; }
  say "starting the S3 server (moto) on 127.0.0.1:${S3_PORT}"
  log="${TMPDIR:-/tmp}/stillmotion-moto-${S3_PORT}.log"
  setsid nohup "$moto" -H 127.0.0.1 -p "$S3_PORT" >"$log" 2>&1 </dev/null &
  for _ in $(seq 1 40); do s3_up && break; sleep 0.25; done
  s3_up || { say "the S3 server did not start on 127.0.0.1:${S3_PORT} (see $log)"; exit 1; }
fi
say "S3 server ok (http://127.0.0.1:${S3_PORT})"

if [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium for browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null
  apt-get install -y -qq chromium </dev/null >/dev/null
fi
say "Chromium ok ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
