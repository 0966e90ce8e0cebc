# Stillmotion: one image for every process (web, Celery workers, beat, migrations); the command
# picks the process (see compose.yaml). docs/deploy.md explains how to build and run it.
#
#   docker build -t stillmotion .                     # base python:3.11-slim from a registry
#   scripts/build_image.sh                            # no registry: a debootstrapped local base
#
# A TLS-intercepting proxy's CA is passed for the build only, never stored in a layer:
#   --secret id=build_ca,src=/etc/ssl/certs/ca-certificates.crt
ARG BASE=python:3.11-slim

# ---- builder: the locked environment (uv sync --frozen --no-dev) in /app/.venv -------------
FROM ${BASE} AS builder
ARG UV_VERSION=0.13.9
ENV PYTHONDONTWRITEBYTECODE=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
RUN --mount=type=secret,id=build_ca \
    if [ -s /run/secrets/build_ca ]; then export PIP_CERT=/run/secrets/build_ca; fi; \
    python3 -m venv /opt/uv \
    && /opt/uv/bin/pip install --no-cache-dir --disable-pip-version-check "uv==${UV_VERSION}"
COPY pyproject.toml uv.lock ./
# Only the lock's wheels: no compiler is needed (every locked package has a manylinux wheel).
RUN --mount=type=secret,id=build_ca \
    if [ -s /run/secrets/build_ca ]; then export SSL_CERT_FILE=/run/secrets/build_ca; fi; \
    /opt/uv/bin/uv sync --frozen --no-dev --no-install-project --no-cache --python python3.11

# ---- runtime: the interpreter, the venv and the code; no uv, no pip cache, no build tools ------
FROM ${BASE} AS runtime
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=saas.settings.production \
    STILLMOTION_VAR_DIR=/app/var \
    PORT=8000
# opencv-python-headless, av (FFmpeg), onnxruntime, c2pa-python and pillow-heif bring their own
# shared libraries inside their wheels; on a slim Debian base nothing else is needed (checked
# with ldd by scripts/build_image.sh --smoke). No libGL: the headless OpenCV build needs none.
RUN groupadd --gid 10001 app \
    && useradd --uid 10001 --gid app --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
COPY . /app
# Static files are collected into the image under production settings (manifest storage).
# The values below are throwaway placeholders so the settings module imports; nothing connects
# to them and none of them is a real secret. Real values come from the environment at run time.
RUN DJANGO_SECRET_KEY=collectstatic-build-only-not-a-secret \
    DJANGO_ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=postgres://build.invalid:5432/none \
    REDIS_URL=redis://build.invalid:6379/0 \
    C2PA_CERT_FILE=/nonexistent/chain.pem \
    C2PA_KEY_FILE=/nonexistent/key.pem \
    python manage.py collectstatic --noinput --verbosity 0 \
    && python -m compileall -q -j 0 -x '/\.venv/' /app \
    && mkdir -p /app/var \
    && chown app:app /app/var
# Numeric, so Kubernetes runAsNonRoot can verify it without reading /etc/passwd.
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "/app/deploy/healthcheck.py", "http", "/healthz/live"]
CMD ["gunicorn", "--config", "/app/deploy/gunicorn.conf.py", "saas.wsgi:application"]
