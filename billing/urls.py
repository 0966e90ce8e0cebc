from django.urls import path

from billing import views

urlpatterns = [
    path("pricing/", views.pricing, name="pricing"),
    path("billing/", views.billing_overview, name="billing_overview"),
    path("billing/checkout/", views.billing_checkout, name="billing_checkout"),
    path("billing/portal/", views.billing_portal, name="billing_portal"),
    path("billing/success/", views.billing_success, name="billing_success"),
    path("billing/success/status/", views.billing_success_status, name="billing_success_status"),
    path("billing/stripe/webhook/", views.stripe_webhook, name="stripe_webhook"),
]
