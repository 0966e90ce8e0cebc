"""Train the semantic layer's heads: `python bench/data/safety/train_heads.py`.

Reads ONLY `train.tsv` (to fit) and `dev.tsv` (to pick the two thresholds); never `test.tsv`
or `paraphrase.tsv`. Writes `engine/safety/data/semantic_heads.npz`: a multinomial logistic
regression over all-MiniLM-L6-v2 embeddings of each prompt's English reading with harmless
phrases blanked (exactly what the gate embeds), one weight vector per policy category plus
`benign`. Deterministic: full-batch Adam from zeros, fixed epochs, no randomness.

Thresholds (picked on dev, printed):
- block: P(harmful) that blocks on its own; the lowest value that keeps dev benign prompts
  blocked by the semantic layer alone at or under 1 %, and never under 0.85;
- lean: P(harmful) that confirms a rule's lean (a weak rule hit such as "blood" or "hate");
  the lowest value that keeps dev benign prompts with a lean at or under 0.5 % blocked, and
  never under 0.75 (dev benign prompts peak at 0.76).
"""

from __future__ import annotations

import csv
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from engine.safety import minilm  # noqa: E402
from engine.safety.screening import PROMPT_CATEGORIES, rule_scores, rule_text  # noqa: E402
from engine.safety.semantic import HEADS_PATH, Heads, probabilities  # noqa: E402

HERE = Path(__file__).resolve().parent
CATEGORIES = ("benign", *(str(c) for c in PROMPT_CATEGORIES))
L2 = 1e-3
EPOCHS = 2000
LEARNING_RATE = 0.01


def load(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def embed(rows: list[dict[str, str]]) -> np.ndarray:
    enc = minilm.encoder()
    return np.stack([enc.embed(rule_text(r["prompt"]) or ".")[0] for r in rows])


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted softmax regression, L2 on the weights, full-batch Adam."""
    n, d = x.shape
    k = len(CATEGORIES)
    onehot = np.eye(k)[y]
    # Benign carries half the weight and the eight harmful categories share the other half
    # (equally): P(harmful) then starts from even odds instead of 8 to 1.
    counts = np.bincount(y, minlength=k).astype(float)
    class_w = np.where(np.arange(k) == 0, 0.5, 0.5 / (k - 1)) / counts
    sample_w = class_w[y]
    sample_w /= sample_w.mean()
    w, b = np.zeros((d, k)), np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, EPOCHS + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample_w[:, None] / n
        g_w, g_b = x.T @ g + L2 * w, g.sum(axis=0)
        m_w, v_w = 0.9 * m_w + 0.1 * g_w, 0.999 * v_w + 0.001 * g_w**2
        m_b, v_b = 0.9 * m_b + 0.1 * g_b, 0.999 * v_b + 0.001 * g_b**2
        c1, c2 = 1 - 0.9**step, 1 - 0.999**step
        w -= LEARNING_RATE * (m_w / c1) / (np.sqrt(v_w / c2) + 1e-8)
        b -= LEARNING_RATE * (m_b / c1) / (np.sqrt(v_b / c2) + 1e-8)
    return w.astype(np.float32), b.astype(np.float32)


def lowest_threshold(scores: np.ndarray, budget: int, floor: float) -> float:
    """The lowest threshold with at most `budget` of `scores` at or above it."""
    ordered = np.sort(scores)[::-1]
    if len(ordered) <= budget:
        return floor
    return max(floor, float(ordered[budget]) + 1e-6)


def main() -> None:
    started = time.time()
    train, dev = load("train.tsv"), load("dev.tsv")
    digest = hashlib.sha256()
    for name in ("train.tsv", "dev.tsv"):
        digest.update((HERE / name).read_bytes())
    x_train, x_dev = embed(train), embed(dev)
    y_train = np.array([CATEGORIES.index(r["label"]) for r in train])
    w, b = fit(x_train, y_train)
    draft = Heads(CATEGORIES, w, b, 1.0, 1.0, "")
    harmful = 1.0 - probabilities(x_dev, draft)[:, 0]
    benign = np.array([r["label"] == "benign" for r in dev])
    leans = np.array([max(rule_scores(r["prompt"])[0].values()) >= 0.3 for r in dev])
    n_benign = int(benign.sum())
    block = lowest_threshold(harmful[benign], int(0.01 * n_benign), 0.85)
    lean = lowest_threshold(harmful[benign & leans], int(0.005 * n_benign), 0.75)
    HEADS_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        HEADS_PATH,
        categories=np.array(CATEGORIES),
        weights=w,
        bias=b,
        block_threshold=np.float32(block),
        lean_threshold=np.float32(lean),
        trained_on=np.array(digest.hexdigest()),
    )
    recall = float((harmful[~benign] >= block).mean())
    print(f"trained on {len(train)} train prompts, thresholds on {len(dev)} dev prompts")
    print(f"block threshold {block:.4f}: semantic layer alone blocks {recall:.3f} of dev harmful")
    print(f"lean threshold {lean:.4f}")
    print(f"wrote {HEADS_PATH.relative_to(ROOT)} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
