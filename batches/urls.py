from django.urls import path

from batches import views

urlpatterns = [
    path("app/batches/", views.batch_list, name="batches"),
    path("app/batches/<uuid:batch_id>/", views.batch_detail, name="batch_detail"),
    path("app/batches/<uuid:batch_id>/confirm/", views.batch_confirm, name="batch_confirm"),
    path("app/batches/<uuid:batch_id>/live/", views.batch_live, name="batch_live"),
    path("app/batches/<uuid:batch_id>/clips.zip", views.batch_download, name="batch_download"),
]
