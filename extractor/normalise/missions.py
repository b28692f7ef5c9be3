"""Rule ``org.key.mission``: an embassy's or consulate's key names the sending country and the host by their
formal names, whichever way the text writes them.

    Chinese Embassy in Cairo     -> Embassy of the People's Republic of China in the Arab Republic of Egypt
    Embassy of Nepal in Beijing  -> Embassy of Nepal in the People's Republic of China
    Consulate General of Brazil in Guangzhou
                                 -> Consulate General of the Federative Republic of Brazil in Guangzhou

A mention without its host ("the Chinese Embassy") takes the host the document gives the same mission
elsewhere, when it gives one; registered names keep the registry's key.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extractor.lang.countries import country_code, formal_name
from extractor.lang.registry import OrgRegistry
from extractor.lang.tokens import model_ents, text_of

# the one home of the words that name a mission (the finders read them too)
MISSION_KINDS = {"embassy": "Embassy", "consulate": "Consulate", "consulate-general": "Consulate General"}


class Mission(NamedTuple):
    """A mission's kind ("Embassy"), its sending country's formal name and its host (None: not written)."""

    kind: str
    sender: str
    host: str | None

    def key(self, host: str | None = None) -> str:
        where = host or self.host
        return f"{self.kind} of {self.sender}" + (f" in {where}" if where else "")


def mission(name: str) -> Mission | None:
    """The mission a name states ("Russia's embassy in Ulaanbaatar"), or None for any other name (a unit of
    an embassy, a sender that is no country): [the] [Sender] Embassy|Consulate [General] [of Sender] [in|to
    Host], the sender written once."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in MISSION_KINDS), None)
    if at is None:
        return None
    kind, rest = MISSION_KINDS[words[at].lower()], words[at + 1 :]
    if kind == "Consulate" and rest[:1] and rest[0].lower() == "general":
        kind, rest = "Consulate General", rest[1:]
    cut = next((i for i in range(len(rest) - 1, 0, -1) if rest[i] in ("in", "to")), len(rest))
    if rest[:1] in (["in"], ["to"]):
        cut = 0
    before = " ".join(words[1:at] if words[:1] in (["the"], ["The"]) else words[:at])
    of = " ".join(rest[1:cut]) if rest[:1] == ["of"] else ""
    if bool(before) == bool(of) or cut not in (0, len(rest)) and rest[:1] != ["of"]:
        return None
    sender = country_code(before or of)
    host = " ".join(rest[cut + 1 :])
    return Mission(kind, formal_name(sender), _host(host) if host else None) if sender else None


def _host(place: str) -> str:
    """The host by its country's formal name (a capital stands for its country: "in Beijing" -> "in the
    People's Republic of China"); a city the table does not know as written ("in Guangzhou")."""
    code = country_code(place)
    return formal_name(code) if code else place


def mission_keys(spans: list[Span], keys: list[str], registry: OrgRegistry) -> list[str]:
    """Rule ``org.key.mission`` over one document's ORG keys (registered keys stay)."""
    found = [None if registry.get(k) else mission(text_of(sp)) for sp, k in zip(spans, keys)]
    hosts: dict[tuple[str, str], set[str]] = {}
    for m in found:
        if m is not None and m.host:
            hosts.setdefault((m.kind, m.sender), set()).add(m.host)
    out, country = [], None
    for k, m in zip(keys, found):
        known = hosts.get((m.kind, m.sender), set()) if m is not None else set()
        if m is not None and not m.host and len(known) != 1:
            country = country or _release_countries(spans[0].doc)
            known = {formal_name(c) for c in [_host_country(country, m.sender)] if c}
        out.append(k if m is None else m.key(next(iter(known)) if len(known) == 1 else None))
    return out


def _release_countries(doc: Doc) -> Counter[str]:
    """How often the model names each country or its people in the document."""
    return Counter(c for e in model_ents(doc) if e.label_ in ("GPE", "NORP") and (c := country_code(e.text)))


def _host_country(counts: Counter[str], sender: str) -> str | None:
    """Rule ``org.key.mission_release_country``: a mission written without its host ("the Mongolian Embassy")
    sits in the country the release names most after the sender's own, named twice or more and more often than
    any other (a Chinese university's visit from the Mongolian Embassy is in China)."""
    ranked = [(n, c) for c, n in counts.most_common() if formal_name(c) != sender]
    if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]
