"""The `huunghi` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from huunghi.app import App
from huunghi.classify.gazetteer import ClassifierConfigError
from huunghi.settings import SettingsError
from huunghi.sources import ConfigError

console = Console()
err_console = Console(stderr=True)


def fail(lines: list[str] | str, code: int = 2) -> None:
    for line in [lines] if isinstance(lines, str) else lines:
        err_console.print(f"[bold red]error:[/] {line}", highlight=False, markup=True, soft_wrap=True)
    sys.exit(code)


class Guarded(click.Group):
    """Turns configuration problems into one clear line each and exit status 2, and a service that
    cannot be reached (database, Redis) into one line naming its setting and its own exit status —
    never a traceback for either."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            fail(exc.problems)
        except (SettingsError, ClassifierConfigError) as exc:
            fail(str(exc))
        except Exception as exc:
            from huunghi.services import explain

            # (a subcommand's context holds the App; the settings are the same wherever read)
            settings = ctx.obj.settings if isinstance(ctx.obj, App) else App().settings
            explained = explain(exc, settings)
            if explained is None:
                raise
            fail(explained.message, code=explained.code)


def show(rows: list[dict], as_json: bool, title: str, columns: tuple[str, ...], cells) -> None:
    """Rows as JSON (``--json``) or as a table with ``cells(row)`` for each line."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(title=title)
    for col in columns:
        table.add_column(col)
    for r in rows:
        table.add_row(*cells(r))
    console.print(table)


def get_app(ctx: click.Context) -> App:
    if ctx.obj is None:
        ctx.obj = App()
    return ctx.obj


@click.group(cls=Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="huunghi")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line (for log collectors).")
@click.pass_context
def main(ctx: click.Context, log_json: bool) -> None:
    """huunghi: watch Vietnamese news for Vietnam–Laos exchanges and email a digest of new visits.

    Settings come from the environment (and .env): DATABASE_URL, HUUNGHI_CONFIG, SMTP_URL,
    MAIL_FROM, HUUNGHI_SECRET, BASE_URL. See README.md.
    """
    from scheduler.logs import setup_logging

    setup_logging(json_lines=log_json)


# --- sources ---------------------------------------------------------------------------------
@main.group()
def sources() -> None:
    """The news sites in config/sources.yaml."""


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def sources_list(ctx, as_json: bool) -> None:
    """List the configured sources with their health."""
    from huunghi.health import source_rows

    app = get_app(ctx)
    cfg = app.sources
    with app.db.session() as session:
        rows = source_rows(session, cfg.sources)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} sources ({app.settings.huunghi_config})")
    for col in ("name", "title", "province", "discovery", "enabled", "health", "last run", "articles", "frontier"):
        table.add_column(col)
    for r in rows:
        health = r["health"]
        style = {"ok": "green", "broken": "red", "degraded": "yellow"}.get(health, "dim")
        table.add_row(
            r["name"], r["title"], r["province"], r["discovery"], "yes" if r["enabled"] else "no",
            f"[{style}]{health}[/]" + (f" – {r['health_reason']}" if r["health_reason"] else ""),
            r["last_run"] or "never", str(r["articles"]), frontier_text(r["frontier"]),
        )
    console.print(table)


def frontier_text(counts: dict[str, int]) -> str:
    """'3 pending, 1 failing, 1 given up' (what the frontier still holds for a source)."""
    names = {"pending": "pending", "failed": "failing", "given_up": "given up", "skipped": "skipped"}
    return ", ".join(f"{counts[k]} {label}" for k, label in names.items() if counts.get(k)) or "-"


@sources.command("check")
@click.pass_context
def sources_check(ctx) -> None:
    """Validate the sources file; exit 2 with one line per problem."""
    app = get_app(ctx)
    cfg = app.sources
    enabled = sum(1 for s in cfg.sources if s.enabled)
    click.echo(f"{app.settings.huunghi_config}: OK — {len(cfg.sources)} sources ({enabled} enabled)")
    for s in cfg.sources:
        if not (s.feeds or s.sitemaps or s.listings):
            click.echo(f"  note: source {s.name!r} has no feeds, sitemaps or listings: its home page is used as a listing")


# --- subscribers -----------------------------------------------------------------------------
@main.group()
def subscribers() -> None:
    """Manage digest subscribers."""


@subscribers.command("add")
@click.argument("email")
@click.option("--name", help="Display name.")
@click.option("--language", type=click.Choice(["vi", "en"]), default="vi", show_default=True)
@click.option("--vn", "vn_provinces", multiple=True, help="Only visits involving this Vietnamese province (repeatable).")
@click.option("--lao", "lao_provinces", multiple=True, help="Only visits involving this Lao province (repeatable).")
@click.option("--frequency", type=click.Choice(["daily", "weekly"]), default="daily", show_default=True)
@click.option("--weekday", default=None, help="For weekly digests: mon, tue, … (default mon).")
@click.pass_context
def subscribers_add(ctx, email, name, language, vn_provinces, lao_provinces, frequency, weekday) -> None:
    """Add a subscriber (active at once) or update an existing one."""
    from notify.subscribers import SubscriberError, SubscriberSpec, add_subscriber, describe_filters

    app = get_app(ctx)
    spec = SubscriberSpec(email, name, language, list(vn_provinces), list(lao_provinces), frequency, weekday)
    try:
        with app.db.session() as session:
            row, created = add_subscriber(session, spec)
            summary = f"{row.email} ({row.language}, {row.frequency}, {describe_filters(row)})"
    except SubscriberError as exc:
        fail(str(exc))
    click.echo(("added " if created else "updated ") + summary)


@subscribers.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def subscribers_list(ctx, as_json: bool) -> None:
    """List subscribers."""
    from notify.subscribers import WEEKDAYS, describe_filters, list_subscribers

    app = get_app(ctx)
    with app.db.session() as session:
        rows = [
            {
                "email": s.email, "name": s.name, "language": s.language, "status": s.status,
                "frequency": s.frequency + (f" ({WEEKDAYS[s.weekday]})" if s.weekday is not None else ""),
                "filters": describe_filters(s),
                "last_digest": s.last_digest_at.isoformat() if s.last_digest_at else None,
            }
            for s in list_subscribers(session)
        ]
    show(rows, as_json, f"{len(rows)} subscribers",
         ("email", "name", "language", "status", "frequency", "filters", "last digest"),
         lambda r: (r["email"], r["name"] or "", r["language"], r["status"], r["frequency"], r["filters"], r["last_digest"] or "never"))


@subscribers.command("remove")
@click.argument("email")
@click.pass_context
def subscribers_remove(ctx, email: str) -> None:
    """Delete a subscriber and their delivery history."""
    from notify.subscribers import SubscriberError, remove_subscriber

    app = get_app(ctx)
    try:
        with app.db.session() as session:
            removed = remove_subscriber(session, email)
    except SubscriberError as exc:
        fail(str(exc))
    if not removed:
        fail(f"no subscriber {email!r}", code=1)
    click.echo(f"removed {email}")


# --- articles / visits -----------------------------------------------------------------------
@main.group()
def articles() -> None:
    """Stored articles."""


@articles.command("list")
@click.option("--relevant", is_flag=True, help="Only articles classified relevant.")
@click.option("--limit", type=int, default=None, help="At most this many (newest first).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def articles_list(ctx, relevant: bool, limit: int | None, as_json: bool) -> None:
    """List stored articles, newest first."""
    from huunghi.store import list_articles

    app = get_app(ctx)
    with app.db.session() as session:
        rows = list_articles(session, relevant_only=relevant, limit=limit)
    show(rows, as_json, f"{len(rows)} articles", ("id", "published", "source", "relevant", "score", "visit", "title"),
         lambda r: (str(r["id"]), (r["published"] or "")[:16], r["source"] or "", "yes" if r["relevant"] else "",
                    f"{r['score']:.2f}", str(r["visit_id"] or ""), r["title"][:80]))


@main.group()
def visits() -> None:
    """Visits merged from relevant articles."""


@visits.command("list")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Only visits from this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def visits_list(ctx, since, as_json: bool) -> None:
    """List visits, each with its articles."""
    from huunghi.store import list_visits

    app = get_app(ctx)
    with app.db.session() as session:
        rows = list_visits(session, since=since.date() if since else None)
    arrows = {"vn_to_la": "→", "la_to_vn": "←", "none": "↔"}
    show(rows, as_json, f"{len(rows)} visits", ("id", "date", "Vietnam", "dir", "Laos", "kind", "articles", "title"),
         lambda r: (str(r["id"]), r["start_date"] or "?", ", ".join(r["vn_parties"]), arrows[r["direction"]],
                    ", ".join(r["lao_parties"]), r["kind"], str(len(r["articles"])), r["title"][:70]))


# --- classifier ------------------------------------------------------------------------------
@main.command("classify")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Classify a JSONL corpus (id, text, optional title/url/published): one JSON line out per line in.")
@click.option("--title", default="", help="The article's title, when FILE holds only its body.")
@click.option("--url", default=None, help="The article's URL (helps date resolution).")
@click.option("--published", default=None, help="Publication time, ISO 8601.")
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
def classify_cmd(file, jsonl, title, url, published, as_json) -> None:
    """Classify one article (text or HTML, from FILE or stdin) and show the reasons."""
    from huunghi.classify.api import predict_record
    from huunghi.classify.evaluate import CorpusError, read_jsonl

    if jsonl:
        try:
            records = read_jsonl(Path("/dev/stdin") if jsonl == "-" else jsonl)
        except CorpusError as exc:
            fail(str(exc))
        for rec in records:
            pred, _ = predict_record(rec)
            click.echo(json.dumps(pred, ensure_ascii=False))
        return
    raw = sys.stdin.read() if file in (None, "-") else Path(file).read_text(encoding="utf-8", errors="replace")
    if "<html" in raw[:2000].lower() or "<body" in raw[:5000].lower() or "<p" in raw[:5000].lower():
        from crawler.extract import extract_article

        art = extract_article(raw, url or "")
        title, text = title or art.title, art.text
        published = published or (art.published.isoformat() if art.published else None)
    else:
        text = raw
    pred, _ = predict_record({"id": file or "-", "title": title, "text": text, "url": url, "published": published})
    if as_json:
        click.echo(json.dumps(pred, ensure_ascii=False, indent=2))
        return
    verdict = "[green]RELEVANT[/]" if pred["relevant"] else "[red]not relevant[/]"
    console.print(f"{verdict}  score {pred['score']:.3f}  event {pred['event']}")
    if pred["relevant"]:
        console.print(f"  Vietnam: {', '.join(pred['vn_parties']) or '?'}   Laos: {', '.join(pred['lao_parties']) or '?'}"
                      f"   direction: {pred['direction']}   date: {pred['event_date'] or '?'}   kind: {pred['kind']}")
        if pred["leader"]:
            console.print(f"  delegation led by {pred['leader']}")
        if pred["summary"]:
            console.print(f"  summary: {pred['summary']}")
    console.print("reasons:")
    for r in pred["reasons"]:
        console.print(f"  - {r}", highlight=False)


@main.command("fit")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: the packaged huunghi/classify/relevance_model.json).")
def fit_cmd(corpus, out) -> None:
    """Fit the learned half of the relevance score on a labeled corpus (needs scikit-learn)."""
    from huunghi.classify import learned
    from huunghi.classify.evaluate import CorpusError, read_jsonl

    try:
        records = [r for r in read_jsonl(corpus, required=("id", "text", "relevant")) if not r.get("ambiguous")]
    except CorpusError as exc:
        fail(str(exc))
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse, names_as_kinds

    gaz = default_gazetteer()
    # fitted on the text as the classifier will show it to the model: the analysed page, not the raw one,
    # with Viet Nam's provinces and places written as their kind
    model = learned.fit(records, folded=lambda r: names_as_kinds(analyse(r.get("title") or "", r["text"], gaz)),
                        names_as_kinds=True)
    path = Path(out) if out else learned.PACKAGED
    learned.save(model, path)
    console.print(f"fitted on {len(records)} records ({model.meta['relevant']} relevant): "
                  f"{len(model.idf):,} n-grams → {path}")
    if out:
        console.print(f"use it with [bold]learned_model: {path}[/] in config/classifier.yaml")


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_cmd(corpus, as_json) -> None:
    """Precision/recall/F1, extraction accuracy and merge F1 against a labeled corpus.

    Grouping is measured as the store groups: the records are stored one by one, in publication
    order, in a fresh in-memory database. A record's publication time is its `published` field, else
    its own date line, else the day after its labeled event, else the 28th of the month its cluster
    slug names (as quality-eval's replayed sites date it)."""
    from huunghi.classify.evaluate import CorpusError, evaluate, format_report, read_jsonl

    try:
        records = read_jsonl(corpus, required=("id", "text", "relevant"))
    except CorpusError as exc:
        fail(str(exc))
    rep = evaluate(records)
    if as_json:
        click.echo(json.dumps({**rep.figures(), "errors": rep.errors}, ensure_ascii=False, indent=2))
        return
    for line in format_report(rep):
        click.echo(line)




# --- crawl -----------------------------------------------------------------------------------
def _crawl_summary(result, console_: Console) -> Table:
    table = Table(title=f"crawl {result.run_id}: {result.articles} new articles, {result.relevant} relevant")
    for col in ("source", "status", "req", "new", "rel", "known", "errors", "time"):
        table.add_column(col, overflow="fold")
    for name, s in sorted(result.sources.items()):
        errors = ", ".join(f"{ERROR_WORDS.get(k, k)} ×{v}" for k, v in sorted(s["errors"].items())) or ""
        status = "[green]ok[/]" if s["status"] == "ok" else f"[red]{s['status']}[/]"
        table.add_row(name, status, str(s["requests"]), str(s["new_articles"]), str(s["relevant_articles"]),
                      str(s["skipped_known"]), errors, f"{s['duration']:.0f}s")
    return table


ERROR_WORDS = {
    "dns": "host not found", "timeout": "timed out", "connection_refused": "refused",
    "robots_disallowed": "robots.txt", "redirect_loop": "redirect loop", "too_large": "too large",
    "not_html": "not HTML",
}


def do_crawl(app: App, names: tuple[str, ...], *, progress: bool, time_limit: float | None = None,
             settings: dict | None = None):
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from crawler.runner import run_crawl

    chosen = app.sources.select(names)
    if not chosen:
        console.print("no enabled sources in " + str(app.settings.huunghi_config))
        return None
    app.db.ensure_schema()
    if app.settings.redis_url:
        from crawler.runner import run_distributed

        console.print(f"distributed crawl: seeding {len(chosen)} sources into Redis; `huunghi worker` processes fetch them")
        return run_distributed(chosen, database_url=app.settings.database_url, redis_url=app.settings.redis_url,
                               time_limit=time_limit)
    kwargs = dict(database_url=app.settings.database_url, data_dir=app.settings.data_dir,
                  contact_url=app.settings.huunghi_contact_url, time_limit=time_limit, settings=settings)
    if progress and console.is_terminal:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True) as bar:
            task = bar.add_task(f"crawling {len(chosen)} sources", total=None)
            done = {"sources": 0, "articles": 0}

            def on_event(event):
                if event["event"] == "article":
                    done["articles"] += 1
                elif event["event"] == "source_done":
                    done["sources"] += 1
                bar.update(task, description=f"crawling: {done['sources']}/{len(chosen)} sources done, {done['articles']} new articles")

            result = run_crawl(chosen, on_event=on_event, **kwargs)
    else:
        result = run_crawl(chosen, **kwargs)
    return result


