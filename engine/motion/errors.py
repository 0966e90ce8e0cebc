"""Errors raised by the motion engine, with messages a person can act on."""

from __future__ import annotations

from engine.errors import Canceled, EngineError


class MotionError(EngineError):
    """Base class: the engine could not make a clip from this input."""


class UnreadableImage(MotionError):
    """The file is not an image we can decode."""


class ImageTooSmall(MotionError):
    """The photo is below the minimum size on its short side."""


class ImageTooLarge(MotionError):
    """The photo has more pixels than we agree to decode (decompression-bomb guard)."""


class EncodeError(MotionError):
    """The video encoder failed or was used wrongly (e.g. a frame of the wrong size)."""


class DecodeError(MotionError):
    """A video file could not be opened or read back."""


class RenderCanceled(MotionError, Canceled):
    """The caller asked the render to stop (its `should_stop` said so); no file was left."""

    code = "render_canceled"
