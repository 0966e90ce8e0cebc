"""The one error base of the engine.

Every error the engine raises on purpose is an `EngineError`: `message` is written for people
(what happened, why, what to do), `code` is stable for programs. The Django side translates
them once, where it decides what they mean for a job or a request.
"""

from __future__ import annotations

from typing import ClassVar


class EngineError(Exception):
    code: ClassVar[str] = "engine_error"

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code  # type: ignore[misc]

    def __str__(self) -> str:
        return self.message


class Canceled(EngineError):
    """The caller asked the work to stop (a `should_stop` said so). Not a failure: whoever
    asked decides what it means; nothing retries or fails over past it."""

    code = "canceled"
