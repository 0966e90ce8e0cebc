"""What can go wrong in accounts and workspaces, in words a person understands."""

from __future__ import annotations

from saas.errors import ApplicationError, Forbidden


class PermissionDenied(Forbidden):
    """The member's role doesn't allow it (the message names the role that does)."""


class InvitationInvalid(ApplicationError):
    code = "invitation_invalid"


class WorkspaceRuleViolated(ApplicationError):
    code = "workspace_rule"
