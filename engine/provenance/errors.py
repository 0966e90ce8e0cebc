"""Errors raised by the provenance layer, with messages a person can act on."""

from __future__ import annotations

from engine.errors import EngineError


class ProvenanceError(EngineError):
    """Base class: a clip could not be labelled, watermarked, signed or verified."""


class CertificateError(ProvenanceError):
    """The signing certificate or key is missing, unreadable or unsuitable for C2PA."""


class SigningError(ProvenanceError):
    """The C2PA manifest could not be built or written into the file."""


class UnsupportedMedia(ProvenanceError):
    """The file is not a kind of media we can sign or read (only MP4 video and JPEG)."""