DATABASE_UNAVAILABLE = 75  # (crawler.run's exit status when the database went away: EX_TEMPFAIL)
DIGEST_PARTLY_FAILED = 4  # some digests could not be delivered; everybody else's went out


@main.command("crawl")
@click.option("--source", "names", multiple=True, help="Crawl only this source (repeatable).")
@click.option("--time-limit", type=float, default=None, help="Stop the crawl after this many seconds.")
@click.pass_context
def crawl_cmd(ctx, names, time_limit) -> None:
    """One crawl of all (or the named) sources: fetch, extract, classify, merge visits, store."""
    app = get_app(ctx)
    result = do_crawl(app, names, progress=True, time_limit=time_limit)
    if result is None:
        return
    console.print(_crawl_summary(result, console))
    failed = [n for n, s in result.sources.items() if s["status"] != "ok"]
    if failed:
        console.print(f"[yellow]{len(failed)} of {len(result.sources)} sources could not be reached or read;"
                      f" see `huunghi sources list` and the log {result.log_file}[/]")
    if result.killed:
        console.print(f"[red]the crawl was stopped by its time limit ({time_limit}s)[/]")
    if result.returncode == DATABASE_UNAVAILABLE:
        err_console.print("[red]the database stopped answering during the crawl and did not come back within "
                          "HUUNGHI_DB_RETRY_SECONDS; the crawl stopped cleanly — what it found and did not store "
                          "waits in the frontier for the next run[/]")
        sys.exit(DATABASE_UNAVAILABLE)
    if result.returncode not in (0, None) and not result.killed:
        err_console.print(result.stderr_tail)
        sys.exit(1)


