"""Which PERSON keys of a corpus name one person: spelling variants joined without comparing all pairs.

Two keys are joined by :func:`same_person`, which compares name words after undoing the usual
transliteration choices (:func:`fold`: "Yury"/"Yuri", "Victor"/"Viktor", "Tuimebayev"/"Tuimebaev").
Comparing every pair is quadratic, so keys are first put into blocks (:func:`block_keys`) that every
joinable pair shares, and inside a block a key is compared only with the keys holding its folded word
or an initial of it (hash lookups). The pairs are exactly those of comparing all pairs (tested), in
time that grows with the number of keys; ``person_groups`` makes groups of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from itertools import combinations

from extractor.find.person_names import PATRONYMIC
from extractor.lang.lexicons import lexicon
from extractor.lang.patterns import FoldRule, load_named
from extractor.lang.textnorm import latin_fold

SMALL_BLOCK = 12  # blocks up to this size are compared pair by pair, without an index
FEW_FULLS = 3  # ... and so are blocks with this many full keys at most (the index would cost more)
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")


@lru_cache(maxsize=1)
def _fold_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r.regex), r.replace) for r in load_named("transliteration.jsonl", FoldRule))


@cache  # emptied after each join
def fold(word: str) -> str:
    """A lower-cased name word with the transliteration choices of ``patterns/transliteration.jsonl``
    undone, hyphens and apostrophes dropped: "Tuimebayev" -> "tuimebaev", "Victor" -> "viktor"."""
    w = re.sub(r"[-'’]", "", word.lower())
    for rx, rep in _fold_rules():
        w = rx.sub(rep, w)
    return w or word.lower()


@lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset[str]:
    return frozenset(k for k, v in lexicon("person_names").items() if v == "surname_cn")


def pinyin(toks: tuple[str, ...]) -> bool:
    """A Chinese name in pinyin: two or three words, a Chinese family name first or last ("Liu Hongwu").
    Pinyin spells a name one way, so another spelling is another name ("Liu Hong"), not a variant."""
    return len(toks) in (2, 3) and (toks[0] in _chinese_surnames() or toks[-1] in _chinese_surnames())


@cache  # emptied after each join
def tokens(key: str) -> tuple[str, ...]:
    """The words a key is compared by, accents dropped, initials keeping their dot: "M.E. Rayak" -> ("m.",
    "e.", "raiak"). Pinyin names only lose hyphens and case ("Xiao-ming" -> "xiaoming"); other words are
    folded. A pinyin name is compared family name first ("Yandong Liu" as "LIU Yandong"), a Russian name
    written surname first, before name and patronymic, surname last ("Efremova Larisa Ivanovna" as "Larisa
    Ivanovna Efremova")."""
    raw = tuple(w.lower() for w in _WORD.findall(key if key.isascii() else latin_fold(key)))
    if pinyin(raw):
        return family_first(tuple(w.replace("-", "") for w in raw))
    return surname_last(tuple(_fold_word(w) for w in raw))


def family_first(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A pinyin name in the Chinese order, family name first: "Yandong Liu" -> ("liu", "yandong"), as "LIU
    Yandong"; a name whose first word is a family name too stays as written ("Wei Li")."""
    surnames = _chinese_surnames()
    if toks[-1] in surnames and toks[0] not in surnames:
        return (toks[-1], *toks[:-1])
    return toks


def surname_last(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A Russian name in the official order, surname, name, patronymic ("Efremova Larisa Ivanovna"), in the
    order of the other keys: ("larisa", "ivanovna", "efremova"). Only a third word that is a patronymic
    after a middle one that is not ("Anna Petrovna Rabinovich" stays; "Babich Ivan Petrovich" turns)."""
    if len(toks) == 3 and PATRONYMIC.search(toks[2]) and not PATRONYMIC.search(toks[1]):
        return (toks[1], toks[2], toks[0])
    return toks


def _fold_word(w: str) -> str:
    """One word folded; an initial keeps one letter and its dot, if any ("x." -> "k.", as "Xenia" ->
    "ksenia")."""
    if _single(w):
        return fold(w.rstrip("."))[:1] + w[1:]
    return fold(w[:-1]) + "." if w.endswith(".") else fold(w)


def _single(tok: str) -> bool:
    """One letter, with or without its dot ("v.", "v"): compatible with every dotted word of its letter."""
    return len(tok.rstrip(".")) == 1


def compatible(a: str, b: str) -> bool:
    """Two compared words name the same: spelled the same once folded, or an initial of the other."""
    if a == b:
        return True
    if a[0] != b[0]:
        return False
    if a.endswith(".") or b.endswith("."):
        return len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1
    return False


def is_initial(tok: str) -> bool:
    """An initial: one letter, or a word ending in a dot ("v", "v.", "yu.")."""
    return tok.endswith(".") or _single(tok)


def in_order_with(short: Iterable[str], long_: Iterable[str], match: Callable[[str, str], bool]) -> bool:
    """Every word of ``short`` pairs with a later word of ``long_`` that ``match`` accepts, in order."""
    it = iter(long_)
    return all(any(match(s, t) for t in it) for s in short)


def in_order(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every word of ``short`` pairs with a :func:`compatible` word of ``long_``, in order; its last word,
    when written out, pairs with a written-out word: a surname is never matched by a middle initial
    ("Sergei Maskevich" is not "Sergei M. Vdovin")."""
    it = iter(long_)
    last = len(short) - 1
    return all(
        any(compatible(s, t) and not (n == last and not is_initial(s) and is_initial(t)) for t in it)
        for n, s in enumerate(short)
    )


def same_person(a: str, b: str) -> bool:
    """Every word of the shorter name pairs with a word of the longer one, in order (:func:`in_order`; of
    two names of one length, either way round, so that the answer does not depend on the order they are
    asked in), and at least one pair is a surname-sized word spelled the same once folded (strong
    evidence)."""
    ta, tb = tokens(a), tokens(b)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < 2 or not (in_order(short, long_) or (len(ta) == len(tb) and in_order(tb, ta))):
        return False
    return any(s in long_ and len(s) > 2 for s in short)


def block_keys(key: str) -> set[tuple[str, str, bool]]:
    """(shared token, initials, full) blocks of a key: every token of 3+ characters with the initials
    of every ordered choice of 2+ of the key's tokens; ``full`` when the choice is all of them.
    "Viktor Koksharov" -> ("viktor", "vk", True), ("koksharov", "vk", True).

    A joined pair spells one 3+ token the same, and every token of the shorter key pairs in order
    with a token of the longer one with the same first letter, so the shorter key's full initials
    are initials of a choice of the longer key's tokens: the two share a block in which the shorter
    one is full. Only pairs with a full member are compared."""
    toks = tokens(key)
    if len(toks) < 2:
        return set()
    shared = {t for t in toks if len(t) > 2}
    whole = "".join(t[0] for t in toks)
    seqs = {
        "".join(toks[j][0] for j in c)
        for r in range(2, len(toks) + 1)
        for c in combinations(range(len(toks)), r)
    }
    return {(t, s, s == whole) for t in shared for s in seqs}


class _BlockIndex:
    """The words of one block's keys, to find the keys a word is compatible with."""

    def __init__(self, keys: Iterable[str]):
        self.exact: dict[str, list[str]] = defaultdict(list)
        self.initials: dict[str, list[str]] = defaultdict(list)  # letter -> keys with it as a one-letter word
        self.by_letter: dict[str, list[str]] = defaultdict(list)  # letter -> keys with a word of it
        for k in keys:
            for tok in set(tokens(k)):
                self.exact[tok].append(k)
                if _single(tok):
                    self.initials[tok[0]].append(k)
            for letter in {tok[0] for tok in tokens(k)}:
                self.by_letter[letter].append(k)

    def probe(self, key: str) -> str:
        """The word of ``key`` with the fewest compatible keys in the block (every word of a full key
        pairs with a word of its partner, so any one finds all partners; the rarest finds fewest)."""
        return min(
            tokens(key),
            key=lambda t: (
                len(self.by_letter[t[0]]) if _single(t) else len(self.exact[t]) + len(self.initials[t[0]])
            ),
        )

    def compatible_keys(self, tok: str) -> set[str]:
        """Keys holding a word :func:`compatible` with ``tok``."""
        if _single(tok):
            return set(self.by_letter[tok[0]])
        return set(self.exact[tok]) | set(self.initials[tok[0]])


def block_pairs(shared: str, fulls: list[str], others: list[str]) -> Iterator[tuple[str, str]]:
    """The pairs of one block that :func:`same_person` joins, each with at least one full key."""
    members = fulls + others
    if len(members) <= SMALL_BLOCK or len(fulls) <= FEW_FULLS:
        candidates: Iterable[tuple[str, str]] = (
            (a, b) for i, a in enumerate(fulls) for b in members[i + 1 :]
        )
    else:
        candidates = _indexed_candidates(fulls, members)
    for a, b in candidates:
        if same_person(a, b):
            yield (a, b) if a < b else (b, a)


def _indexed_candidates(fulls: list[str], members: list[str]) -> Iterator[tuple[str, str]]:
    """Each full key with the block's keys that hold a token compatible with its probe, once per pair."""
    index = _BlockIndex(members)
    seen: set[tuple[str, str]] = set()
    for a in fulls:
        for b in index.compatible_keys(index.probe(a)):
            pair = (a, b) if a < b else (b, a)
            if b != a and pair not in seen:
                seen.add(pair)
                yield pair


def blocks(keys: Iterable[str]) -> list[tuple[str, list[str], list[str]]]:
    """The blocks of :func:`block_keys` that can hold a joined pair: (shared token, full keys, other
    keys), each with a full key and two keys at least. Blocks are made by their full keys first; a
    longer key then joins only blocks that exist, so no block is built for one key alone (a block
    of one key is held as the key itself until a second arrives)."""
    keys = list(keys)
    out: dict[tuple[str, str], str | tuple[str, list[str], list[str]]] = {}
    for k in keys:
        toks = tokens(k)
        if len(toks) > 1:
            whole = "".join(t[0] for t in toks)
            for t in {t for t in toks if len(t) > 2}:
                _add(out, (t, whole), k, full=True)
    for k in keys:
        if len(tokens(k)) > 2:
            for t, seq, full in block_keys(k):
                if not full and (t, seq) in out:
                    _add(out, (t, seq), k, full=False)
    return [v for v in out.values() if not isinstance(v, str)]


def _add(out: dict, bid: tuple[str, str], key: str, full: bool) -> None:
    v = out.get(bid)
    if v is None:
        out[bid] = key
        return
    if isinstance(v, str):
        v = out[bid] = (bid[0], [v], [])
    (v[1] if full else v[2]).append(key)


def person_pairs(keys: Iterable[str]) -> set[tuple[str, str]]:
    """Every pair of distinct PERSON keys that :func:`same_person` joins, (smaller, larger), found block by
    block (a pair that shares several blocks is found in each, and kept once)."""
    return {pair for block in blocks(set(keys)) for pair in block_pairs(*block)}
