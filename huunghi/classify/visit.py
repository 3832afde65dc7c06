"""Who met whom, which way, when: the visit described by a relevant article."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from huunghi.classify.dates import LONG_BEFORE, Reference, find_dates, reference_from
from huunghi.classify.direction import direction, guessed
from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.mentions import Document, Sentence
from huunghi.classify.people import heads
from huunghi.classify.relevance import Classification, classify
from huunghi.classify.sides import lao_parties, vn_parties, with_counterparts

KINDS = ("working_visit", "talks", "courtesy_call", "greeting", "signing", "aid_handover", "border_meeting", "other")

PREFIX_RE = re.compile(
    r"^\s*(?:date\s+[\d\-]+\s*)?(?:\(\s*[\w.\s-]{1,25}\)\s*[-–—:]\s*|[A-ZĐ][\w.]{1,15}\.VN\s*[-–—]\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)",
)
# A day named as a reference, not as the event's: "từ ngày 1/7/2025", "trước ngày 30/7", "ký ngày 12/5/2023".
# (on the date's own line: a headline that ends "… ký kết" says nothing of the date line below it)
# (a document's day — "theo Thỏa thuận ký ngày 3/4" —, not the signing the page reports: "đã được ký kết chiều 18/5")
SINCE_RE = re.compile(r"(?<!\w)(?:từ|kể từ|trước|sau|(?<!được )(?<!đã )(?<!vừa )(?:ký|ký kết)|đến|hết)[^\S\n]*\Z")
# "200 triệu đồng", "10.000USD" — but not "12 đồng chí" (comrades) nor "… 2, đồng thời".
AMOUNT_RE = re.compile(
    r"(?<![\w])\d(?:[\d.,]*\d)?\s*(?:triệu|tỷ|nghìn|ngàn|trăm)?\s*"
    r"(?:đồng(?!\s+(?:chí|bào|thời|ý|bộ|loạt|hành|đội|tâm|nghiệp|hương|bằng|minh|chủ))|USD|usd|kíp|Kíp|đô la Mỹ)(?![\w])"
)


@dataclass
class VisitInfo:
    vn_parties: list[str]
    lao_parties: list[str]
    direction: str
    kind: str
    event_date: date | None
    end_date: date | None
    date_approximate: bool  # event_date is the publication day: the text gives no day
    leader: str | None
    host_leader: str | None
    summary: str
    amounts: list[str] = field(default_factory=list)
    reference: date | None = None  # the publication day (or the best guess) for merging
    reference_exact: bool = True
    reference_precision: str | None = None  # "day", "month" or "year" (see dates.Reference)
    # ((month, day), (month, day)) of the event when its year is not known
    yearless: tuple[tuple[int, int], tuple[int, int]] | None = None
    direction_reasons: list[str] = field(default_factory=list)  # the votes that decided the direction
    # the Vietnamese side is the outlet's province, the text naming none: a guess that never keeps reports apart
    vn_from_outlet: bool = False
    # the direction is a guess (no text said who travelled): it never keeps reports apart either
    direction_guessed: bool = False
    # the kind of body that dealt with the other side ("police", "border_guard", "council" …; None for a
    # province's or a country's leaders): one such body touring several hosts within a week is one trip
    unit: str | None = None

    def as_json(self) -> dict:
        out = asdict(self)
        for k in ("event_date", "end_date", "reference"):
            out[k] = out[k].isoformat() if out[k] else None
        out["yearless"] = self.yearless_iso()
        return out

    def yearless_iso(self) -> list[str] | None:
        """The yearless days as ISO 8601 dates without a year ("--02-17")."""
        return [f"--{m:02d}-{d:02d}" for m, d in self.yearless] if self.yearless else None


# The kind of body an exchange is between, named in the headline or the opening (the first named wins): police
# call on police, border guards on the army, councils on councils. Leaders of a province or a country are no unit.
UNITS = (
    ("police", r"công an|bộ an ninh|sở an ninh|an ninh tỉnh|cảnh sát"),
    ("border_guard", r"bộ đội biên phòng|biên phòng|bđbp"),
    ("military", r"bộ chỉ huy quân sự|quân sự|bchqs|quân khu|quân đội|lực lượng vũ trang"),
    ("council", r"hội đồng nhân dân|hđnd"),
    ("front", r"mặt trận"),
    ("veterans", r"cựu chiến binh"),
    ("women", r"phụ nữ"),
    ("labour", r"công đoàn|liên đoàn lao động"),
    ("farmers", r"hội nông dân"),
)
UNIT_RE = re.compile("|".join(f"(?P<{name}>(?<!\\w)(?:{words})(?!\\w))" for name, words in UNITS))
UNIT_SENTENCES = 3


def unit_of(doc: Document, key: Sentence | None) -> str | None:
    """The kind of body the exchange is between, from the headline and the opening sentences."""
    opening = doc.sentences[:UNIT_SENTENCES] + ([key] if key is not None else [])
    return next((hit.lastgroup for s in opening if (hit := UNIT_RE.search(s.folded))), None)


KIND_CUES = [
    ("greeting", ("chúc tết", "bunpimay", "bun pi may", "chúc mừng năm mới", "tết cổ truyền")),
    ("signing", ("ký kết", "lễ ký", "ký biên bản", "biên bản ghi nhớ")),
    ("border_meeting", ("biên phòng", "tuần tra", "bảo vệ biên giới")),
    ("aid_handover", ("trao tặng", "bàn giao", "trao hỗ trợ", "hỗ trợ kinh phí", "khánh thành", "tặng quà")),
    ("talks", ("hội đàm",)),
    ("courtesy_call", ("xã giao", "chào xã giao", "hội kiến")),
    ("working_visit", ("thăm và làm việc", "thăm, làm việc", "làm việc với", "thăm làm việc")),
]
# Secondary cues (a gift during a visit, a border mentioned in talks) decide only from the
# headline or the key sentence, never from the rest of the text.
PRIMARY_ONLY = {"aid_handover", "border_meeting"}


def _kind(primary: str, head: str, event: str) -> str:
    for text, allowed in ((primary, None), (head, PRIMARY_ONLY)):
        for kind, words in KIND_CUES:
            if allowed and kind in allowed:
                continue
            if any(w in text for w in words):
                return kind
    return "working_visit" if event == "visit" else "other"


# Left by archived copies: empty Markdown images and links, a "date 2025-10-13" line.
ARTIFACT_RE = re.compile(r"!?\[[^\]]{0,80}\]\([^)]{0,300}\)|^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*")


def _clean_sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", ARTIFACT_RE.sub(" ", text)).strip(" -–|")
    for _ in range(2):
        text = PREFIX_RE.sub("", text).strip()
    return text


def _summary(doc: Document, key_index: int | None) -> str:
    chosen: list[Sentence] = []
    if key_index is not None:
        chosen.append(doc.sentences[key_index])
    else:
        chosen.extend(s for s in doc.sentences[:3] if len(s.text) > 60)
    text = " ".join(_clean_sentence(s.text) for s in chosen[:1])
    if key_index is not None and len(text) < 160 and key_index + 1 < len(doc.sentences):
        nxt = _clean_sentence(doc.sentences[key_index + 1].text)
        if 30 < len(nxt) < 300:
            text = f"{text} {nxt}"
    return text[:600]


def _first_date_in(dates, sentences: list[Sentence], folded: str):
    """The first date inside one of ``sentences`` that is not a "since" (ranges always count)."""
    spans = [(s.start, s.end) for s in sentences]
    return next((d for d in dates if any(a <= d.offset < b for a, b in spans) and not _a_reference_day(d, folded)), None)


def _a_reference_day(d, folded: str) -> bool:
    return d.end is None and SINCE_RE.search(folded[max(0, d.offset - 16) : d.offset]) is not None


BEFORE_THAT_RE = re.compile(r"\s*(?:trước đó|trước đây|trước đấy)\b")
# A leap year stands in for the unknown one when only the day and month are wanted.
YEARLESS_REFERENCE = Reference(date(2000, 12, 31), False)


DATES_READ = 2500  # characters of the text read for dates: the event is reported at the top


# Where a trip is announced: "Chiều 5/6, Bộ Ngoại giao họp báo về chuyến thăm … từ ngày 9 đến 11/6".
ANNOUNCED_RE = re.compile(r"(?<!\w)(?:họp báo|thông báo|thông cáo|công bố|thông tin về)(?!\w)")
WILL_RE = re.compile(r"(?<!\w)(?:sẽ|dự kiến)(?!\w)")
ANNOUNCED_WITHIN = 14  # days from the announcement to the trip it announces


def _the_trip_announced(day, dates: list, key: Sentence, folded: str):
    """The span of days a trip runs, announced after ``day`` in the key sentence (the announcement's own day), if any."""
    if not ANNOUNCED_RE.search(folded, key.start, key.end):
        return None
    # (a single day too, when a plan's word stands between: "Thông cáo … ngày 18/5 cho biết, Thủ tướng Lào … sẽ thăm … ngày 24/5")
    return next((d for d in dates if key.start <= d.offset < key.end and d.offset > day.offset
                 and (d.end is not None or WILL_RE.search(folded, day.offset, d.offset))
                 and 0 < (d.start - day.start).days <= ANNOUNCED_WITHIN), None)


def _event_date(doc: Document, c: Classification, key: Sentence | None, dates: list):
    """The date expression that gives the event's day, among ``dates`` (``find_dates`` of the text's opening)."""
    chosen = None
    if key is not None:
        # the date in (or just before) the key sentence is the event's
        chosen = next((d for d in dates if key.start - 5 <= d.offset < key.end and not _a_reference_day(d, doc.folded)), None)
        if chosen is not None and chosen.end is None:
            # (unless it is the day a trip to come is announced: the trip's days are the event's)
            chosen = _the_trip_announced(chosen, dates, key, doc.folded) or chosen
    if chosen is None:
        # else the first date of the opening sentences that speak of a party — not a page's
        # own date line ("Thứ Sáu, ngày 23 tháng 08 năm 2019") nor a "since" ("Từ ngày 1/7/2025")
        # nor a sentence that goes back before the news ("Trước đó, ngày 24/7, …": what led to it)
        chosen = _first_date_in(dates, [s for s in doc.sentences[:6] if s.mentions and not BEFORE_THAT_RE.match(s.folded)],
                                doc.folded)
    if chosen is None:
        # else the date of a later sentence that reports the exchange ("Ngay trong chiều ngày 26/7,
        # tại Trụ sở Bộ Ngoại giao, … trao … cho Đại sứ Lào")
        chosen = _first_date_in(dates, [doc.sentences[i] for i in c.exchange_sentences], doc.folded)
    return chosen


def _trip_end(doc: Document, chosen, dates: list) -> date | None:
    """The last day of the trip the chosen day lies in, where the opening gives its span: "Sáng 8/1, …
    thăm chính thức Việt Nam từ ngày 8 đến 9/1" reports the 8th of a visit that runs to the 9th."""
    limit = doc.sentences[min(len(doc.sentences), 6) - 1].end if doc.sentences else 0
    return next((d.end for d in dates if d.offset < limit and d.end is not None and d.start <= chosen.start < d.end), None)


def extract_visit(
    title: str,
    body: str,
    url: str | None = None,
    published: datetime | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    classification: Classification | None = None,
    source_province: str | None = None,
) -> VisitInfo:
    gaz = gazetteer or default_gazetteer()
    c = classification or classify(title, body, url, published, gazetteer=gaz)
    doc = c.document
    assert doc is not None
    key_index = c.key_sentences[0] if c.key_sentences else None
    key = doc.sentences[key_index] if key_index is not None else None
    ref: Reference | None = reference_from(published, doc.folded, url)
    start = end = None
    yearless = None
    if ref is not None:
        dates = find_dates(doc.folded[:DATES_READ], ref)
        if ref.exact and ref.precision == "day":
            # (a date half a year or more before the page is a document's or the past's — "theo Thỏa thuận ký ngày
            # 3-4-2011" —, not the day of what the page reports)
            dates = [d for d in dates if not (d.year_given and ref.day - d.start > LONG_BEFORE)]
        chosen = _event_date(doc, c, key, dates)
        if chosen is not None:
            start, end = chosen.start, chosen.end or _trip_end(doc, chosen, dates)
    approximate = False
    if start is None and ref is not None and ref.exact and ref.precision == "day":
        # The text gives no day: the day it was published stands in, marked approximate, so that
        # the visit still has a date and groups with the other reports of the same trip.
        start, approximate = ref.day, True
    if ref is None:
        # No year anywhere (a year, even in a full date, would have given a reference): keep the day
        # and month, which still tell two trips apart when merging.
        chosen = _event_date(doc, c, key, find_dates(doc.folded[:DATES_READ], YEARLESS_REFERENCE))
        if chosen is not None and chosen.year_given:  # ("18/7/1977": a year no reference is made from)
            start, end = chosen.start, chosen.end
        elif chosen is not None:
            last = chosen.end or chosen.start
            yearless = ((chosen.start.month, chosen.start.day), (last.month, last.day))
    way, why = direction(doc, key_index, c.meeting)
    # (a guest with a Lao title is the host where the text says the trip went to Laos)
    leader, host = heads(doc, gaz, to_laos=way == "vn_to_la" and not guessed(why))
    head = doc.folded[:1200]
    vn = with_counterparts(vn_parties(doc, key, source_province, gaz), doc, key)
    return VisitInfo(
        vn_parties=vn,
        # (a guess wherever the text does not name the outlet's province itself — a consulate's city aside)
        vn_from_outlet=bool(vn) and vn == [source_province] and not doc.mentions("vn_body")
        and source_province not in {m.name for m in doc.mentions("vn_province")},
        lao_parties=lao_parties(doc, key, "visit" if c.meeting else c.event, frozenset(c.exchange_sentences),
                                 (start or ref.day).year if (start or ref) else None),
        direction=way,
        kind=_kind(doc.folded[: doc.title_end] + " " + (key.folded if key is not None else ""), head, c.event),
        event_date=start,
        end_date=end,
        date_approximate=approximate,
        leader=leader,
        host_leader=host,
        summary=_summary(doc, key_index),
        amounts=list(dict.fromkeys(m.group(0).strip() for m in AMOUNT_RE.finditer(doc.text[:4000])))[:5],
        reference=ref.day if ref else None,
        reference_exact=ref.exact if ref else False,
        reference_precision=ref.precision if ref else None,
        yearless=yearless,
        direction_reasons=why,
        direction_guessed=guessed(why),
        unit=unit_of(doc, key),
    )
