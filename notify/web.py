"""The web endpoints: one-click unsubscribe (RFC 8058), preferences, double opt-in subscribe."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid

from flask import Flask, request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.db import Subscriber
from notify.limits import client_address, count, over_limit
from notify.render import environment, sender_domain
from notify.subscribers import (
    WEEKDAYS,
    SubscriberError,
    SubscriberSpec,
    clean_name,
    normalize_email,
    unsubscribe,
)
from notify.tokens import TokenError, make_token, read_token
from notify.transport import PermanentFailure, TemporaryFailure

log = logging.getLogger("huunghi.web")


def create_app(app, *, transport=None) -> Flask:
    """A Flask app over ``app`` (huunghi.app.App); tests pass their own App and transport."""
    web = Flask(__name__, static_folder="static", static_url_path="/static")
    web.config["HUUNGHI"] = app
    settings = app.settings
    web.config["MAX_CONTENT_LENGTH"] = settings.huunghi_max_body_bytes  # a bigger body: 413
    window = timedelta(minutes=settings.huunghi_subscribe_window_minutes)

    def page(template: str, status: int = 200, **data):
        body = environment().get_template(f"web/{template}").render(**data)
        return body, status, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}

    @web.after_request
    def security_headers(response):
        # no script anywhere, styles from our own file, forms posted only here, never in a frame
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"  # tokens live in our URLs
        response.headers["X-Frame-Options"] = "DENY"
        return response

    from notify.archive_web import register

    register(web, app, page)

    @web.errorhandler(413)
    def too_large(_exc):
        return page("message.html.j2", 413, title="Yêu cầu quá lớn / Request too large",
                    message=f"At most {settings.huunghi_max_body_bytes:,} bytes are accepted.")

    def refused(refusal):
        wait = max(1, int((refusal.retry_at - datetime.now(UTC)).total_seconds() // 60) + 1)
        body, status, headers = page(
            "message.html.j2", 429, title="Quá nhiều yêu cầu / Too many requests",
            message=f"Too many subscription requests from {refusal.what}. Please try again in {wait} minute(s) "
                    f"(after {refusal.retry_at:%H:%M} UTC). / Vui lòng thử lại sau {wait} phút.")
        return body, status, {**headers, "Retry-After": str(wait * 60)}

    def reading(method: str) -> bool:
        """GET and HEAD only show: they never change anything."""
        return method in ("GET", "HEAD")

    def subscriber_for(token: str, action: str, session):
        """The subscriber a token names, or an error page; a revoked token changes nothing."""
        try:
            data = read_token(settings.secret, token, action)
        except TokenError as exc:
            return None, page("message.html.j2", 400, title="Liên kết không hợp lệ / Invalid link", message=str(exc))
        sub = session.get(Subscriber, data.subscriber_id)
        if sub is None or sub.token_version != data.version:
            return None, page("message.html.j2", 410, title="Liên kết đã hết hiệu lực / Link revoked",
                              message="This link is no longer valid (it was revoked or replaced by a newer one). Nothing was changed.")
        return sub, None

    @web.get("/healthz")
    def healthz():
        return {"ok": True}

    @web.route("/unsubscribe/<token>", methods=["GET", "POST"])
    def unsubscribe_view(token: str):
        with app.db.session() as session:
            sub, error = subscriber_for(token, "unsubscribe", session)
            if error:
                return error
            if reading(request.method):
                # A GET (or HEAD) never changes anything: mail scanners follow links.
                return page("unsubscribe.html.j2", email=sub.email, action=request.path)
            email = sub.email
            unsubscribe(session, sub)
        return page("message.html.j2", title="Đã hủy đăng ký / Unsubscribed",
                    message=f"{email} will receive no more digests.")

    @web.route("/preferences/<token>", methods=["GET", "POST"])
    def preferences_view(token: str):
        gaz = default_gazetteer()
        with app.db.session() as session:
            sub, error = subscriber_for(token, "preferences", session)
            if error:
                return error
            message = None
            if not reading(request.method):
                form = request.form
                try:
                    from notify.subscribers import _validated

                    values = _validated(SubscriberSpec(
                        sub.email, form.get("name") or sub.name, form.get("language", "vi"),
                        form.getlist("vn"), form.getlist("lao"), form.get("frequency", "daily"),
                        form.get("weekday") or None,
                    ))
                except SubscriberError as exc:
                    return page("preferences.html.j2", 400, sub=sub, message=str(exc), gaz=gaz, weekdays=WEEKDAYS)
                for k, v in values.items():
                    if k != "email":
                        setattr(sub, k, v)
                message = "Đã lưu / Saved."
            return page("preferences.html.j2", sub=sub, message=message, gaz=gaz, weekdays=WEEKDAYS)

    @web.route("/subscribe", methods=["GET", "POST"])
    def subscribe_view():
        if reading(request.method):
            return page("subscribe.html.j2", message=None)
        try:
            email = normalize_email(request.form.get("email", ""))
            name = clean_name(request.form.get("name"))
        except SubscriberError as exc:
            return page("subscribe.html.j2", 400, message=str(exc))
        language = request.form.get("language", "vi") if request.form.get("language") in ("vi", "en") else "vi"
        client = client_address(request.remote_addr, request.headers.get("X-Forwarded-For"), settings.huunghi_trusted_proxies)
        now = datetime.now(UTC)
        with app.db.session() as session:
            refusal = over_limit(session, f"client:{client}", settings.huunghi_subscribe_per_client, window, now,
                                 "your address") or over_limit(
                session, f"address:{email}", settings.huunghi_confirmations_per_address, window, now, "for this email address")
            if refusal:
                return refused(refusal)
            count(session, f"client:{client}", now, window)
            sub = session.scalar(select(Subscriber).where(Subscriber.email == email))
            if sub is None:
                sub = Subscriber(email=email, name=name, language=language, status="pending", since=now)
                try:
                    with session.begin_nested():  # the same address posted twice at once: one row wins
                        session.add(sub)
                except IntegrityError:
                    sub = session.scalar(select(Subscriber).where(Subscriber.email == email))
            token = None
            if sub.status != "active":  # an active subscriber is sent nothing, and told nothing more
                count(session, f"address:{email}", now, window)
                token = make_token(settings.secret, sub.id, sub.token_version, "confirm")
            name = sub.name
        if token is not None:
            msg = EmailMessage()
            msg["Subject"] = "huunghi: xác nhận đăng ký / confirm your subscription"
            msg["From"] = settings.mail_from
            msg["To"] = email
            msg["Message-ID"] = make_msgid(idstring="confirm", domain=sender_domain(settings.mail_from))
            link = f"{settings.base_url}/confirm/{token}"
            msg.set_content(f"Xin chào {name or ''},\n\nBấm vào liên kết sau để xác nhận đăng ký bản tin huunghi:\n"
                            f"Click to confirm your subscription to the huunghi digest:\n\n{link}\n")
            sender = transport or _transport(settings)
            try:
                sender.send(msg, email)
            except (TemporaryFailure, PermanentFailure) as exc:
                log.error("confirmation to %s not sent: %s", email, exc)
                body, code, headers = page("message.html.j2", 503, title="Thử lại sau / Please try again later",
                                           message="The confirmation email could not be sent just now. "
                                                   "Please try again in a few minutes.")
                return body, code, {**headers, "Retry-After": "300"}
            finally:
                sender.close()
        # The same answer whether the address is new, waiting or already subscribed: the form tells
        # nobody who subscribes.
        return page("message.html.j2", title="Kiểm tra hộp thư / Check your inbox",
                    message=f"If {email} is not subscribed yet, a confirmation link is on its way to it.")

    @web.get("/confirm/<token>")
    def confirm_view(token: str):
        with app.db.session() as session:
            sub, error = subscriber_for(token, "confirm", session)
            if error:
                return error
            if sub.status != "active":
                now = datetime.now(UTC)
                sub.status, sub.confirmed_at, sub.since, sub.unsubscribed_at = "active", now, now, None
            email = sub.email
        return page("message.html.j2", title="Đã xác nhận / Confirmed", message=f"{email} will receive the digest.")

    return web


# How `huunghi web` runs the app under waitress (the tests serve it the same way). Waitress would
# drop X-Forwarded-For before the app sees it; the app itself decides whom to believe
# (HUUNGHI_TRUSTED_PROXIES), so the header is left in.
SERVE_OPTIONS = {"threads": 8, "ident": "huunghi", "clear_untrusted_proxy_headers": False,
                 "connection_limit": 1000, "channel_timeout": 60, "asyncore_use_poll": True}


def _transport(settings):
    from notify.transport import make_transport

    return make_transport(settings.smtp_url, settings.outbox_dir)
