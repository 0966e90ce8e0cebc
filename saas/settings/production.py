"""Production: everything sensitive must come from the environment, and HTTPS is assumed.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL, REDIS_URL, SITE_URL (https),
C2PA_CERT_FILE and C2PA_KEY_FILE. Optional: EMAIL_HOST (+ user/password), STRIPE_*, provider keys.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from saas.settings.base import *  # noqa: F403

_REQUIRED = (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    # Production signs clips with a real certificate, never the development one.
    "C2PA_CERT_FILE",
    "C2PA_KEY_FILE",
)
_missing = [name for name in _REQUIRED if not os.environ.get(name)]
if _missing:
    raise ImproperlyConfigured(
        f"Production needs these environment variables: {', '.join(_missing)}"
    )

DEBUG = False
SECURE_SSL_REDIRECT = True
# Probes (kubelet, a load balancer) speak plain HTTP to the container: no redirect for them.
SECURE_REDIRECT_EXEMPT = [r"^healthz/"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
WHITENOISE_USE_FINDERS = False
PRODUCTION = True