@main.command("worker")
@click.option("--idle-exit", type=int, default=0, show_default=True,
              help="Exit after this many seconds with nothing to do (0: run until stopped).")
@click.pass_context
def worker_cmd(ctx, idle_exit: int) -> None:
    """A distributed crawl worker: takes requests from the Redis queue (needs REDIS_URL)."""
    from crawler.worker import run_worker

    app = get_app(ctx)
    if not app.settings.redis_url:
        fail("`huunghi worker` needs REDIS_URL (e.g. redis://127.0.0.1:6379/0); without it, `huunghi crawl` crawls locally")
    app.db.ensure_schema()
    logs = app.settings.data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    sys.exit(run_worker(app.settings.database_url, app.settings.redis_url, app.settings.huunghi_contact_url,
                        idle_exit=idle_exit))


@sources.command("test")
@click.argument("name")
@click.option("--limit", type=int, default=3, show_default=True, help="How many articles to fetch.")
@click.pass_context
def sources_test(ctx, name, limit) -> None:
    """Discover and fetch the first few articles of NAME; show what extraction yields. Stores nothing."""
    from crawler.runner import run_crawl

    app = get_app(ctx)
    cfg = app.sources.select((name,))[0]
    console.print(f"testing {cfg.name} ({cfg.url}) …")
    result = run_crawl([cfg], database_url=app.settings.database_url, data_dir=app.settings.data_dir,
                       contact_url=app.settings.huunghi_contact_url, test_limit=limit)
    s = result.sources.get(cfg.name, {})
    console.print(f"discovery: {s.get('discovery_ok', 0)} pages read, {s.get('discovery_failed', 0)} failed, "
                  f"{s.get('discovered', 0)} article links found; requests {s.get('requests', 0)}")
    if s.get("errors"):
        console.print("errors: " + ", ".join(f"{k} ×{v}" for k, v in sorted(s["errors"].items())))
    for t in result.tested:
        console.rule(t["url"])
        console.print(f"title:     {t['title'] or '[red]none[/]'}", highlight=False)
        console.print(f"published: {t['published'] or '[red]none[/]'}", highlight=False)
        console.print(f"author:    {t['author'] or '-'}", highlight=False)
        console.print(f"lead:      {t['lead'] or '[yellow]none[/]'}", highlight=False)
        console.print(f"body:      {t['body_chars']} chars: {t['body_start']} …", highlight=False)
        if t["missing"]:
            console.print(f"[red]missing: {', '.join(t['missing'])}[/] — set selectors.{t['missing'][0] if t['missing'][0] != 'date' else 'published'} for this source in {app.settings.huunghi_config}")
        console.print(f"classifier: {'relevant' if t['relevant'] else 'not relevant'} ({t['score']:.2f})")
    if not result.tested:
        console.print(f"[red]no article could be fetched from {cfg.name}[/]: check feeds/sitemaps/listings and article_pattern; log: {result.log_file}")
        sys.exit(1)


