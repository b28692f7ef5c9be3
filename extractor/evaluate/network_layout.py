"""A deterministic drawing plan for the cooperation network: colours by country, a circle of nodes.

    colours = country_colours(net.organisations.values())
    plan = circle_layout(net.organisations.values(), net.links)
    plan.places["Tomsk Polytechnic University"].x, plan.size, edge_path(plan, link)

Nodes sit on one circle, grouped by country (the country with most organisations first, unknown
countries last, one empty slot between groups), inside a group by number of agreements, then name;
labels point outward. Links are quadratic curves bent towards the centre. Same input, same numbers.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractor.evaluate.network_data import Link, Organisation

# Colour-blind-safe first (Okabe-Ito), then Tableau's; countries beyond the list reuse it in order.
PALETTE = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#8c564b",
    "#7f3c8d",
    "#2f8f83",
    "#b8860b",
    "#c0392b",
    "#4e79a7",
    "#59a14f",
    "#af7aa1",
    "#ff9da7",
    "#9c755f",
)
UNKNOWN = "#9aa3ad"
LABEL_ROOM = 270.0  # room outside the circle for a label of LABEL_CHARS characters
LABEL_CHARS = 40
SLOT = 18.0  # arc length per node slot: one label line at 11px, with air
MIN_RADIUS = 220.0


def country_order(orgs: Iterable[Organisation]) -> list[str | None]:
    """Countries by number of organisations (most first), then code; None (not known) last."""
    counts = Counter(o.country for o in orgs)
    known = sorted((c for c in counts if c is not None), key=lambda c: (-counts[c], c))
    return [*known, *([None] if None in counts else [])]


def country_colours(orgs: Iterable[Organisation]) -> dict[str | None, str]:
    """A colour per country in :func:`country_order`; grey for an unknown country.

    >>> country_colours([Organisation(key="A", country="RU"), Organisation(key="B")])
    {'RU': '#0072b2', None: '#9aa3ad'}
    """
    order = [c for c in country_order(orgs) if c is not None]
    colours: dict[str | None, str] = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(order)}
    if len(colours) < len(country_order(orgs)):
        colours[None] = UNKNOWN
    return colours


def degrees(links: Iterable[Link]) -> Counter[str]:
    """Agreements per organisation: the sum of the counts of its links."""
    deg: Counter[str] = Counter()
    for link in links:
        deg[link.a] += link.count
        deg[link.b] += link.count
    return deg


@dataclass(frozen=True)
class Place:
    """Where a node sits: centre of its circle and the angle (degrees, 0 = east, clockwise) of its label."""

    x: float
    y: float
    angle: float


@dataclass(frozen=True)
class Plan:
    """The whole drawing: a square of side ``size`` with the circle's centre in its middle."""

    size: float
    radius: float
    places: dict[str, Place]

    @property
    def centre(self) -> float:
        return self.size / 2


def slot_order(orgs: Sequence[Organisation], links: Iterable[Link]) -> list[str | None]:
    """Node keys in drawing order, with None for the empty slot between two country groups."""
    deg = degrees(links)
    slots: list[str | None] = []
    for country in country_order(orgs):
        group = sorted((o.key for o in orgs if o.country == country), key=lambda k: (-deg[k], k))
        if slots and group:
            slots.append(None)
        slots.extend(group)
    if len(country_order(orgs)) > 1:
        slots.append(None)  # and between the last group and the first
    return slots


def circle_layout(orgs: Iterable[Organisation], links: Iterable[Link]) -> Plan:
    """Places for every organisation on a circle large enough for one label line per slot."""
    orgs, links = list(orgs), list(links)
    slots = slot_order(orgs, links)
    radius = max(MIN_RADIUS, len(slots) * SLOT / (2 * math.pi))
    size = 2 * (radius + LABEL_ROOM)
    places = {}
    for i, key in enumerate(slots):
        if key is None:
            continue
        angle = 360.0 * i / len(slots) - 90.0  # the first slot at the top
        rad = math.radians(angle)
        places[key] = Place(
            round(size / 2 + radius * math.cos(rad), 2), round(size / 2 + radius * math.sin(rad), 2), angle
        )
    return Plan(round(size, 2), round(radius, 2), places)


def edge_path(plan: Plan, link: Link) -> str:
    """SVG path data of a link: a quadratic curve whose control point lies between its midpoint and the
    centre, so links between far nodes pass near the middle and close ones stay near the rim."""
    p, q, c = plan.places[link.a], plan.places[link.b], plan.centre
    mx, my = (p.x + q.x) / 2, (p.y + q.y) / 2
    cx, cy = c + (mx - c) * 0.4, c + (my - c) * 0.4
    return f"M{p.x:.2f} {p.y:.2f}Q{cx:.2f} {cy:.2f} {q.x:.2f} {q.y:.2f}"


def label_transform(plan: Plan, place: Place, gap: float) -> tuple[str, str]:
    """(``transform``, ``text-anchor``) of a label ``gap`` beyond its node, read left to right on
    both halves of the circle."""
    rad = math.radians(place.angle)
    x, y = place.x + gap * math.cos(rad), place.y + gap * math.sin(rad)
    left = 90.0 < (place.angle % 360.0) < 270.0
    turn = place.angle + 180.0 if left else place.angle
    return f"translate({x:.2f} {y:.2f}) rotate({turn:.2f})", "end" if left else "start"


def short(name: str, limit: int = LABEL_CHARS) -> str:
    """A label no longer than ``limit`` characters (an ellipsis marks a cut).

    >>> short("Ural Federal University named after the first President of Russia B.N. Yeltsin", 30)
    'Ural Federal University named…'
    """
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
