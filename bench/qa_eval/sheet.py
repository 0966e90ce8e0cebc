"""Contact sheets for looking at clips by eye (not a detector: it draws, it does not judge).

    .venv/bin/python bench/qa_eval/sheet.py DIR [--only TEXT] [--frames 8] [--out sheet.png]

One row per clip: the source photo, then evenly spaced frames, then a strip of the mean
absolute difference between consecutive frames (freezes read as zeros, pops as spikes).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from bench.qa_eval.encode import read_frames  # noqa: E402

TILE = 180


def _fit(img: np.ndarray, size: int = TILE) -> np.ndarray:
    h, w = img.shape[:2]
    s = size / max(h, w)
    small = cv2.resize(
        img, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA
    )
    tile = np.zeros((size, size, 3), np.uint8)
    y, x = (size - small.shape[0]) // 2, (size - small.shape[1]) // 2
    tile[y : y + small.shape[0], x : x + small.shape[1]] = small
    return tile


def _diff_strip(frames: list[np.ndarray]) -> np.ndarray:
    grey = [
        cv2.cvtColor(cv2.resize(f, (160, 160)), cv2.COLOR_RGB2GRAY).astype(np.float32)
        for f in frames
    ]
    d = [float(np.abs(a - b).mean()) for a, b in zip(grey[1:], grey[:-1], strict=False)]
    tile = np.zeros((TILE, TILE * 2, 3), np.uint8)
    if not d:
        return tile
    top = max(8.0, max(d))
    for i, v in enumerate(d):
        x = round(i * (TILE * 2 - 1) / max(1, len(d) - 1))
        y = TILE - 1 - round(v / top * (TILE - 20))
        cv2.line(tile, (x, TILE - 1), (x, y), (0, 200, 255), 1)
    cv2.putText(tile, f"max {top:.1f}", (4, 14), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (255, 255, 255), 1)
    return tile


def row(out_dir: Path, rec: dict, n: int) -> np.ndarray:
    photo = cv2.cvtColor(cv2.imread(str(out_dir / rec["photo"])), cv2.COLOR_BGR2RGB)
    frames = read_frames(out_dir / rec["clip"])
    idx = np.linspace(0, len(frames) - 1, n).round().astype(int)
    tiles = [_fit(photo)] + [_fit(frames[i]) for i in idx] + [_diff_strip(frames)]
    r = np.hstack(tiles)
    label = (
        f"{rec['id']}  {rec['generator']}  {rec['delivered']['width']}x{rec['delivered']['height']}"
    )
    label += f"  {rec['delivered']['frames']}f  crf{rec['base']['crf']}"
    cv2.putText(r, label, (4, TILE - 6), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (255, 255, 0), 1)
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--frames", type=int, default=8)
    ap.add_argument("--max", type=int, default=12)
    ap.add_argument("--out", type=Path, default=Path("/tmp/qa_eval_sheet.png"))
    args = ap.parse_args(argv)
    recs = [json.loads(line) for line in (args.dir / "manifest.jsonl").read_text().splitlines()]
    recs = [r for r in recs if args.only in r["id"]][: args.max]
    if not recs:
        print("no clip matches")
        return 1
    sheet = np.vstack([row(args.dir, r, args.frames) for r in recs])
    cv2.imwrite(str(args.out), cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR))
    print(f"{len(recs)} clips -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
