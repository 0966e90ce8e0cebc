from django.urls import path

from pipeline import views

urlpatterns = [
    path("verify/", views.verify_page, name="verify"),
    path(
        "providers/<str:provider>/callback/",
        views.provider_callback,
        name="provider_callback",
    ),
    path(
        "w/<uuid:workspace_id>/protected-people/",
        views.protected_people,
        name="protected_people",
    ),
    path("app/", views.dashboard, name="dashboard"),
    path("app/jobs/rows/", views.jobs_rows, name="jobs_rows"),
    path("app/clips/quote/", views.clip_quote, name="clip_quote"),
    path("app/clips/preview/", views.clip_preview, name="clip_preview"),
    path("app/clips/new/", views.clips_create, name="clips_create"),
    path("app/jobs/<uuid:job_id>/", views.job_detail, name="job_detail"),
    path("app/jobs/<uuid:job_id>/live/", views.job_live, name="job_live"),
    path("app/jobs/<uuid:job_id>/cancel/", views.job_cancel, name="job_cancel"),
    path("app/jobs/<uuid:job_id>/retry/", views.job_retry, name="job_retry"),
    path("media/photos/<uuid:photo_id>/<str:variant>/", views.photo_media, name="photo_media"),
    path("media/clips/<uuid:clip_id>/<str:variant>/", views.clip_media, name="clip_media"),
    path(
        "media/provider-photos/<uuid:photo_id>/",
        views.photo_provider_link,
        name="photo_provider_link",
    ),
]
