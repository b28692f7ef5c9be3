"""``OUT/network.graphml``: the cooperation network for graph tools (Gephi, Cytoscape, yEd, networkx).

One node per organisation that is a party in a row of the network table (id and ``label`` its key, plus
``country``, ``type``, ``mentions`` and ``documents`` from the organisations table when known), one
undirected edge per network row with that row's other columns (``agreements``, ``doc_ids``)::

    graph = NetworkGraph()
    graph.add(spec, row)            # organisations and network rows; other tables are ignored
    graph.write(out / GRAPHML)      # read back with networkx.read_graphml
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx

from extractor.output.analyst_rows import TableSpec

GRAPHML = "network.graphml"
_NODE_SKIP = ("key", "registered", "parent", "acronyms")
_EDGE_SKIP = ("id", "party_a", "party_b")
# characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF): a scraped page may
# carry them into a name; GraphML gets U+FFFD in their place
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value: object) -> object:
    """``value`` with the characters XML cannot hold replaced by U+FFFD (a string), else as it is."""
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


class NetworkGraph:
    """The network rows as an undirected graph, organisations' attributes on the nodes."""

    def __init__(self) -> None:
        self.orgs: dict[str, dict[str, object]] = {}
        self.graph = nx.Graph()

    def add(self, spec: TableSpec, row: list[object]) -> None:
        """Keep an organisation's attributes, or add a network row's two nodes and its edge."""
        values = dict(zip(spec.columns, row))
        if spec.name == "organisations":
            self.orgs[xml_safe(str(values["key"]))] = _attrs(values, _NODE_SKIP)
        elif spec.name == "network":
            a, b = xml_safe(str(values["party_a"])), xml_safe(str(values["party_b"]))
            for node in (a, b):
                if node not in self.graph:
                    self.graph.add_node(node, label=node, **self.orgs.get(node, {}))
            if self.graph.has_edge(a, b):
                raise ValueError(f"network table holds the pair {a!r} / {b!r} twice")
            self.graph.add_edge(a, b, **_attrs(values, _EDGE_SKIP))

    def write(self, path: Path) -> Path:
        """Write GraphML through a temp file and a rename; returns ``path``."""
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            nx.write_graphml(self.graph, tmp, encoding="utf-8", prettyprint=True)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path


def _attrs(values: dict[str, object], skip: tuple[str, ...]) -> dict[str, object]:
    """The values GraphML can hold: all but ``skip`` and the empty ones."""
    return {k: xml_safe(v) for k, v in values.items() if k not in skip and v is not None}
