"""The gazetteer as data (packaged YAML + the operator's config/classifier.yaml) and its matchers."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from huunghi.classify.text import fold, key, phonetic, strip_diacritics, trie_pattern

PACKAGED = Path(__file__).with_name("gazetteer.yaml")
UNITS = Path(__file__).with_name("vn_units.yaml")  # every district, town and provincial city of ours, with its province
# letters in a Lao name's sound key: "sekong", "bokeo", "atapu" are no Vietnamese words; a capital's
# short key may be a Vietnamese person's name ("Thạch Kết" ~ "Thà Khẹt"), so capitals need more
MIN_PHONETIC = 5
MIN_PHONETIC_CAPITAL = 6
OPERATOR_FILE_ENV = "HUUNGHI_CLASSIFIER_CONFIG"
DISTRICT_READ = 1500  # characters of a text's opening searched for a district of ours
OPERATOR_FILE_DEFAULT = Path("config/classifier.yaml")


def _name_pattern(names: list[str]) -> re.Pattern | None:
    """One regex matching any of ``names`` (folded) on syllable boundaries, spaces/hyphens alike."""
    variants = {key(n) for n in names if n.strip()}
    if not variants:
        return None
    # \b at both ends: every name starts and ends with a letter, so this is the syllable
    # boundary, and cheaper than a look-behind tried at every position.
    return re.compile(r"\b(?:" + trie_pattern(variants) + r")\b")


# How the press names the country after a ministry's name ("Bộ Ngoại giao nước CHDCND Lào").
# (and a Party body's after the Party's: "Ủy ban Kiểm tra Trung ương Đảng NDCM Lào")
LAOS_SUFFIXES = ("lào", "nước bạn lào", "nước lào", "chdcnd lào", "nước chdcnd lào",
                 "cộng hòa dân chủ nhân dân lào", "nước cộng hòa dân chủ nhân dân lào",
                 "cộng hòa dân chủ nhân dân (chdcnd) lào", "nước cộng hòa dân chủ nhân dân (chdcnd) lào",
                 "đảng nhân dân cách mạng lào", "đảng ndcm lào")


# A provincial paper's host label: "bao" + the province, or the province + a word papers add.
HOST_LABEL_RE = re.compile(r"(?:bao|tinh)?(?P<slug>[a-z]+?)(?:24h|tv|online|news|ngaynay|moi|phu)?")


class ClassifierConfigError(ValueError):
    """A problem in the operator's classifier file; the message names the file (and the line or key)."""


