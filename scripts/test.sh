#!/usr/bin/env bash
# The README's test command: on a fresh machine (Debian, as root) it installs what the tests
# need and is missing (Redis and Chromium from apt-get; PostgreSQL 15 is expected on the
# machine and installed too if absent), then the npm packages, checks formatting, lint and
# types, builds, and runs every test. Arguments go to jest (`scripts/test.sh test/core`).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# the exports' offsets are checked by slicing with Python's own strings
command -v python3 >/dev/null 2>&1 || missing+=(python3-minimal)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt-get"
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh: ${missing[*]} missing, and installing them needs root (apt-get)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run lint
npm run typecheck
npm run build
npm test -- "$@"
