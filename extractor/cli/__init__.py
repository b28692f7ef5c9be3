"""Command line: ``extractor run | eval | validate-gold | export``."""

from __future__ import annotations

import json
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extractor.cli.errors import _error_line, _OneLineErrors, _plain, err_console
from extractor.evaluate.console import rule_table, score_table

app = typer.Typer(
    cls=_OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Who signed what with whom: entities, roles, dates and agreements from press releases.",
)
console = Console(width=120)


def _fail(message: str, code: int = 2) -> None:
    _error_line(message)
    raise typer.Exit(code)


def _load_or_fail(path: Path) -> dict:
    """Records from a folder or file; a missing path or malformed record is a one-line error."""
    from extractor.read.record_io import RecordError, load_records

    if not path.exists():
        _fail(f"not found: {path}")
    try:
        return load_records(path)
    except RecordError as err:
        _fail(str(err))
    raise AssertionError("unreachable")


class Engine(str, Enum):  # noqa: UP042  (typer reads the choices from a str Enum)
    """Where documents are processed."""

    local = "local"
    spark = "spark"


@app.command()
def run(
    inputs: Annotated[list[Path] | None, typer.Argument(help="folders of .txt, .txt files or .jsonl")] = None,
    out: Annotated[Path, typer.Option("--out", help="output folder")] = Path("out"),
    batch_size: Annotated[int, typer.Option(min=1, help="documents per nlp.pipe batch")] = 32,
    n_process: Annotated[int, typer.Option(min=1, help="worker processes (local engine)")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", help="no progress and no summary")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="exit 1 when any document failed")] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="skip documents already in OUT/records.jsonl")
    ] = False,
    engine: Annotated[
        Engine, typer.Option(help="local processes, or Spark (needs the spark extra)")
    ] = Engine.local,
    master: Annotated[
        str | None, typer.Option(help="Spark master URL, e.g. local[4] or spark://host:7077")
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(
            min=0, help="seconds per 10,000 characters a rule component may spend on a document (0: no limit)"
        ),
    ] = 20.0,
) -> None:
    """Extract records from documents; write records.jsonl, errors.jsonl and the CSV tables."""
    from extractor.engine.progress import progress_reporter
    from extractor.engine.resume import ResumeError
    from extractor.engine.runner import run_batch
    from extractor.output.outdir import OutputBusy
    from extractor.read.inputs import count_inputs

    paths = inputs or [Path("corpus")]
    _check_run_args(paths, out, engine)
    start = time.perf_counter()
    try:
        with progress_reporter(0 if quiet else count_inputs(paths), quiet=quiet) as on_done:
            summary = run_batch(
                paths,
                out,
                batch_size=batch_size,
                n_process=n_process,
                resume=resume,
                engine=engine.value,
                master=master,
                on_done=on_done,
                time_limit=time_limit,
            )
    except (ResumeError, OutputBusy) as err:
        _fail(str(err))
    except KeyboardInterrupt as err:
        _interrupted(out, getattr(err, "code", 130), workers=n_process > 1)
    if not quiet:
        resumed = f" ({summary.resumed} from an earlier run)" if summary.resumed else ""
        console.print(
            f"read {summary.read} documents: {summary.records} records{resumed}, {summary.errors} errors "
            f"in {time.perf_counter() - start:.1f}s -> {_plain(out)}/records.jsonl",
            highlight=False,
            soft_wrap=True,
        )
    if strict and summary.errors:
        raise typer.Exit(1)