@dataclass
class Gazetteer:
    lao_provinces: dict[str, dict]
    lao_bodies: dict[str, list[str]]
    lao_titles: list[str]
    not_laos: list[str]
    vn_provinces: list[str]
    vn_before_2025: dict[str, str]
    vn_aliases: dict[str, str]
    vn_bodies: dict[str, list[str]]
    other_countries: list[str]
    vn_places: list[str] = field(default_factory=list)
    lao_places: list[str] = field(default_factory=list)
    vn_border_gates: dict[str, str] = field(default_factory=dict)  # Vietnamese gate -> Lao province across
    vn_gate_provinces: dict[str, str] = field(default_factory=dict)  # Vietnamese gate -> the province of ours it lies in
    vn_districts: dict[str, str] = field(default_factory=dict)  # Vietnamese district or city -> its province
    vn_zones: dict[str, str] = field(default_factory=dict)  # Vietnamese economic zone or seaport -> its province
    vn_units: dict[str, str] = field(default_factory=dict)  # "huyện Kỳ Sơn", "thị xã Hoàng Mai" -> its province
    not_parties: list[str] = field(default_factory=list)  # names that hold a side's name and are none ("Thái Bình Dương")
    cues: dict[str, list[str]] = field(default_factory=dict)
    threshold: float | None = None
    learned_weight: float = 0.5  # the learned model's share of the relevance score; 0 turns it off
    learned_model: str | None = None  # a model file fitted by the operator instead of the packaged one

    def __post_init__(self) -> None:
        self._lao_lookup: dict[str, str] = {}
        self._lao_capital: dict[str, str] = {}
        for canonical, info in self.lao_provinces.items():
            names = [canonical, *info.get("aliases", [])]
            for name in names:
                self._lao_lookup[key(name)] = canonical
                ascii_form = strip_diacritics(name)
                # Diacritic-free forms are safe only for multi-syllable names: "u dom xay" is no
                # Vietnamese word, while single syllables would be.
                if " " in key(name) or "-" in name:
                    self._lao_lookup[key(ascii_form)] = canonical
            for cap in [*info.get("capitals", []), *info.get("gates", [])]:
                self._lao_capital[key(cap)] = canonical
        # A body's canonical name is also a spelling, except the bare country "Lào", which is
        # matched on its own (outside "Lào Cai" and "Việt Nam - Lào").
        self._body_lookup = {
            key(a): c for c, aliases in self.lao_bodies.items() for a in [c, *aliases] if " " in a.strip()
        }
        # ... and the country however the body's name qualifies it: "Quốc hội nước bạn Lào", "Bộ Quốc phòng nước Lào"
        for k, c in list(self._body_lookup.items()):
            if c != "Lào" and k.endswith(" lào") and not k.endswith(LAOS_SUFFIXES[1:]):
                for suffix in LAOS_SUFFIXES:
                    self._body_lookup.setdefault(f"{k.removesuffix(' lào')} {suffix}", c)
        self._vn_lookup: dict[str, str] = {}
        for name in [*self.vn_provinces, *self.vn_before_2025]:
            self._vn_lookup[key(name)] = name
        for alias, canonical in self.vn_aliases.items():
            self._vn_lookup[key(alias)] = canonical
        self._vn_body_lookup = {key(a): c for c, aliases in self.vn_bodies.items() for a in aliases}
        # provinces as host names spell them ("laocai", "thuathienhue"; "hue" the one short enough to be kept)
        self._host_slugs: dict[str, str] = {}
        for name in [*self.vn_provinces, *self.vn_before_2025]:
            slug = re.sub(r"[^a-z]", "", strip_diacritics(name.lower()).replace("đ", "d"))
            if len(slug) >= 5 or name == "Huế":
                self._host_slugs.setdefault(slug, name)
        districts = {fold(d): province for d, province in self.vn_districts.items()}
        zones = {fold(z): province for z, province in self.vn_zones.items()}
        self._district_province = {**zones, **districts}
        def names(found: dict[str, str]) -> str:
            return "(" + "|".join(sorted(map(re.escape, found), key=len, reverse=True)) + r")(?!\w)"

        # (or a border post named for its district: "Đồn Biên phòng Mường Nhé")
        ways = [r"(?<!\w)(?:huyện|thành phố|tp\.?|thị xã|đồn biên phòng)\s+" + names(districts)] if districts else []
        if zones:
            # (a zone or a port of one province where the exchange is held — "làm việc tại Khu kinh tế Vũng Áng", "khảo
            # sát cảng Hòn La" —, not where a route of Laos's leads: "tuyến đường sắt … sẽ nối với cảng Vũng Áng")
            ways.append(r"(?<!\w)(?:tại|thăm|khảo sát|đến|làm việc với|tham quan)\s+(?:[^\s.;,]+\s+){0,2}?"
                        r"(?:khu kinh tế(?:\s+ven biển)?|cảng(?:\s+biển)?|khu công nghiệp)\s+" + names(zones))
        self._district_re = re.compile("|".join(ways)) if ways else None
        # (every unit of ours by its word and name — "thị xã Hoàng Mai", "TP. Tam Kỳ", "quận 1": the curated names above are
        # read first, these where they name none)
        self._unit_province = {_unit_word_and_name(fold(u)): province for u, province in self.vn_units.items()}
        self._unit_re = re.compile(r"(?<!\w)(" + "|".join(UNIT_WORDS) + r"|tp\.?)\s+"
                                   + names({name: None for _, name in self._unit_province})) if self._unit_province else None
        # a border gate of ours, or the post named for it: "tại Cửa khẩu quốc tế Lao Bảo", "Đồn Biên phòng Cầu Treo"
        self._gate_province = {fold(g): province for g, province in self.vn_gate_provinces.items()}
        self._gate_re = re.compile(r"(?<!\w)(?:cửa khẩu|đồn biên phòng)(?:\s+cửa khẩu)?(?:\s+quốc tế|\s+chính|\s+phụ)?\s+"
                                   + names(self._gate_province)) if self._gate_province else None
        self._places = {key(p): ("vn_place", p) for p in self.vn_places}
        self._places.update({key(p): ("lao_place", p) for p in self.lao_places})
        # "Thủ tướng Chính phủ Lào", "Bộ Công an Lào": a Vietnamese body's name followed by "Lào"
        # is the Lao counterpart (the scanner prefers the longer name).
        # ("Chủ tịch Quốc hội Lào" is the Lao National Assembly's where the gazetteer knows that body)
        for alias, vn_canonical in list(self._vn_body_lookup.items()):
            counterpart = f"{vn_canonical} Lào" if f"{vn_canonical} Lào" in self.lao_bodies else "Lào"
            for lao in LAOS_SUFFIXES:
                self._body_lookup.setdefault(f"{alias} {lao}", counterpart)
        # Every spelling of a Lao province or its capital, by its sound (see ``text.phonetic``): the
        # press transliterates freely ("Sạ-vẳn-na-khệt", "Bolykhăm xay", "SaLaVan"). Keys of a few
        # letters would meet Vietnamese words, so only long ones are kept.
        self.lao_phonetic: dict[str, str] = {}
        # a capital written with "thành phố" is named after a person ("thành phố Kaysone Phomvihane"):
        # the name alone is the leader, not the province, and matches only after "thành phố"
        self.lao_phonetic_city_only: set[str] = set()
        initials = set()
        for canonical, info in self.lao_provinces.items():
            capitals = info.get("capitals", [])
            for name in [canonical, *info.get("aliases", []), *capitals]:
                city = name.lower().startswith(("thành phố ", "tp "))
                least = MIN_PHONETIC_CAPITAL if name in capitals else MIN_PHONETIC
                name = name.removeprefix("tỉnh ").removeprefix("thành phố ").removeprefix("TP ")
                k = phonetic(name)
                if len(k) >= least:
                    self.lao_phonetic.setdefault(k, canonical)
                    if city:
                        self.lao_phonetic_city_only.add(k)
                    initials.add(strip_diacritics(name[0]).upper())
        self.lao_phonetic_prefixes = {k[:i] for k in self.lao_phonetic for i in range(1, len(k) + 1)}
        # capitalised words whose first letter can start a Lao name (with any mark on it)
        initials |= {"S", "X", "C", "K"}  # the letters a transliteration swaps (Xa/Sa, Chăm/Cham/Kham)
        letters = "".join(sorted({c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and strip_diacritics(c) in initials}))
        # (no look-behind for the word's start: with none the engine skips to each such letter at once; a
        # match inside a word is dropped by the caller)
        self.lao_initials_re = re.compile(rf"[{letters}]\w*")
        self.scanner = self._scanner()
        # a Vietnamese gate's name qualified as Lao: "Cụm cửa khẩu Tây Trang (Lào)", "… Cha Lo, nước bạn Lào"
        # (found from the qualifier back: the qualifier is rare, a scan of every position is not cheap)
        gates = {key(g) for g in self.vn_border_gates}
        self._vn_gate = {key(g): p for g, p in self.vn_border_gates.items()}
        self.lao_qualifier_re = re.compile(r"\(\s*(?:nước\s+)?(?:bạn\s+)?(?:chdcnd\s+)?lào\s*\)|,\s*nước bạn lào\b")
        self.gate_before_re = re.compile(r"\b(?P<gate>" + trie_pattern(gates) + r")\s*$") if gates else None

    def _scanner(self) -> re.Pattern:
        """One pattern for every name the text may hold: a single trie, so the regex engine
        follows one branch per position (3× faster than one pattern per kind). The longest
        name wins where several start at the same place ("Bộ Quốc phòng Lào" over "Bộ Quốc
        phòng", "Lào Cai" over "Lào"); ``classify_name`` says what a match is."""
        vn_keys = set(self._vn_lookup)
        self._skip = {key(n) for n in (*self.not_laos, *self.not_parties)} - vn_keys
        self._foreign = {key(n) for n in self.other_countries} - vn_keys
        # "Bộ Quốc phòng Thái Lan", "Quốc hội Campuchia": a Vietnamese body's name followed by another
        # country's is that country's body (checked only after such a name, so it costs nothing elsewhere); so is one
        # followed by "Hoàng gia": a kingdom's ("Thủ tướng Chính phủ Hoàng gia Hun Manet"), never ours
        self.foreign_after_re = re.compile(r"\s+(?:hoàng gia\b|(?:nước\s+|vương quốc\s+)?(?:" + trie_pattern(self._foreign) + r")\b)") \
            if self._foreign else None
        names = (set(self._body_lookup) | set(self._lao_lookup) | set(self._lao_capital) | set(self._vn_body_lookup)
                 | vn_keys | self._skip | self._foreign | set(self._places) | {"lào"})
        relation = r"việt(?:[\s\-]+nam)?\s*-\s*lào|lào\s*-\s*việt(?:[\s\-]+nam)?|việt,\s*lào"
        # (a look-ahead on the first letters lets the engine skip most positions at once)
        firsts = "".join(sorted({re.escape(n[0]) for n in names} | {"v", "l"}))
        return re.compile(r"\b(?=[" + firsts + r"])(?:(?P<relation>" + relation + r")|(?P<name>" + trie_pattern(names) + r"))\b")

    def classify_name(self, folded_name: str) -> tuple[str, str | None]:
        """(kind, canonical name) of a scanner match; kind "skip" for what is no party."""
        k = key(folded_name)
        if k in self._body_lookup:
            body = self._body_lookup[k]
            return ("laos" if body == "Lào" else "lao_body"), body
        if k in self._lao_lookup:
            return "lao_province", self._lao_lookup[k]
        if k in self._lao_capital:
            return "lao_province", self._lao_capital[k]
        if k in self._vn_body_lookup:
            return "vn_body", self._vn_body_lookup[k]
        if k in self._vn_lookup:
            return "vn_province", self._vn_lookup[k]
        if k in self._places:
            return self._places[k]
        if k in self._skip:
            return "skip", None
        if k == "lào":
            return "laos", "Lào"
        if k in self._foreign:
            return "foreign", None
        return "skip", None

    # Lookups -----------------------------------------------------------------------------
    def canonical_lao_province(self, name: str) -> str | None:
        k = key(name).removeprefix("tỉnh ").strip()
        return self._lao_lookup.get(k) or self._lao_lookup.get(key(name)) or self._lao_capital.get(k)

    def lao_from_capital(self, name: str) -> str | None:
        return self._lao_capital.get(key(name))

    def canonical_lao_body(self, name: str) -> str | None:
        return self._body_lookup.get(key(name))

    def canonical_vn_province(self, name: str) -> str | None:
        k = re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", key(name))
        return self._vn_lookup.get(k) or self._vn_lookup.get(key(name))

    def vn_body(self, name: str) -> str | None:
        return self._vn_body_lookup.get(key(name))

    def province_of_host(self, host: str) -> str | None:
        """The province a provincial paper's host name is named for ("baolaocai.vn", "baothuathienhue.vn",
        "nghean24h.vn", "huengaynay.vn"), or None."""
        for label in host.lower().split("."):
            m = HOST_LABEL_RE.fullmatch(label)
            if m and m.group("slug") in self._host_slugs:
                return self._host_slugs[m.group("slug")]
        return None

    def vn_province_after_2025(self, name: str) -> str | None:
        canonical = self.canonical_vn_province(name)
        if canonical is None:
            return None
        return self.vn_before_2025.get(canonical, canonical if canonical in self.vn_provinces else None)

    def lao_across_gate(self, folded_gate: str) -> str | None:
        """The Lao province across a Vietnamese border gate."""
        return self._vn_gate.get(key(folded_gate))

    def lao_english(self, canonical: str) -> str:
        info = self.lao_provinces.get(canonical)
        return info.get("en", canonical) if info else canonical

    def district_province(self, folded: str) -> str | None:
        """The province of the first Vietnamese district or city the folded text's opening (``DISTRICT_READ``
        characters) names ("huyện A Lưới")."""
        m = self._district_re.search(folded, 0, DISTRICT_READ) if self._district_re else None
        if m:
            return self._district_province[m.group(m.lastindex)]
        for u in self._unit_re.finditer(folded, 0, DISTRICT_READ) if self._unit_re else ():
            kind = "thành phố" if u.group(1).startswith("tp") else u.group(1)
            if (kind, u.group(2)) in self._unit_province:
                return self._unit_province[kind, u.group(2)]
        return None

    def gate_province(self, folded: str) -> str | None:
        """The province of ours that the first Vietnamese border gate (or the border post named for it) in the folded
        text's opening lies in. (Only a side's fallback: a gate named in news of Laos alone makes no exchange of it.)"""
        m = self._gate_re.search(folded, 0, DISTRICT_READ) if self._gate_re else None
        return self._gate_province[m.group(1)] if m else None


