"""config/sources.yaml: the news sites and the schedule, loaded into typed models.

A bad file never half-loads: every problem is collected and reported on one line each, naming
the file, the line (when YAML knows it), the source and the field.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from huunghi.db.models import URL_MAX
from huunghi.db.models import Source as SourceRow

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MAX_LOOKBACK_DAYS = 7305


class ConfigError(Exception):
    """The sources file is invalid. ``problems`` holds one printable line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _kept(column: str) -> int:
    """How many characters the database keeps of a source's ``column``: a longer value could not be recorded."""
    return SourceRow.__table__.c[column].type.length


def _check_url(value: str, limit: int = URL_MAX) -> str:
    if len(value) > limit:
        # (the database keeps no longer address: the source could not be recorded)
        raise ValueError(f"URL too long ({len(value)} characters; at most {limit}): {value[:60]!r}…")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"invalid URL {value!r}: only http:// and https:// are crawled")
    if not parts.hostname or "." not in parts.hostname and parts.hostname != "localhost":
        raise ValueError(f"invalid URL {value!r}: no host name")
    return value


def _check_cron(value: str) -> str:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(value)
    except ValueError as exc:
        raise ValueError(f"invalid cron expression {value!r}: {exc}") from None
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selectors(Strict):
    title: str | None = None
    published: str | None = None
    body: str | None = None
    lead: str | None = None
    author: str | None = None
    links: str | None = Field(default=None, description="CSS for article links on listing pages")


class Source(Strict):
    name: str = Field(max_length=_kept("name"))
    title: str = Field(max_length=_kept("title"))
    province: str = Field(max_length=_kept("province"))
    url: str
    allowed_domains: list[str] = Field(default_factory=list)
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    listings: list[str] = Field(default_factory=list)
    article_pattern: str | None = None
    next_page: str | None = None
    page_url: str | None = None
    # a safety bound: paging normally stops at the look-back (first crawl) or the first page with nothing new
    max_pages: int = Field(default=50, ge=1, le=2000)
    max_articles: int = Field(default=200, ge=1, le=100_000)  # article pages per run (a first crawl's bound)
    selectors: Selectors = Field(default_factory=Selectors)
    date_format: str | None = None
    lookback_days: int = Field(default=30, ge=1)  # up to 20 years, for an archive backfill
    download_delay: float = Field(default=1.0, ge=0, le=60)
    concurrency: int = Field(default=2, ge=1, le=8)
    enabled: bool = True

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not NAME_RE.match(value):
            raise ValueError(f"invalid name {value!r}: use lower-case letters, digits, '-' and '_'")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _check_url(value, limit=_kept("url"))

    @field_validator("feeds", "sitemaps", "listings")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        return [_check_url(v) for v in values]

    @field_validator("lookback_days")
    @classmethod
    def _lookback(cls, value: int) -> int:
        if value > MAX_LOOKBACK_DAYS:
            raise ValueError(f"lookback_days {value} reaches back more than 20 years ({MAX_LOOKBACK_DAYS} days); "
                             "an archive backfill of up to 20 years is the most a crawl reaches")
        return value

    @field_validator("article_pattern")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
        return value

    @field_validator("page_url")
    @classmethod
    def _page_url(cls, value: str | None) -> str | None:
        if value is not None:
            if "{n}" not in value:
                raise ValueError(f"page_url {value!r} has no {{n}} placeholder for the page number")
            _check_url(value.replace("{n}", "2"))
        return value

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()

    @property
    def domains(self) -> list[str]:
        """Hosts this source may fetch from: its own and the ones the operator allowed."""
        hosts = [self.host.removeprefix("www."), *(d.lower() for d in self.allowed_domains)]
        return list(dict.fromkeys(hosts))


class Schedule(Strict):
    timezone: str = "Asia/Ho_Chi_Minh"
    crawl: list[str] = Field(default_factory=lambda: ["0 6 * * *", "0 12 * * *", "0 18 * * *"])
    digest: str = "0 7 * * *"
    crawl_time_limit_minutes: int = Field(default=50, ge=1, le=24 * 60)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("crawl")
    @classmethod
    def _crawl(cls, values: list[str]) -> list[str]:
        return [_check_cron(v) for v in values]

    @field_validator("digest")
    @classmethod
    def _digest(cls, value: str) -> str:
        return _check_cron(value)


