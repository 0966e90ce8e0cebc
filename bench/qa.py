"""QA benchmark: scores of clean clips and clips with injected defects, ROC AUC, QA time.

Clean clips are 720x1280, 3 s, 24 fps, rendered by the motion engine from photos that ship
in wheels (scikit-image, matplotlib). Defects are injected into a decoded copy of a clean
clip and re-encoded with the same H.264 settings: a freeze, brightness flicker, a blur
burst, black frames, a different face pasted over the subject, one unrelated frame.

    .venv/bin/python bench/qa.py [--quick]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.motion.encode import ClipEncoder, decode_bgr_frames
from engine.motion.engine import render
from engine.qa.assess import ExpectedClip, assess
from engine.spec import CameraMove, EffectKind, GenerationSpec, RegionEffect
from engine.vision.faces import detect_faces

W, H, FPS, SECONDS = 720, 1280, 24, 3.0
N = int(FPS * SECONDS)


def photos() -> dict[str, np.ndarray]:
    """Source photos (BGR) that ship offline, upscaled like a phone photo would be."""
    import matplotlib.cbook as cbook
    from skimage import data

    def bgr(rgb: np.ndarray) -> np.ndarray:
        return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)

    hopper = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    out = {
        "astronaut": bgr(data.astronaut()),
        "hopper": hopper,
        "coffee": bgr(data.coffee()),
        "chelsea": bgr(data.chelsea()),
        "rocket": bgr(data.rocket()),
    }
    return {
        k: cv2.resize(v, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC) for k, v in out.items()
    }


SPECS = {
    "push_in": GenerationSpec(camera=CameraMove.PUSH_IN, camera_strength=0.5),
    "slow_push": GenerationSpec(camera=CameraMove.PUSH_IN, camera_strength=0.1),
    "pan": GenerationSpec(camera=CameraMove.PAN_RIGHT, camera_strength=0.5),
    "handheld": GenerationSpec(camera=CameraMove.HANDHELD, camera_strength=0.5),
    "still_sway": GenerationSpec(
        camera=CameraMove.NONE, effects=(RegionEffect(EffectKind.SWAY, "subject", 0.6),)
    ),
}


def write_clip(frames: list[np.ndarray], path: Path) -> Path:
    height, width = frames[0].shape[:2]
    with ClipEncoder(path, width=width, height=height, fps=FPS) as enc:
        for f in frames:
            enc.write(f.copy())
    return path


# -- defects ------------------------------------------------------------------------------
def freeze(frames: list[np.ndarray], _: dict) -> list[np.ndarray]:
    return frames[:30] + [frames[30]] * 12 + frames[42:]


def flicker(frames: list[np.ndarray], _: dict) -> list[np.ndarray]:
    out = list(frames)
    for i in (20, 47):
        out[i] = cv2.convertScaleAbs(out[i], alpha=1.0, beta=35)
    return out


def blur_burst(frames: list[np.ndarray], _: dict) -> list[np.ndarray]:
    out = list(frames)
    for i in range(24, 32):
        out[i] = cv2.GaussianBlur(out[i], (0, 0), 4.0)
    return out


def black(frames: list[np.ndarray], _: dict) -> list[np.ndarray]:
    out = list(frames)
    for i in range(40, 43):
        out[i] = np.zeros_like(out[i])
    return out


def unrelated_frame(frames: list[np.ndarray], ctx: dict) -> list[np.ndarray]:
    out = list(frames)
    other = ctx["other"]
    out[45] = cv2.resize(other, (out[45].shape[1], out[45].shape[0]))
    return out


def paste_face(frame: np.ndarray, donor: np.ndarray) -> np.ndarray:
    """Paste the donor's face over the largest face of the frame, feathered."""
    found = detect_faces(frame)
    if not found:
        return frame
    f = found[0]
    x0, y0 = int(f.x - 0.1 * f.w), int(f.y - 0.1 * f.h)
    w, h = int(f.w * 1.2), int(f.h * 1.2)
    x0, y0 = max(0, x0), max(0, y0)
    w, h = min(w, frame.shape[1] - x0), min(h, frame.shape[0] - y0)
    patch = cv2.resize(donor, (w, h), interpolation=cv2.INTER_AREA)
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(mask, (w // 2, h // 2), (int(w * 0.42), int(h * 0.48)), 0, 0, 360, 1.0, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, w * 0.05))[..., None]
    out = frame.copy()
    roi = out[y0 : y0 + h, x0 : x0 + w].astype(np.float32)
    out[y0 : y0 + h, x0 : x0 + w] = (roi * (1 - mask) + patch * mask).astype(np.uint8)
    return out


def face_swap(frames: list[np.ndarray], ctx: dict) -> list[np.ndarray]:
    donor = ctx.get("donor_face")
    if donor is None:
        return frames
    return frames[:36] + [paste_face(f, donor) for f in frames[36:]]


DEFECTS: dict[str, Callable[[list[np.ndarray], dict], list[np.ndarray]]] = {
    "freeze": freeze,
    "flicker": flicker,
    "blur_burst": blur_burst,
    "black_frames": black,
    "unrelated_frame": unrelated_frame,
    "face_swap": face_swap,
}
FACE_DEFECTS = {"face_swap"}


def donor_crop(bgr: np.ndarray) -> np.ndarray | None:
    found = detect_faces(bgr)
    if not found:
        return None
    f = found[0]
    x0, y0 = max(0, int(f.x - 0.1 * f.w)), max(0, int(f.y - 0.1 * f.h))
    return bgr[y0 : y0 + int(f.h * 1.2), x0 : x0 + int(f.w * 1.2)].copy()


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a clean clip scores above a defective one (ties count half)."""
    wins = 0.0
    for p in positives:
        for q in negatives:
            wins += 1.0 if p > q else 0.5 if p == q else 0.0
    return wins / max(1, len(positives) * len(negatives))


def main() -> None:
    quick = "--quick" in sys.argv
    pics = photos()
    donors = {"astronaut": donor_crop(pics["hopper"]), "hopper": donor_crop(pics["astronaut"])}
    expected = ExpectedClip(width=W, height=H, frames=N, duration_s=SECONDS)
    rows: list[tuple[str, str, str, float, bool, dict[str, float], float, list[str]]] = []
    spec_names = ["push_in", "slow_push"] if quick else list(SPECS)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for photo_name, photo in pics.items():
            src = root / f"{photo_name}.png"
            cv2.imwrite(str(src), photo)
            faces = detect_faces(photo)
            for spec_name in spec_names:
                clean = root / f"{photo_name}_{spec_name}.mp4"
                render(source=src, spec=SPECS[spec_name], out_path=clean)
                frames = list(decode_bgr_frames(clean))
                other = pics["coffee" if photo_name != "coffee" else "chelsea"]
                ctx = {"other": other, "donor_face": donors.get(photo_name)}
                cases: list[tuple[str, Path]] = [("clean", clean)]
                for defect, inject in DEFECTS.items():
                    if defect in FACE_DEFECTS and ctx["donor_face"] is None:
                        continue
                    path = root / f"{photo_name}_{spec_name}_{defect}.mp4"
                    cases.append((defect, write_clip(inject(frames, ctx), path)))
                for label, path in cases:
                    assess(photo_bgr=photo, clip_path=path, expected=expected, photo_faces=faces)
                    times = []
                    for _ in range(2):
                        t0 = time.perf_counter()
                        rep = assess(
                            photo_bgr=photo, clip_path=path, expected=expected, photo_faces=faces
                        )
                        times.append((time.perf_counter() - t0) * 1000)
                    rows.append(
                        (photo_name, spec_name, label, rep.score, rep.passed, rep.parts,
                         min(times), rep.issues)
                    )  # fmt: skip
    print_table(rows)


def print_table(rows: list) -> None:
    short = ["identity", "same_scene", "sharpness", "flicker", "frozen", "black_frames", "format"]
    head = f"{'photo':10} {'camera':10} {'case':15} {'score':>5} {'pass':>4} " + " ".join(
        f"{p[:6]:>6}" for p in short
    )
    print(head + f" {'ms':>5}  issues")
    for photo, spec, label, score, passed, parts, ms, issues in rows:
        cells = " ".join(f"{parts[p]:6.2f}" for p in short)
        print(
            f"{photo:10} {spec:10} {label:15} {score:5.2f} {'yes' if passed else 'no':>4} "
            f"{cells} {ms:5.0f}  {'; '.join(issues)[:110]}"
        )
    clean = [r[3] for r in rows if r[2] == "clean"]
    bad = [r[3] for r in rows if r[2] != "clean"]
    print()
    print(f"clips: {len(clean)} clean, {len(bad)} with a defect")
    print(f"ROC AUC (clean above defective): {roc_auc(clean, bad):.3f}")
    print(f"clean passed: {sum(r[4] for r in rows if r[2] == 'clean')}/{len(clean)}")
    print(f"defective failed: {sum(not r[4] for r in rows if r[2] != 'clean')}/{len(bad)}")
    for defect in DEFECTS:
        hits = [r for r in rows if r[2] == defect]
        if hits:
            caught = sum(not r[4] for r in hits)
            top = max(r[3] for r in hits)
            print(f"  {defect:15} failed {caught}/{len(hits)}, max score {top:.2f}")
    times = [r[6] for r in rows]
    print(
        f"QA time per 720x1280 3 s clip: median {statistics.median(times):.0f} ms, "
        f"p95 {sorted(times)[int(0.95 * (len(times) - 1))]:.0f} ms, max {max(times):.0f} ms"
    )


if __name__ == "__main__":
    main()
