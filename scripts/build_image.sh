#!/usr/bin/env bash
# Build the Stillmotion image with podman where no container registry is reachable, and
# optionally smoke-test it. SLOW and OPTIONAL (minutes: debootstrap, apt and ~1 GB of wheels);
# never part of `make test`. Where a registry is reachable, `docker build -t stillmotion .` is
# all it takes; this script exists for machines like ours.
#
#   scripts/build_image.sh            build localhost/stillmotion:dev
#   scripts/build_image.sh --smoke    ... then run it against this host's PostgreSQL and Redis
#   scripts/build_image.sh --clean    remove the images and the cache this script made
#
# Without a registry there is no python:3.11-slim: the base is Debian bookworm from Debian's
# mirror (debootstrap), whose python3 is 3.11, imported as localhost/python-base:3.11 with
# python3-venv and a `python` link (what python:3.11-slim offers the Dockerfile). BASE_IMAGE=...
# uses another base. RUN steps need runc (crun cannot set rlimits here) and ulimits of 1024: a
# containers.conf of our own says so. The host's CA bundle reaches pip and uv as a build secret
# (--secret id=build_ca), never a layer.
#
# --smoke needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and Redis on
# 127.0.0.1:6379; it uses a database of its own (dropped afterwards) and Redis db 13, runs with
# --network host, and removes every container it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${STILLMOTION_BUILD_DIR:-/tmp/stillmotion-image}"
IMAGE="${STILLMOTION_IMAGE:-localhost/stillmotion:dev}"
LOCAL_DEBIAN=localhost/debian:bookworm-local
LOCAL_BASE=localhost/python-base:3.11
BASE_IMAGE="${BASE_IMAGE:-}"
HOST_CA="${BUILD_CA_FILE:-/etc/ssl/certs/ca-certificates.crt}"
SMOKE_PORT="${SMOKE_PORT:-18000}"
SMOKE_DB=stillmotion_image_check
SMOKE_REDIS_DB=13

log() { printf '\n== %s\n' "$*"; }

mode=build
case "${1:-}" in
  "") ;;
  --smoke) mode=smoke ;;
  --clean) mode=clean ;;
  *) echo "usage: $0 [--smoke|--clean]" >&2; exit 2 ;;
esac

mkdir -p "$WORK"
# Our own containers.conf: runc, and ulimits this sandbox allows.
cat > "$WORK/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"

if [[ $mode == clean ]]; then
  podman rmi -f "$IMAGE" "$LOCAL_BASE" "$LOCAL_DEBIAN" 2>/dev/null || true
  podman image prune -f >/dev/null || true
  rm -rf "$WORK"
  echo "removed $IMAGE, $LOCAL_BASE, $LOCAL_DEBIAN and $WORK"
  exit 0
fi

missing=()
for tool in podman buildah runc debootstrap; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then
    log "installing ${missing[*]} (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah runc debootstrap >/dev/null
  else
    echo "missing: ${missing[*]} (apt-get install podman buildah runc debootstrap)" >&2
    exit 1
  fi
fi

secret_args=()
if [[ -s $HOST_CA ]]; then
  secret_args=(--secret "id=build_ca,src=$HOST_CA")
fi

# -- the base ---------------------------------------------------------------------------------
if [[ -z $BASE_IMAGE ]]; then
  BASE_IMAGE=$LOCAL_BASE
  if ! podman image exists "$LOCAL_BASE"; then
    if ! podman image exists "$LOCAL_DEBIAN"; then
      log "debootstrap bookworm (minbase) into $WORK/rootfs"
      rm -rf "$WORK/rootfs"
      debootstrap --variant=minbase bookworm "$WORK/rootfs" http://deb.debian.org/debian \
        >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log"; exit 1; }
      tar -C "$WORK/rootfs" -c . | podman import - "$LOCAL_DEBIAN" >/dev/null
      rm -rf "$WORK/rootfs"
    fi
    log "building $LOCAL_BASE (python3.11 + venv from Debian, like python:3.11-slim)"
    podman build --format docker -t "$LOCAL_BASE" -f - "$WORK" <<EOF
FROM $LOCAL_DEBIAN
ENV LANG=C.UTF-8
RUN apt-get update \\
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\
       python3 python3-venv ca-certificates \\
    && ln -s /usr/bin/python3 /usr/local/bin/python \\
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
CMD ["python3"]
EOF
  fi
fi

# -- the image --------------------------------------------------------------------------------
if [[ $mode == build || ! $(podman images -q "$IMAGE") ]] || [[ ${REBUILD:-} == 1 ]]; then
  log "building $IMAGE from $ROOT (BASE=$BASE_IMAGE)"
  start=$SECONDS
  podman build --format docker --build-arg "BASE=$BASE_IMAGE" "${secret_args[@]}" \
    -t "$IMAGE" "$ROOT"
  echo "built in $((SECONDS - start)) s"
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'stillmotion|python-base' || true
[[ $mode == smoke ]] || exit 0

