"""Signing material: the development certificate chain, and loading a production one.

C2PA (c2pa-python 0.38) needs an ES256 (P-256) end-entity certificate with
keyUsage=critical,digitalSignature, extendedKeyUsage=emailProtection and CA:FALSE, issued
by a CA (a self-signed end-entity is refused), and a PKCS#8 private key. The chain given
to the signer is end-entity first, root left out.

The development chain is made once per directory (var/ by default) and reused: a root CA
"Stillmotion DEVELOPMENT Root (not for production)" and a signer issued by it. The root's
private key is thrown away right after issuing, so nothing else can ever be issued under
that root. Validity is long on purpose: without a timestamp authority (none is reachable
offline) a manifest turns Invalid ("signingCredential.expired") as soon as the signing
certificate expires, so a short-lived signer would silently break every clip it signed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from engine.provenance.errors import CertificateError

ROOT_FILE = "dev-c2pa-root.pem"
CHAIN_FILE = "dev-c2pa-chain.pem"
KEY_FILE = "dev-c2pa-key.pem"
DEV_ROOT_NAME = "Stillmotion DEVELOPMENT Root (not for production)"
DEV_SIGNER_NAME = "Stillmotion DEVELOPMENT signer"
DEV_MARKER = "DEVELOPMENT"
_ROOT_YEARS = 20
_SIGNER_YEARS = 10


@dataclass(frozen=True)
class SigningMaterial:
    """Everything a C2PA signer needs. chain_pem: end-entity first, then intermediates."""

    chain_pem: bytes
    key_pem: bytes
    root_pem: bytes | None
    tsa_url: str | None
    is_development: bool


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Stillmotion (development)"),
        ]
    )


def _issue_root(key: ec.EllipticCurvePrivateKey, now: dt.datetime) -> x509.Certificate:
    name = _name(DEV_ROOT_NAME)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * _ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )


def _issue_signer(
    key: ec.EllipticCurvePrivateKey,
    root: x509.Certificate,
    root_key: ec.EllipticCurvePrivateKey,
    now: dt.datetime,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(_name(DEV_SIGNER_NAME))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * _SIGNER_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA256())
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _create_dev_chain(directory: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = _issue_root(root_key, now)
    signer_key = ec.generate_private_key(ec.SECP256R1())
    signer = _issue_signer(signer_key, root, root_key, now)
    key_pem = signer_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    # Key first, chain last: a reader sees the chain only when everything is in place.
    _write_atomically(directory / KEY_FILE, key_pem, 0o600)
    _write_atomically(directory / ROOT_FILE, _pem(root), 0o644)
    _write_atomically(directory / CHAIN_FILE, _pem(signer), 0o644)


def _dev_files(directory: Path) -> tuple[Path, Path, Path]:
    return directory / CHAIN_FILE, directory / KEY_FILE, directory / ROOT_FILE


def ensure_dev_certificate(directory: Path) -> SigningMaterial:
    """Load the development chain from `directory`, creating it on first use.

    Safe when several workers start at once: creation runs under an exclusive file lock.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    chain, key, root = _dev_files(directory)
    if not all(p.exists() for p in (chain, key, root)):
        with open(directory / ".dev-c2pa.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not all(p.exists() for p in (chain, key, root)):
                    _create_dev_chain(directory)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
    return SigningMaterial(
        chain_pem=chain.read_bytes(),
        key_pem=key.read_bytes(),
        root_pem=root.read_bytes(),
        tsa_url=None,
        is_development=True,
    )


# -- production material -----------------------------------------------------------------
def _as_pkcs8(key_pem: bytes, source: str) -> bytes:
    """C2PA refuses SEC1 ("BEGIN EC PRIVATE KEY") keys; convert them instead of failing."""
    try:
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise CertificateError(
            f"The C2PA signing key in {source} could not be read ({exc}). "
            "Provide an unencrypted PEM private key."
        ) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise CertificateError(
            f"The C2PA signing key in {source} is not a P-256 (ES256) key. "
            "Issue the signing certificate for an ECDSA P-256 key."
        )
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _check_chain(chain_pem: bytes, source: str) -> None:
    try:
        certs = x509.load_pem_x509_certificates(chain_pem)
    except ValueError as exc:
        raise CertificateError(
            f"The C2PA certificate file {source} holds no readable PEM certificates ({exc})."
        ) from exc
    leaf = certs[0]
    if leaf.issuer == leaf.subject:
        raise CertificateError(
            f"The first certificate in {source} is self-signed; C2PA refuses those. "
            "Put the signing (end-entity) certificate first, issued by a CA."
        )
    with contextlib.suppress(x509.ExtensionNotFound):
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        if ExtendedKeyUsageOID.EMAIL_PROTECTION not in eku:
            raise CertificateError(
                f"The signing certificate in {source} lacks the emailProtection extended key "
                "usage that C2PA validators accept; ask your CA for a C2PA signing certificate."
            )


def load_signing_material(
    cert_file: Path,
    key_file: Path,
    *,
    root_file: Path | None = None,
    tsa_url: str | None = None,
) -> SigningMaterial:
    """Production material from files (e.g. settings C2PA_CERT_FILE / C2PA_KEY_FILE)."""
    try:
        chain_pem = Path(cert_file).read_bytes()
        key_pem = Path(key_file).read_bytes()
        root_pem = Path(root_file).read_bytes() if root_file else None
    except OSError as exc:
        raise CertificateError(f"A C2PA certificate or key file could not be read: {exc}") from exc
    _check_chain(chain_pem, str(cert_file))
    is_dev = DEV_MARKER in x509.load_pem_x509_certificates(chain_pem)[0].subject.rfc4514_string()
    return SigningMaterial(
        chain_pem=chain_pem,
        key_pem=_as_pkcs8(key_pem, str(key_file)),
        root_pem=root_pem,
        tsa_url=tsa_url,
        is_development=is_dev,
    )
