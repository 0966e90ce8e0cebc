from django.urls import path

from pipeline import batch_views

urlpatterns = [
    path("app/batches/", batch_views.batch_list, name="batches"),
    path("app/batches/confirm/", batch_views.batch_confirm, name="batch_confirm"),
    path("app/batches/<uuid:batch_id>/", batch_views.batch_detail, name="batch_detail"),
    path("app/batches/<uuid:batch_id>/live/", batch_views.batch_live, name="batch_live"),
    path(
        "app/batches/<uuid:batch_id>/clips.zip", batch_views.batch_download, name="batch_download"
    ),
]
