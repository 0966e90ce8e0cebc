"""Django side of layer 2: a workspace's safety policy and its protected identities."""

from __future__ import annotations

import numpy as np
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q

from accounts.models import User, Workspace
from engine.safety.screening import ProtectedFace, SafetyPolicy
from pipeline.errors import UploadRejected
from pipeline.models import Photo, ProtectedIdentity


def policy_for(*, workspace: Workspace, photo: Photo) -> SafetyPolicy:
    """The workspace's face policy, the uploader's consent, and every protected identity
    (the operators' global list and the workspace's own)."""
    identities = ProtectedIdentity.objects.filter(
        Q(workspace__isnull=True) | Q(workspace=workspace)
    ).values_list("label", "embedding")
    return SafetyPolicy(
        faces=workspace.face_policy,  # type: ignore[arg-type]
        consent_given=photo.consent_at is not None,
        protected_embeddings=[
            ProtectedFace(label, np.asarray(vector, dtype=np.float32))
            for label, vector in identities
        ],
    )


def protected_identity_add(
    *, workspace: Workspace | None, label: str, data: bytes, filename: str, user: User | None
) -> ProtectedIdentity:
    """Enrol a face that must never be animated (the largest face in the photo)."""
    from engine.motion.image import load_bgr
    from engine.photo import PhotoRejected, validate_photo
    from engine.vision.faces import detect_faces, face_embedding, largest_face

    label = label.strip()
    if not label:
        raise UploadRejected("Give the protected person a name or label.")
    try:
        validated = validate_photo(data, filename=filename)
    except PhotoRejected as exc:
        raise UploadRejected(str(exc)) from exc
    bgr = load_bgr(validated.content, max_side=1600)
    face = largest_face(detect_faces(bgr))
    if face is None:
        raise UploadRejected(
            "We couldn't find a face in that photo. Use a clear, front-facing photo of the person."
        )
    vector = face_embedding(bgr, face).astype(float).tolist()
    scope = str(workspace.pk) if workspace else "global"
    name = default_storage.save(
        f"protected/{scope}/{filename[:80]}", ContentFile(validated.content)
    )
    try:
        with transaction.atomic():
            return ProtectedIdentity.objects.create(
                workspace=workspace, label=label, photo=name, embedding=vector, created_by=user
            )
    except BaseException:
        default_storage.delete(name)
        raise


def protected_identity_remove(*, workspace: Workspace, identity_id: str) -> str:
    """Remove one of the workspace's own protected people (404 for anyone else's)."""
    from django.http import Http404

    identity = ProtectedIdentity.objects.filter(
        workspace=workspace, pk=identity_id if str(identity_id).isdigit() else None
    ).first()
    if identity is None:
        raise Http404("No such protected person")
    name = identity.photo.name
    label = identity.label
    with transaction.atomic():
        identity.delete()
        transaction.on_commit(lambda: default_storage.delete(name))
    return label
