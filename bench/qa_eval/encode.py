"""Encoders (every clip is encoded exactly once, after any defect, so defective clips carry no
extra generation of compression) and a probe that reads a clip back with PyAV.

- `ffmpeg`: the ffmpeg binary of imageio-ffmpeg, raw frames on stdin, libx264.
- `moviepy`: MoviePy's own writer (FFMPEG_VideoWriter, libx264).
- `imageio`: imageio_ffmpeg.write_frames (libx264).
- `pyav`: PyAV's bundled libx264, in process.
"""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import imageio_ffmpeg
import numpy as np


def encode(frames: list[np.ndarray], path: Path, fps: float, cfg: dict[str, Any]) -> None:
    kind = cfg["encoder"]
    crf, preset = int(cfg["crf"]), cfg["preset"]
    if kind == "ffmpeg":
        _ffmpeg(frames, path, fps, crf, preset)
    elif kind == "moviepy":
        _moviepy(frames, path, fps, crf, preset)
    elif kind == "imageio":
        _imageio(frames, path, fps, crf, preset)
    elif kind == "pyav":
        _pyav(frames, path, fps, crf, preset)
    else:
        raise ValueError(kind)


def _ffmpeg(frames, path, fps, crf, preset):  # type: ignore[no-untyped-def]
    h, w = frames[0].shape[:2]
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{w}x{h}",
        "-framerate",
        str(fps),
        "-i",
        "-",
        "-c:v",
        "libx264",
        "-preset",
        preset,
        "-crf",
        str(crf),
        "-pix_fmt",
        "yuv420p",
        "-threads",
        "1",
        "-movflags",
        "+faststart",
        str(path),
    ]
    subprocess.run(cmd, input=b"".join(f.tobytes() for f in frames), check=True)


def _moviepy(frames, path, fps, crf, preset):  # type: ignore[no-untyped-def]
    # MoviePy's own writer, fed frame by frame: write_videofile() looks frames up by time and
    # can repeat or drop one at some frame rates (float rounding), which would fake a freeze.
    from moviepy.video.io.ffmpeg_writer import FFMPEG_VideoWriter

    h, w = frames[0].shape[:2]
    writer = FFMPEG_VideoWriter(
        str(path),
        (w, h),
        fps,
        codec="libx264",
        preset=preset,
        threads=1,
        ffmpeg_params=["-crf", str(crf), "-pix_fmt", "yuv420p"],
    )
    for f in frames:
        writer.write_frame(np.ascontiguousarray(f))
    writer.close()


def _imageio(frames, path, fps, crf, preset):  # type: ignore[no-untyped-def]
    h, w = frames[0].shape[:2]
    writer = imageio_ffmpeg.write_frames(
        str(path),
        (w, h),
        fps=fps,
        codec="libx264",
        pix_fmt_out="yuv420p",
        macro_block_size=2,
        quality=None,
        output_params=["-crf", str(crf), "-preset", preset, "-threads", "1"],
        ffmpeg_log_level="error",
    )
    writer.send(None)
    for f in frames:
        writer.send(np.ascontiguousarray(f))
    writer.close()


def _pyav(frames, path, fps, crf, preset):  # type: ignore[no-untyped-def]
    h, w = frames[0].shape[:2]
    rate = Fraction(fps).limit_denominator(1001)
    with av.open(str(path), "w", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=rate)
        stream.width, stream.height = w, h
        stream.pix_fmt = "yuv420p"
        # mbtree off: x264's macroblock-tree rate control reads memory it never wrote (seen
        # with MALLOC_PERTURB_), which in a long-lived process made the same frames encode
        # differently from run to run. The ffmpeg subprocesses start on zeroed memory.
        stream.options = {
            "crf": str(crf),
            "preset": preset,
            "threads": "1",
            "x264-params": "mbtree=0",
        }
        for i, f in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(f, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, 1) / rate
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def probe(path: Path) -> dict[str, Any]:
    """What a clip really is: size, decoded frame count, frame rate, duration."""
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        fps = float(s.average_rate) if s.average_rate else 0.0
        frames = sum(1 for _ in c.decode(s))
        w, h = s.codec_context.width, s.codec_context.height
    return {
        "width": w,
        "height": h,
        "frames": frames,
        "fps": round(fps, 3),
        "duration_s": round(frames / fps, 3) if fps else 0.0,
    }


def read_frames(path: Path, every: int = 1) -> list[np.ndarray]:
    """Decoded RGB frames (every n-th), for contact sheets."""
    out = []
    with av.open(str(path)) as c:
        for i, frame in enumerate(c.decode(video=0)):
            if i % every == 0:
                out.append(frame.to_ndarray(format="rgb24"))
    return out
