"""Undo the tricks before any check reads a prompt, and give a non-English prompt an English
reading.

`read(text)` returns a `Reading`: `text` is lower case ASCII words separated by single spaces,
after these steps, in order:
1. emoji and other pictographs become words (their Unicode name, or the slang meaning in
   `lexicon.EMOJI_WORDS`: 💣 → "bomb", 🔞 → "adults only explicit");
2. format characters are dropped (Unicode category Cf: zero-width, bidi controls, soft hyphen;
   plus the fillers and joiners that are not Cf);
3. NFKC (full-width and compatibility forms), a confusables map (Cyrillic, Greek, IPA and
   small-capital look-alikes), accents stripped, casefold;
4. leetspeak read as letters inside words that are mostly letters ("k1ll", "s3x"; "4k",
   "1080p" and "35mm" keep their digits); "1"/"!" are read as "i" or "l", whichever makes a
   known word;
5. a masked letter is filled in when that makes a known word ("n*ked", "k*lls", "f**k");
   letters split by dots, dashes or spaces are joined ("n.u.d.e", "n u d e", "na ked",
   "pu-ppy"), and letters repeated three times or more are shortened to the known word
   ("naaaked", "kiiilll"); two or three pieces that make a risky word are joined before the
   language is guessed ("na ked", "su ic ide", "her oin": the pieces are often function
   words of some language), other splits after it ("mur der");
6. the language is guessed from function words (en, es, fr, de, pt); for a non-English prompt
   `english` glosses each word it knows into English (`lexicon.GLOSSARY`), leaving the rest;
   a word the glossary lacks is looked up by the glossary word it inflects ("apunalaron" ->
   "apunalar": `data/inflections.tsv.gz`, built by `bench/data/safety/build_inflections.py`).

A word is "known" when it is in MiniLM's word-piece vocabulary or in the glossary.
"""

from __future__ import annotations

import gzip
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from engine.safety import lexicon
from engine.safety.minilm import model_dir

# Not category Cf, but invisible all the same (combining grapheme joiner, Hangul fillers,
# Mongolian vowel separator, variation selectors).
_EXTRA_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)
_CONFUSABLES = str.maketrans(lexicon.CONFUSABLES)
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[a-z0-9]+")
_LEET_CHARS = frozenset(lexicon.LEET)
# Letters separated one by one by dots, dashes, underscores, stars...: "n.u.d.e", "k-i-l-l".
_DOTTED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9][.\-_*·•'`~^|/\\+]+){2,}[a-z0-9](?![a-z0-9])")
_SEPARATORS = re.compile(r"[.\-_*·•'`~^|/\\+]+")
# Three or more single letters in a row: "n u d e".
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9] ){2,}[a-z0-9](?![a-z0-9])")
_RUN = re.compile(r"([a-z])\1{2,}")
# A word with one or two letters masked by stars: "n*ked", "f**k", "tab*sse".
_MASKED = re.compile(r"(?<![a-z0-9*])[a-z]*(?:\*[a-z]*){1,2}(?![a-z0-9*])")
_MASK_FILL = "aeiouy"
# Risky readings of a mask that is nearly always a curse ("sh*t" is not "shot").
_MASK_CURSES = frozenset({"shot"})
# French/Italian elision ("l'enfant", "d'un", "qu'il") and the English possessive ("baby's").
_ELISION = re.compile(r"\b([cdjlmnst]|qu)['’`](?=[a-z])")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’`]s\b")
_APOSTROPHE = re.compile(r"['’`]")
INFLECTIONS_PATH = Path(__file__).resolve().parent / "data" / "inflections.tsv.gz"


@dataclass(frozen=True)
class Reading:
    text: str  # the prompt with the tricks undone, in its own language
    english: str  # `text` with known foreign words glossed into English (= text for English)
    lang: str  # en es fr de pt (a guess from function words)


def _emoji_word(ch: str) -> str | None:
    if ch in lexicon.EMOJI_WORDS:
        return lexicon.EMOJI_WORDS[ch]
    cat = unicodedata.category(ch)
    if cat != "So":
        return None
    name = unicodedata.name(ch, "")
    if not name:
        return None
    words = [w for w in name.lower().split() if w not in lexicon.EMOJI_NAME_NOISE]
    return " ".join(words) or None