# --- digest ----------------------------------------------------------------------------------
@main.command("digest")
@click.option("--dry-run", is_flag=True, help="Show who would get which visits; send and record nothing.")
@click.pass_context
def digest_cmd(ctx, dry_run: bool) -> None:
    """Build and send each due subscriber's digest of the visits new to them."""
    from notify.digest import digest_context, run_digest
    from notify.locks import LockHeld

    app = get_app(ctx)
    app.db.ensure_schema()
    try:
        out = run_digest(digest_context(app), dry_run=dry_run)
    except LockHeld as exc:
        fail(f"another digest run is in progress: {exc}", code=3)
    if dry_run:
        if not out.planned:
            click.echo("dry run: nobody has new visits; nothing would be sent")
        for email, ids in out.planned:
            click.echo(f"dry run: {email} would get {len(ids)} visit(s): {', '.join(map(str, ids))}")
        return
    where = f"via {app.settings.smtp_url.split('@')[-1]}" if app.settings.smtp_url else f"into {app.settings.outbox_dir}/"
    for email, n in out.sent:
        click.echo(f"sent {email}: {n} visit(s) {where}")
    for email, err in out.deferred:
        click.echo(f"deferred {email}: {err} (retried on the next run)")
    for email, err in out.failed:
        click.echo(f"failed {email}: {err}")
    if not (out.sent or out.deferred or out.failed):
        click.echo("no digest to send: no subscriber has new visits")
    if out.outbox:
        click.echo(f"outbox: {out.outbox[-1]}")
    if out.unavailable:
        from huunghi.services import explain_smtp

        explained = explain_smtp(out.unavailable, app.settings.smtp_url, login="login refused" in out.unavailable)
        fail(explained.message, code=explained.code)
    if out.failed:
        # the others got theirs; the status says that something failed (see README, exit statuses)
        sys.exit(DIGEST_PARTLY_FAILED)


