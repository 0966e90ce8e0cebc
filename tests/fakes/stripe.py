"""A fake Stripe API on 127.0.0.1 that the official `stripe` library talks to.

It speaks Stripe's wire format: form-encoded bodies with bracketed keys
(`line_items[0][price]=…`), bearer-key auth, `Idempotency-Key` replays, JSON objects with
`id`/`object`, and Stripe's error envelope. It also plays Stripe's side of a payment:
`complete_checkout()` returns the events Stripe would send, and `signed()` / `deliver()` sign
them with Stripe's real webhook scheme (`Stripe-Signature: t=…,v1=HMAC-SHA256(t.payload)`).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qsl

import httpx

from tests.fakes.server import FakeVendor, Request, Response

API_KEY = "sk_test_fake_stillmotion"
WEBHOOK_SECRET = "whsec_test_fake_stillmotion"


def parse_form(body: bytes) -> dict[str, Any]:
    """Decode Stripe's form encoding (`a[b][0][c]=v`) into nested dicts and lists."""
    root: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode(), keep_blank_values=True):
        parts = key.replace("]", "").split("[")
        node: Any = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt_is_index = not last and parts[i + 1].isdigit()
            if isinstance(node, list):
                index = int(part)
                while len(node) <= index:
                    node.append(None)
                if last:
                    node[index] = value
                else:
                    if node[index] is None:
                        node[index] = [] if nxt_is_index else {}
                    node = node[index]
            else:
                if last:
                    node[part] = value
                else:
                    node = node.setdefault(part, [] if nxt_is_index else {})
    return root


def error(status: int, message: str, *, code: str = "", param: str = "") -> Response:
    kind = "invalid_request_error" if status < 500 else "api_error"
    body = {"error": {"type": kind, "message": message, "code": code or None, "param": param}}
    return Response(status, body)


