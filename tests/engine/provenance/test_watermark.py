from __future__ import annotations

import cv2
import numpy as np
import pytest

from engine.provenance.c2pa_sign import read_manifest
from engine.provenance.label import VisibleLabel
from engine.provenance.reading import verify_file
from engine.provenance.reencode import apply_provenance_filters
from engine.provenance.watermark import (
    CODED_BITS,
    Watermark,
    decode_payload,
    encode_payload,
    extract_watermark,
    u_view,
)
from tests.engine.provenance.conftest import CLIP_CODE, FRAMES, H, W
from tests.engine.provenance.media import encode_clip, moving_frames, remux, transcode


@pytest.mark.parametrize("code", [0, 1, CLIP_CODE, 2**40 - 1])
def test_payload_round_trips_and_a_flipped_bit_fails_the_crc(code):
    bits = encode_payload(code)
    assert bits.shape == (CODED_BITS,)
    assert decode_payload(bits) == code
    for i in (0, 20, CODED_BITS - 1):
        flipped = bits.copy()
        flipped[i] ^= 1
        assert decode_payload(flipped) is None


def test_flat_frames_cannot_decode_to_a_clip_code():
    # A flat frame reads every bit the same way: neither pattern may pass the CRC.
    assert decode_payload(np.zeros(CODED_BITS, np.uint8)) is None
    assert decode_payload(np.ones(CODED_BITS, np.uint8)) is None


def test_clip_code_out_of_range_is_refused():
    with pytest.raises(ValueError):
        Watermark(2**40)


def test_marked_frame_psnr_is_at_least_38_db_and_only_chroma_u_changes():
    frame = next(moving_frames(720, 1280, 1))
    i420 = cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420)
    marked = i420.copy()
    Watermark(CLIP_CODE).apply_yuv420(marked, 0)
    changed_rows = np.flatnonzero((marked != i420).any(axis=1))
    assert changed_rows.min() >= 1280 and changed_rows.max() < 1280 + 1280 // 4  # U only
    before = cv2.cvtColor(i420, cv2.COLOR_YUV2BGR_I420)
    after = cv2.cvtColor(marked, cv2.COLOR_YUV2BGR_I420)
    assert cv2.PSNR(before, after) >= 38.0


def test_marked_clip_reads_its_clip_code(marked_clip):
    reading = extract_watermark(marked_clip)
    assert reading.clip_code == CLIP_CODE and reading.crc_ok
    assert reading.frames_read == FRAMES and reading.frames_used > FRAMES // 2
    assert np.array_equal(reading.bits, encode_payload(CLIP_CODE))


def test_reencoded_copy_has_no_manifest_but_the_watermark_gives_the_clip_code(
    signed_clip, material, tmp_path
):
    copy = transcode(signed_clip, tmp_path / "reupload.mp4", crf=28)
    assert read_manifest(copy, trust_anchor_pem=material.root_pem).state == "NotFound"
    result = verify_file(copy, trust_anchor_pem=material.root_pem)
    assert result.state == "NotFound"
    assert result.watermark is not None and result.watermark.found
    assert result.clip_code == CLIP_CODE


def test_watermark_survives_conversion_to_mkv_and_mov(marked_clip, tmp_path):
    assert extract_watermark(remux(marked_clip, tmp_path / "c.mkv", fmt="matroska")).clip_code == (
        CLIP_CODE
    )
    mov = transcode(marked_clip, tmp_path / "c.mov", crf=23, fmt="mov")
    assert extract_watermark(mov).clip_code == CLIP_CODE


def test_clip_from_elsewhere_reads_nothing_found(tmp_path, material):
    other = encode_clip(tmp_path / "other.mp4", moving_frames(W, H, FRAMES), width=W, height=H)
    result = verify_file(other, trust_anchor_pem=material.root_pem)
    assert result.state == "NotFound"
    assert result.clip_code is None
    assert result.watermark is not None and not result.watermark.crc_ok
    assert "No Stillmotion invisible watermark was found." in result.notes
    # A still clip (identical frames) gives the reader no averaging across content.
    still = next(moving_frames(W, H, 1))
    frozen = encode_clip(
        tmp_path / "still.mp4", (still.copy() for _ in range(8)), width=W, height=H
    )
    assert extract_watermark(frozen).clip_code is None


def test_verified_signed_clip_does_not_need_the_watermark(signed_clip, material):
    result = verify_file(signed_clip, trust_anchor_pem=material.root_pem)
    assert result.state == "Trusted" and result.watermark is None and result.clip_code is None


def test_apply_provenance_filters_labels_and_marks_a_remote_clip(tmp_path):
    remote = encode_clip(tmp_path / "remote.mp4", moving_frames(W, H, 12), width=W, height=H)
    label = VisibleLabel(W, H)
    out = tmp_path / "remote-marked.mp4"
    apply_provenance_filters(remote, out, [label, Watermark(12345)])
    assert extract_watermark(out).clip_code == 12345
    first_in = next(_frames(remote))
    first_out = next(_frames(out))
    x, y, w, h = label.box
    badge_diff = np.abs(
        first_out[y : y + h, x : x + w].astype(int) - first_in[y : y + h, x : x + w]
    )
    assert badge_diff.mean() > 20  # the badge is visible in the output


def _frames(path):
    from engine.motion.encode import decode_bgr_frames

    return decode_bgr_frames(path)


def test_u_view_is_a_view_into_the_i420_buffer():
    buf = np.zeros((12 * 3 // 2, 8), np.uint8)
    u_view(buf)[...] = 7
    assert (buf[12:15] == 7).all() and (buf[:12] == 0).all() and (buf[15:] == 0).all()
