"""Train the semantic layer's heads: `python bench/data/safety/train_heads.py`.

Reads ONLY the train files (`train.tsv`, `extra_train.tsv`, `extra3_train.tsv` ...
`extra35_train.tsv`, `lookalikes_train.tsv`: to fit, and as the support exemplars) and the dev files (`dev.tsv`,
`extra_dev.tsv`, `extra3_dev.tsv`, `extra4_dev.tsv`: to pick the two thresholds); never
`test.tsv`, `paraphrase.tsv`, `fresh.tsv` or `extra5_dev.tsv` ... `extra35_dev.tsv` (the check
sets of rounds 5 to 35).
The extra sets (`make_extra*.py`) are written by different hands and methods than the corpus
(rounds 4 to 35 blind: everyday phrasing, customers' voices, colloquial German and French,
long scene descriptions, terse regional slang, algospeak, formal requests, family scenes,
minimal pairs, harm told by its scene, code-switching, agency briefs, short plain requests,
children and bodies, German and French registers, Spanish and Portuguese registers, mostly
harmless requests, disguised words, weapons and hate, English varieties, a generic queue, harm told by its aftermath, terse slang, formal
registers, business briefs, dialects, framings that expect a filter),
so the heads
see more than one hand's phrasing. Writes `engine/safety/data/semantic_heads.npz`: a one-hidden-layer network
(384 -> 256 ReLU -> softmax over the policy categories plus `benign`) over all-MiniLM-L6-v2
embeddings of each prompt's English reading with harmless phrases blanked (exactly what the
gate embeds). Deterministic: full-batch Adam from a fixed-seed initialisation, fixed epochs.

Thresholds (picked on dev, printed; only where the support lets the head block, as the gate):
- block: P(harmful) that blocks on its own; the lowest value that keeps dev benign prompts
  blocked by the semantic layer alone at or under 1.5 %, and never under 0.8 (it came out at
  0.85 in round 3, 0.83 in round 2; in round 4 it fell to the old floor, 0.75, where a child
  jumping from a bed into a parent's arms read 0.79: on extra4_dev and extra3_dev 0.8 cost no
  harmful prompt and one false positive fewer);
- lean: P(harmful) that confirms a rule's lean (a weak rule hit such as "blood" or "hate");
  the lowest value that keeps dev benign prompts with a lean at or under 1 % blocked, and
  never under 0.5 (0.5 in round 3, 0.68 in round 2; at 0.5 % in round 4 it climbed to the
  block threshold, which cost recall on extra4_dev (.902 -> .896) and extra_dev (1.0 -> .992)
  with no false positive fewer).
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
from engine.safety.semantic import HEADS_PATH, Heads, probabilities, support  # noqa: E402

HERE = Path(__file__).resolve().parent
CATEGORIES = ("benign", *(str(c) for c in PROMPT_CATEGORIES))
L2 = 1e-3
HIDDEN = 256
EPOCHS = 600
LEARNING_RATE = 0.003
SEED = 0
TRAIN_FILES = (
    "train.tsv",
    "extra_train.tsv",
    "extra3_train.tsv",
    "extra4_train.tsv",
    "extra5_train.tsv",
    "extra6_train.tsv",
    "extra7_train.tsv",
    "extra8_train.tsv",
    "extra9_train.tsv",
    "extra10_train.tsv",
    "extra11_train.tsv",
    "extra12_train.tsv",
    "extra13_train.tsv",
    "extra14_train.tsv",
    "extra15_train.tsv",
    "extra16_train.tsv",
    "extra17_train.tsv",
    "extra18_train.tsv",
    "extra19_train.tsv",
    "extra20_train.tsv",
    "extra21_train.tsv",
    "extra22_train.tsv",
    "extra23_train.tsv",
    "extra24_train.tsv",
    "extra25_train.tsv",
    "extra26_train.tsv",
    "extra27_train.tsv",
    "extra28_train.tsv",
    "extra29_train.tsv",
    "extra30_train.tsv",
    "extra31_train.tsv",
    "extra32_train.tsv",
    "extra33_train.tsv",
    "extra34_train.tsv",
    "extra35_train.tsv",
    # Hand-written benign hard negatives (vans at markets, parcels, pills as prescribed, ropes
    # used safely...): training only, never measured (make_lookalikes.py).
    "lookalikes_train.tsv",
)
# extra5_dev ... extra35_dev are not among them: they stay the check sets nobody tuned on (no
# --errors on them).
DEV_FILES = ("dev.tsv", "extra_dev.tsv", "extra3_dev.tsv", "extra4_dev.tsv")
# Support the head needs to block (semantic.py): picked on extra4_dev among -0.1, -0.05, 0, 0.03
# (benign false positives 0.068, 0.060, 0.051, 0.043 with recall 0.872 at each; 0.03 cost a
# harmful prompt on extra_dev), the round number where nothing harmful was lost anywhere on dev.
MARGIN = 0.0
TRAINING_FILES = TRAIN_FILES + DEV_FILES


def load(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def embed(rows: list[dict[str, str]]) -> np.ndarray:
    enc = minilm.encoder()
    return np.stack([enc.embed(rule_text(r["prompt"]) or ".")[0] for r in rows])


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """Weighted softmax over one ReLU layer, L2 on the weights, full-batch Adam."""
    n, d = x.shape
    k = len(CATEGORIES)
    onehot = np.eye(k)[y]
    # Benign carries half the weight and the eight harmful categories share the other half
    # (equally): P(harmful) then starts from even odds instead of 8 to 1.
    counts = np.bincount(y, minlength=k).astype(float)
    class_w = np.where(np.arange(k) == 0, 0.5, 0.5 / (k - 1)) / counts
    sample_w = class_w[y]
    sample_w /= sample_w.mean()
    rng = np.random.default_rng(SEED)
    p = {
        "w1": rng.normal(0.0, np.sqrt(2.0 / d), (d, HIDDEN)),
        "b1": np.zeros(HIDDEN),
        "w2": rng.normal(0.0, np.sqrt(1.0 / HIDDEN), (HIDDEN, k)),
        "b2": np.zeros(k),
    }
    m = {key: np.zeros_like(v) for key, v in p.items()}
    v2 = {key: np.zeros_like(v) for key, v in p.items()}
    for step in range(1, EPOCHS + 1):
        pre = x @ p["w1"] + p["b1"]
        hidden = np.maximum(pre, 0.0)
        z = hidden @ p["w2"] + p["b2"]
        z -= z.max(axis=1, keepdims=True)
        prob = np.exp(z)
        prob /= prob.sum(axis=1, keepdims=True)
        g = (prob - onehot) * sample_w[:, None] / n
        g_hidden = (g @ p["w2"].T) * (pre > 0)
        grads = {
            "w1": x.T @ g_hidden + L2 * p["w1"],
            "b1": g_hidden.sum(axis=0),
            "w2": hidden.T @ g + L2 * p["w2"],
            "b2": g.sum(axis=0),
        }
        c1, c2 = 1 - 0.9**step, 1 - 0.999**step
        for key, grad in grads.items():
            m[key] = 0.9 * m[key] + 0.1 * grad
            v2[key] = 0.999 * v2[key] + 0.001 * grad**2
            p[key] -= LEARNING_RATE * (m[key] / c1) / (np.sqrt(v2[key] / c2) + 1e-8)
    return {key: v.astype(np.float32) for key, v in p.items()}


def lowest_threshold(scores: np.ndarray, budget: int, floor: float) -> float:
    """The lowest threshold with at most `budget` of `scores` at or above it."""
    ordered = np.sort(scores)[::-1]
    if len(ordered) <= budget:
        return floor
    return max(floor, float(ordered[budget]) + 1e-6)


def main() -> None:
    started = time.time()
    train = [row for name in TRAIN_FILES for row in load(name)]
    dev = [row for name in DEV_FILES for row in load(name)]
    digest = hashlib.sha256()
    for name in TRAINING_FILES:
        digest.update((HERE / name).read_bytes())
    x_train, x_dev = embed(train), embed(dev)
    y_train = np.array([CATEGORIES.index(r["label"]) for r in train])
    net = fit(x_train, y_train)
    harmful_x, benign_x = x_train[y_train != 0], x_train[y_train == 0]
    draft = Heads(
        categories=CATEGORIES,
        hidden_weights=net["w1"],
        hidden_bias=net["b1"],
        weights=net["w2"],
        bias=net["b2"],
        block_threshold=1.0,
        lean_threshold=1.0,
        harmful_exemplars=harmful_x,
        benign_exemplars=benign_x,
        margin=MARGIN,
        trained_on="",
    )
    # What the gate acts on: P(harmful) where the support lets the head block, else nothing.
    harmful = np.where(
        support(x_dev, draft) >= MARGIN, 1.0 - probabilities(x_dev, draft)[:, 0], 0.0
    )
    benign = np.array([r["label"] == "benign" for r in dev])
    leans = np.array([max(rule_scores(r["prompt"])[0].values()) >= 0.3 for r in dev])
    n_benign = int(benign.sum())
    block = lowest_threshold(harmful[benign], int(0.015 * n_benign), 0.8)
    lean = lowest_threshold(harmful[benign & leans], int(0.01 * n_benign), 0.5)
    HEADS_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        HEADS_PATH,
        categories=np.array(CATEGORIES),
        hidden_weights=net["w1"],
        hidden_bias=net["b1"],
        weights=net["w2"],
        bias=net["b2"],
        block_threshold=np.float32(block),
        lean_threshold=np.float32(lean),
        # float16 halves the artifact; cosines move by < 1e-3.
        harmful_exemplars=harmful_x.astype(np.float16),
        benign_exemplars=benign_x.astype(np.float16),
        margin=np.float32(MARGIN),
        trained_on=np.array(digest.hexdigest()),
    )
    recall = float((harmful[~benign] >= block).mean())
    print(f"trained on {len(train)} train prompts, thresholds on {len(dev)} dev prompts")
    print(f"block threshold {block:.4f}: semantic layer alone blocks {recall:.3f} of dev harmful")
    print(f"lean threshold {lean:.4f}")
    print(f"wrote {HEADS_PATH.relative_to(ROOT)} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
