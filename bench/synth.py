"""Synthetic corpora for the scale benchmark: distinct people and organisations, with the spelling
variants real press shows (transliteration -iy/-y/-ii, v/w, ks/x, e/ye; initials for first names).

    names = People(seed=1); names.take(10)          # distinct full names, some of them variants
    docs = vary_corpus(n=1000, seed=1)                # bundled texts with names, orgs and dates replaced
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = (
    "Alexander Aleksandr Alexey Andrei Andrey Anna Boris Dmitry Dmitriy Elena Yelena Evgeny Yevgeny Galina "
    "Igor Irina Ivan Kirill Konstantin Maxim Maksim Marina Mikhail Nadezhda Natalia Natalya Nikolai Nikolay "
    "Oleg Olga Pavel Roman Sergei Sergey Svetlana Tatiana Tatyana Vadim Valentina Vasily Victor Viktor "
    "Vladimir Yuri Yury Zhanna Askar Aigerim Bakhyt Nurlan Daniyar Gulnara Yerlan Erlan Timur Azamat"
).split()
CN_FAMILY = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie "
    "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu "
    "Ding Ren Shen Yao"
).split()
CN_SYLL = (
    "ai an ang ao ba bai ban bang bao bei ben bin bing bo cai can cang ce chang chao chen cheng chi chong "
    "chu chuan chun ci cong cui da dai dan dang dao de deng di dian ding dong du duan dun duo e en er fa fan "
    "fang fei fen feng fu gai gan gang gao ge gen geng gong gu guan guang gui guo hai han hang hao he hei "
    "heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan "
    "jue jun kai kan kang ke ken kong kuan kun la lai lan lang lao le lei leng li lian liang liao lie lin "
    "ling liu long lou lu luan lun luo lv ma mai man mang mao mei men meng mi mian miao min ming mo mu na "
    "nan nian ning niu nuo ou pan pei peng pin ping po pu qi qian qiang qiao qin qing qiu qu quan que ran "
    "rao ren ri rong ru rui run ruo sai san sen shan shang shao she shen sheng shi shou shu shuang shui shun "
    "si song su sui sun suo tai tan tang tao teng ti tian tiao ting tong tu tuan wan wang wei wen wu xi xia "
    "xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan "
    "yue yun zai zan zao ze zeng zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhuang zhuo zi zong zu "
    "zuo"
).split()
ONSET = "b v g d zh z k l m n p r s t f kh ts ch sh b v d k l m n p r s t".split()
VOWEL = "a o e i u y a o e".split()
ENDING = ("ov ev in sky skiy enko yuk chuk baev bayev ov ev ulin ichev ikov ova eva ina").split()
PLACES = (
    "Kazan Tomsk Omsk Perm Samara Ufa Irkutsk Chita Barnaul Kursk Penza Tula Tver Yakutsk Almaty Astana "
    "Karaganda Shymkent Minsk Gomel Brest Vitebsk Tashkent Bukhara Bishkek Osh Dushanbe Harbin Dalian "
    "Jinan Qingdao Xiamen Wuhan Changsha Kunming Lanzhou Urumqi Chengdu Hefei Nanning"
).split()
FIELDS = (
    "Technology,Economics,Medicine,Agriculture,Railway Engineering,Physics,Mining,Law,Pedagogy,Energy,"
    "Aerospace,Chemistry,Geology,Oil and Gas"
).split(",")
PATRONYMIC = (
    "Alexandrovich Ivanovich Petrovich Sergeevich Nikolaevich Viktorovich Yurievich Olegovich".split()
)
ORG_FORMS = (
    "{p} State University",
    "{p} Institute of {f}",
    "{p} University of {f}",
    "{p} Polytechnic University",
    "{p} Academy of {f}",
    "{p} National Research University",
    "{p} Normal University",
    "{p} Scientific Centre of {f}",
    "{p} {f} Research Institute",
)


def _surname(rnd: random.Random) -> str:
    stem = "".join(rnd.choice(ONSET) + rnd.choice(VOWEL) for _ in range(rnd.randint(2, 3)))
    return (stem + rnd.choice(ENDING)).capitalize()


def variant(name: str, rnd: random.Random) -> str:
    """A spelling of the same name another release might use."""
    swaps = [
        ("iy ", "y "),
        ("y ", "iy "),
        ("ii", "iy"),
        ("v", "w"),
        ("ks", "x"),
        ("x", "ks"),
        ("ye", "e"),
        ("yev", "yeva"),
        ("ey", "ei"),
    ]
    parts = name.split()
    if parts[0] in CN_FAMILY:  # Chinese names: given name hyphenated or written first
        return f"{parts[1]} {parts[0]}" if rnd.random() < 0.5 else f"{parts[0]} {_hyphenate(parts[1])}"
    if rnd.random() < 0.4:
        return f"{parts[0][0]}. {parts[-1]}"
    for a, b in rnd.sample(swaps, len(swaps)):
        if a in name + " ":
            return (name + " ").replace(a, b, 1).strip()
    return name


def _hyphenate(given: str) -> str:
    for syl in sorted(CN_SYLL, key=len, reverse=True):
        if given.lower().startswith(syl) and len(given) > len(syl):
            return f"{given[: len(syl)]}-{given[len(syl) :].lower()}"
    return given


class People:
    """Distinct person names: Russian and Central Asian (first, optional patronymic, surname) and
    Chinese (family + given); about one in ten is a spelling variant of an earlier original name
    (initials and transliteration for Russian names, order and hyphens for Chinese ones)."""

    def __init__(self, seed: int = 1):
        self.rnd = random.Random(seed)
        self.seen: set[str] = set()
        self.made: list[str] = []
        self.originals: list[str] = []
        self.person: dict[str, str] = {}  # name -> the original name of the person it names

    def _fresh(self) -> tuple[str, str | None]:
        """A name, and the original it is a variant of (None for a new person)."""
        rnd = self.rnd
        if self.originals and rnd.random() < 0.1:
            original = rnd.choice(self.originals)
            return variant(original, rnd), original
        if rnd.random() < 0.4:
            given = "".join(rnd.choice(CN_SYLL) for _ in range(rnd.randint(1, 2))).capitalize()
            return f"{rnd.choice(CN_FAMILY)} {given}", None
        first, sur = rnd.choice(FIRST), _surname(rnd)
        if rnd.random() < 0.2:
            return f"{first} {rnd.choice(PATRONYMIC)} {sur}", None
        return f"{first} {sur}", None

    def next(self) -> str:
        while (made := self._fresh())[0] in self.seen:
            pass
        name, original = made
        self.seen.add(name)
        self.made.append(name)
        self.person[name] = name if original is None else self.person[original]
        if self.rnd.random() < 0.9:  # drawn as an original; variants are made of originals only
            self.originals.append(name)
        return name

    def take(self, n: int) -> list[str]:
        return [self.next() for _ in range(n)]


def org_name(rnd: random.Random) -> str:
    return rnd.choice(ORG_FORMS).format(p=rnd.choice(PLACES), f=rnd.choice(FIELDS))


def _gold(doc_id: str) -> list[dict]:
    path = ROOT / "gold" / f"{doc_id}.json"
    return json.loads(path.read_text("utf-8"))["mentions"] if path.exists() else []


def _replacement(m: dict, people: People, rnd: random.Random, seen: dict[tuple[str, str], str]) -> str | None:
    """The new text of one gold mention (the same key in a document gets the same new name)."""
    key = (m["label"], m.get("norm") or m["text"])
    if m["label"] == "PERSON":
        full = seen.setdefault(key, people.next())
        words = m["text"].split()
        return full.split()[-1] if len(words) == 1 else full
    if m["label"] == "ORG" and len(m["text"].split()) > 1:
        return seen.setdefault(key, org_name(rnd))
    if m["label"] == "DATE" and m["text"][-4:].isdigit() and m["text"][-4:].startswith("20"):
        return m["text"][:-4] + str(rnd.randint(2005, 2026))
    return None


def vary(text: str, mentions: list[dict], people: People, rnd: random.Random) -> str:
    """The text with each PERSON, multi-word ORG and year of a DATE replaced."""
    seen: dict[tuple[str, str], str] = {}
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["start"] < pos:
            continue
        new = _replacement(m, people, rnd, seen)
        if new is not None:
            out += [text[pos : m["start"]], new]
            pos = m["end"]
    return "".join(out) + text[pos:]


def vary_corpus(n: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for n documents made from the bundled corpus with new names, orgs and years."""
    rnd, people = random.Random(seed), People(seed)
    sources = [(p.stem, p.read_text("utf-8"), _gold(p.stem)) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for i in range(n):
        stem, text, mentions = sources[i % len(sources)]
        yield f"s{i:06d}_{stem[:12]}", vary(text, mentions, people, rnd)


def short_releases(n: int, per_doc: int = 8, seed: int = 1) -> Iterator[tuple[str, str]]:
    """n short signing releases, each naming ``per_doc`` distinct people (n * per_doc in all)."""
    rnd, people = random.Random(seed), People(seed)
    for i in range(n):
        a, b = org_name(rnd), org_name(rnd)
        names = people.take(per_doc)
        guests = ", ".join(names[2:])
        yield (
            f"r{i:06d}",
            (
                f"{rnd.choice(PLACES).upper()}, March {rnd.randint(1, 28)}, {rnd.randint(2010, 2026)}. "
                f"{a} and {b} signed a memorandum of understanding on academic cooperation. "
                f"The memorandum was signed by Rector {names[0]} and President {names[1]}. "
                f"The ceremony was attended by {guests}.\n"
            ),
        )