# -- smoke test -------------------------------------------------------------------------------
containers=()
cleanup() {
  for name in "${containers[@]}"; do podman rm -f -t 5 "$name" >/dev/null 2>&1 || true; done
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $SMOKE_DB" >/dev/null 2>&1 || true
  redis-cli -h 127.0.0.1 -n "$SMOKE_REDIS_DB" flushdb >/dev/null 2>&1 || true
}
trap cleanup EXIT
# One-off containers skip the image's HEALTHCHECK (podman would try systemd timers for it).
once=(--no-healthcheck)

log "runtime libraries: every extension module in the venv resolves (ldd)"
# The wheels' private copies in */*.libs/ are loaded through the extensions' RPATH; ldd on one
# of them alone cannot find its siblings, so only the objects Python itself loads are checked.
podman run --rm "${once[@]}" "$IMAGE" sh -c \
  'find /app/.venv -name "*.so*" -type f -not -path "*.libs/*" -print0 | xargs -0 -n 50 ldd 2>/dev/null | grep "not found" | sort -u' \
  >"$WORK/ldd-missing.txt" || true
if [[ -s $WORK/ldd-missing.txt ]]; then
  echo "unresolved:"; cat "$WORK/ldd-missing.txt"; exit 1
fi
echo "none missing"
podman run --rm "${once[@]}" "$IMAGE" python -c '
import av, c2pa, cv2, numpy, onnxruntime, PIL, pillow_heif, psycopg
print("cv2", cv2.__version__, "| av", av.__version__, "| onnxruntime", onnxruntime.__version__,
      "| numpy", numpy.__version__, "| Pillow", PIL.__version__, "| psycopg", psycopg.__version__)'
podman run --rm "${once[@]}" "$IMAGE" sh -c 'id; ls -ld /app /app/var /app/var/staticfiles; command -v uv pip || true'

log "the motion engine inside the image (embedded settings, in-process flow)"
# A real photo (scikit-image's coffee, from the dev venv) passes QA; a synthetic gradient is
# the fallback and may end failed_qa ("does not show the scene"), which still exercises every
# native library. Embedded mode's filesystem queue writes a control/ folder into the working
# directory and /app is read-only to the app user: work from /tmp.
photo="$WORK/photo.jpg"
if [[ -x $ROOT/.venv/bin/python ]] && "$ROOT/.venv/bin/python" -c "import skimage" 2>/dev/null; then
  "$ROOT/.venv/bin/python" -c "from skimage import data; from PIL import Image
Image.fromarray(data.coffee()).save('$photo', quality=92)"
  expect=delivered
else
  podman run --rm "${once[@]}" -v "$WORK:/out" "$IMAGE" python -c "
