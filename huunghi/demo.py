"""`huunghi demo`: the whole cycle offline, on bundled sample sites, into the file outbox."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from crawler.sample_sites import SiteServer, build_site, sample_articles
from huunghi.sources import Source

DEMO_PORTS = {"paper": 18761, "portal": 18762, "news": 18763}
DEMO_SUBSCRIBER = "demo@example.org"

# Which sample articles each demo outlet carries: the Lai Châu–Phông Sa Lỳ visit appears on two
# outlets (one visit, two articles); the look-alikes are spread so each layout shows refusals.
DEMO_SITES = {
    "paper": ("mau-baolaichau", "Báo Lai Châu (mẫu)", "Lai Châu",
              ["laichau-phongsaly", "thanhhoa-houaphan-tet", "domestic-delegation", "china-talks"]),
    "portal": ("mau-congthongtin", "Cổng TTĐT tỉnh (mẫu)", "Điện Biên",
               ["dienbien-luangnamtha-signing", "quangtri-savannakhet-border", "drug-bust", "laocai"]),
    "news": ("mau-tintuc", "Tin tức quốc gia (mẫu)", "Hà Nội",
             ["laichau-phongsaly-national", "nghean-xiengkhouang-aid", "football", "essay"]),
}


def demo_sources(servers: dict[str, SiteServer]) -> list[Source]:
    out = []
    for layout, (name, title, province, _) in DEMO_SITES.items():
        base = servers[layout].base
        discovery = {
            "paper": {"listings": [f"{base}/chinh-tri"]},
            "portal": {"listings": [f"{base}/index.php/tin-tuc-su-kien"]},
            "news": {"feeds": [f"{base}/rss/home.rss"], "sitemaps": [f"{base}/sitemap.xml"]},
        }[layout]
        out.append(Source(name=name, title=title, province=province, url=f"{base}/", download_delay=0, **discovery))
    return out


def start_demo_sites(stack: ExitStack, now: datetime, ports: dict[str, int] | None = None) -> dict[str, SiteServer]:
    arts = {a.key: a for a in sample_articles(now)}
    servers = {}
    for layout, (_, _, _, keys) in DEMO_SITES.items():
        port = (ports or DEMO_PORTS)[layout]
        srv = SiteServer(port=port)
        srv.routes.update(build_site(layout, [arts[k] for k in keys], srv.base, per_page=2))
        servers[layout] = stack.enter_context(srv)
    return servers


def demo_settings_overrides() -> dict:
    # Local sample sites: no politeness delay needed, and no retries on a server we control.
    return {"HUUNGHI_POLITE": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0}


def demo_paths(data_dir: Path) -> dict[str, Path]:
    root = data_dir / "demo"
    return {"root": root, "db": root / "huunghi.db", "outbox": root / "outbox"}


def demo_settings(base, port: int = 8000):
    """The demo's own settings: its database, outbox and secret under <data>/demo, whatever
    DATABASE_URL or SMTP_URL say — so that `huunghi web --demo` reads the same data and signs
    links with the same secret as the demo's email. Its links point at the port the archive is
    served on, unless BASE_URL says otherwise."""
    from huunghi.settings import load_settings

    paths = demo_paths(base.data_dir)
    base_url = base.base_url if "base_url" in base.model_fields_set else f"http://127.0.0.1:{port}"
    return load_settings(database_url=f"sqlite:///{paths['db']}", smtp_url=None, huunghi_data_dir=paths["root"],
                         base_url=base_url)


def now_utc() -> datetime:
    return datetime.now(UTC)
