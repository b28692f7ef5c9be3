"""The command line's options, named once: each is an ``Annotated`` type the commands' signatures use."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Engine(str, Enum):  # noqa: UP042  (typer reads the choices from a str Enum)
    """Where documents are processed."""

    local = "local"
    spark = "spark"


# extractor run
Inputs = Annotated[
    list[Path] | None, typer.Argument(help="folders of .txt/.html, .txt/.html/.htm files or .jsonl")
]
Out = Annotated[Path, typer.Option("--out", help="output folder")]
BatchSize = Annotated[int, typer.Option(min=1, help="documents per nlp.pipe batch")]
NProcess = Annotated[int, typer.Option(min=1, help="worker processes (local engine)")]
Quiet = Annotated[bool, typer.Option("--quiet", help="no progress and no summary")]
Strict = Annotated[bool, typer.Option("--strict", help="exit 1 when any document failed")]
Resume = Annotated[bool, typer.Option("--resume", help="skip documents already in OUT/records.jsonl")]
EngineOpt = Annotated[
    Engine, typer.Option("--engine", help="local processes, or Spark (needs the spark extra)")
]
Master = Annotated[str | None, typer.Option(help="Spark master URL, e.g. local[4] or spark://host:7077")]
TimeLimit = Annotated[
    float,
    typer.Option(
        min=0, help="seconds per 10,000 characters a rule component may spend on a document (0: no limit)"
    ),
]

# extractor eval
Gold = Annotated[Path, typer.Option(help="gold folder (or .jsonl)")]
Pred = Annotated[Path, typer.Option(help="predicted records: folder or .jsonl")]
JsonOut = Annotated[Path | None, typer.Option("--json", help="write the scores as JSON")]
CsvOut = Annotated[Path | None, typer.Option("--csv", help="folder for per-label / per-document CSV")]
Html = Annotated[Path | None, typer.Option("--html", help="write a self-contained HTML report")]
Baseline = Annotated[Path | None, typer.Option(help="a second prediction shown beside PRED in --html")]
ReportCorpus = Annotated[Path, typer.Option("--corpus", help="texts for the --html document views")]
ByRule = Annotated[bool, typer.Option("--by-rule", help="list predicted facts right / wrong by rule id")]

# extractor report
RunFolder = Annotated[
    Path, typer.Argument(help="output folder of `extractor run` (records.jsonl, tables, manifest.json)")
]
NetworkHtml = Annotated[
    Path, typer.Option("--html", help="write the network page (self-contained HTML) to this file")
]
Patterns = Annotated[
    Path | None,
    typer.Option(
        "--patterns",
        help="a folder of your own rule files (orgs.jsonl, roles.jsonl, ...) added to the built-in ones",
    ),
]


def _print_version(value: bool) -> None:
    """``--version``: print the package version and stop."""
    if value:
        from extractor.lang.resources import VERSION

        typer.echo(f"extractor {VERSION}")
        raise typer.Exit(0)


Version = Annotated[
    bool, typer.Option("--version", help="print the version and exit", is_eager=True, callback=_print_version)
]
