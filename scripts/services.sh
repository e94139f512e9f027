#!/usr/bin/env bash
# Start the PostgreSQL and Redis servers the production-store tests use, on loopback, and create
# the `knee` role and database they connect as. Idempotent; needs root (Debian's cluster tools).
# Installs the Debian packages first when they are missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if ((${#need[@]})); then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 30); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
runuser -u postgres -- psql -qtA -c "select 1 from pg_roles where rolname = 'knee'" | grep -q 1 ||
  runuser -u postgres -- psql -q -c "create role knee login createdb password 'knee'"
runuser -u postgres -- psql -qtA -c "select 1 from pg_database where datname = 'knee'" | grep -q 1 ||
  runuser -u postgres -- psql -q -c "create database knee owner knee"

redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 ||
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
echo "PostgreSQL $version and Redis on 127.0.0.1 (role and database: knee)"
