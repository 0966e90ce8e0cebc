"""The semantic layer: all-MiniLM-L6-v2 sentence embeddings and a trained head per category.

The head is a small network over the 384-d embedding: one hidden layer (ReLU), then a softmax
over the policy categories plus `benign`. It is trained by `bench/data/safety/train_heads.py`
on `train.tsv` + `extra_train.tsv` + `extra3_train.tsv`, its thresholds picked on the three dev
files (`dev.tsv`, `extra_dev.tsv`, `extra3_dev.tsv`); the
result is the small committed artifact `engine/safety/data/semantic_heads.npz` (weights,
biases, categories, thresholds, and the hash of the training files). A hidden layer, because
on the dev families (dev + extra_dev) a linear head blocked 0.79 of the harmful prompts alone
at the false-positive count (4 of 340 benign) where this one blocked 0.92. It is loaded once per process next to the encoder.

The text it reads is the prompt's English reading with harmless phrases blanked
(`screening.rule_text`), the same text the rules see: MiniLM is English-centric, and the
glossary turns most Spanish, French, German and Portuguese prompts into English words it knows.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.safety import minilm

HEADS_PATH = Path(__file__).resolve().parent / "data" / "semantic_heads.npz"

_LOCK = threading.Lock()
_HEADS: Heads | None = None
_LOADS = 0


@dataclass(frozen=True)
class Heads:
    categories: tuple[str, ...]  # "benign" first, then the policy categories
    hidden_weights: np.ndarray  # (384, hidden)
    hidden_bias: np.ndarray
    weights: np.ndarray  # (hidden, len(categories))
    bias: np.ndarray
    block_threshold: float  # P(harmful) at or above this blocks on its own
    lean_threshold: float  # P(harmful) at or above this confirms a rule's lean
    trained_on: str  # sha256 of the training and tuning files, for the record


@dataclass(frozen=True)
class SemanticScores:
    harmful: float  # 1 - P(benign), the worst window of the text
    by_category: dict[str, float]  # P(category) of that window
    top: str  # the most likely harmful category
    ms: float


def load_heads(path: Path = HEADS_PATH) -> Heads:
    with np.load(path, allow_pickle=False) as data:
        return Heads(
            categories=tuple(str(c) for c in data["categories"]),
            hidden_weights=data["hidden_weights"].astype(np.float32),
            hidden_bias=data["hidden_bias"].astype(np.float32),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
            block_threshold=float(data["block_threshold"]),
            lean_threshold=float(data["lean_threshold"]),
            trained_on=str(data["trained_on"]),
        )


def heads() -> Heads:
    global _HEADS, _LOADS
    if _HEADS is None:
        with _LOCK:
            if _HEADS is None:
                _HEADS = load_heads()
                _LOADS += 1
    return _HEADS


def model_loads() -> dict[str, int]:
    return {"minilm": minilm.encoder_loads(), "semantic_heads": _LOADS}


def probabilities(vectors: np.ndarray, h: Heads) -> np.ndarray:
    """Softmax of the head over (n, 384) embeddings: (n, len(categories))."""
    hidden = np.maximum(vectors @ h.hidden_weights + h.hidden_bias, 0.0)
    z = hidden @ h.weights + h.bias
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def score(text: str) -> SemanticScores:
    """Score one (normalised, English-read) text; long texts are scored window by window and
    the most harmful window counts."""
    start = time.perf_counter()
    h = heads()
    probs = probabilities(minilm.encoder().embed(text or "."), h)
    worst = int(np.argmax(1.0 - probs[:, 0]))
    row = probs[worst]
    by_category = {c: float(row[i]) for i, c in enumerate(h.categories) if c != "benign"}
    top = max(by_category, key=by_category.__getitem__)
    return SemanticScores(
        harmful=float(1.0 - row[0]),
        by_category=by_category,
        top=top,
        ms=(time.perf_counter() - start) * 1000,
    )
