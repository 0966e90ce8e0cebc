"""Workspace pages: switch, create, settings, members, invitations. Thin: validate, call, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts import selectors, services
from accounts.decorators import workspace_member
from accounts.errors import InvitationInvalid
from accounts.forms import (
    DeleteWorkspaceForm,
    InviteForm,
    RoleForm,
    WorkspaceCreateForm,
    WorkspaceSettingsForm,
)
from accounts.middleware import SESSION_KEY
from accounts.models import Membership, Role
from saas.errors import ApplicationError


def _members_url(membership: Membership) -> str:
    return reverse("workspace_members", args=[membership.workspace_id])


@login_required
@require_POST
def workspace_switch(request: HttpRequest, workspace_id: str) -> HttpResponse:
    membership = selectors.membership_get(user=request.user, workspace_id=workspace_id)  # type: ignore[arg-type]
    request.session[SESSION_KEY] = str(membership.workspace_id)
    messages.success(request, f"Switched to {membership.workspace.name}.")
    return redirect("dashboard")


@login_required
def workspace_new(request: HttpRequest) -> HttpResponse:
    form = WorkspaceCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workspace = services.workspace_create(
                user=request.user,  # type: ignore[arg-type]
                name=form.cleaned_data["name"],
            )
        except ApplicationError as exc:
            form.add_error("name", exc.message)
        else:
            request.session[SESSION_KEY] = str(workspace.pk)
            messages.success(request, f"Created {workspace.name}. You're its owner.")
            return redirect("dashboard")
    status = 400 if form.errors else 200
    return render(request, "accounts/workspace_new.html", {"form": form}, status=status)


@workspace_member
def workspace_settings(request: HttpRequest, membership: Membership) -> HttpResponse:
    workspace = membership.workspace
    initial = {
        "name": workspace.name,
        "brand_text": workspace.brand_text,
        "face_policy": workspace.face_policy,
        "qa_threshold": workspace.qa_threshold,
    }
    form = WorkspaceSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.workspace_update(workspace=workspace, actor=membership, **form.cleaned_data)
        except ApplicationError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Settings saved.")
            return redirect("workspace_settings", workspace.pk)
    delete_form = DeleteWorkspaceForm(workspace_name=workspace.name)
    return render(
        request,
        "accounts/workspace_settings.html",
        {
            "form": form,
            "delete_form": delete_form,
            "ws": workspace,
            "me": membership,
            "can_edit": membership.has_role(Role.ADMIN),
        },
    )


@workspace_member
@require_POST
def workspace_delete(request: HttpRequest, membership: Membership) -> HttpResponse:
    form = DeleteWorkspaceForm(request.POST, workspace_name=membership.workspace.name)
    if not form.is_valid():
        messages.error(request, "That doesn't match the workspace name; nothing was deleted.")
        return redirect("workspace_settings", membership.workspace_id)
    name = membership.workspace.name
    try:
        services.workspace_delete(workspace=membership.workspace, actor=membership)
    except ApplicationError as exc:
        messages.error(request, str(exc))
        return redirect("workspace_settings", membership.workspace_id)
    request.session.pop(SESSION_KEY, None)
    messages.success(request, f"Deleted {name}.")
    return redirect("dashboard")


@workspace_member
def workspace_members(request: HttpRequest, membership: Membership) -> HttpResponse:
    workspace = membership.workspace
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.invitation_create(
                workspace=workspace,
                actor=membership,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
            )
        except ApplicationError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
            return redirect(_members_url(membership))
    return render(
        request,
        "accounts/workspace_members.html",
        {
            "ws": workspace,
            "me": membership,
            "form": form,
            "members": selectors.memberships_of(workspace=workspace),
            "invitations": selectors.invitations_pending(workspace=workspace),
            "can_manage": membership.has_role(Role.ADMIN),
            "is_owner": membership.has_role(Role.OWNER),
            "role_choices": RoleForm.base_fields["role"].choices,  # type: ignore[attr-defined]
        },
    )


def _member_action(
    request: HttpRequest, membership: Membership, member_id: int, action
) -> HttpResponse:  # type: ignore[no-untyped-def]
    member = selectors.member_get(workspace=membership.workspace, membership_id=member_id)
    try:
        message = action(member)
    except ApplicationError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, message)
    return redirect(_members_url(membership))


@workspace_member
@require_POST
def member_role(request: HttpRequest, membership: Membership, member_id: int) -> HttpResponse:
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose member or admin.")
        return redirect(_members_url(membership))

    def change(member: Membership) -> str:
        services.member_change_role(
            workspace=membership.workspace,
            actor=membership,
            member=member,
            role=form.cleaned_data["role"],
        )
        return f"{member.user.email} is now {member.get_role_display().lower()}."

    return _member_action(request, membership, member_id, change)


@workspace_member
@require_POST
def member_remove(request: HttpRequest, membership: Membership, member_id: int) -> HttpResponse:
    def remove(member: Membership) -> str:
        services.member_remove(workspace=membership.workspace, actor=membership, member=member)
        return f"Removed {member.user.email}."

    return _member_action(request, membership, member_id, remove)


@workspace_member
@require_POST
def ownership_transfer(
    request: HttpRequest, membership: Membership, member_id: int
) -> HttpResponse:
    def transfer(member: Membership) -> str:
        services.ownership_transfer(
            workspace=membership.workspace, actor=membership, new_owner=member
        )
        return f"{member.user.email} now owns {membership.workspace.name}."

    return _member_action(request, membership, member_id, transfer)


@workspace_member
@require_POST
def workspace_leave(request: HttpRequest, membership: Membership) -> HttpResponse:
    try:
        services.member_leave(workspace=membership.workspace, member=membership)
    except ApplicationError as exc:
        messages.error(request, str(exc))
        return redirect(_members_url(membership))
    request.session.pop(SESSION_KEY, None)
    messages.success(request, f"You left {membership.workspace.name}.")
    return redirect("dashboard")


@workspace_member
@require_POST
def invitation_revoke(
    request: HttpRequest, membership: Membership, invitation_id: str
) -> HttpResponse:
    invitation = selectors.invitation_get(
        workspace=membership.workspace, invitation_id=invitation_id
    )
    try:
        services.invitation_revoke(
            workspace=membership.workspace, actor=membership, invitation=invitation
        )
    except ApplicationError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Withdrew the invitation to {invitation.email}.")
    return redirect(_members_url(membership))


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = selectors.invitation_by_token(token=token)
    if not request.user.is_authenticated:
        return render(
            request,
            "accounts/invitation_login.html",
            {"invitation": invitation, "next": request.get_full_path()},
        )
    if request.method == "POST":
        try:
            membership = services.invitation_accept(token=token, user=request.user)  # type: ignore[arg-type]
        except InvitationInvalid as exc:
            return render(
                request, "accounts/invitation_invalid.html", {"reason": str(exc)}, status=410
            )
        request.session[SESSION_KEY] = str(membership.workspace_id)
        messages.success(request, f"Welcome to {membership.workspace.name}.")
        return redirect("dashboard")
    return render(request, "accounts/invitation_accept.html", {"invitation": invitation})
