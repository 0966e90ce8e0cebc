"""The semantic layer: all-MiniLM-L6-v2 sentence embeddings and a trained head per category.

The head is a small network over the 384-d embedding: one hidden layer (ReLU), then a softmax
over the policy categories plus `benign`. It is trained by `bench/data/safety/train_heads.py`
on `train.tsv` + `extra_train.tsv` + `extra3_train.tsv`, its thresholds picked on the three dev
files (`dev.tsv`, `extra_dev.tsv`, `extra3_dev.tsv`); the
result is the small committed artifact `engine/safety/data/semantic_heads.npz` (weights,
biases, categories, thresholds, and the hash of the training files). A hidden layer, because
on the dev families (dev + extra_dev) a linear head blocked 0.79 of the harmful prompts alone
at the false-positive count (4 of 340 benign) where this one blocked 0.92. It is loaded once per process next to the encoder.

The head alone is over-confident on text unlike anything it was trained on: half-glossed
foreign sentences ("the dog sacude himself the water") read as 0.9 harmful. So the semantic
layer also asks whether the text *resembles* harmful training prompts more than benign ones:
its support is the mean cosine to the `NEIGHBOURS` nearest harmful training prompts minus the
same for benign ones (the exemplars ship in the artifact), and it blocks only with support at
or above the artifact's margin. On the round-4 dev set (written blind) this took benign false
positives from 0.077 to 0.051 with no harmful prompt lost.

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
NEIGHBOURS = 3  # exemplars per side that the support averages

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
    harmful_exemplars: np.ndarray  # (n, 384) unit embeddings of the harmful training prompts
    benign_exemplars: np.ndarray  # (m, 384) the same for the benign ones
    margin: float  # support at or above this lets the head block
    trained_on: str  # sha256 of the training and tuning files, for the record


@dataclass(frozen=True)
class SemanticScores:
    harmful: float  # 1 - P(benign), the worst window of the text
    by_category: dict[str, float]  # P(category) of that window
    top: str  # the most likely harmful category
    support: float  # nearest harmful exemplars' cosine minus nearest benign ones' (that window)
    ms: float

    def blocks(self, threshold: float, h: Heads) -> bool:
        return self.harmful >= threshold and self.support >= h.margin


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
            harmful_exemplars=data["harmful_exemplars"].astype(np.float32),
            benign_exemplars=data["benign_exemplars"].astype(np.float32),
            margin=float(data["margin"]),
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


def support(vectors: np.ndarray, h: Heads) -> np.ndarray:
    """Per row of (n, 384) embeddings: how much nearer the harmful exemplars are than the
    benign ones (mean cosine of the `NEIGHBOURS` nearest of each)."""
    k = NEIGHBOURS
    near_harmful = -np.sort(-(vectors @ h.harmful_exemplars.T), axis=1)[:, :k].mean(axis=1)
    near_benign = -np.sort(-(vectors @ h.benign_exemplars.T), axis=1)[:, :k].mean(axis=1)
    return near_harmful - near_benign


def score(text: str) -> SemanticScores:
    """Score one (normalised, English-read) text; long texts are scored window by window and
    the most harmful window counts."""
    start = time.perf_counter()
    h = heads()
    encoder = minilm.encoder()
    # The head and support products run on one BLAS thread like the encoder: at two, the
    # support's (1, 384) x (384, ~2400) product cost ~16 ms of CPU (a woken, spinning
    # OpenBLAS worker) instead of 0.5, and slowed the next prompt's encoder as well.
    with encoder.one_blas_thread():
        vectors = encoder.embed(text or ".")
        probs = probabilities(vectors, h)
        worst = int(np.argmax(1.0 - probs[:, 0]))
        near = float(support(vectors[worst : worst + 1], h)[0])
    row = probs[worst]
    by_category = {c: float(row[i]) for i, c in enumerate(h.categories) if c != "benign"}
    top = max(by_category, key=by_category.__getitem__)
    return SemanticScores(
        harmful=float(1.0 - row[0]),
        by_category=by_category,
        top=top,
        support=near,
        ms=(time.perf_counter() - start) * 1000,
    )
