"""Invented visits for the archive's tests, screenshots and benchmark: stored as the store stores
them (a visit, its articles, its index rows), without crawling. Names of sides are the gazetteer's;
titles and summaries are written here, and ``hostile`` adds titles that try to break out of HTML,
CSV, XML and spreadsheets."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from huunghi.archive_index import search_text
from huunghi.db import Article, Source, Visit, VisitArticle, VisitParty

PAIRS = [("Sơn La", "Hủa Phăn"), ("Lai Châu", "Phông Sa Lỳ"), ("Điện Biên", "Luông Pha Bang"), ("Nghệ An", "Xiêng Khoảng"),
         ("Hà Tĩnh", "Bô Ly Khăm Xay"), ("Quảng Trị", "Xa Vẳn Na Khệt"), ("Thanh Hóa", "Hủa Phăn"), ("Huế", "Xa La Văn"),
         ("Gia Lai", "Át Tạp Pư"), ("Quảng Nam", "Sê Kông"), ("Đà Nẵng", "Chăm Pa Xắc"), ("Hà Nội", "Thủ đô Viêng Chăn")]
KINDS = ["working_visit", "talks", "greeting", "signing", "aid_handover", "courtesy_call"]
OUTLETS = [("baosonla", "Báo Sơn La", "https://baosonla.vn", "Sơn La"),
           ("baonghean", "Báo Nghệ An", "https://baonghean.vn", "Nghệ An"),
           ("vietnamplus", "VietnamPlus", "https://www.vietnamplus.vn", "Hà Nội")]
HOSTILE = ['<script>alert("x")</script> Đoàn tỉnh Sơn La thăm Hủa Phăn', '=HYPERLINK("http://evil.example","bấm")',
           "Hội đàm ]]></summary><entry>giả</entry> & <b>đậm</b>", '"><img src=x onerror=alert(1)> Tết Bunpimay']


def add_sample_visits(session: Session, n: int, *, seed: int = 7, today: date | None = None, hostile: bool = True,
                      articles_per_visit: tuple[int, int] = (1, 3), years: int = 10) -> list[int]:
    """``n`` visits spread over the last ``years`` years (the newest a few days ago); returns their ids."""
    rnd = random.Random(seed)
    today = today or datetime.now(UTC).date()
    sources = {}
    for name, title, url, province in OUTLETS:
        src = session.scalar(select(Source).where(Source.name == name))
        if src is None:
            src = Source(name=name, title=title, url=url, province=province)
            session.add(src)
            session.flush()
        sources[name] = src
    ids = []
    visit_rows, party_rows, link_rows, article_rows = [], [], [], []
    first_id = (session.scalar(select(Visit.id).order_by(Visit.id.desc()).limit(1)) or 0) + 1
    first_article = (session.scalar(select(Article.id).order_by(Article.id.desc()).limit(1)) or 0) + 1
    for i in range(n):
        vn, la = PAIRS[i % len(PAIRS)] if i < len(PAIRS) else rnd.choice(PAIRS)
        kind = rnd.choice(KINDS)
        direction = rnd.choice(["vn_to_la", "la_to_vn", "vn_to_la", "none"])
        start = today - timedelta(days=3 + (i if i < 30 else rnd.randrange(years * 365)))
        end = start + timedelta(days=rnd.choice([0, 0, 1, 2]))
        who = f"Đoàn đại biểu tỉnh {vn}" if direction != "la_to_vn" else f"Đoàn đại biểu tỉnh {la} (Lào)"
        where = f"tỉnh {la}" if direction != "la_to_vn" else f"tỉnh {vn}"
        title = HOSTILE[i % len(HOSTILE)] if hostile and i % 37 == 5 else f"{who} thăm và làm việc tại {where} (#{i})"
        summary = (f"Ngày {start:%d/%m/%Y}, {who} đã đến thăm và làm việc tại {where}; hai bên trao đổi về hợp tác "
                   f"giáo dục, y tế và an ninh biên giới.")
        vid = first_id + i
        arts = []
        for k in range(rnd.randint(*articles_per_visit)):
            name, outlet, base, _ = OUTLETS[k % len(OUTLETS)]
            aid = first_article + len(article_rows)
            url = f"{base}/hop-tac/visit-{vid}-{k}.html"
            published = datetime(start.year, start.month, start.day, 9 + k, tzinfo=UTC)
            article_rows.append({"id": aid, "canonical_url": url, "url": url, "source_id": sources[name].id,
                                 "title": title if k == 0 else f"{outlet}: {title}", "published": published,
                                 "lead": summary, "body": summary, "content_hash": f"{vid:032x}{k:032x}", "relevant": True, "score": 0.9,
                                 "event": "visit", "fetched_at": published + timedelta(hours=2)})
            link_rows.append({"visit_id": vid, "article_id": aid})
            arts.append(article_rows[-1]["title"])
        leader = f"Ông Nguyễn Văn {chr(65 + i % 26)}"
        visit_rows.append({"id": vid, "event": "visit", "kind": kind, "vn_parties": [vn], "lao_parties": [la],
                           "direction": direction, "start_date": start, "end_date": end, "start_approximate": False,
                           "reference_date": start, "reference_exact": True, "title": title, "summary": summary,
                           "leader": leader, "host_leader": None, "amounts": ["300 triệu đồng"] if kind == "aid_handover" else [],
                           "created_at": datetime(start.year, start.month, start.day, 12, tzinfo=UTC),
                           "updated_at": datetime(start.year, start.month, start.day, 12, tzinfo=UTC),
                           "search_text": search_text(title, summary, [vn], [la], [leader], arts)})
        party_rows += [{"visit_id": vid, "side": "vn", "name": vn}, {"visit_id": vid, "side": "la", "name": la}]
        ids.append(vid)
    for table, rows in ((Visit, visit_rows), (Article, article_rows), (VisitArticle, link_rows), (VisitParty, party_rows)):
        for k in range(0, len(rows), 2000):
            session.execute(insert(table), rows[k:k + 2000])
    if session.bind.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in ("visits", "articles"):
            session.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))
    return ids
