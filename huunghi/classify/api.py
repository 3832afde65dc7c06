"""The classifier and extractor together, in the JSON shape DESIGN.md gives."""

from __future__ import annotations

from datetime import datetime

from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.relevance import Classification, classify
from huunghi.classify.visit import VisitInfo, extract_visit


def parse_published(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        from huunghi.classify.dates import VN_TZ

        parsed = parsed.replace(tzinfo=VN_TZ)
    return parsed


def analyse_article(
    title: str, body: str, url: str | None = None, published: datetime | None = None,
    *, gazetteer: Gazetteer | None = None, source_province: str | None = None,
) -> tuple[Classification, VisitInfo | None]:
    gaz = gazetteer or default_gazetteer()
    c = classify(title, body, url, published, gazetteer=gaz)
    info = None
    if c.relevant:
        info = extract_visit(title, body, url, published, gazetteer=gaz, classification=c, source_province=source_province)
    return c, info


def prediction(record_id, c: Classification, info: VisitInfo | None) -> dict:
    return {
        "id": record_id,
        "relevant": c.relevant,
        "score": c.score,
        "event": c.event,
        "vn_parties": info.vn_parties if info else [],
        "lao_parties": info.lao_parties if info else [],
        "direction": info.direction if info else "none",
        "event_date": info.event_date.isoformat() if info and info.event_date else None,
        "end_date": info.end_date.isoformat() if info and info.end_date else None,
        "date_approximate": info.date_approximate if info else False,
        "kind": info.kind if info else None,
        "leader": info.leader if info else None,
        "host_leader": info.host_leader if info else None,
        "summary": info.summary if info else None,
        "amounts": info.amounts if info else [],
        "yearless": info.yearless_iso() if info else None,
        "reasons": c.reasons,
        "direction_reasons": info.direction_reasons if info else [],
        "vn_from_outlet": info.vn_from_outlet if info else False,
        "direction_guessed": info.direction_guessed if info else False,
    }


def source_province_for(url: str | None) -> str | None:
    """The province of the configured source whose domain serves ``url`` (a provincial paper's)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    for domain, province in _domain_provinces().items():
        if host == domain or host.endswith("." + domain):
            return province
    # an outlet not configured here: a provincial paper is named for its province
    return default_gazetteer().province_of_host(host)


def _domain_provinces() -> dict[str, str]:
    global _DOMAINS
    if _DOMAINS is None:
        import os

        from huunghi.sources import ConfigError, load_sources

        _DOMAINS = {}
        try:
            cfg = load_sources(os.environ.get("HUUNGHI_CONFIG", "config/sources.yaml"))
        except ConfigError:
            return _DOMAINS
        for src in cfg.sources:
            for d in src.domains:
                _DOMAINS.setdefault(d, src.province)
    return _DOMAINS


_DOMAINS: dict[str, str] | None = None


def predict_record(record: dict, *, gazetteer: Gazetteer | None = None) -> tuple[dict, VisitInfo | None]:
    c, info = analyse_article(
        record.get("title") or "", record.get("text") or "", record.get("url"),
        parse_published(record.get("published")), gazetteer=gazetteer,
        source_province=record.get("source_province") or source_province_for(record.get("url")),
    )
    return prediction(record.get("id"), c, info), info
