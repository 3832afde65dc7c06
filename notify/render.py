"""Digest rendering: pure functions from visits to an email (HTML + text from the same data)."""

from __future__ import annotations

import email.policy
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.classify.text import strip_diacritics

TEMPLATES = Path(__file__).with_name("templates")
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

KIND_LABELS = {
    "vi": {
        "working_visit": "Thăm và làm việc", "talks": "Hội đàm", "courtesy_call": "Tiếp xã giao",
        "greeting": "Thăm, chúc Tết", "signing": "Ký kết hợp tác", "aid_handover": "Trao tặng, hỗ trợ",
        "border_meeting": "Gặp gỡ lực lượng biên giới", "other": "Hoạt động giao lưu",
    },
    "en": {
        "working_visit": "Working visit", "talks": "Talks", "courtesy_call": "Courtesy call",
        "greeting": "New Year greetings", "signing": "Signing", "aid_handover": "Aid handover",
        "border_meeting": "Border forces meeting", "other": "Exchange",
    },
}
TEXT = {
    "vi": {
        "header": "{n} chuyến thăm, hoạt động mới giữa Việt Nam và Lào", "subject": "huunghi: {n} hoạt động Việt Nam – Lào mới ({day})",
        "leader": "Trưởng đoàn", "host": "Tiếp đoàn", "sources": "Nguồn", "amounts": "Giá trị",
        "prefs": "Thay đổi lựa chọn", "unsub": "Hủy đăng ký", "why": "Bạn nhận thư này vì đã đăng ký bản tin huunghi.",
        "page": "Trang lưu trữ", "date_unknown": "chưa rõ ngày", "date_about": "≈ {day} (ngày đưa tin)", "laos": "Lào", "vietnam": "Việt Nam",
    },
    "en": {
        # the Subject stays Vietnamese (the list's language) with the English after it
        "header": "{n} new Vietnam–Laos exchange{s}",
        "subject": "huunghi: {n} hoạt động Việt Nam – Lào mới ({day}) · {n} new Vietnam–Laos exchange{s}",
        "leader": "Delegation led by", "host": "Received by", "sources": "Sources", "amounts": "Amounts",
        "prefs": "Preferences", "unsub": "Unsubscribe", "why": "You receive this because you subscribed to the huunghi digest.",
        "page": "In the archive", "date_unknown": "date not given", "date_about": "≈ {day} (reported)", "laos": "Laos", "vietnam": "Vietnam",
    },
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja environment: autoescaped HTML, strict about missing data."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "htm", "xml", "html.j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass
class VisitView:
    headline: str
    dates: str
    kind: str
    summary: str
    leader: str | None
    host_leader: str | None
    amounts: list[str]
    articles: list[dict]
    page: str | None = None  # the visit's page in the public archive


@dataclass
class DigestView:
    language: str
    subject: str
    header: str
    visits: list[VisitView]
    unsubscribe_url: str
    preferences_url: str
    t: dict = field(default_factory=dict)


def _place(name: str, language: str, lao: bool) -> str:
    if language != "en":
        return name
    if lao:
        return default_gazetteer().lao_english(name)
    return strip_diacritics(name).replace("Thanh pho Ho Chi Minh", "Ho Chi Minh City")


def _dates(start: date | None, end: date | None, language: str, approximate: bool = False) -> str:
    if start is None:
        return TEXT[language]["date_unknown"]
    if approximate:  # only the day the first report came out: the text gave no day
        return TEXT[language]["date_about"].format(day=f"{start.day} {start:%b %Y}" if language == "en" else f"{start:%d/%m/%Y}")
    fmt = (lambda d: f"{d.day} {d:%b %Y}") if language == "en" else (lambda d: f"{d:%d/%m/%Y}")
    if end and end != start:
        return f"{fmt(start)} – {fmt(end)}"
    return fmt(start)


def visit_view(v, language: str, base_url: str | None = None) -> VisitView:
    t = TEXT[language]
    vn = ", ".join(_place(p, language, False) for p in v.vn_parties) or t["vietnam"]
    la = ", ".join(_place(p, language, True) for p in v.lao_parties) or t["laos"]
    arrow = {"vn_to_la": f"{vn} → {la}", "la_to_vn": f"{la} → {vn}"}.get(v.direction, f"{vn} – {la}")
    kind = KIND_LABELS[language].get(v.kind, KIND_LABELS[language]["other"])
    dates = _dates(v.start_date, v.end_date, language, bool(getattr(v, "start_approximate", False)))
    articles = [
        {"title": " ".join(a.title.split()), "url": a.url, "outlet": a.source.title if a.source else a.url.split("/")[2]}
        for a in v.articles
    ]
    page = f"{base_url}/visits/{v.id}" + ("?lang=en" if language == "en" else "") if base_url and v.id else None
    return VisitView(f"{arrow}: {kind}, {dates}", dates, kind, " ".join(v.summary.split()), v.leader, v.host_leader,
                     list(v.amounts or []), articles, page)


def build_digest(visits, language: str, *, unsubscribe_url: str, preferences_url: str, now: datetime,
                 cache: dict | None = None, base_url: str | None = None) -> DigestView:
    """The digest's data. ``cache`` keeps each visit's view per language across subscribers."""
    language = language if language in TEXT else "vi"
    t = TEXT[language]
    n = len(visits)
    day = now.astimezone(VN_TZ).strftime("%d/%m/%Y")
    views = []
    for v in visits:
        if cache is None:
            views.append(visit_view(v, language, base_url))
            continue
        key = (v.id, language)
        if key not in cache:
            cache[key] = visit_view(v, language, base_url)
        views.append(cache[key])
    return DigestView(
        language=language, subject=t["subject"].format(n=n, day=day, s="" if n == 1 else "s"),
        header=t["header"].format(n=n, s="" if n == 1 else "s"),
        visits=views, unsubscribe_url=unsubscribe_url, preferences_url=preferences_url, t=t,
    )


def render(view: DigestView) -> tuple[str, str]:
    env = environment()
    data = {"d": view, "t": view.t}
    return env.get_template("digest.html.j2").render(data), env.get_template("digest.txt.j2").render(data)


def sender_domain(mail_from: str) -> str:
    addr = parseaddr(mail_from)[1]
    return addr.rsplit("@", 1)[-1] if "@" in addr else "localhost"


class _CachedHeaderRegistry(HeaderRegistry):
    """The standard registry builds a new header class on every lookup; digests set the same
    dozen headers thousands of times, so keep the classes (the headers themselves are unchanged)."""

    def __init__(self):
        super().__init__()
        self._classes: dict[str, type] = {}

    def __getitem__(self, name):
        cls = self._classes.get(name.lower())
        if cls is None:
            cls = self._classes[name.lower()] = super().__getitem__(name)
        return cls


MAIL_POLICY = email.policy.SMTP.clone(header_factory=_CachedHeaderRegistry())


def build_message(view: DigestView, *, to: str, to_name: str | None, mail_from: str, message_id: str,
                  now: datetime, list_id_domain: str, unsubscribe_post_url: str) -> EmailMessage:
    """The email; every header through EmailMessage (RFC 2047 encoding, no header injection)."""
    html_body, text_body = render(view)
    msg = EmailMessage(policy=MAIL_POLICY)
    msg["Subject"] = view.subject
    name, addr = parseaddr(mail_from)
    msg["From"] = Address(display_name=name, addr_spec=addr) if name else addr
    msg["To"] = Address(display_name=to_name or "", addr_spec=to)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["List-Id"] = f"huunghi digest <digest.{list_id_domain}>"
    msg["List-Unsubscribe"] = f"<{unsubscribe_post_url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    # base64: encoded in C, safe for any line length; quoted-printable would be computed in Python
    msg.set_content(text_body, cte="base64")
    msg.add_alternative(html_body, subtype="html", cte="base64")
    return msg


def message_bytes(task: dict) -> bytes:
    """One digest email, flattened: what a builder process returns (``task`` is plain data)."""
    view = DigestView(
        language=task["language"], subject=task["subject"], header=task["header"], visits=task["views"],
        unsubscribe_url=task["unsubscribe_url"], preferences_url=task["preferences_url"], t=TEXT[task["language"]],
    )
    msg = build_message(view, to=task["to"], to_name=task["to_name"], mail_from=task["mail_from"],
                        message_id=task["message_id"], now=task["now"], list_id_domain=task["list_id_domain"],
                        unsubscribe_post_url=task["unsubscribe_url"])
    return msg.as_bytes()
