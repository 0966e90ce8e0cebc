from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from pipeline import views as pipeline_views
from saas import health

admin.site.site_header = "Stillmotion operations"
admin.site.site_title = "Stillmotion ops"
# Operators sign in through allauth like everyone else: two-factor and the login rate limits
# apply; Django's own password-only admin login is never served.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

handler404 = "api.errors.not_found"

urlpatterns = [
    path("healthz/live", health.live, name="healthz_live"),
    path("healthz/ready", health.ready, name="healthz_ready"),
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
