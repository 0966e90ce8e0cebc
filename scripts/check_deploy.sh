#!/usr/bin/env bash
# `manage.py check --deploy` under production settings with placeholder (non-secret) values.
set -euo pipefail
export DJANGO_SETTINGS_MODULE=saas.settings.production
export DJANGO_SECRET_KEY="check-deploy-$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')"
export DJANGO_ALLOWED_HOSTS=stillmotion.example
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
export REDIS_URL=redis://127.0.0.1:6379/0
export SITE_URL=https://stillmotion.example
export C2PA_CERT_FILE=/etc/stillmotion/c2pa-chain.pem
export C2PA_KEY_FILE=/etc/stillmotion/c2pa-key.pem
exec .venv/bin/python manage.py check --deploy --fail-level WARNING
