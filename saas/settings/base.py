"""Settings shared by every environment, driven by environment variables.

With nothing set, the app runs on its embedded defaults: SQLite and a Celery queue over
Kombu's filesystem transport, both under var/. `DATABASE_URL` and `REDIS_URL` switch to
PostgreSQL (psycopg 3) and Redis (queue, cache, circuit breakers, rate limits).
"""

from __future__ import annotations

import dj_database_url

from saas.settings.env import (
    BASE_DIR,
    VAR_DIR,
    env_bool,
    env_int,
    env_list,
    env_str,
    local_secret_key,
)
from saas.settings.storage import media_storage

VAR_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env_str("DJANGO_SECRET_KEY") or local_secret_key()
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "accounts",
    "billing",
    "pipeline",
    "batches",
    "publishing",
    "webhooks",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "saas.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.ActiveWorkspaceMiddleware",
    "saas.middleware.ApplicationErrorMiddleware",
]

ROOT_URLCONF = "saas.urls"
WSGI_APPLICATION = "saas.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.workspace",
                "billing.context_processors.billing",
            ],
        },
    },
]

# -- database --------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'stillmotion.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        # A kept connection is checked before reuse, so a PostgreSQL restart costs one
        # reconnect instead of failing the next request or task (issue 15, chaos bench).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# -- cache, queue -----------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "sm"),
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    # Above the render task's hard time limit, so a slow job is never redelivered while it runs.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
    _queue_dir = VAR_DIR / "queue"
    for _sub in ("out", "processed", "control"):
        (_queue_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir / "out"),
        "data_folder_out": str(_queue_dir / "out"),
        "processed_folder": str(_queue_dir / "processed"),
        "store_processed": False,
        # Kombu keeps its fanout/pidbox exchange files here (by default: the working dir).
        "control_folder": str(_queue_dir / "control"),
    }

CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "light"
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# -- auth (django-allauth) --------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Stillmotion] "
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# Our own reverse proxies (addresses or networks, comma-separated): only a request from one of
# them may tell us the client's address in X-Forwarded-For. Empty: REMOTE_ADDR is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Stillmotion"
LOGIN_REDIRECT_URL = "dashboard"
LOGIN_URL = "account_login"
LOGOUT_REDIRECT_URL = "landing"

# -- email ------------------------------------------------------------------------------------
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    # Locally every email (verification links, invitations) is printed by the web process.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Stillmotion <hello@stillmotion.local>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Operators alerted by email (a provider out of quota): comma-separated addresses.
ADMINS = [("Operator", address) for address in env_list("OPERATOR_EMAILS", [])]