def _drop_invisible_and_emoji(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in _EXTRA_INVISIBLE or unicodedata.category(ch) == "Cf":
            continue
        word = _emoji_word(ch)
        out.append(f" {word} " if word else ch)
    return "".join(out)


def fold(text: str) -> str:
    """Unicode folding only: invisible characters, emoji, width, look-alikes, accents, case."""
    text = _drop_invisible_and_emoji(text)
    text = unicodedata.normalize("NFKC", text).translate(_CONFUSABLES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().translate(_CONFUSABLES)


_KNOWN_LOCK = threading.Lock()
_KNOWN: frozenset[str] | None = None


def known_words() -> frozenset[str]:
    """English words of MiniLM's vocabulary plus every glossary and keyword entry."""
    global _KNOWN
    if _KNOWN is None:
        with _KNOWN_LOCK:
            if _KNOWN is None:
                words: set[str] = set(lexicon.KEYWORDS)
                for table in lexicon.GLOSSARY.values():
                    words.update(k.rstrip("*") for k in table)
                try:
                    from engine.safety.minilm import model_dir  # optional model wheel

                    vocab = (model_dir() / "vocab.txt").read_text(encoding="utf-8").split()
                    words.update(w for w in vocab if w.isalpha() and w.isascii() and len(w) > 1)
                except (ImportError, OSError):  # rules still work without the model package
                    pass
                words.update(("a", "i", "o", "y", "e"))
                _KNOWN = frozenset(words)
    return _KNOWN


def _is_known(word: str) -> bool:
    return word in known_words() or _gloss_prefix(word) is not None


_UNIT = re.compile(r"^\d+(?:[.,x:/]\d+)*(?:mm|cm|m|k|p|d|fps|s|x|h|min|sec|yo|th|st|nd|rd|am|pm)?$")
_PIECE = re.compile(r"[^\-.,:;/()\[\]\"]+")


def _deleet_piece(piece: str) -> str:
    if not any(ch in _LEET_CHARS for ch in piece) or _UNIT.match(piece):
        return piece
    letters = sum("a" <= ch <= "z" for ch in piece)
    if letters == 0:
        return piece
    digits = sum(ch.isdigit() for ch in piece)
    ambiguous = [i for i, ch in enumerate(piece) if ch in lexicon.LEET_ALT]
    base = piece.translate(str.maketrans(lexicon.LEET))
    best = base
    if ambiguous and not _is_known(base):
        for choice in itertools.product((0, 1), repeat=min(len(ambiguous), 4)):
            chars = list(base)
            for pos, alt in zip(ambiguous, choice, strict=False):
                if alt:
                    chars[pos] = lexicon.LEET_ALT[piece[pos]]
            candidate = "".join(chars)
            if _is_known(candidate):
                best = candidate
                break
    if letters > digits or _is_known(best):
        return best
    return piece


def _deleet_token(token: str) -> str:
    """Leetspeak inside a token, piece by piece ("8-year-old" keeps its 8, "k1ll" -> "kill")."""
    if not any(ch in _LEET_CHARS for ch in token):
        return token
    return _PIECE.sub(lambda m: _deleet_piece(m.group(0)), token)


def _unmask(match: re.Match[str]) -> str:
    """A star-masked word, with the masked letters that make a known word ("n*ked")."""
    token = match.group(0)
    stars = token.count("*")
    if len(token) - stars < 2 or stars > 2:
        return token
    parts = token.split("*")
    first_known = None
    for fill in itertools.product(_MASK_FILL, repeat=stars):
        candidate = parts[0] + "".join(f + p for f, p in zip(fill, parts[1:], strict=True))
        if _is_known(candidate):
            # A mask hides the word it would be a problem to write: a risky reading wins
            # ("puls*s" is Portuguese "pulsos", wrists, before English "pulses").
            if _is_risky(candidate) and candidate not in _MASK_CURSES:
                return candidate
            first_known = first_known or candidate
    return first_known or token


def _join_spaced(match: re.Match[str]) -> str:
    """ "n u d e" -> "nude"; an article before the spaced word stays a word: "a k n i f e" is
    "a knife", not "aknife"."""
    run = match.group(0)
    joined = run.replace(" ", "")
    if run[0] in "ai" and not _is_known(joined) and _is_known(joined[1:]):
        return f"{run[0]} {joined[1:]}"
    return joined


def _shorten_runs(word: str) -> str:
    runs = list(_RUN.finditer(word))
    if not runs or word in known_words():  # "kkk", "xxx" are words
        return word
    if len(runs) > 4:
        return _RUN.sub(r"\1", word)
    first = _RUN.sub(r"\1", word)
    for lengths in itertools.product((1, 2), repeat=len(runs)):
        parts, last = [], 0
        for m, n in zip(runs, lengths, strict=True):
            parts.append(word[last : m.start()] + m.group(1) * n)
            last = m.end()
        candidate = "".join(parts) + word[last:]
        if _is_known(candidate):
            return candidate
    return first


# Short words of every Romance language that no function-word list holds (each would tip the
# language guess): two of them side by side are two words, never a split ("de mon" is not
# "demon", "si ma" not "sima").
_SHORT_WORDS = lexicon.FUNCTION_WORDS_ALL | frozenset(
    {"de", "si", "ma", "mon", "mi", "ta", "ton", "tu", "te", "me", "da", "do", "di", "va"}
)
# ... and a one-letter one ("a", "y", "e", "o", "d", "l") is a word next to any neighbour.
_ONE_LETTER_FUNCTION_WORDS = frozenset(w for w in _SHORT_WORDS if len(w) == 1)


def _join_splits(words: list[str], function_words: frozenset[str]) -> list[str]:
    """ "na ked" -> "naked": two neighbours join when together they make a known word and at
    least one of them is not a word on its own (or is two letters or fewer)."""
    known = known_words()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words):
            a, b = words[i], words[i + 1]
            joined = a + b
            if (
                len(joined) >= 4
                and a not in function_words
                and b not in function_words
                and not (a in _SHORT_WORDS and b in _SHORT_WORDS)
                # a one-letter word of any language stays a word: "sac a dos" is no "saca"
                and not ({a, b} & _ONE_LETTER_FUNCTION_WORDS)
                and joined in known  # a whole known word, not just a known stem
                and (not _is_known(a) or not _is_known(b) or min(len(a), len(b)) <= 2)
            ):
                out.append(joined)
                i += 2
                continue
        out.append(words[i])
        i += 1
    return out


_ONE_LETTER_WORDS = frozenset("aioye")


def _is_risky(word: str) -> bool:
    """A word worth rebuilding from pieces: a keyword, or a foreign word (exact or by stem)
    whose English is one ("pulsos" -> "wrists", "suicida" -> "suicide")."""
    if word in lexicon.KEYWORDS:
        return True
    for table in lexicon.GLOSSARY.values():
        english = table.get(word)
        if english and any(w in lexicon.KEYWORDS for w in english.split()):
            return True
    english = _gloss_prefix(word)
    return bool(english) and any(w in lexicon.KEYWORDS for w in english.split())


def _fragment(word: str) -> bool:
    """Not a word on its own: unknown, or a single letter that is not a word ("s ex")."""
    return (len(word) == 1 and word not in _ONE_LETTER_WORDS) or (
        len(word) > 1 and not _is_known(word)
    )


def _join_risky_splits(words: list[str]) -> list[str]:
    """ "na ked", "her oin", "su ic ide", "s ex" -> one word, before the language is guessed
    (split pieces are often function words of some language: "na", "su", "her").

    Two or three neighbours join only into a risky word (`_is_risky`), and only when one of
    them is a fragment (`_fragment`), or is two letters or fewer while none is a function word
    (of English for an English keyword, of any language for a foreign one): so "na ked" joins
    (Portuguese "na" is no English word) but "to be head chef" stays, and so does every pair of
    real words ("over doses")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2):
            parts = words[i : i + size]
            if len(parts) < size:
                continue
            joined = "".join(parts)
            if len(joined) < 3 or (size == 3 and max(len(p) for p in parts) > 4):
                continue
            if not _is_risky(joined):
                continue
            # a piece that is a risky word already needs no rebuilding ("suicide merci")
            if any(len(p) > 3 and _is_risky(p) for p in parts):
                continue
            if all(p in _SHORT_WORDS for p in parts):
                continue
            function_words = (
                lexicon.FUNCTION_WORDS["en"]
                if joined in lexicon.KEYWORDS
                else lexicon.FUNCTION_WORDS_ALL
            )
            short_ok = min(map(len, parts)) <= 2 and not any(p in function_words for p in parts)
            if any(_fragment(p) for p in parts) or short_ok:
                out.append(joined)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def guess_language(words: list[str]) -> str:
    """The language with the most function words in the prompt, plus half a point for each
    word its glossary knows that is not an English word (English wins a tie)."""
    english = _english_vocabulary()
    foreign = [w for w in words if w not in english]
    best, best_score = "en", float(sum(w in lexicon.FUNCTION_WORDS["en"] for w in words))
    for lang in ("es", "fr", "de", "pt"):
        table = lexicon.GLOSSARY[lang]
        score = sum(w in lexicon.FUNCTION_WORDS[lang] for w in words) + 0.5 * sum(
            w in table for w in foreign
        )
        if score > best_score:
            best, best_score = lang, score
    return best


_VOCAB_LOCK = threading.Lock()
_VOCAB: frozenset[str] | None = None


def _english_vocabulary() -> frozenset[str]:
    """MiniLM's whole-word vocabulary (English); empty when the model package is missing."""
    global _VOCAB
    if _VOCAB is None:
        with _VOCAB_LOCK:
            if _VOCAB is None:
                try:
                    vocab = (model_dir() / "vocab.txt").read_text(encoding="utf-8").split()
                    _VOCAB = frozenset(w for w in vocab if w.isalpha() and w.isascii())
                except (ImportError, OSError):
                    _VOCAB = frozenset()
    return _VOCAB


@lru_cache(maxsize=20000)
def _gloss_prefix(word: str) -> str | None:
    """A glossary stem ("apunal*") that starts `word`, in any language: its English."""
    for size in range(min(len(word), 12), 3, -1):
        hit = lexicon.PREFIXES.get(word[:size])
        if hit is not None:
            return hit
    return None


# The longest glossary phrase ("um allem ein ende zu setzen"); longer keys could never match.
PHRASE_MAX_WORDS = 6


@cache
def _phrase_table(lang: str) -> dict[str, str]:
    """The glossary phrases (two words or more) a reading in `lang` looks up, built once.

    A foreign language: its own phrases, then the other languages' (a guess can be wrong, and
    a phrase of several words rarely means something else in another language). English:
    only phrases with a word that is not English, so English text is never rewritten."""
    english = _english_vocabulary()
    merged: dict[str, str] = {}
    for other, table in reversed(list(lexicon.GLOSSARY.items())):  # the first language wins
        if other == lang:
            continue
        merged.update(
            (key, value)
            for key, value in table.items()
            if "_" in key and (lang != "en" or not all(part in english for part in key.split("_")))
        )
    merged.update((k, v) for k, v in lexicon.GLOSSARY.get(lang, {}).items() if "_" in k)
    return merged


def _phrase_at(
    words: list[str], i: int, lookup: Callable[[str], str | None]
) -> tuple[str, int] | None:
    """The longest glossary phrase starting at words[i]: (its English, its length in words)."""
    for size in range(min(PHRASE_MAX_WORDS, len(words) - i), 1, -1):
        english = lookup("_".join(words[i : i + size]))
        if english is not None:
            return english, size
    return None


def gloss(words: list[str], lang: str) -> list[str]:
    """Word-by-word English for a non-English prompt: phrases, exact words, stems, then the
    other languages' exact words (a prompt can mix them); reflexive verbs keep their object
    ("se pend" -> "hang himself", "suicidarse" -> "suicide himself")."""
    table = lexicon.GLOSSARY.get(lang, {})
    stems = lexicon.PREFIXES_BY_LANG.get(lang, {})
    reflexive = lexicon.REFLEXIVES.get(lang, frozenset())
    function_words = lexicon.FUNCTION_WORDS.get(lang, frozenset())
    phrases = _phrase_table(lang)
    out: list[str] = []
    i = 0
    while i < len(words):
        # Phrases first, longest first: "ropa interior", "met fin a ses jours"
        hit = _phrase_at(words, i, phrases.get)
        if hit is not None:
            english, size = hit
            if english:
                out.append(english)
            i += size
        else:
            word = words[i]
            clitic = lexicon.OBJECT_CLITICS.get(lang, {}).get(word)
            if clitic and i + 1 < len(words) and words[i + 1] not in function_words:
                out.append(_gloss_word(words[i + 1], lang, table, stems) or words[i + 1])
                out.append(clitic)
                i += 2
                continue
            if word in reflexive and i + 1 < len(words):
                out.append(_gloss_word(words[i + 1], lang, table, stems) or words[i + 1])
                out.append("himself")
                i += 2
                continue
            if lang in ("es", "pt") and len(word) > 5 and word.endswith(("rse", "rme")):
                verb = _gloss_word(word[:-2], lang, table, stems)
                if verb:
                    out.extend((verb, "himself"))
                    i += 1
                    continue
            english = _gloss_word(word, lang, table, stems)
            if english is None:
                out.append(word)
            elif english:
                out.append(english)
            i += 1
    return out


def _gloss_word(word: str, lang: str, table: dict[str, str], stems: dict[str, str]) -> str | None:
    hit = table.get(word)
    if hit is not None:
        return hit
    for size in range(min(len(word), 12), 3, -1):
        hit = stems.get(word[:size])
        if hit is not None:
            return hit
    for other, other_table in lexicon.GLOSSARY.items():
        if other != lang and len(word) > 3 and word in other_table:
            return other_table[word]
    inflected = inflections().get(lang, {}).get(word)
    return None if inflected is None else table.get(inflected)


@cache
def inflections() -> dict[str, dict[str, str]]:
    """Per language: a folded word form -> the glossary word it inflects."""
    tables: dict[str, dict[str, str]] = {}
    with gzip.open(INFLECTIONS_PATH, "rt", encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            lang, form, word = line.rstrip("\n").split("\t")
            tables.setdefault(lang, {})[form] = word
    return tables


@lru_cache(maxsize=4096)
def read(prompt: str) -> Reading:
    """The prompt with every trick undone, its language and its English reading."""
    text = fold(prompt)
    text = _MASKED.sub(_unmask, text)
    text = " ".join(_deleet_token(t) for t in _TOKEN.findall(text))
    text = _ELISION.sub(r"\1 ", text)
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = _DOTTED.sub(lambda m: _SEPARATORS.sub("", m.group(0)), text)
    # A dash inside a word: joined when that makes a known word ("pu-ppy"), else a space.
    words: list[str] = []
    for token in re.split(r"[^a-z0-9-]+", text):
        if not token:
            continue
        if "-" in token:
            parts = [p for p in token.split("-") if p]
            joined = "".join(parts)
            if (
                len(parts) > 1
                and joined in known_words()
                and not all(p in known_words() and len(p) > 2 for p in parts)
            ):
                words.append(joined)
            else:
                words.extend(parts)
        else:
            words.append(token)
    spaced = _SPACED.sub(_join_spaced, " ".join(words))
    words = _join_risky_splits([_shorten_runs(w) for w in spaced.split()])
    lang = guess_language(words)
    words = _join_splits(words, lexicon.FUNCTION_WORDS[lang])
    plain = " ".join(words)
    english = " ".join(_foreign_phrases(words) if lang == "en" else gloss(words, lang))
    return Reading(text=plain, english=english, lang=lang)


def _standard_english(word: str) -> str:
    """A word of an English prompt as the embedding's vocabulary spells it: a dialect or slang
    word read as standard English (`lexicon.ENGLISH_DIALECT`: "bairn" -> "child"), a dropped
    g put back ("laughin" -> "laughing") when only the -ing word is in the vocabulary."""
    standard = lexicon.ENGLISH_DIALECT.get(word)
    if standard is not None:
        return standard
    vocabulary = _english_vocabulary()
    if len(word) > 4 and word.endswith("in") and word not in vocabulary:
        stem = word[:-2]  # "bashin" -> "bash", "makin" -> "mak(e)", "runnin" -> "run(n)"
        if (
            word + "g" in vocabulary
            or stem in vocabulary
            or stem + "e" in vocabulary
            or (stem[-1] == stem[-2] and stem[:-1] in vocabulary)
        ):
            return word + "g"
    return word


def _foreign_phrases(words: list[str]) -> list[str]:
    """A prompt read as English keeps its words, but a foreign phrase in it is glossed: a short
    prompt is easily guessed as English ("cagarlo a palos", "as mamas de fora")."""
    phrases = _phrase_table("en")
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = _phrase_at(words, i, phrases.get)
        if hit is None:
            out.append(_standard_english(words[i]))
            i += 1
            continue
        english, size = hit
        if english:
            out.append(english)
        i += size
    return out