# --- demo ------------------------------------------------------------------------------------
@main.command("demo")
@click.option("--serve", is_flag=True, help="Then serve the archive and the email's links on the demo's data (huunghi web --demo).")
@click.option("--port", type=int, default=8000, show_default=True,
              help="The port the archive is served on (by --serve, or by huunghi web --demo --port); the email's "
                   "links point there unless BASE_URL is set.")
@click.pass_context
def demo_cmd(ctx, serve: bool, port: int) -> None:
    """The whole cycle offline: sample sites on 127.0.0.1 → crawl → classify → merge → digest (file outbox)."""
    from contextlib import ExitStack

    from huunghi.demo import (
        DEMO_SUBSCRIBER,
        demo_paths,
        demo_settings,
        demo_settings_overrides,
        demo_sources,
        now_utc,
        start_demo_sites,
    )
    from huunghi.settings import load_settings
    from notify.digest import digest_context, run_digest
    from notify.subscribers import SubscriberSpec, add_subscriber

    base = load_settings()
    paths = demo_paths(base.data_dir)
    settings = demo_settings(base, port)  # its own database, outbox and secret
    app = App(settings)
    with app.db.session() as session:
        from sqlalchemy import select

        from huunghi.db import Subscriber

        if session.scalar(select(Subscriber).where(Subscriber.email == DEMO_SUBSCRIBER)) is None:
            add_subscriber(session, SubscriberSpec(DEMO_SUBSCRIBER, name="Người đọc mẫu"))
    from crawler.runner import run_crawl

    with ExitStack() as stack:
        try:
            servers = start_demo_sites(stack, now_utc())
        except OSError as exc:
            fail(f"cannot start the sample sites on 127.0.0.1 ports 18761–18763: {exc}")
        sources = demo_sources(servers)
        console.print(f"serving {len(servers)} sample news sites on 127.0.0.1 (ports 18761–18763)")
        result = run_crawl(sources, database_url=settings.database_url, data_dir=settings.data_dir,
                           contact_url=settings.huunghi_contact_url, settings=demo_settings_overrides())
    console.print(_crawl_summary(result, console))
    from huunghi.store import list_visits

    with app.db.session() as session:
        visits = list_visits(session)
    console.print(f"{len(visits)} visits in the demo database ({paths['db']}):")
    for v in visits:
        outlets = ", ".join(a["source"] for a in v["articles"])
        console.print(f"  #{v['id']} {', '.join(v['vn_parties'])} {'→' if v['direction'] == 'vn_to_la' else '←' if v['direction'] == 'la_to_vn' else '–'} "
                      f"{', '.join(v['lao_parties'])} ({v['kind']}, {v['start_date'] or '?'}): {len(v['articles'])} article(s) from {outlets}", highlight=False)
    out = run_digest(digest_context(app))
    if out.sent:
        for email, n in out.sent:
            console.print(f"digest sent to {email}: {n} visit(s)")
        console.print(f"the email is in {out.outbox[-1]}", highlight=False)
    else:
        console.print("nothing new since the last demo run: no digest sent")
    if result.returncode != 0:
        err_console.print(result.stderr_tail)
        sys.exit(1)
    if serve:
        _serve_web(app, "127.0.0.1", port)
    else:
        served = "" if port == 8000 else f" --port {port}"
        console.print(f"the archive and the email's links: huunghi web --demo{served}, then {settings.base_url}/ "
                      "(or huunghi demo --serve)", highlight=False)


