"""Django settings become engine objects here, and only here.

The engine takes plain configuration; this module reads `settings` once per process and
builds what the flow hands to it: the provider chain, the circuit breaker and concurrency
limiter shared through Redis, the callback wake-ups, callback URLs, fal's signing keys, the
C2PA signing material, the LLM configuration and the safety gate's moderation service.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from engine.generate.breaker import CircuitBreaker, MemoryCircuitBreaker, RedisCircuitBreaker
from engine.generate.limiter import (
    ConcurrencyLimiter,
    MemoryConcurrencyLimiter,
    RedisConcurrencyLimiter,
)
from engine.generate.router import RoutePolicy
from engine.intent.llm import LlmConfig
from engine.provenance.dev_cert import (
    SigningMaterial,
    ensure_dev_certificate,
    load_signing_material,
)
from engine.providers import registry
from engine.providers.callbacks import CallbackWaiter, RedisWaiter, SleepingWaiter
from engine.providers.local import LocalMotionProvider
from engine.providers.protocol import DownloadOptions, VideoProvider
from engine.safety.moderation import ModerationConfig

logger = logging.getLogger(__name__)

# Vendors that can call us back when a task ends (Runway has no callbacks).
CALLBACK_VENDORS = frozenset({"replicate", "fal", "luma", "kling"})
FAL_JWKS_CACHE_S = 24 * 3600


@functools.cache
def _redis() -> Any:
    import redis  # only with REDIS_URL: the embedded defaults have no Redis

    return redis.Redis.from_url(settings.REDIS_URL)


@functools.cache
def circuit_breaker() -> CircuitBreaker:
    """One breaker per process; through Redis it is shared by every worker."""
    return RedisCircuitBreaker(_redis()) if settings.REDIS_URL else MemoryCircuitBreaker()


def _concurrency_limits() -> dict[str, int]:
    """`PROVIDER_CONCURRENCY=runway=4,kling=2`: renders in flight per vendor, all workers."""
    limits: dict[str, int] = {}
    for item in str(settings.PROVIDER_CONCURRENCY or "").split(","):
        name, _, value = item.partition("=")
        if name.strip() and value.strip().isdigit():
            limits[name.strip().lower()] = int(value)
    return limits


@functools.cache
def concurrency_limiter() -> ConcurrencyLimiter:
    limits = _concurrency_limits()
    if settings.REDIS_URL:
        return RedisConcurrencyLimiter(_redis(), limits)
    return MemoryConcurrencyLimiter(limits)


@functools.cache
def callback_waiter() -> CallbackWaiter:
    return RedisWaiter(_redis()) if settings.REDIS_URL else SleepingWaiter()


def callback_url_for(provider: str) -> str | None:
    """Where a vendor calls back when its task ends (None for vendors without callbacks)."""
    if provider not in CALLBACK_VENDORS:
        return None
    return settings.SITE_URL + reverse("provider_callback", args=[provider])


def route_policy(*, spend_cap_cents: int) -> RoutePolicy:
    return RoutePolicy(
        deadline_s=settings.JOB_SOFT_TIME_LIMIT_S - 30,
        spend_cap_cents=spend_cap_cents,
        limiter_wait_s=settings.PROVIDER_SLOT_WAIT_S,
    )


def _providers_config() -> Mapping[str, Any]:
    return settings.PROVIDERS_CONFIG


def remote_providers() -> list[VideoProvider]:
    """The enabled providers in the configured order (the embedded engine included)."""
    return registry.enabled_providers(
        _providers_config(),
        poll_interval_s=settings.PROVIDER_POLL_INTERVAL_S,
        download=DownloadOptions(allow_private=settings.PROVIDERS_ALLOW_PRIVATE),
        waiter=callback_waiter(),
    )


def provider_chain(*, preferred: str, local: LocalMotionProvider) -> list[VideoProvider]:
    """The enabled providers in order, `local` standing in for the embedded engine (it
    renders with the job's label and watermark); a preferred provider goes first."""
    chain = [local if p.name == "local" else p for p in remote_providers()]
    if preferred and preferred != "auto":
        chain.sort(key=lambda p: p.name != preferred)
    return chain


def enabled_provider_names() -> list[str]:
    config = _providers_config()
    return [
        name for name in registry.provider_order(config) if registry.is_configured(name, config)
    ]


def build_provider(name: str) -> VideoProvider:
    """One configured provider (for a callback addressed to it); ConfigError if it isn't."""
    return registry.build_provider(name, _providers_config(), download=DownloadOptions())


def fal_jwks() -> Mapping[str, Any] | None:
    """fal's webhook signing keys: pinned by `FAL_JWKS` (JSON), else fetched from its
    documented URL and cached for a day; None when neither works (callbacks then wait for
    polling)."""
    if settings.FAL_JWKS:
        return json.loads(settings.FAL_JWKS)
    cached = cache.get("fal_jwks")
    if cached is not None:
        return cached
    try:
        response = httpx.get(settings.FAL_JWKS_URL, timeout=5.0)
        response.raise_for_status()
        keys = response.json()
    except (httpx.HTTPError, ValueError):
        logger.warning("could not fetch fal's JWKS from %s", settings.FAL_JWKS_URL)
        return None
    cache.set("fal_jwks", keys, FAL_JWKS_CACHE_S)
    return keys


def moderation_config() -> ModerationConfig | None:
    """The safety gate's moderation-service layer, or None when no key is configured."""
    if not settings.MODERATION_API_KEY:
        return None
    return ModerationConfig(
        api_key=settings.MODERATION_API_KEY,
        base_url=settings.MODERATION_BASE_URL,
        model=settings.MODERATION_MODEL,
        timeout_s=settings.MODERATION_TIMEOUT_S,
        send_image=settings.MODERATION_SEND_IMAGE,
    )


def llm_config() -> LlmConfig | None:
    return None if settings.INTENT_PROVIDER == "rules" else LlmConfig.from_settings(settings)


@functools.cache
def signing_material() -> SigningMaterial:
    """Loaded once per process; the signer built from it is cached by the engine too."""
    if settings.C2PA_CERT_FILE and settings.C2PA_KEY_FILE:
        return load_signing_material(
            settings.C2PA_CERT_FILE,
            settings.C2PA_KEY_FILE,
            root_file=settings.C2PA_ROOT_FILE or None,
            tsa_url=settings.C2PA_TSA_URL or None,
        )
    if settings.PRODUCTION:
        raise ImproperlyConfigured("Production needs C2PA_CERT_FILE and C2PA_KEY_FILE.")
    return ensure_dev_certificate(settings.C2PA_DEV_DIR)


def trust_anchor() -> bytes | None:
    return signing_material().root_pem
