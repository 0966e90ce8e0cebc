"""Connecting an account: each platform's OAuth 2 authorisation-code flow.

`connect_begin` makes an unguessable `state` (and a PKCE verifier where the platform supports
it: Google) and keeps them in the person's own session together with the workspace and the
user, so the redirect can only complete in the browser session, for the user and in the
workspace that started it. `connect_complete` checks all of that, exchanges the code and
saves the account with its tokens encrypted.
"""

from __future__ import annotations

import time
from typing import Any

from django.contrib.sessions.backends.base import SessionBase

from accounts.models import Membership, Workspace
from publishing import services
from publishing.clients import platform_client, setup_of
from publishing.errors import ConnectFailed
from publishing.models import ConnectedAccount, Platform
from publishing.platforms import (
    AccountInfo,
    PlatformError,
    new_code_verifier,
    new_state,
    parse_redirect,
)

SESSION_KEY = "publishing_oauth"
STATE_TTL_S = 15 * 60
MAX_PENDING = 5


def _pending(session: SessionBase) -> dict[str, dict[str, Any]]:
    now = time.time()
    pending = {
        state: entry
        for state, entry in (session.get(SESSION_KEY) or {}).items()
        if now - float(entry.get("created", 0)) < STATE_TTL_S
    }
    # Keep the newest few: a person who opens many consent tabs can still finish any.
    newest = sorted(pending.items(), key=lambda item: item[1]["created"])[-MAX_PENDING:]
    return dict(newest)


def connect_begin(
    *,
    session: SessionBase,
    workspace: Workspace,
    membership: Membership,
    platform: str,
) -> str:
    """The platform's consent page URL to send the person to."""
    services.require_manage(membership, "connect accounts")
    setup = setup_of(platform)
    with platform_client(platform) as client:
        state = new_state()
        verifier = new_code_verifier() if client.supports_pkce else None
        url = client.authorize_url(state, setup.redirect_uri, verifier)
    pending = _pending(session)
    pending[state] = {
        "platform": platform,
        "workspace_id": str(workspace.pk),
        "user_id": str(membership.user_id),
        "verifier": verifier,
        "created": time.time(),
    }
    session[SESSION_KEY] = dict(
        sorted(pending.items(), key=lambda i: i[1]["created"])[-MAX_PENDING:]
    )
    session.modified = True
    return url


def connect_complete(
    *,
    session: SessionBase,
    workspace: Workspace,
    membership: Membership,
    platform: str,
    params: dict[str, str],
) -> ConnectedAccount:
    """Finish the flow from the redirect's query parameters; the connected account."""
    setup = setup_of(platform)
    pending = _pending(session)
    entry = pending.pop(params.get("state", ""), None)
    session[SESSION_KEY] = pending
    session.modified = True
    if entry is None or entry["platform"] != platform:
        raise ConnectFailed(
            f"This {setup.label} sign-in could not be matched to your browser session (it may "
            "have expired). Start connecting again from the Accounts page."
        )
    if entry["workspace_id"] != str(workspace.pk) or entry["user_id"] != str(membership.user_id):
        raise ConnectFailed(
            f"This {setup.label} sign-in was started in another workspace. Switch back to it, "
            "or start connecting again here."
        )
    services.require_manage(membership, "connect accounts")
    with platform_client(platform) as client:
        try:
            code = parse_redirect(
                params, params.get("state", ""), platform=platform, label=setup.label
            )
            token = client.exchange_code(code, setup.redirect_uri, entry.get("verifier"))
        except PlatformError as exc:
            raise ConnectFailed(exc.message) from None
        if client.missing_scopes(token):
            raise ConnectFailed(
                f"{setup.label} was connected without a permission Stillmotion needs to post. "
                "Connect again and allow everything on the consent screen."
            )
        info: AccountInfo | None = None
        username: str | None = None
        try:
            info = client.account_info(token)
            if platform == Platform.TIKTOK:
                # Post links need the creator's @username, which only creator_info gives.
                username = client.limits(token).username
        except PlatformError:
            pass  # the tokens are good; names can be filled in on a later connect
    return services.account_save(
        workspace=workspace,
        user=membership.user,
        platform=platform,
        token=token,
        info=info,
        username=username,
    )