# --- web -------------------------------------------------------------------------------------
@main.command("web")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--demo", "on_demo", is_flag=True, help="Serve the data of `huunghi demo` (its database and secret).")
@click.pass_context
def web_cmd(ctx, host: str, port: int, on_demo: bool) -> None:
    """Serve the public archive (/, /visits, feeds, exports) and the subscribers' pages (subscribe,
    preferences, one-click unsubscribe)."""
    if on_demo:
        from huunghi.demo import demo_settings

        _serve_web(App(demo_settings(App().settings, port)), host, port)
    else:
        _serve_web(get_app(ctx), host, port)


def _serve_web(app: App, host: str, port: int) -> None:
    from waitress import serve  # a production WSGI server (threads, request limits), not a dev server

    from notify.web import SERVE_OPTIONS, create_app

    threads = app.settings.huunghi_web_threads
    app.web_pool(threads)
    app.db.ensure_schema()
    click.echo(f"huunghi web: the archive on http://{host}:{port}/, subscribing on http://{host}:{port}/subscribe "
               f"(links in emails use BASE_URL={app.settings.base_url})")
    serve(create_app(app), host=host, port=port, **{**SERVE_OPTIONS, "threads": threads})



# --- service ---------------------------------------------------------------------------------
@main.command("run")
@click.option("--now", "run_now", multiple=True, type=click.Choice(["crawl", "digest"]),
              help="Also run this job once right away (repeatable).")
