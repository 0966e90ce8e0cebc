"""What can go wrong in accounts and workspaces, in words a person understands."""


class AccountsError(Exception):
    """Base: the message is shown to the user as is."""


class PermissionDenied(AccountsError):
    pass


class InvitationInvalid(AccountsError):
    pass


class WorkspaceRuleViolated(AccountsError):
    pass


class WorkspaceSuspended(AccountsError):
    pass
