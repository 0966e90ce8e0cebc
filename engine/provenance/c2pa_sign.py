"""C2PA manifests: build, sign (MP4 clips and JPEG posters) and read back.

Signing is the last thing that happens to a file: any later byte change (a remux, a
re-encode, an edit) makes the manifest Invalid or drops it. The Signer is built once per
worker process and material (`get_signer`), then reused for every clip.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import c2pa
from PIL import Image, UnidentifiedImageError

from engine.provenance.dev_cert import DEV_MARKER, SigningMaterial
from engine.provenance.errors import CertificateError, SigningError, UnsupportedMedia

JOB_ASSERTION = "com.stillmotion.job"
CLAIM_GENERATOR = "Stillmotion"
SIGNABLE_MIMES = ("video/mp4", "image/jpeg")
# Private key of the dict from build_manifest: the ingredient file, removed before signing.
_INGREDIENT_KEY = "x-stillmotion-ingredient"

STATE_TRUSTED = "Trusted"
STATE_VALID = "Valid"
STATE_INVALID = "Invalid"
STATE_NOT_FOUND = "NotFound"

_PHOTO_MIMES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_HEIF_MIMES = {"HEIF": "image/heic", "AVIF": "image/avif"}


# -- building ----------------------------------------------------------------------------
def _iso(value: dt.datetime | str) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


def build_manifest(
    *,
    title: str,
    job_id: str,
    workspace_id: str,
    provider: str,
    model: str,
    spec_version: int,
    qa_score: float | None,
    safety_verdict: dict[str, Any],
    source_photo_path: Path | None,
    created_at: dt.datetime | str,
    clip_code: int | None = None,
    generator_version: str = "0.1.0",
) -> dict[str, Any]:
    """The manifest definition for one clip (or its poster). Plain JSON-able dict.

    The `c2pa.created` action (trainedAlgorithmicMedia) is added at signing time by
    `set_intent`; the source photo becomes an `inputTo` ingredient without a thumbnail.
    """
    job = {
        "job_id": str(job_id),
        "workspace_id": str(workspace_id),
        "provider": provider,
        "model": model,
        "spec_version": spec_version,
        "qa_score": None if qa_score is None else round(float(qa_score), 4),
        "safety_verdict": safety_verdict,
        "created_at": _iso(created_at),
    }
    if clip_code is not None:
        job["watermark_clip_code"] = clip_code  # ties the soft binding to this manifest
    manifest: dict[str, Any] = {
        "claim_generator_info": [{"name": CLAIM_GENERATOR, "version": generator_version}],
        "title": title,
        "assertions": [{"label": JOB_ASSERTION, "data": job}],
    }
    if source_photo_path is not None:
        manifest[_INGREDIENT_KEY] = {"path": str(source_photo_path)}
    return manifest


# -- signer, cached per process ----------------------------------------------------------
_signers: dict[tuple[int, str], c2pa.Signer] = {}
_signers_lock = threading.Lock()
_contexts: dict[tuple[int, str], c2pa.Context] = {}


def _material_key(material: SigningMaterial) -> str:
    h = hashlib.sha256()
    for part in (material.chain_pem, material.key_pem, (material.tsa_url or "").encode()):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def get_signer(material: SigningMaterial) -> c2pa.Signer:
    """The process-wide Signer for this material (built once; keyed by pid so a forked
    Celery worker builds its own instead of sharing a native handle with its parent)."""
    key = (os.getpid(), _material_key(material))
    with _signers_lock:
        signer = _signers.get(key)
        if signer is None:
            info = c2pa.C2paSignerInfo(
                c2pa.C2paSigningAlg.ES256,
                material.chain_pem,
                material.key_pem,
                material.tsa_url.encode() if material.tsa_url else None,
            )
            try:
                signer = c2pa.Signer.from_info(info)
            except c2pa.C2paError as exc:
                raise CertificateError(
                    f"The C2PA signing certificate or key was refused ({exc}). Use an ES256 "
                    "(P-256) certificate with the emailProtection usage and a PKCS#8 key."
                ) from exc
            _signers[key] = signer
        return signer


def _context(settings: dict[str, Any]) -> c2pa.Context:
    key = (os.getpid(), json.dumps(settings, sort_keys=True))
    with _signers_lock:
        ctx = _contexts.get(key)
        if ctx is None:
            ctx = c2pa.Context(settings=c2pa.Settings.from_dict(settings))
            _contexts[key] = ctx
        return ctx


_SIGN_SETTINGS = {"builder": {"thumbnail": {"enabled": False}}}


def _photo_mime(path: Path) -> str:
    try:
        with Image.open(path) as img:
            fmt = img.format or ""
    except (OSError, UnidentifiedImageError) as exc:
        raise SigningError(
            f"The source photo {path.name} could not be read to record it in the manifest."
        ) from exc
    mime = _PHOTO_MIMES.get(fmt) or _HEIF_MIMES.get(fmt)
    if mime is None:
        raise SigningError(f"The source photo {path.name} is a {fmt} file, not JPEG/PNG/WebP.")
    return mime


def sign_file(
    *,
    src: Path,
    dst: Path,
    mime: str,
    manifest: dict[str, Any],
    material: SigningMaterial,
) -> None:
    """Write `dst` = `src` with the manifest embedded and signed. Nothing may touch `dst`
    afterwards: any change to its bytes invalidates the signature."""
    if mime not in SIGNABLE_MIMES:
        raise UnsupportedMedia(f"Only {', '.join(SIGNABLE_MIMES)} can be signed, not {mime}.")
    definition = {k: v for k, v in manifest.items() if k != _INGREDIENT_KEY}
    ingredient = manifest.get(_INGREDIENT_KEY)
    signer = get_signer(material)
    dst = Path(dst)
    tmp = dst.with_name(dst.name + ".signing")
    try:
        with c2pa.Builder.from_json(definition, _context(_SIGN_SETTINGS)) as builder:
            builder.set_intent(
                c2pa.C2paBuilderIntent.CREATE,
                c2pa.C2paDigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
            )
            if ingredient:
                photo = Path(ingredient["path"])
                with open(photo, "rb") as fh:
                    builder.add_ingredient(
                        {"title": photo.name, "relationship": "inputTo"}, _photo_mime(photo), fh
                    )
            with open(src, "rb") as source, open(tmp, "w+b") as out:
                builder.sign(signer, mime, source, out)
        os.replace(tmp, dst)
    except c2pa.C2paError as exc:
        raise SigningError(
            f"The C2PA manifest could not be written into {Path(src).name}: {exc}"
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


# -- reading -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ManifestReading:
    """A manifest's verdict for people: state, reasons, what it claims.

    state: "Trusted" (valid and chains to our anchor), "Valid" (intact, signer unknown to
    this verifier), "Invalid" (changed after signing, expired, bad signature) or
    "NotFound" (no manifest). assertions: label -> data, including JOB_ASSERTION.
    signed_at: the TSA time when there is one, otherwise the time our assertion claims.
    """

    state: str
    reasons: list[str] = field(default_factory=list)
    assertions: dict[str, Any] = field(default_factory=dict)
    signer_name: str | None = None
    issuer: str | None = None
    signed_at: str | None = None
    title: str | None = None
    is_development: bool = False
    digital_source_type: str | None = None
    ingredients: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    ms: float = 0.0

    @property
    def job(self) -> dict[str, Any] | None:
        return self.assertions.get(JOB_ASSERTION)


# Failure and informational validation codes -> what a person should read.
_REASONS: dict[str, str] = {
    "assertion.bmffHash.mismatch": "the file was changed after it was signed",
    "assertion.dataHash.mismatch": "the file was changed after it was signed",
    "assertion.boxesHash.mismatch": "the file was changed after it was signed",
    "assertion.hashedURI.mismatch": "the manifest was altered after it was signed",
    "claimSignature.mismatch": "the signature does not match the manifest",
    "claimSignature.missing": "the manifest has no signature",
    "signingCredential.expired": "the signing certificate had expired",
    "signingCredential.revoked": "the signing certificate was revoked",
    "signingCredential.invalid": "the signing certificate is not valid for C2PA",
    "signingCredential.untrusted": "the signer is not on this verifier's trust list",
    "timeStamp.mismatch": "the trusted timestamp does not match",
}


def _mime_of(path: Path) -> str | None:
    with open(path, "rb") as fh:
        head = fh.read(12)
    if head[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return None


def _reader_settings(trust_anchor_pem: bytes | None) -> dict[str, Any]:
    settings: dict[str, Any] = {"verify": {"verify_trust": True}}
    if trust_anchor_pem:
        settings["trust"] = {"trust_anchors": trust_anchor_pem.decode()}
    return settings


def _status_codes(results: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """(failure codes, informational codes) of the active manifest."""
    active = (results or {}).get("activeManifest") or {}
    failures = [e.get("code", "") for e in active.get("failure") or []]
    info = [e.get("code", "") for e in active.get("informational") or []]
    return failures, info


def _reasons_for(state: str, failures: list[str], info: list[str]) -> list[str]:
    reasons: list[str] = []
    for code in [*failures, *info]:
        text = _REASONS.get(code)
        if text and text not in reasons:
            reasons.append(text)
        elif text is None and code in failures:
            reasons.append(f"validation failed ({code})")
    if state == STATE_VALID and not any("trust list" in r for r in reasons):
        reasons.append("the signer is not on this verifier's trust list")
    return reasons


def _digital_source_type(assertions: dict[str, Any]) -> str | None:
    actions = (assertions.get("c2pa.actions.v2") or assertions.get("c2pa.actions") or {}).get(
        "actions", []
    )
    for action in actions:
        if action.get("action") == "c2pa.created":
            return action.get("digitalSourceType")
    return None


def read_manifest(path: Path, *, trust_anchor_pem: bytes | None) -> ManifestReading:
    """Read and validate the manifest of an MP4/MOV or JPEG file."""
    started = time.perf_counter()
    path = Path(path)
    mime = _mime_of(path)
    if mime is None:
        return ManifestReading(state=STATE_NOT_FOUND, reasons=["no C2PA manifest was found"])
    try:
        with open(path, "rb") as fh:
            reader = c2pa.Reader(mime, fh, None, _context(_reader_settings(trust_anchor_pem)))
            with reader:
                state = reader.get_validation_state() or STATE_INVALID
                results = reader.get_validation_results()
                active = reader.get_active_manifest() or {}
    except c2pa.C2paError as exc:
        if "ManifestNotFound" in type(exc).__name__ or "not found" in str(exc).lower():
            return ManifestReading(
                state=STATE_NOT_FOUND,
                reasons=["no C2PA manifest was found (it may have been removed by re-encoding)"],
                ms=round((time.perf_counter() - started) * 1000, 1),
            )
        return ManifestReading(
            state=STATE_INVALID,
            reasons=[f"the manifest could not be read ({exc})"],
            ms=round((time.perf_counter() - started) * 1000, 1),
        )
    failures, info = _status_codes(results)
    assertions = {a.get("label", ""): a.get("data") for a in active.get("assertions") or []}
    sig = active.get("signature_info") or {}
    job = assertions.get(JOB_ASSERTION) or {}
    signer_name = sig.get("common_name") or sig.get("issuer")
    return ManifestReading(
        state=state,
        reasons=_reasons_for(state, failures, info),
        assertions=assertions,
        signer_name=signer_name,
        issuer=sig.get("issuer"),
        signed_at=sig.get("time") or job.get("created_at"),
        title=active.get("title"),
        is_development=DEV_MARKER in (signer_name or ""),
        digital_source_type=_digital_source_type(assertions),
        ingredients=[i.get("title", "") for i in active.get("ingredients") or []],
        codes=failures + info,
        ms=round((time.perf_counter() - started) * 1000, 1),
    )