class FakeStripe(FakeVendor):
    def __init__(self, *, api_key: str = API_KEY, webhook_secret: str = WEBHOOK_SECRET) -> None:
        super().__init__()
        self.api_key = api_key
        self.webhook_secret = webhook_secret
        self._ids = itertools.count(1)
        self._state = threading.Lock()
        self.prices: dict[str, dict[str, Any]] = {}
        self.customers: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, dict[str, Any]] = {}
        self.portal_sessions: dict[str, dict[str, Any]] = {}
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.meter_events: dict[str, dict[str, Any]] = {}
        self.idempotent: dict[str, Response] = {}
        self.fail_next: list[Response] = []  # queued failures for the next API calls
        self.route("POST", "/v1/customers", self._customer_create)
        self.route("GET", "/v1/customers/{id}", self._customer_get)
        self.route("POST", "/v1/checkout/sessions", self._checkout_create)
        self.route("GET", "/v1/checkout/sessions/{id}", self._checkout_get)
        self.route("POST", "/v1/billing_portal/sessions", self._portal_create)
        self.route("GET", "/v1/subscriptions/{id}", self._subscription_get)
        self.route("GET", "/v1/prices/{id}", self._price_get)
        self.route("POST", "/v1/billing/meter_events", self._meter_event_create)
        self.route("GET", "/portal/{id}", lambda r: Response(200, "Stripe billing portal (fake)"))

    # -- plumbing ------------------------------------------------------------------------------
    def new_id(self, prefix: str) -> str:
        return f"{prefix}_test{next(self._ids):06d}"

    def add_price(
        self,
        price_id: str,
        *,
        unit_amount: int = 1000,
        recurring: bool = True,
        metered: bool = False,
    ) -> None:
        self.prices[price_id] = {
            "id": price_id,
            "object": "price",
            "active": True,
            "currency": "usd",
            "unit_amount": unit_amount,
            "type": "recurring" if recurring else "one_time",
            "recurring": (
                {"interval": "month", "usage_type": "metered" if metered else "licensed"}
                if recurring
                else None
            ),
        }

    def dispatch(self, request: Request) -> Response:
        if request.path.startswith("/v1/"):
            auth = request.headers.get("authorization", "")
            if auth != f"Bearer {self.api_key}":
                return error(401, "Invalid API Key provided.", code="api_key_invalid")
            if self.fail_next:
                return self.fail_next.pop(0)
            key = request.headers.get("idempotency-key")
            if request.method == "POST" and key and key in self.idempotent:
                return self.idempotent[key]
            response = super().dispatch(request)
            if request.method == "POST" and key and response.status < 500:
                self.idempotent[key] = response
            return response
        return super().dispatch(request)

    # -- API -----------------------------------------------------------------------------------
    def _customer_create(self, request: Request) -> Response:
        form = parse_form(request.body)
        customer = {
            "id": self.new_id("cus"),
            "object": "customer",
            "email": form.get("email"),
            "name": form.get("name"),
            "metadata": form.get("metadata", {}),
            "created": int(time.time()),
        }
        with self._state:
            self.customers[customer["id"]] = customer
        return Response(200, customer)

    def _customer_get(self, request: Request) -> Response:
        customer = self.customers.get(request.params["id"])
        if customer is None:
            return error(
                404, f"No such customer: '{request.params['id']}'", code="resource_missing"
            )
        return Response(200, customer)

    def _checkout_create(self, request: Request) -> Response:
        form = parse_form(request.body)
        for field in ("mode", "success_url", "line_items"):
            if not form.get(field):
                return error(400, f"Missing required param: {field}.", param=field)
        if form.get("customer") and form["customer"] not in self.customers:
            return error(400, f"No such customer: '{form['customer']}'", code="resource_missing")
        for i, item in enumerate(form["line_items"]):
            if item.get("price") not in self.prices:
                return error(
                    400,
                    f"No such price: '{item.get('price')}'",
                    code="resource_missing",
                    param=f"line_items[{i}][price]",
                )
        session_id = self.new_id("cs")
        # Stripe hosts the payment page; this fake "pays" at once and returns the success URL.
        url = form["success_url"].replace("{CHECKOUT_SESSION_ID}", session_id)
        session = {
            "id": session_id,
            "object": "checkout.session",
            "mode": form["mode"],
            "customer": form.get("customer"),
            "client_reference_id": form.get("client_reference_id"),
            "metadata": form.get("metadata", {}),
            "subscription_data": form.get("subscription_data", {}),
            "line_items": form["line_items"],
            "success_url": form["success_url"],
            "cancel_url": form.get("cancel_url"),
            "status": "open",
            "payment_status": "unpaid",
            "subscription": None,
            "payment_intent": None,
            "amount_total": sum(
                self.prices[i["price"]]["unit_amount"] * int(i.get("quantity") or 1)
                for i in form["line_items"]
                if (self.prices[i["price"]]["recurring"] or {}).get("usage_type") != "metered"
            ),
            "url": url,
        }
        with self._state:
            self.sessions[session_id] = session
        return Response(200, session)

    def _checkout_get(self, request: Request) -> Response:
        session = self.sessions.get(request.params["id"])
        if session is None:
            return error(404, "No such checkout.session", code="resource_missing")
        return Response(200, session)

    def _portal_create(self, request: Request) -> Response:
        form = parse_form(request.body)
        if form.get("customer") not in self.customers:
            return error(
                400, f"No such customer: '{form.get('customer')}'", code="resource_missing"
            )
        portal_id = self.new_id("bps")
        portal = {
            "id": portal_id,
            "object": "billing_portal.session",
            "customer": form["customer"],
            "return_url": form.get("return_url"),
            "url": f"{self.url}/portal/{portal_id}",
        }
        with self._state:
            self.portal_sessions[portal_id] = portal
        return Response(200, portal)

    def _subscription_get(self, request: Request) -> Response:
        sub = self.subscriptions.get(request.params["id"])
        if sub is None:
            return error(404, "No such subscription", code="resource_missing")
        return Response(200, sub)

    def _price_get(self, request: Request) -> Response:
        price = self.prices.get(request.params["id"])
        if price is None:
            return error(404, "No such price", code="resource_missing")
        return Response(200, price)

    def _meter_event_create(self, request: Request) -> Response:
        form = parse_form(request.body)
        payload = form.get("payload") or {}
        if not form.get("event_name") or "value" not in payload:
            return error(400, "Missing event_name or payload[value].", param="payload")
        if payload.get("stripe_customer_id") not in self.customers:
            return error(400, "No customer matches payload[stripe_customer_id].", param="payload")
        identifier = form.get("identifier") or self.new_id("mev")
        with self._state:
            if identifier in self.meter_events:
                return error(
                    400,
                    f"An event already exists with identifier {identifier}.",
                    code="resource_already_exists",
                    param="identifier",
                )
            event = {
                "object": "billing.meter_event",
                "event_name": form["event_name"],
                "identifier": identifier,
                "payload": payload,
                "timestamp": int(form.get("timestamp") or time.time()),
                "created": int(time.time()),
                "livemode": False,
            }
            self.meter_events[identifier] = event
        return Response(200, event)

    def metered_total(self, customer_id: str) -> int:
        return sum(
            int(e["payload"]["value"])
            for e in self.meter_events.values()
            if e["payload"]["stripe_customer_id"] == customer_id
        )

    # -- Stripe's side of a payment ------------------------------------------------------------
    def event(self, type_: str, obj: dict[str, Any], *, created: int | None = None) -> dict:
        return {
            "id": self.new_id("evt"),
            "object": "event",
            "api_version": "2025-04-30.basil",
            "created": created if created is not None else int(time.time()),
            "livemode": False,
            "type": type_,
            "data": {"object": obj},
        }

    def subscription_object(
        self,
        sub_id: str,
        *,
        customer: str,
        price_ids: list[str],
        status: str = "active",
        metadata: dict | None = None,
        period_start: int | None = None,
    ) -> dict[str, Any]:
        start = period_start or int(time.time())
        end = start + 30 * 86400
        sub = {
            "id": sub_id,
            "object": "subscription",
            "customer": customer,
            "status": status,
            "cancel_at_period_end": False,
            "metadata": metadata or {},
            "items": {
                "object": "list",
                "data": [
                    {
                        "id": self.new_id("si"),
                        "object": "subscription_item",
                        "price": self.prices.get(p, {"id": p}),
                        "current_period_start": start,
                        "current_period_end": end,
                    }
                    for p in price_ids
                ],
            },
        }
        self.subscriptions[sub_id] = sub
        return sub

    def invoice_object(
        self,
        *,
        customer: str,
        subscription: str,
        price_id: str,
        amount: int = 1200,
        billing_reason: str = "subscription_create",
        metadata: dict | None = None,
        period_start: int | None = None,
    ) -> dict[str, Any]:
        start = period_start or int(time.time())
        return {
            "id": self.new_id("in"),
            "object": "invoice",
            "customer": customer,
            "status": "paid",
            "billing_reason": billing_reason,
            "amount_paid": amount,
            "parent": {
                "type": "subscription_details",
                "subscription_details": {"subscription": subscription, "metadata": metadata or {}},
            },
            "lines": {
                "object": "list",
                "data": [
                    {
                        "id": self.new_id("il"),
                        "object": "line_item",
                        "amount": amount,
                        "period": {"start": start, "end": start + 30 * 86400},
                        "pricing": {"type": "price_details", "price_details": {"price": price_id}},
                    }
                ],
            },
        }

    def complete_checkout(self, session_id: str) -> list[dict[str, Any]]:
        """Pay an open Checkout Session; returns the events Stripe would send, in order."""
        session = self.sessions[session_id]
        session["status"] = "complete"
        session["payment_status"] = "paid"
        metadata = session["metadata"]
        prices = [item["price"] for item in session["line_items"]]
        if session["mode"] == "payment":
            session["payment_intent"] = self.new_id("pi")
            return [self.event("checkout.session.completed", dict(session))]
        sub_id = self.new_id("sub")
        session["subscription"] = sub_id
        sub = self.subscription_object(
            sub_id,
            customer=session["customer"],
            price_ids=prices,
            metadata=session.get("subscription_data", {}).get("metadata", metadata),
        )
        invoice = self.invoice_object(
            customer=session["customer"],
            subscription=sub_id,
            price_id=prices[0],
            amount=session["amount_total"],
            metadata=sub["metadata"],
        )
        return [
            self.event("checkout.session.completed", dict(session)),
            self.event("customer.subscription.created", sub),
            self.event("invoice.paid", invoice),
        ]

    def charge_refunded(
        self,
        *,
        customer: str,
        payment_intent: str = "",
        invoice: str = "",
        amount: int,
        amount_refunded: int,
    ) -> dict[str, Any]:
        charge = {
            "id": self.new_id("ch"),
            "object": "charge",
            "customer": customer,
            "payment_intent": payment_intent or None,
            "invoice": invoice or None,
            "amount": amount,
            "amount_refunded": amount_refunded,
            "refunded": amount_refunded >= amount,
        }
        return self.event("charge.refunded", charge)

    # -- webhook deliveries ----------------------------------------------------------------
    def signed(
        self, event: dict[str, Any], *, secret: str | None = None, timestamp: int | None = None
    ) -> tuple[bytes, str]:
        """(body, Stripe-Signature header) exactly as Stripe signs a delivery."""
        body = json.dumps(event, separators=(",", ":")).encode()
        ts = int(time.time()) if timestamp is None else timestamp
        mac = hmac.new(
            (secret or self.webhook_secret).encode(), f"{ts}.".encode() + body, hashlib.sha256
        )
        return body, f"t={ts},v1={mac.hexdigest()}"

    def deliver(self, url: str, event: dict[str, Any], **sign: Any) -> httpx.Response:
        body, header = self.signed(event, **sign)
        return httpx.post(
            url,
            content=body,
            headers={"Content-Type": "application/json", "Stripe-Signature": header},
            timeout=10,
        )