@click.pass_context
def run_cmd(ctx, run_now) -> None:
    """The scheduler service: crawls and digests on their schedules until SIGTERM/SIGINT."""
    from scheduler.service import serve

    app = get_app(ctx)
    app.sources  # a bad config stops here, before anything runs  # noqa: B018
    code = serve(app, run_now=run_now)
    if code == 3:
        err_console.print("[red]error:[/] another `huunghi run` holds the scheduler lock for this database; see the log line above")
    sys.exit(code)


@main.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status_cmd(ctx, as_json: bool) -> None:
    """Next runs, last runs, source health, deliveries pending or failed."""
    from huunghi.status import collect

    app = get_app(ctx)
    data = collect(app)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    t = Table(title="jobs")
    for col in ("job", "next run", "last run", "outcome", "duration", "detail"):
        t.add_column(col, overflow="fold")
    for job in data["jobs"]:
        last = job["last"] or {}
        t.add_row(job["id"], job["next_run"] or "-", last.get("started") or "never", last.get("outcome") or "",
                  last.get("duration") or "", last.get("detail") or "")
    console.print(t)
    s = Table(title="sources")
    for col in ("source", "health", "since", "reason", "last run", "frontier"):
        s.add_column(col, overflow="fold")
    for src in data["sources"]:
        s.add_row(src["name"], src["health"], src["since"] or "", src["reason"] or "", src["last_run"] or "never",
                  frontier_text(src["frontier"]))
    console.print(s)
    d = data["deliveries"]
    console.print(f"deliveries: {d['sent']} sent, {d['pending']} pending, {d['failed']} failed;"
                  f" subscribers: {data['subscribers']['active']} active, {data['subscribers']['pending']} awaiting confirmation")
    for f in d["failed_recent"]:
        console.print(f"  failed: {f['email']} — {f['error']}", highlight=False)
    for inc in data["services"]:
        state = f"unavailable since {inc['since']} UTC" if not inc["until"] else f"was unavailable {inc['since']} – {inc['until']} UTC"
        console.print(f"[red]{inc['service']}[/]: {state} — {inc['message']}", highlight=False)


if __name__ == "__main__":  # pragma: no cover
    main()
