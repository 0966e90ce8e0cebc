"""Text people type, cleaned before it is checked or stored.

Invisible characters (Unicode format characters such as zero-width spaces and joiners, and
the bidirectional controls that can make text display in another order than it is stored)
are removed, as are control characters; names must fit on one line. So what is checked is
what is shown, and nothing stored can disguise itself on a page.
"""

from __future__ import annotations

import unicodedata

from saas.errors import ApplicationError

_KEEP = {"\n", "\t"}


class TextRejected(ApplicationError):
    code = "invalid_text"


def visible(text: str) -> str:
    """`text` without format (Cf) and control (Cc) characters; newlines and tabs are kept."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFC", text)
        if ch in _KEEP or unicodedata.category(ch) not in ("Cf", "Cc")
    )


def one_line(text: str, *, what: str, field: str | None = None) -> str:
    """A visible, stripped single line (a name), or a `TextRejected` naming what to fix."""
    cleaned = visible(text).replace("\t", " ").strip()
    if "\n" in cleaned or "\r" in text:
        raise TextRejected(f"{what} must fit on one line; remove the line break.", field=field)
    return cleaned
