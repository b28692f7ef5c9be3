"""The cooperation network of a run as one self-contained HTML page (``extractor report OUT --html FILE``).

    write_network_page(read_run_folder(Path("out")), Path("network.html"))

The page draws the organisations of ``network.csv`` on a circle coloured by country, its rows as
links (width by count); a link's or node's ``<title>`` says who, how many and when on hover, a click
opens its evidence (every agreement row behind it: sentence, document, date) through CSS ``:target``.
Below: a timeline of signings, the table of signings, and the run's manifest. No script and no fetch
(a Content-Security-Policy forbids both); every text taken from the tables is escaped.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path
from typing import Any

from extractor.evaluate.markup import BASE_CSS, CSP, DASH, table
from extractor.evaluate.network_data import Link, Network, Organisation
from extractor.evaluate.network_layout import (
    Plan,
    circle_layout,
    country_colours,
    degrees,
    edge_path,
    label_transform,
    short,
)
from extractor.evaluate.network_timeline import STATUS_COLOURS, signings_table, timeline_svg

CSS = (
    BASE_CSS
    + """h3{font-size:16px;margin:0 0 6px;overflow-wrap:anywhere}.muted{color:#5b6670}
.note{background:#fff8e1;padding:4px 8px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card .v{font-size:22px;font-weight:700}
.card .n{color:#5b6670;font-size:12px}
.card{border:1px solid #dde3ea;border-radius:8px;padding:6px 12px;min-width:110px;background:#fafbfc}
.net{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:16px;align-items:start}
.panel{position:sticky;top:8px;max-height:96vh;overflow:auto;border:1px solid #dde3ea;border-radius:8px;
 padding:8px 12px}
.detail{display:none}.detail:target{display:block}.panel:has(.detail:target) .hint{display:none}
blockquote{margin:8px 0;padding:4px 10px;border-left:3px solid #0072b2;background:#f5f8fb;
 overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0}.sw{display:inline-block;width:11px;height:11px;
 border-radius:50%;margin-right:4px;vertical-align:-1px}
svg text{font-size:11px;fill:#1d232a}svg .year{text-anchor:middle;fill:#5b6670}
.edge .vis{fill:none;stroke:#5b6670;stroke-opacity:.5}.edge .hit{fill:none;stroke:transparent;stroke-width:12}
.edge:hover .vis{stroke:#d62728;stroke-opacity:1}.node circle{stroke:#fff;stroke-width:1.5}
.node:hover circle{stroke:#1d232a}.axis,.tick{stroke:#9aa3ad}
table{border-collapse:collapse;margin-bottom:6px;width:100%}th{background:#f3f5f8;font-weight:600}
th,td{padding:3px 7px;border-bottom:1px solid #e3e7ec;text-align:left;vertical-align:top;
 overflow-wrap:anywhere}#signings-table{table-layout:fixed}#signings-table th:nth-child(-n+3){width:8%}
#signings-table th:nth-child(4){width:20%}
#signings-table th:nth-child(5),#signings-table th:nth-child(6){width:12%}
tr:target td{background:#fff3c4}q{quotes:"\\201C" "\\201D"}
@media (max-width:900px){.net{grid-template-columns:1fr}}
"""
)


def _radius(deg: int) -> float:
    """A node's radius from its number of agreements."""
    return round(4 + 1.5 * math.sqrt(deg), 2)


def _width(count: int) -> float:
    """A link's stroke width from its count."""
    return round(min(8.0, 1.2 + 1.3 * (count - 1)), 2)


def _dates(link: Link) -> str:
    """The link's signing dates for a tooltip, or a note that none is stated."""
    return ", ".join(link.dates()) or "date not stated"


def _edges(net: Network, plan: Plan) -> list[str]:
    """One ``<a class="edge">`` per link: a wide invisible stroke to hover and click, a visible one."""
    parts = []
    for link in net.links:
        tip = (
            f"{link.a} — {link.b}: {link.count} agreement{'s' * (link.count != 1)} ({_dates(link)}); "
            f"documents: {', '.join(link.doc_ids)}. Click for the evidence."
        )
        tip += "".join(f"\n“{short(s.evidence, 200)}” ({s.doc_id})" for s in link.signings[:3] if s.evidence)
        d = edge_path(plan, link)
        parts.append(
            f'<a href="#edge-{link.index}" class="edge" id="l{link.index}" data-count="{link.count}">'
            f'<path class="hit" d="{d}"/><path class="vis" d="{d}" stroke-width="{_width(link.count)}"/>'
            f"<title>{escape(tip)}</title></a>"
        )
    return parts


def _nodes(net: Network, plan: Plan, colours: dict[str | None, str]) -> list[str]:
    """One ``<a class="node">`` per organisation (a circle in its country's colour) and its label."""
    deg, ids = degrees(net.links), _org_ids(net)
    parts = []
    for key, org in net.organisations.items():
        place, r = plan.places[key], _radius(deg[key])
        transform, anchor = label_transform(plan, place, r + 4)
        tip = f"{key} ({org.country or 'country not known'}): {deg[key]} agreements. Click for its links."
        parts.append(
            f'<a href="#org-{ids[key]}" class="node" data-key="{escape(key)}">'
            f'<circle cx="{place.x}" cy="{place.y}" r="{r}" fill="{colours[org.country]}"/>'
            f'<text transform="{transform}" text-anchor="{anchor}" dy="4">{escape(short(key))}</text>'
            f"<title>{escape(tip)}</title></a>"
        )
    return parts


def network_svg(net: Network, plan: Plan, colours: dict[str | None, str]) -> str:
    """The network drawing: links under nodes."""
    body = "".join(_edges(net, plan) + _nodes(net, plan, colours))
    return (
        f'<svg id="network" viewBox="0 0 {plan.size} {plan.size}" width="100%" role="img" '
        f'aria-label="cooperation network">{body}</svg>'
    )


def _org_ids(net: Network) -> dict[str, int]:
    return {key: j for j, key in enumerate(net.organisations)}


def _evidence(link: Link) -> str:
    """The agreement rows behind a link, each a quoted sentence with its document, kind and date."""
    items = []
    for s in link.signings:
        said = escape(s.evidence) if s.evidence else '<span class="muted">no evidence sentence</span>'
        meta = f"{s.kind}, {s.status}, date {s.date or 'not stated'}; document {s.doc_id}"
        meta += f" (published {s.published})" if s.published else ""
        items.append(
            f'<blockquote class="evidence">{said}<br><small class="muted">{escape(meta)}</small></blockquote>'
        )
    return "".join(items)


def link_detail(link: Link, ids: dict[str, int]) -> str:
    """The panel shown when a link is clicked: its two organisations, count, dates, documents, evidence."""
    ends = " — ".join(f'<a href="#org-{ids[k]}">{escape(k)}</a>' for k in (link.a, link.b))
    return (
        f'<section class="detail" id="edge-{link.index}"><h3>{ends}</h3>'
        f"<p>{link.count} agreement{'s' * (link.count != 1)}; dates: {escape(_dates(link))}<br>"
        f"documents: {escape(', '.join(link.doc_ids))}</p>{_evidence(link)}</section>"
    )


def org_detail(org: Organisation, j: int, links: tuple[Link, ...]) -> str:
    """The panel shown when an organisation is clicked: registry data and its links."""
    mine = [link for link in links if org.key in (link.a, link.b)]
    items = "".join(
        f'<li><a href="#edge-{link.index}">{escape(link.b if link.a == org.key else link.a)}</a> '
        f"({link.count})</li>"
        for link in mine
    )
    facts = f"country {org.country or 'not known'}, type {org.type or 'not known'}"
    if org.documents:
        facts += f"; {org.mentions} mentions in {org.documents} documents"
    return (
        f'<section class="detail" id="org-{j}"><h3>{escape(org.key)}</h3>'
        f"<p>{escape(facts)}</p><ul>{items}</ul></section>"
    )


def _legend(net: Network, colours: dict[str | None, str]) -> str:
    counts: dict[str | None, int] = {}
    for org in net.organisations.values():
        counts[org.country] = counts.get(org.country, 0) + 1
    items = "".join(
        f'<span><i class="sw" style="background:{colour}"></i>{escape(country or "not in the registry")} '
        f"({counts[country]})</span>"
        for country, colour in colours.items()
    )
    return f'<div class="legend" id="legend">{items}</div>'


def _network_section(net: Network) -> str:
    """The drawing beside the panel of details, with the colour legend."""
    if not net.links:
        return '<p class="note">No agreement between two named organisations in this run.</p>'
    colours = country_colours(net.organisations.values())
    plan = circle_layout(net.organisations.values(), net.links)
    ids = _org_ids(net)
    details = [link_detail(link, ids) for link in net.links]
    details += [org_detail(org, ids[key], net.links) for key, org in net.organisations.items()]
    hint = (
        '<p class="hint muted">Hover over a link or an organisation for a summary; click it for the '
        "evidence: the sentences and documents behind it.</p>"
    )
    return (
        f'{_legend(net, colours)}<div class="net"><div>{network_svg(net, plan, colours)}</div>'
        f'<aside class="panel" id="details">{hint}{"".join(details)}</aside></div>'
    )


def _flat(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """(dotted key, shown value) of every leaf of a manifest, in its order."""
    if isinstance(value, dict) and value:
        return [row for k, v in value.items() for row in _flat(v, f"{prefix}{k}.")]
    if isinstance(value, list):
        return [(prefix[:-1], ", ".join(str(v) for v in value))]
    return [(prefix[:-1], "" if value is None else str(value))]


def manifest_table(manifest: dict[str, Any] | None) -> str:
    """The run manifest as a two-column table (version, model, pattern hash, inputs, options, counts)."""
    if manifest is None:
        return (
            '<p class="note" id="manifest">No manifest.json in this folder: a partial run, or tables '
            "written by <code>extractor export</code>.</p>"
        )
    rows = [f"<tr><th>{escape(k)}</th><td><code>{escape(v)}</code></td></tr>" for k, v in _flat(manifest)]
    return table("<tr><th>field</th><th>value</th></tr>", rows, ' id="manifest"')


def _cards(net: Network) -> str:
    dated = sum(1 for s in net.signings if s.date)
    numbers = (
        ("organisations", len(net.organisations)),
        ("links", len(net.links)),
        ("agreement rows", len(net.signings)),
        ("with a signing date", dated),
        ("documents", len({s.doc_id for s in net.signings})),
        ("countries", len({o.country for o in net.organisations.values() if o.country})),
    )
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><div class="n">{n}</div><div class="v">{v}</div></div>' for n, v in numbers
        )
        + "</div>"
    )


def _selected_css(net: Network) -> str:
    """Rules that mark the clicked link (and the links of a clicked organisation) in the drawing."""
    ids = _org_ids(net)
    rules = [f"body:has(#edge-{link.index}:target) #l{link.index} .vis" for link in net.links]
    rules += [
        f"body:has(#org-{ids[end]}:target) #l{link.index} .vis"
        for link in net.links
        for end in (link.a, link.b)
    ]
    return ",".join(rules) + "{stroke:#d62728;stroke-opacity:1}" if rules else ""


def render_network_page(net: Network, title: str | None = None) -> str:
    """The page as one HTML string (see :func:`write_network_page`)."""
    title = title or f"Cooperation network: {net.folder}"
    key = "".join(
        f'<span><i class="sw" style="background:{c}"></i>{s}</span>' for s, c in STATUS_COLOURS.items()
    )
    sections = [
        f"<h1>{escape(title)}</h1>",
        '<nav><a href="#network-section">network</a><a href="#timeline-section">timeline</a>'
        '<a href="#signings-section">signings</a><a href="#manifest-section">run manifest</a></nav>',
        _cards(net),
        f'<h2 id="network-section">Network</h2>{_network_section(net)}',
        f'<h2 id="timeline-section">Timeline of signings</h2><div class="legend">{key}<span class="muted">'
        "filled: signing date stated; hollow: placed at the release's publication date</span></div>",
        timeline_svg(net.signings) or '<p class="note">No signing with a date.</p>',
        f'<h2 id="signings-section">Signings</h2>{signings_table(net.signings) if net.signings else DASH}',
        f'<h2 id="manifest-section">Run manifest</h2>{manifest_table(net.manifest)}',
    ]
    head = (
        f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f"<style>{CSS}{_selected_css(net)}</style>"
    )
    body = f"<body><main>{''.join(sections)}</main></body>"
    return f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head>{body}</html>\n'


def write_network_page(net: Network, out: Path, title: str | None = None) -> Path:
    """Write the page of ``net`` to ``out`` (UTF-8, parent folders created); returns ``out``."""
    markup = render_network_page(net, title)
    if not out.parent.exists():
        out.parent.mkdir(parents=True)
    out.write_text(markup, encoding="utf-8")
    return out
