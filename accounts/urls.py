from django.urls import path

from accounts import views

urlpatterns = [
    path("workspaces/new/", views.workspace_new, name="workspace_new"),
    path("w/<uuid:workspace_id>/switch/", views.workspace_switch, name="workspace_switch"),
    path("w/<uuid:workspace_id>/settings/", views.workspace_settings, name="workspace_settings"),
    path("w/<uuid:workspace_id>/delete/", views.workspace_delete, name="workspace_delete"),
    path("w/<uuid:workspace_id>/members/", views.workspace_members, name="workspace_members"),
    path(
        "w/<uuid:workspace_id>/members/<int:member_id>/role/",
        views.member_role,
        name="member_role",
    ),
    path(
        "w/<uuid:workspace_id>/members/<int:member_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path(
        "w/<uuid:workspace_id>/members/<int:member_id>/make-owner/",
        views.ownership_transfer,
        name="ownership_transfer",
    ),
    path("w/<uuid:workspace_id>/leave/", views.workspace_leave, name="workspace_leave"),
    path(
        "w/<uuid:workspace_id>/invitations/<uuid:invitation_id>/revoke/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