import numpy as np; from PIL import Image
y, x = np.mgrid[0:540, 0:720]
rgb = np.stack([x * 255 // 720, y * 255 // 540, (x + y) * 255 // 1260], axis=-1)
Image.fromarray(rgb.astype('uint8')).save('/out/photo.jpg', quality=90)"
  expect=any
fi
chmod 0644 "$photo"
podman run --rm "${once[@]}" -e DJANGO_SETTINGS_MODULE=saas.settings.local \
  -e STILLMOTION_VAR_DIR=/tmp/var -v "$photo:/tmp/in/photo.jpg:ro" "$IMAGE" sh -c '
cd /tmp && python /app/manage.py migrate --noinput -v 0 \
&& python /app/manage.py animate /tmp/in/photo.jpg --prompt "slow push in" --duration 2 \
   --out /tmp/clip.mp4 --json; \
test -f /tmp/clip.mp4 && python /app/manage.py verify_clip /tmp/clip.mp4 --json' \
  2>"$WORK/animate.log" | tee "$WORK/animate.json" | cut -c1-400 || true
if [[ $expect == delivered ]]; then
  grep -q '"status": "delivered"' "$WORK/animate.json" || { tail -20 "$WORK/animate.log"; exit 1; }
  grep -q '"state": "Trusted"' "$WORK/animate.json" || { echo "clip not verified" >&2; exit 1; }
  echo "clip delivered, C2PA manifest verified (Trusted) inside the image"
fi

# Signing material: the app's own development chain (root + signer), made inside the image
# under embedded settings and mounted where production expects C2PA_CERT_FILE/C2PA_KEY_FILE.
# Test material only; production mounts its real chain the same way.
rm -rf "$WORK/c2pa" && mkdir -p "$WORK/c2pa" && chmod 0777 "$WORK/c2pa"
podman run --rm "${once[@]}" -e DJANGO_SETTINGS_MODULE=saas.settings.local \
  -e STILLMOTION_VAR_DIR=/out -v "$WORK/c2pa:/out" "$IMAGE" \
  sh -c 'cd /tmp && python /app/manage.py c2pa_dev_cert' >/dev/null
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $SMOKE_DB" -c "CREATE DATABASE $SMOKE_DB"
redis-cli -h 127.0.0.1 -n "$SMOKE_REDIS_DB" flushdb >/dev/null

env_args=(
  -e "DJANGO_SECRET_KEY=smoke-$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')"
  -e DJANGO_ALLOWED_HOSTS=localhost
  -e SITE_URL=https://localhost
  -e "DATABASE_URL=postgres://postgres@127.0.0.1:5432/$SMOKE_DB"
  -e "REDIS_URL=redis://127.0.0.1:6379/$SMOKE_REDIS_DB"
  -e C2PA_CERT_FILE=/run/secrets/c2pa_cert
  -e C2PA_KEY_FILE=/run/secrets/c2pa_key
  -v "$WORK/c2pa/c2pa/dev-c2pa-chain.pem:/run/secrets/c2pa_cert:ro"
  -v "$WORK/c2pa/c2pa/dev-c2pa-key.pem:/run/secrets/c2pa_key:ro"
  --network host
)

log "migrate (one-shot, production settings, host PostgreSQL)"
podman run --rm "${once[@]}" "${env_args[@]}" "$IMAGE" python manage.py migrate --noinput -v 1 | tail -3

log "web: the image's default command (gunicorn) on 127.0.0.1:$SMOKE_PORT"
containers+=(stillmotion-smoke-web)
podman run -d --name stillmotion-smoke-web "${env_args[@]}" -e "PORT=$SMOKE_PORT" \
  -e WEB_CONCURRENCY=2 -e GUNICORN_THREADS=2 "$IMAGE" >/dev/null
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$SMOKE_PORT/" && break
  sleep 0.5
done
hit() {  # path -> status, as a TLS proxy would send it
  curl -s -o /dev/null -w '%{http_code}' -H 'Host: localhost' -H 'X-Forwarded-Proto: https' \
    "http://127.0.0.1:$SMOKE_PORT$1"
}
for path in /healthz/live /healthz/ready / /accounts/login/; do
  echo "GET $path -> $(hit "$path")"
done
echo "plain http (no X-Forwarded-Proto) GET / -> $(curl -s -o /dev/null -w '%{http_code}' \
  -H 'Host: localhost' "http://127.0.0.1:$SMOKE_PORT/")"
css=$(podman exec stillmotion-smoke-web python -c '
import json; m = json.load(open("/app/var/staticfiles/staticfiles.json"))["paths"]
print(next(v for k, v in m.items() if k.endswith(".css")))')
echo "GET /static/$css -> $(hit "/static/$css")"
echo "image HEALTHCHECK command (inside the container):"
podman exec -e "PORT=$SMOKE_PORT" stillmotion-smoke-web python /app/deploy/healthcheck.py http \
  /healthz/live || echo "(healthcheck exit $?)"
podman exec -e "PORT=$SMOKE_PORT" stillmotion-smoke-web python /app/deploy/healthcheck.py http \
  /accounts/login/ || echo "(healthcheck exit $?)"

log "worker-render: prefork worker, the compose healthcheck, SIGTERM (warm shutdown)"
containers+=(stillmotion-smoke-render)
podman run -d --name stillmotion-smoke-render "${once[@]}" "${env_args[@]}" "$IMAGE" \
  celery -A saas worker -Q render --pool prefork --concurrency 2 --max-tasks-per-child 20 \
  -n render@%h --without-gossip --without-mingle --loglevel INFO >/dev/null
for _ in $(seq 1 60); do
  podman logs stillmotion-smoke-render 2>&1 | grep -q "ready\." && break
  sleep 1
done
echo "compose's worker healthcheck:"
podman exec stillmotion-smoke-render python /app/deploy/healthcheck.py celery render
start=$SECONDS
podman stop -t 60 stillmotion-smoke-render >/dev/null
echo "stopped in $((SECONDS - start)) s, exit code $(podman inspect -f '{{.State.ExitCode}}' \
  stillmotion-smoke-render)"
podman logs stillmotion-smoke-render 2>&1 | grep -iE "warm shutdown|ready\.|error" | tail -5

log "beat: starts and writes its schedule file"
containers+=(stillmotion-smoke-beat)
podman run -d --name stillmotion-smoke-beat "${once[@]}" "${env_args[@]}" "$IMAGE" \
  celery -A saas beat --schedule /app/var/celerybeat-schedule --loglevel INFO >/dev/null
sleep 8
podman exec stillmotion-smoke-beat python /app/deploy/healthcheck.py fresh \
  '/app/var/celerybeat-schedule*' 300 || echo "(beat healthcheck exit $?)"
podman logs stillmotion-smoke-beat 2>&1 | tail -3
log "smoke test done (containers removed on exit)"
