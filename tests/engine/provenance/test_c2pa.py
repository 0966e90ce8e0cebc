from __future__ import annotations

import shutil

import cv2
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from engine.provenance.c2pa_sign import JOB_ASSERTION, get_signer, read_manifest, sign_file
from engine.provenance.dev_cert import (
    CHAIN_FILE,
    DEV_ROOT_NAME,
    KEY_FILE,
    ROOT_FILE,
    ensure_dev_certificate,
)
from tests.engine.provenance.conftest import manifest_for
from tests.engine.provenance.media import photo_bgr

TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def test_signed_clip_is_trusted_with_our_anchor_and_carries_the_job(signed_clip, material):
    reading = read_manifest(signed_clip, trust_anchor_pem=material.root_pem)
    assert reading.state == "Trusted"
    assert reading.reasons == []
    job = reading.job
    assert job["job_id"] == "job-123" and job["workspace_id"] == "ws-9"
    assert job["provider"] == "local" and job["model"] == "stillmotion-motion-1"
    assert job["spec_version"] == 1 and job["qa_score"] == 0.91
    assert job["safety_verdict"] == {"allowed": True, "category": None}
    assert reading.digital_source_type == TRAINED
    assert reading.ingredients == ["source.jpg"]
    assert reading.signer_name == "Stillmotion DEVELOPMENT signer"
    assert reading.is_development
    assert reading.signed_at == "2025-01-02T03:04:05+00:00"


def test_signed_clip_without_our_anchor_is_valid_but_untrusted(signed_clip):
    reading = read_manifest(signed_clip, trust_anchor_pem=None)
    assert reading.state == "Valid"
    assert "the signer is not on this verifier's trust list" in reading.reasons
    assert JOB_ASSERTION in reading.assertions


def test_ingredient_has_no_thumbnail_so_the_manifest_stays_small(signed_clip, marked_clip):
    added = signed_clip.stat().st_size - marked_clip.stat().st_size
    assert 0 < added < 20_000  # a thumbnail alone would add ~140 kB


def test_one_flipped_byte_makes_the_clip_invalid_with_the_tamper_reason(
    signed_clip, material, tmp_path
):
    data = bytearray(signed_clip.read_bytes())
    data[int(len(data) * 0.8)] ^= 0xFF  # inside the media data
    tampered = tmp_path / "tampered.mp4"
    tampered.write_bytes(bytes(data))
    reading = read_manifest(tampered, trust_anchor_pem=material.root_pem)
    assert reading.state == "Invalid"
    assert "the file was changed after it was signed" in reading.reasons


def test_unsigned_file_reads_not_found(marked_clip, material):
    assert read_manifest(marked_clip, trust_anchor_pem=material.root_pem).state == "NotFound"


def test_poster_jpeg_signing_works(material, photo_path, tmp_path):
    poster = tmp_path / "poster.jpg"
    cv2.imwrite(str(poster), cv2.resize(photo_bgr(), (360, 640)))
    signed = tmp_path / "poster-signed.jpg"
    sign_file(
        src=poster,
        dst=signed,
        mime="image/jpeg",
        manifest=manifest_for(photo_path, title="poster.jpg"),
        material=material,
    )
    reading = read_manifest(signed, trust_anchor_pem=material.root_pem)
    assert reading.state == "Trusted"
    assert reading.title == "poster.jpg"
    assert reading.job["job_id"] == "job-123"
    assert cv2.imread(str(signed)) is not None  # still a normal JPEG


def test_dev_certificate_is_created_once_then_reused(tmp_path):
    first = ensure_dev_certificate(tmp_path)
    stamps = {n: (tmp_path / n).stat().st_mtime_ns for n in (ROOT_FILE, CHAIN_FILE, KEY_FILE)}
    second = ensure_dev_certificate(tmp_path)
    assert second == first
    assert stamps == {n: (tmp_path / n).stat().st_mtime_ns for n in stamps}
    assert first.is_development and first.tsa_url is None
    assert first.key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")  # PKCS#8, not SEC1
    assert (tmp_path / KEY_FILE).stat().st_mode & 0o077 == 0


def test_dev_signer_certificate_has_the_c2pa_profile(material):
    leaf = x509.load_pem_x509_certificates(material.chain_pem)[0]
    root = x509.load_pem_x509_certificate(material.root_pem)
    assert leaf.issuer == root.subject
    assert DEV_ROOT_NAME in root.subject.rfc4514_string()
    assert not leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    ku = leaf.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    years = (leaf.not_valid_after_utc - leaf.not_valid_before_utc).days / 365
    assert years >= 9.9


def test_signer_is_built_once_per_process_and_material(material, tmp_path):
    assert get_signer(material) is get_signer(material)
    other = ensure_dev_certificate(tmp_path)
    assert get_signer(other) is not get_signer(material)


def test_a_remux_drops_the_manifest(signed_clip, material, tmp_path):
    copy = tmp_path / "copy.mp4"
    shutil.copy(signed_clip, copy)
    assert read_manifest(copy, trust_anchor_pem=material.root_pem).state == "Trusted"
    from tests.engine.provenance.media import remux

    remuxed = remux(signed_clip, tmp_path / "remuxed.mp4", fmt="mp4")
    assert read_manifest(remuxed, trust_anchor_pem=material.root_pem).state == "NotFound"