UNIT_WORDS = ("thị xã", "thành phố", "quận", "huyện")


def _unit_word_and_name(folded_unit: str) -> tuple[str, str]:
    """("thị xã", "hoàng mai") for "thị xã hoàng mai"."""
    word = next(w for w in UNIT_WORDS if folded_unit.startswith(w + " "))
    return word, folded_unit[len(word) + 1 :]


def _merge(base: dict, extra: dict, where: str) -> dict:
    """Operator overlay: lists are extended, mappings merged, scalars replaced."""
    out = dict(base)
    for k, v in (extra or {}).items():
        if k not in base and k not in ("cues", "threshold", "learned_weight", "learned_model"):
            raise ClassifierConfigError(f"{where}: unknown key {k!r}")
        for shape, label in ((list, "a list ([a, b])"), (dict, "a mapping (name: value)")):
            if isinstance(base.get(k), shape) and v is not None and not isinstance(v, shape):
                # (a list where a mapping is wanted crashed later; a mapping where a list is wanted replaced it)
                raise ClassifierConfigError(f"{where}: {k!r} must be {label}, not {type(v).__name__}")
        if isinstance(v, list) and isinstance(base.get(k), list):
            out[k] = [*base[k], *v]
        elif isinstance(v, dict) and isinstance(base.get(k), dict):
            merged = dict(base[k])
            for name, sub in v.items():
                if isinstance(sub, dict) and isinstance(merged.get(name), dict):
                    entry = dict(merged[name])
                    for sk, sv in sub.items():
                        entry[sk] = [*entry.get(sk, []), *sv] if isinstance(sv, list) else sv
                    merged[name] = entry
                elif isinstance(sub, list) and isinstance(merged.get(name), list):
                    merged[name] = [*merged[name], *sub]
                else:
                    merged[name] = sub
            out[k] = merged
        else:
            out[k] = v
    return out