def _check_run_args(paths: list[Path], out: Path, engine: Engine) -> None:
    """One error line and exit 2 for inputs that do not exist, an --out that is a file, Spark without
    pyspark."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"input not found: {', '.join(missing)}")
    if out.exists() and not out.is_dir():
        _fail(f"--out is not a folder: {out}")
    if engine is Engine.spark:
        try:
            import pyspark  # noqa: F401
        except ImportError:
            _fail('the spark engine needs pyspark: pip install "extractor[spark]"')


def _interrupted(out: Path, code: int, workers: bool) -> None:
    """One line and exit 130 (SIGINT) or 143 (SIGTERM). With worker processes the exit skips Python's
    shutdown, which would wait for multiprocessing's queue threads to flush into pipes no one reads."""
    _error_line(f"interrupted: {out}/records.jsonl holds whole records; run again with --resume to continue")
    if workers:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise typer.Exit(code)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option(help="gold folder (or .jsonl)")],
    pred: Annotated[Path, typer.Option(help="predicted records: folder or .jsonl")],
    json_out: Annotated[Path | None, typer.Option("--json", help="write the scores as JSON")] = None,
    csv_out: Annotated[
        Path | None, typer.Option("--csv", help="folder for per-label / per-document CSV")
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="write a self-contained HTML report")] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="a second prediction shown beside PRED in --html")
    ] = None,
    corpus: Annotated[Path, typer.Option(help="texts for the --html document views")] = Path("corpus"),
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="list predicted facts right / wrong by rule id")
    ] = False,
) -> None:
    """Score predictions against gold (format.md): strict / lenient / normalised, B-cubed, facts."""
    from extractor.evaluate.scoring import per_document, score, to_frames
    from extractor.output.export import write_frame

    g, p_ = _load_or_fail(gold), _load_or_fail(pred)
    res = score(g, p_)
    unknown = sorted(set(p_) - set(g))
    if unknown:
        listed = _plain(", ".join(repr(d)[1:-1][:80] for d in unknown[:5]))
        err_console.print(
            f"note: {len(unknown)} predicted documents have no gold record and are not scored: "
            f"{listed}{' ...' if len(unknown) > 5 else ''}",
            highlight=False,
            soft_wrap=True,
        )
    console.print(score_table(res))
    for lab, b in res["clustering"].items():
        console.print(
            f"B-cubed {lab}: P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f} "
            f"({b['items']} mentions)"
        )
    for k, v in res["facts"].items():
        console.print(
            f"facts {k}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
            f"(gold {v['gold']}, pred {v['predicted']})"
        )
    console.print(f"agreement attributes: {res['agreement_attributes']}")
    console.print(f"published: {res['published']}")
    if by_rule:
        console.print(rule_table(g, p_))
    if json_out:
        json_out.write_text(json.dumps(res, indent=2), encoding="utf-8")
    if csv_out:
        labels, docs = to_frames(res, per_document(g, p_))
        csv_out.mkdir(parents=True, exist_ok=True)
        write_frame(labels, csv_out / "per_label.csv")  # formulas neutralised, CR/LF cells quoted
        write_frame(docs, csv_out / "per_document.csv")
    if html:
        _write_html(g, p_, html, baseline, corpus)


def _write_html(gold: dict, pred: dict, out: Path, baseline: Path | None, corpus: Path) -> None:
    """The --html report, with document texts from the corpus folder when they are there."""
    from extractor.evaluate.report import corpus_text
    from extractor.evaluate.report_html import write_report

    base = _load_or_fail(baseline) if baseline is not None else None
    texts = {d: text for d in gold if (text := corpus_text(corpus, d)) is not None}
    write_report(
        gold, pred, out, texts=texts, baseline=base, pred_name="prediction", baseline_name="baseline"
    )
    console.print(f"wrote {_plain(out)}", highlight=False, soft_wrap=True)


@app.command("validate-gold")
def validate_gold_cmd(
    corpus: Annotated[Path, typer.Option(help="corpus folder of .txt")] = Path("corpus"),
    gold: Annotated[Path, typer.Option(help="gold folder of .json")] = Path("gold"),
) -> None:
    """Check gold records against the corpus (offsets, texts, norms, facts); warn on near-duplicate keys."""
    from extractor.evaluate.validation import validate_gold

    for p in (corpus, gold):
        if not p.is_dir():
            _fail(f"not a folder: {p}")
    records, errors, warnings = validate_gold(corpus, gold)
    for e in errors:
        console.print(f"[red]error[/red] {_plain(e)}", highlight=False, soft_wrap=True)
    for w in warnings:
        console.print(f"[yellow]warning[/yellow] {_plain(w)}", highlight=False, soft_wrap=True)
    console.print(f"{len(records)} records, {len(errors)} errors, {len(warnings)} warnings")
    if errors:
        raise typer.Exit(1)


@app.command()
def export(
    records: Annotated[Path, typer.Argument(help="records.jsonl, or a gold folder")],
    out: Annotated[Path, typer.Option("--out", help="output folder")] = Path("out"),
) -> None:
    """Rebuild the CSV tables (mentions, roles, agreements, organisations, network) from records."""
    from extractor.lang.registry import load_registry
    from extractor.output.tablewriter import write_tables_streaming

    recs = _load_or_fail(records)
    for path in write_tables_streaming(recs.values(), out, load_registry()):
        console.print(f"wrote {_plain(path)}", highlight=False, soft_wrap=True)


def main() -> None:  # pragma: no cover
    """Entry point that turns usage errors into one line and exit code 2."""
    sys.exit(app())
