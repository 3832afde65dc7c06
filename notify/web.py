"""The web endpoints: one-click unsubscribe (RFC 8058), preferences, double opt-in subscribe."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid

from flask import Flask, request
from sqlalchemy import select

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.db import Subscriber
from notify.render import environment, sender_domain
from notify.subscribers import WEEKDAYS, SubscriberError, SubscriberSpec, normalize_email, unsubscribe
from notify.tokens import TokenError, make_token, read_token


def create_app(app, *, transport=None) -> Flask:
    """A Flask app over ``app`` (huunghi.app.App); tests pass their own App and transport."""
    web = Flask(__name__)
    web.config["HUUNGHI"] = app
    settings = app.settings

    def page(template: str, status: int = 200, **data):
        body = environment().get_template(f"web/{template}").render(**data)
        return body, status, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}

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
            if request.method == "GET":
                # A GET never changes anything: mail scanners follow links.
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
            if request.method == "POST":
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
        if request.method == "GET":
            return page("subscribe.html.j2", message=None)
        try:
            email = normalize_email(request.form.get("email", ""))
        except SubscriberError as exc:
            return page("subscribe.html.j2", 400, message=str(exc))
        language = request.form.get("language", "vi") if request.form.get("language") in ("vi", "en") else "vi"
        with app.db.session() as session:
            sub = session.scalar(select(Subscriber).where(Subscriber.email == email))
            if sub is None:
                sub = Subscriber(email=email, name=request.form.get("name") or None, language=language,
                                 status="pending", since=datetime.now(UTC))
                session.add(sub)
                session.flush()
            if sub.status == "active":
                return page("message.html.j2", title="Đã đăng ký / Already subscribed",
                            message=f"{email} already receives the digest.")
            token = make_token(settings.secret, sub.id, sub.token_version, "confirm")
            name = sub.name
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
        finally:
            sender.close()
        return page("message.html.j2", title="Kiểm tra hộp thư / Check your inbox",
                    message=f"A confirmation link was sent to {email}.")

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


def _transport(settings):
    from notify.transport import make_transport

    return make_transport(settings.smtp_url, settings.outbox_dir)
