from django.urls import path

from publishing import views

urlpatterns = [
    path("app/publishing/", views.publishing_home, name="publishing"),
    path("app/publishing/rows/", views.publishing_rows, name="publishing_rows"),
    path("app/publishing/accounts/", views.accounts_page, name="publishing_accounts"),
    path(
        "app/publishing/accounts/connect/<str:platform>/",
        views.connect_start,
        name="publishing_connect",
    ),
    path(
        "app/publishing/accounts/<uuid:account_id>/reconnect/",
        views.account_reconnect,
        name="publishing_account_reconnect",
    ),
    path(
        "app/publishing/accounts/<uuid:account_id>/disconnect/",
        views.account_disconnect,
        name="publishing_account_disconnect",
    ),
    # The redirect URI registered with each platform.
    path("publishing/callback/<str:platform>/", views.connect_callback, name="publishing_callback"),
    path("app/publishing/rules/", views.rules_page, name="publishing_rules"),
    path(
        "app/publishing/rules/<uuid:rule_id>/toggle/",
        views.rule_toggle,
        name="publishing_rule_toggle",
    ),
    path(
        "app/publishing/rules/<uuid:rule_id>/delete/",
        views.rule_delete,
        name="publishing_rule_delete",
    ),
    path("app/clips/<uuid:clip_id>/publish/", views.publication_new, name="publication_new"),
    path(
        "app/publishing/<uuid:publication_id>/",
        views.publication_detail,
        name="publication_detail",
    ),
    path(
        "app/publishing/<uuid:publication_id>/live/",
        views.publication_live,
        name="publication_live",
    ),
    path(
        "app/publishing/<uuid:publication_id>/cancel/",
        views.publication_cancel,
        name="publication_cancel",
    ),
    path(
        "app/publishing/<uuid:publication_id>/retry/",
        views.publication_retry,
        name="publication_retry",
    ),
]
