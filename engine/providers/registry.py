"""Build the provider chain from plain configuration (the lead maps env vars into it).

Config keys (all optional; a provider is enabled when its key is set):

    RUNWAY_API_KEY, RUNWAY_MODEL, RUNWAY_BASE_URL
    LUMA_API_KEY, LUMA_MODEL, LUMA_BASE_URL
    KLING_ACCESS_KEY + KLING_SECRET_KEY, KLING_MODEL, KLING_BASE_URL
    REPLICATE_API_TOKEN, REPLICATE_MODEL, REPLICATE_IMAGE_PARAM, REPLICATE_BASE_URL
    FAL_KEY, FAL_ENDPOINT_ID, FAL_BASE_URL
    PROVIDER_ORDER   comma-separated names, e.g. "kling,runway,local" (default below)

The local engine is always enabled and, unless PROVIDER_ORDER says otherwise, last.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engine.errors import EngineError
from engine.providers.callbacks import CallbackWaiter
from engine.providers.local import LocalMotionProvider
from engine.providers.protocol import DownloadOptions, VideoProvider
from engine.providers.vendors.fal import FalProvider
from engine.providers.vendors.kling import KlingProvider
from engine.providers.vendors.luma import LumaProvider
from engine.providers.vendors.replicate import ReplicateProvider
from engine.providers.vendors.runway import RunwayProvider

DEFAULT_ORDER = ("runway", "kling", "luma", "fal", "replicate", "local")
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "runway": ("RUNWAY_API_KEY",),
    "luma": ("LUMA_API_KEY",),
    "kling": ("KLING_ACCESS_KEY", "KLING_SECRET_KEY"),
    "replicate": ("REPLICATE_API_TOKEN",),
    "fal": ("FAL_KEY",),
    "local": (),
}


class ConfigError(EngineError, ValueError):
    """The provider configuration names something we do not know."""


def is_configured(name: str, config: Mapping[str, Any]) -> bool:
    if name not in REQUIRED_KEYS:
        raise ConfigError(f"unknown provider {name!r}; known: {', '.join(DEFAULT_ORDER)}")
    return all(str(config.get(key) or "").strip() for key in REQUIRED_KEYS[name])


def build_provider(
    name: str,
    config: Mapping[str, Any],
    *,
    poll_interval_s: float | None = None,
    download: DownloadOptions | None = None,
    work_dir: Path | None = None,
    waiter: CallbackWaiter | None = None,
) -> VideoProvider:
    """One provider from config; raises ConfigError if its keys are missing."""
    if not is_configured(name, config):
        missing = [k for k in REQUIRED_KEYS[name] if not config.get(k)]
        raise ConfigError(f"{name} is not configured: set {', '.join(missing)}")

    def opt(key: str) -> str | None:
        value = config.get(key)
        return str(value) if value else None

    common: dict[str, Any] = {
        "poll_interval_s": poll_interval_s,
        "download": download,
        "waiter": waiter,
    }
    if name == "runway":
        return RunwayProvider(
            api_key=str(config["RUNWAY_API_KEY"]),
            model=opt("RUNWAY_MODEL") or "gen4_turbo",
            base_url=opt("RUNWAY_BASE_URL"),
            **common,
        )
    if name == "luma":
        return LumaProvider(
            api_key=str(config["LUMA_API_KEY"]),
            model=opt("LUMA_MODEL") or "ray-2",
            base_url=opt("LUMA_BASE_URL"),
            **common,
        )
    if name == "kling":
        return KlingProvider(
            access_key=str(config["KLING_ACCESS_KEY"]),
            secret_key=str(config["KLING_SECRET_KEY"]),
            model=opt("KLING_MODEL") or "kling-v2-1",
            base_url=opt("KLING_BASE_URL"),
            **common,
        )
    if name == "replicate":
        return ReplicateProvider(
            api_token=str(config["REPLICATE_API_TOKEN"]),
            model=opt("REPLICATE_MODEL") or "kwaivgi/kling-v2.1",
            image_param=opt("REPLICATE_IMAGE_PARAM") or "start_image",
            base_url=opt("REPLICATE_BASE_URL"),
            **common,
        )
    if name == "fal":
        return FalProvider(
            api_key=str(config["FAL_KEY"]),
            endpoint_id=opt("FAL_ENDPOINT_ID") or "fal-ai/kling-video/v1.6/pro/image-to-video",
            base_url=opt("FAL_BASE_URL"),
            **common,
        )
    return LocalMotionProvider(work_dir=work_dir)


def provider_order(config: Mapping[str, Any]) -> list[str]:
    raw = str(config.get("PROVIDER_ORDER") or "").strip()
    order = [n.strip().lower() for n in raw.split(",") if n.strip()] if raw else []
    for name in order:
        if name not in REQUIRED_KEYS:
            raise ConfigError(f"PROVIDER_ORDER names unknown provider {name!r}")
    if not order:
        order = list(DEFAULT_ORDER)
    if "local" not in order:
        order.append("local")  # the embedded engine is always there as the last resort
    return order


def enabled_providers(
    config: Mapping[str, Any],
    *,
    poll_interval_s: float | None = None,
    download: DownloadOptions | None = None,
    work_dir: Path | None = None,
    waiter: CallbackWaiter | None = None,
) -> list[VideoProvider]:
    """Every provider whose credentials are set, in order, plus the local engine."""
    return [
        build_provider(
            name,
            config,
            poll_interval_s=poll_interval_s,
            download=download,
            work_dir=work_dir,
            waiter=waiter,
        )
        for name in provider_order(config)
        if is_configured(name, config)
    ]