# -- i18n, static, media ------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# -- media storage (issue 15) -------------------------------------------------------------------
# No env: local files under the var dir. AWS_STORAGE_BUCKET_NAME (+ AWS_S3_ENDPOINT_URL,
# AWS_S3_REGION_NAME, the keys in the environment): a private S3-compatible bucket, so any
# worker on any machine reads the photo and stores the clip (saas/settings/storage.py).
# There is no MEDIA_ROOT: nothing may read media by a path on this machine's disk.
STORAGES = {
    "default": media_storage(VAR_DIR),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# How members download media from a bucket: "stream" (through the membership-checking views,
# with HTTP ranges) or "redirect" (a 302 to a presigned URL valid MEDIA_PRESIGNED_TTL_S).
# Streaming is the default: measured in bench/scale.py, chosen in docs/deploy.md.
MEDIA_DOWNLOAD_MODE = env_str("MEDIA_DOWNLOAD_MODE", "stream")
MEDIA_PRESIGNED_TTL_S = env_int("MEDIA_PRESIGNED_TTL_S", 300)
# -- end of media storage -------------------------------------------------------------------------
WHITENOISE_USE_FINDERS = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (saas/csp.py): extra origins that may serve media (a CDN or a bucket
# the player reads from) or receive a form's redirect, comma-separated.
CSP_EXTRA_MEDIA_SRC = env_list("CSP_EXTRA_MEDIA_SRC", [])
CSP_EXTRA_FORM_ACTION = env_list("CSP_EXTRA_FORM_ACTION", [])

# -- REST API ---------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Stillmotion API",
    "DESCRIPTION": "Turn a still photo and a motion prompt into a labelled, signed clip.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# -- product settings ---------------------------------------------------------------------------
WORKSPACE_MAX_CONCURRENT_JOBS = env_int("WORKSPACE_MAX_CONCURRENT_JOBS", 3)
INVITATION_VALID_DAYS = 7
INVITATIONS_PER_WORKSPACE_PER_DAY = env_int("INVITATIONS_PER_WORKSPACE_PER_DAY", 20)
INVITATIONS_PER_ADDRESS_PER_DAY = 3
DEMO_USER_EMAIL = env_str("DEMO_USER_EMAIL", "demo@stillmotion.local")
DEMO_PLAN = env_str("DEMO_PLAN", "studio")  # `make run`'s demo workspace shows the whole product

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.server": {"level": "WARNING"}},
}

# -- billing (Stripe is off unless its keys are set; operators then grant credits) -------------
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env_str("STRIPE_PUBLISHABLE_KEY")
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET")
# Only tests point this at a local fake; in production it stays the vendor's default.
STRIPE_API_BASE = env_str("STRIPE_API_BASE")
STRIPE_METER_EVENT_NAME = env_str("STRIPE_METER_EVENT_NAME", "stillmotion_credits")
BILLING_GRACE_DAYS = env_int("BILLING_GRACE_DAYS", 7)
BILLING_LOW_CREDIT_THRESHOLD = env_int("BILLING_LOW_CREDIT_THRESHOLD", 10)

# -- jobs ---------------------------------------------------------------------------------------
JOB_HEARTBEAT_S = float(env_str("JOB_HEARTBEAT_S", "5"))
JOB_STALE_AFTER_S = float(env_str("JOB_STALE_AFTER_S", "60"))
JOB_MAX_TRIES = env_int("JOB_MAX_TRIES", 3)
JOB_SOFT_TIME_LIMIT_S = env_int("JOB_SOFT_TIME_LIMIT_S", 600)
JOB_TIME_LIMIT_S = env_int("JOB_TIME_LIMIT_S", 660)
# Renders after the first when QA rejects one; 0 turns the QA loop off (single pass, as in
# bench/qa_loop.py's comparison).
JOB_MAX_REGENERATIONS = env_int("JOB_MAX_REGENERATIONS", 2)
INTENT_PROVIDER = env_str("INTENT_PROVIDER", "rules")
ANTHROPIC_API_KEY = env_str("ANTHROPIC_API_KEY")
OPENAI_API_KEY = env_str("OPENAI_API_KEY")
# -- safety: the moderation-service layer (OpenAI moderation) ------------------------------------
# On when a key is set: MODERATION_API_KEY, or else OPENAI_API_KEY. The gate waits at most
# MODERATION_TIMEOUT_S for it; slower or failing answers are skipped (the reason is recorded on
# the job) and the embedded layers decide alone. MODERATION_BASE_URL is for tests' local fake.
MODERATION_API_KEY = env_str("MODERATION_API_KEY") or OPENAI_API_KEY
MODERATION_BASE_URL = env_str("MODERATION_BASE_URL", "https://api.openai.com/v1")
MODERATION_MODEL = env_str("MODERATION_MODEL", "omni-moderation-latest")
MODERATION_TIMEOUT_S = float(env_str("MODERATION_TIMEOUT_S", "1.5"))
MODERATION_SEND_IMAGE = env_str("MODERATION_SEND_IMAGE", "1") not in ("0", "false", "no")
# -- end of the moderation block -----------------------------------------------------------------
# Queues by weight: parse and gate, dispatching, webhooks and billing on "light"; render, QA
# and finalize on "render", so a burst of renders never delays a status update or a webhook.
CELERY_TASK_ROUTES = {
    "pipeline.tasks.run_job_light": {"queue": "light"},
    "pipeline.tasks.run_job_render": {"queue": "render"},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    # How soon a job whose message was lost (a Redis restart) or whose worker died is queued
    # again: the reaper's period plus JOB_STALE_AFTER_S. Env-tunable for the chaos bench.
    "reap-stuck-jobs": {
        "task": "pipeline.tasks.reap_stuck_jobs",
        "schedule": float(env_str("JOB_REAP_EVERY_S", "30")),
    },
    "dispatch-all": {
        "task": "pipeline.tasks.dispatch_all",
        "schedule": float(env_str("JOB_DISPATCH_EVERY_S", "15")),
    },
    "billing-sweep": {"task": "billing.tasks.billing_sweep", "schedule": 300.0},
    "billing-grace": {"task": "billing.tasks.billing_grace_enforce", "schedule": 86400.0},
    "billing-free-periods": {
        "task": "billing.tasks.billing_free_periods_renew",
        "schedule": 3600.0,
    },
    "batches-complete": {"task": "batches.tasks.batches_complete_finished", "schedule": 300.0},
    "batches-sweep": {"task": "batches.tasks.batches_sweep", "schedule": 600.0},
    "clips-expire": {"task": "pipeline.tasks.clips_expire", "schedule": 3600.0},
    "media-orphans": {"task": "pipeline.tasks.media_orphans_sweep", "schedule": 86400.0},
}

# -- provenance (C2PA) --------------------------------------------------------------------------
# With no certificate configured, a development chain is generated into var/c2pa on first use.
C2PA_CERT_FILE = env_str("C2PA_CERT_FILE")
C2PA_KEY_FILE = env_str("C2PA_KEY_FILE")
C2PA_ROOT_FILE = env_str("C2PA_ROOT_FILE")  # our trust anchor, so our own clips read Trusted
C2PA_TSA_URL = env_str("C2PA_TSA_URL")
C2PA_DEV_DIR = VAR_DIR / "c2pa"
PRODUCTION = False

# -- video providers ----------------------------------------------------------------------------
# A remote provider is enabled when its key is set; the embedded engine is always last.
_PROVIDER_KEYS = (
    "RUNWAY_API_KEY", "RUNWAY_MODEL", "RUNWAY_BASE_URL",
    "LUMA_API_KEY", "LUMA_MODEL", "LUMA_BASE_URL",
    "KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_MODEL", "KLING_BASE_URL",
    "REPLICATE_API_TOKEN", "REPLICATE_MODEL", "REPLICATE_IMAGE_PARAM", "REPLICATE_BASE_URL",
    "FAL_KEY", "FAL_ENDPOINT_ID", "FAL_BASE_URL",
    "PROVIDER_ORDER",
)  # fmt: skip
PROVIDERS_CONFIG = {key: env_str(key) for key in _PROVIDER_KEYS if env_str(key)}
# Only local tests and benchmarks point vendors at 127.0.0.1; production downloads are https
# to public addresses only.
PROVIDERS_ALLOW_PRIVATE = env_bool("PROVIDERS_ALLOW_PRIVATE", False)
PROVIDER_POLL_INTERVAL_S = float(env_str("PROVIDER_POLL_INTERVAL_S", "0") or 0) or None
JOB_SPEND_CAP_CENTS = env_int("JOB_SPEND_CAP_CENTS", 300)
# Renders in flight per vendor across all workers, e.g. "runway=4,kling=2" (others unlimited),
# and how long a render waits for a free slot before failing over to the next provider.
PROVIDER_CONCURRENCY = env_str("PROVIDER_CONCURRENCY")
PROVIDER_SLOT_WAIT_S = float(env_str("PROVIDER_SLOT_WAIT_S", "5"))
REPLICATE_WEBHOOK_SECRET = env_str("REPLICATE_WEBHOOK_SECRET")
# fal signs its callbacks with keys from a JWKS; pin them (JSON) or let us fetch and cache them.
FAL_JWKS = env_str("FAL_JWKS")
FAL_JWKS_URL = env_str("FAL_JWKS_URL", "https://rest.alpha.fal.ai/.well-known/jwks.json")

# -- API and outgoing webhooks ------------------------------------------------------------------
# Loopback targets are refused in production; tests and local receivers may allow them.
WEBHOOKS_ALLOW_LOOPBACK = env_bool("WEBHOOKS_ALLOW_LOOPBACK", False)
WEBHOOKS_RETRY_BASE_S = float(env_str("WEBHOOKS_RETRY_BASE_S", "30"))
WEBHOOKS_RETRY_WINDOW_S = 86400
WEBHOOKS_DISABLE_AFTER_FAILURES = 15
WEBHOOKS_TIMEOUT_S = 10
CLIP_LINK_TTL_S = 900
VERIFY_ANONYMOUS_PER_HOUR = env_int("VERIFY_ANONYMOUS_PER_HOUR", 30)  # per client address
BATCH_MAX_ITEMS = 500
# Batch uploads are bounded before a byte is read: one batch may upload (and unpack to) at most
# its plan's batch of full-size photos, never more than BATCH_MAX_UPLOAD_BYTES; all of a
# workspace's batches waiting to be unpacked or confirmed hold at most
# BATCH_STAGED_BYTES_PER_WORKSPACE. A quote nobody confirms is discarded after
# BATCH_CONFIRM_TTL_S; unpacking or starting that stalls (a lost worker) is retried after
# BATCH_STUCK_AFTER_S.
BATCH_MAX_UPLOAD_BYTES = env_int("BATCH_MAX_UPLOAD_BYTES", 1024 * 1024 * 1024)
BATCH_STAGED_BYTES_PER_WORKSPACE = env_int("BATCH_STAGED_BYTES_PER_WORKSPACE", 2 * 1024**3)
BATCH_CONFIRM_TTL_S = env_int("BATCH_CONFIRM_TTL_S", 24 * 3600)
BATCH_STUCK_AFTER_S = env_int("BATCH_STUCK_AFTER_S", 600)
DATA_UPLOAD_MAX_NUMBER_FILES = 600
CELERY_BEAT_SCHEDULE["webhooks-deliver-due"] = {
    "task": "webhooks.tasks.deliver_due",
    "schedule": 60.0,
}

# -- publishing (layer 6: TikTok, YouTube Shorts, Instagram Reels) ------------------------------
# Each platform is on when its OAuth client id and secret are set; the Accounts page says what
# to configure when they are not. Redirect URIs to register with each platform:
# {SITE_URL}/publishing/callback/<tiktok|youtube|instagram>/
TIKTOK_CLIENT_KEY = env_str("TIKTOK_CLIENT_KEY")
TIKTOK_CLIENT_SECRET = env_str("TIKTOK_CLIENT_SECRET")
# Until TikTok audits the app, Direct Post only allows "Only me" posts to private accounts.
TIKTOK_APP_AUDITED = env_bool("TIKTOK_APP_AUDITED", False)
YOUTUBE_CLIENT_ID = env_str("YOUTUBE_CLIENT_ID")
YOUTUBE_CLIENT_SECRET = env_str("YOUTUBE_CLIENT_SECRET")
INSTAGRAM_APP_ID = env_str("INSTAGRAM_APP_ID")
INSTAGRAM_APP_SECRET = env_str("INSTAGRAM_APP_SECRET")
# "video_url": Instagram fetches a short-lived signed link to the clip (needs a public
# SITE_URL); "resumable": we push the bytes (documented for Facebook Login for Business).
INSTAGRAM_UPLOAD = env_str("INSTAGRAM_UPLOAD", "video_url")
# Only tests and benchmarks point these at local fakes; in production they stay unset.
TIKTOK_API_BASE = env_str("TIKTOK_API_BASE")
YOUTUBE_API_BASE = env_str("YOUTUBE_API_BASE")
INSTAGRAM_API_BASE = env_str("INSTAGRAM_API_BASE")
# Fernet keys (comma-separated, newest first) that encrypt OAuth tokens at rest. Add a new key
# in front, run `manage.py publishing_rotate_keys`, then drop the old one. Production must set
# it; elsewhere a key derived from DJANGO_SECRET_KEY is used.
PUBLISHING_TOKEN_KEYS = env_list("PUBLISHING_TOKEN_KEYS", [])
PUBLISHING_HTTP_TIMEOUT_S = float(env_str("PUBLISHING_HTTP_TIMEOUT_S", "30"))
PUBLISHING_UPLOAD_TIMEOUT_S = float(env_str("PUBLISHING_UPLOAD_TIMEOUT_S", "300"))
PUBLISHING_HEARTBEAT_S = float(env_str("PUBLISHING_HEARTBEAT_S", "5"))
PUBLISHING_STALE_AFTER_S = float(env_str("PUBLISHING_STALE_AFTER_S", "60"))
PUBLISHING_RETRY_BASE_S = float(env_str("PUBLISHING_RETRY_BASE_S", "30"))
PUBLISHING_MAX_TRIES = env_int("PUBLISHING_MAX_TRIES", 8)
PUBLISHING_POLL_BASE_S = float(env_str("PUBLISHING_POLL_BASE_S", "5"))
PUBLISHING_POLL_MAX_S = float(env_str("PUBLISHING_POLL_MAX_S", "300"))
# How long we wait for a platform to finish processing (TikTok moderation can take hours).
PUBLISHING_PROCESSING_TIMEOUT_S = float(env_str("PUBLISHING_PROCESSING_TIMEOUT_S", "172800"))
# Request budgets we keep below the platforms' documented ones, "name=calls/seconds", e.g.
# "tiktok.video_init=6/60,youtube.videos_insert=100/86400". Benchmarks raise them.
PUBLISHING_RATE_LIMITS = env_str("PUBLISHING_RATE_LIMITS")
CELERY_TASK_ROUTES["publishing.tasks.*"] = {"queue": "light"}
CELERY_BEAT_SCHEDULE["publishing-due"] = {
    "task": "publishing.tasks.publications_due",
    "schedule": 15.0,
}
CELERY_BEAT_SCHEDULE["publishing-refresh-tokens"] = {
    "task": "publishing.tasks.tokens_refresh_due",
    "schedule": 600.0,
}