class SourcesFile(Strict):
    sources: list[Source] = Field(default_factory=list)
    schedule: Schedule = Field(default_factory=Schedule)

    @model_validator(mode="after")
    def _unique_names(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"duplicate source name {source.name!r}")
            seen.add(source.name)
        return self

    def get(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)

    def select(self, names: list[str] | tuple[str, ...] = ()) -> list[Source]:
        """The named sources (all enabled ones when none is named); unknown names raise ConfigError."""
        if not names:
            return [s for s in self.sources if s.enabled]
        known = {s.name for s in self.sources}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ConfigError([f"unknown source {n!r}{_did_you_mean(n, known)}" for n in unknown])
        return [self.get(n) for n in names]


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _self_reference(node: yaml.Node, inside: frozenset = frozenset()) -> int | None:
    """The line of a node that contains itself through an alias (`&a [*a]`), which no configuration
    needs and which would send every reader of the document round in circles."""
    if id(node) in inside:
        return node.start_mark.line + 1
    children = ([v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode)
                else node.value if isinstance(node, yaml.SequenceNode) else [])
    for child in children:
        found = _self_reference(child, inside | {id(node)})
        if found:
            return found
    return None


def _line_index(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map every key path of a composed YAML document to its 1-based line."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, key.value)
            out[child] = key.start_mark.line + 1
            _line_index(value, child, out)
            out[(*child, "__value__")] = value.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, (*path, i), out)
    return out


def _describe(err: dict, data: Any, lines: dict[tuple, int], file: str) -> str:
    loc = tuple(err["loc"])
    where = []
    source_name = None
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        try:
            source_name = data["sources"][loc[1]].get("name")
        except (KeyError, IndexError, TypeError, AttributeError):
            source_name = None
        where.append(f'source "{source_name}"' if source_name else f"source #{loc[1] + 1}")
        field_path = loc[2:]
    else:
        field_path = loc
    field = ".".join(str(p) for p in field_path)
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        parent_model = _model_at(loc[:-1])
        choices = parent_model.model_fields.keys() if parent_model else []
        msg = f"unknown key {loc[-1]!r}{_did_you_mean(loc[-1], choices)}"
    elif err["type"] == "missing":
        msg = "required field is missing"
    elif err["type"].endswith("_type") or err["type"].endswith("_parsing"):
        msg = f"{msg} (got {err.get('input')!r})"
    line = None
    probe = loc
    while probe and line is None:
        line = lines.get(probe)
        probe = probe[:-1]
    if err["type"] == "missing":
        line = lines.get(loc[:-1], line)
    prefix = f"{file}:{line}" if line else file
    if field and err["type"] != "missing" or field:
        where.append(f"field {field!r}")
    return f"{prefix}: {': '.join(where + [msg])}"


def _model_at(loc: tuple) -> type[BaseModel] | None:
    model: type[BaseModel] = SourcesFile
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        ann = field.annotation
        args = getattr(ann, "__args__", ())
        candidates = [ann, *args]
        nxt = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if nxt is None:
            return None
        model = nxt
    return model


def parse_sources(text: str, file: str = "sources.yaml") -> SourcesFile:
    """Parse and validate a sources file's text; raise ConfigError listing every problem."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        loop = _self_reference(node) if node is not None else None
        data = yaml.safe_load(text) if not loop else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else file
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([f"{where}: YAML syntax error: {problem}"]) from None
    if loop:
        raise ConfigError([f"{file}:{loop}: a YAML alias refers to the node that contains it (&anchor … *anchor)"])
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{file}:1: the file must be a mapping with a 'sources:' list"])
    lines = _line_index(node) if node is not None else {}
    problems = _duplicate_names(data, lines, file)
    try:
        parsed = SourcesFile.model_validate(data)
    except ValidationError as exc:
        problems += [
            _describe(err, data, lines, file)
            for err in exc.errors()
            if "duplicate source name" not in err["msg"]
        ]
    if problems:
        raise ConfigError(problems)
    return parsed


def _duplicate_names(data: dict, lines: dict[tuple, int], file: str) -> list[str]:
    first_line: dict[str, int | None] = {}
    problems = []
    sources = data.get("sources")
    for i, entry in enumerate(sources if isinstance(sources, list) else []):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            continue
        line = lines.get(("sources", i, "name"))
        if name in first_line:
            problems.append(
                f"{file}:{line}: source \"{name}\": field 'name': duplicate source name "
                f"(first defined at line {first_line[name]})"
            )
        else:
            first_line[name] = line
    return problems


def load_sources(path: Path | str) -> SourcesFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: file not found (set HUUNGHI_CONFIG or create it)"]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    return parse_sources(text, str(path))
