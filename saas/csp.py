"""Content-Security-Policy with a fresh nonce per response.

Scripts and style elements run only from our own origin or with this response's nonce
(`request.csp_nonce`), so an injected `<script>` or inline handler does nothing. htmx works
under it: it is a static file, and its indicator styles are turned off (our stylesheet has
them) through the `htmx-config` meta tag. Style attributes (progress bar widths) stay allowed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _sources(extra: list[str]) -> str:
    return " ".join(dict.fromkeys(["'self'", *[s for s in extra if s]]))


def policy(nonce: str) -> str:
    # Forms may post to us and be redirected to Stripe's hosted pages (Checkout, Portal).
    # And "Connect" posts to us and is redirected to the platform's consent page (OAuth).
    form_targets = [
        "https://checkout.stripe.com",
        "https://billing.stripe.com",
        "https://www.tiktok.com",
        "https://accounts.google.com",
        "https://api.instagram.com",
    ]
    for base in (  # local fakes in tests host those pages themselves
        settings.STRIPE_API_BASE,
        settings.TIKTOK_API_BASE,
        settings.YOUTUBE_API_BASE,
        settings.INSTAGRAM_API_BASE,
    ):
        if base:
            form_targets.append(_origin(base) or "")
    form_targets += list(settings.CSP_EXTRA_FORM_ACTION)
    media = list(settings.CSP_EXTRA_MEDIA_SRC)
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' 'nonce-{nonce}'",
        "style-src": f"'self' 'nonce-{nonce}'",
        "style-src-attr": "'unsafe-inline'",
        "img-src": _sources(["data:", "blob:", *media]),
        "media-src": _sources(["blob:", *media]),
        "connect-src": "'self'",
        "font-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "frame-ancestors": "'none'",
        "form-action": _sources(form_targets),
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        nonce = secrets.token_urlsafe(16)
        request.csp_nonce = nonce  # type: ignore[attr-defined]
        response = self.get_response(request)
        if not response.has_header("Content-Security-Policy"):
            response["Content-Security-Policy"] = policy(nonce)
        return response
