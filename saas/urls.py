from django.contrib import admin
from django.urls import include, path

from pipeline import views as pipeline_views

admin.site.site_header = "Stillmotion operations"
admin.site.site_title = "Stillmotion ops"

urlpatterns = [
    path("", pipeline_views.landing, name="landing"),
    path("", include("pipeline.urls")),
    path("", include("batches.urls")),
    path("", include("publishing.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("billing.urls")),
    path("ops/", admin.site.urls),
    path("", include("api.urls")),
    path("", include("webhooks.urls")),
]