def load_gazetteer(operator_file: Path | None = None) -> Gazetteer:
    data = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    path = operator_file if operator_file is not None else Path(
        os.environ.get(OPERATOR_FILE_ENV, OPERATOR_FILE_DEFAULT)
    )
    if path and path.exists():
        try:
            extra = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ClassifierConfigError(f"{path}:{mark.line + 1 if mark else '?'}: YAML syntax error") from None
        if not isinstance(extra, dict) or not isinstance(extra.get("gazetteer") or {}, dict):
            raise ClassifierConfigError(f"{path}: must be a mapping (gazetteer:, cues:, threshold: …), and so must 'gazetteer'")
        gaz = extra.pop("gazetteer", {}) or {}
        data = _merge(data, gaz, str(path))
        data["cues"] = extra.get("cues", {}) or {}
        data["threshold"] = extra.get("threshold")
        for k in ("learned_weight", "learned_model"):
            if k in extra:
                data[k] = extra[k]
    return Gazetteer(
        lao_provinces=data["lao_provinces"],
        lao_bodies=data["lao_bodies"],
        lao_titles=data["lao_titles"],
        not_laos=data["not_laos"],
        vn_provinces=data["vn_provinces"],
        vn_before_2025=data["vn_provinces_before_2025"],
        vn_aliases=data["vn_aliases"],
        vn_bodies=data["vn_bodies"],
        other_countries=data["other_countries"],
        vn_places=data.get("vn_places", []),
        lao_places=data.get("lao_places", []),
        vn_border_gates=data.get("vn_border_gates", {}) or {},
        vn_gate_provinces=data.get("vn_gate_provinces", {}) or {},
        vn_districts=data.get("vn_districts", {}) or {},
        vn_zones=data.get("vn_zones", {}) or {},
        vn_units=(yaml.safe_load(UNITS.read_text(encoding="utf-8")) or {}).get("vn_units", {}),
        not_parties=data.get("not_parties", []) or [],
        cues=data.get("cues", {}),
        threshold=data.get("threshold"),
        learned_weight=float(data.get("learned_weight", 0.5)),
        learned_model=str(data["learned_model"]) if data.get("learned_model") else None,
    )


@lru_cache(maxsize=4)
def _cached(path: str) -> Gazetteer:
    return load_gazetteer(Path(path))


def default_gazetteer() -> Gazetteer:
    return _cached(os.environ.get(OPERATOR_FILE_ENV, str(OPERATOR_FILE_DEFAULT)))


__all__ = ["Gazetteer", "default_gazetteer", "fold", "load_gazetteer"]
