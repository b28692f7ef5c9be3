"""Command line: ``extractor run | eval | validate-gold | export | report``."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from extractor.cli import options as opt
from extractor.cli.errors import _error_line, _OneLineErrors, _plain, err_console
from extractor.cli.options import Engine
from extractor.evaluate.console import rule_table, score_lines, score_table

app = typer.Typer(
    cls=_OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Who signed what with whom: entities, roles, dates and agreements from press releases.",
)
console = Console(width=120)


@app.callback()
def _main(version: opt.Version = False) -> None:
    """Who signed what with whom: entities, roles, dates and agreements from press releases."""


def _fail(message: str, code: int = 2) -> None:
    _error_line(message)
    raise typer.Exit(code)


def _load_or_fail(path: Path, what: str = "records") -> dict:
    """Records from a run folder, a gold folder or a file; a missing path, no record at all or a malformed
    record is a one-line error."""
    from extractor.read.record_io import RecordError, load_records

    if not path.exists():
        _fail(f"not found: {path}")
    try:
        records = load_records(path)
    except RecordError as err:
        _fail(str(err))
    if not records:
        _fail(f"no {what} in {path} (a run folder with records.jsonl, a folder of .json or a .jsonl file)")
    return records


@app.command()
def run(
    inputs: opt.Inputs = None,
    out: opt.Out = Path("out"),
    batch_size: opt.BatchSize = 32,
    n_process: opt.NProcess = 1,
    quiet: opt.Quiet = False,
    strict: opt.Strict = False,
    resume: opt.Resume = False,
    engine: opt.EngineOpt = Engine.local,
    master: opt.Master = None,
    time_limit: opt.TimeLimit = 20.0,
    patterns: opt.Patterns = None,
) -> None:
    """Extract records from documents; write records.jsonl, errors.jsonl, the CSV tables and the analyst
    outputs (SQLite, Parquet, GraphML)."""
    paths = inputs or [Path("corpus")]
    _check_run_args(paths, out, engine, master)
    _use_patterns(patterns)
    start = time.perf_counter()
    options = {"batch_size": batch_size, "resume": resume, "engine": engine.value, "master": master}
    summary = _run_batch(paths, out, quiet, n_process=n_process, time_limit=time_limit, **options)
    if not quiet:
        _print_summary(summary, out, time.perf_counter() - start)
    if strict and summary.errors:
        raise typer.Exit(1)


def _use_patterns(folder: Path | None) -> None:
    """Add an analyst's rule files to the built-in ones; a missing folder or an unknown file is one line."""
    from extractor.lang.resources import use_extra_patterns

    if folder is None:
        return
    if not folder.is_dir():
        _fail(f"--patterns is not a folder: {folder}")
    try:
        use_extra_patterns(folder)
    except ValueError as err:
        _fail(str(err))


def _run_batch(paths: list[Path], out: Path, quiet: bool, **options: Any) -> Any:
    """``run_batch`` with a progress bar; a busy or unresumable --out and an interrupt are one line."""
    from extractor.engine.progress import progress_reporter
    from extractor.engine.resume import ResumeError
    from extractor.engine.runner import run_batch
    from extractor.lang.patterns import PatternError
    from extractor.lang.registry import RegistryError
    from extractor.output.outdir import OutputBusy
    from extractor.read.inputs import count_inputs

    try:
        with progress_reporter(0 if quiet else count_inputs(paths), quiet=quiet) as on_done:
            return run_batch(paths, out, on_done=on_done, **options)
    except (ResumeError, OutputBusy, PatternError, RegistryError) as err:
        _fail(str(err))
    except KeyboardInterrupt as err:
        _interrupted(out, getattr(err, "code", 130), workers=options["n_process"] > 1)
    raise AssertionError("unreachable")


def _print_summary(summary: Any, out: Path, seconds: float) -> None:
    """The run's closing line: counts that reconcile, time, where the records went."""
    resumed = f" ({summary.resumed} from an earlier run)" if summary.resumed else ""
    console.print(
        f"read {summary.read} documents: {summary.records} records{resumed}, {summary.errors} errors "
        f"in {seconds:.1f}s -> {_plain(out)}/records.jsonl",
        highlight=False,
        soft_wrap=True,
    )


def _check_run_args(paths: list[Path], out: Path, engine: Engine, master: str | None) -> None:
    """One error line and exit 2 for inputs that do not exist, an --out that is a file, Spark without
    pyspark."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"input not found: {', '.join(missing)}")
    if out.exists() and not out.is_dir():
        _fail(f"--out is not a folder: {out}")
    if engine is Engine.local and master is not None:
        _fail("--master is a Spark master URL: give --engine spark too")
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
    gold: opt.Gold,
    pred: opt.Pred,
    json_out: opt.JsonOut = None,
    csv_out: opt.CsvOut = None,
    html: opt.Html = None,
    baseline: opt.Baseline = None,
    corpus: opt.ReportCorpus = Path("corpus"),
    by_rule: opt.ByRule = False,
) -> None:
    """Score predictions against gold (format.md): strict / lenient / normalised, B-cubed, facts."""
    from extractor.evaluate.scoring import score

    if baseline is not None and html is None:
        _fail("--baseline is shown only in the --html report: give --html FILE too")
    g, p_ = _load_or_fail(gold, "gold records"), _load_or_fail(pred, "predicted records")
    res = score(g, p_)
    _note_unscored(sorted(set(p_) - set(g)))
    console.print(score_table(res))
    for line in score_lines(res):
        console.print(line)
    if by_rule:
        console.print(rule_table(g, p_))
    if json_out:
        json_out.write_text(json.dumps(res, indent=2), encoding="utf-8")
    if csv_out:
        _write_score_csv(res, g, p_, csv_out)
    if html:
        _write_html(g, p_, html, baseline, corpus)


def _note_unscored(unknown: list[str]) -> None:
    """A note on stderr for predicted documents that have no gold record."""
    if not unknown:
        return
    listed = _plain(", ".join(repr(d)[1:-1][:80] for d in unknown[:5]))
    err_console.print(
        f"note: {len(unknown)} predicted documents have no gold record and are not scored: "
        f"{listed}{' ...' if len(unknown) > 5 else ''}",
        highlight=False,
        soft_wrap=True,
    )


def _write_score_csv(res: dict, gold: dict, pred: dict, folder: Path) -> None:
    """Per-label and per-document scores as CSV (formulas neutralised, CR/LF cells quoted)."""
    from extractor.evaluate.scoring import per_document, to_frames
    from extractor.output.export import write_frame

    labels, docs = to_frames(res, per_document(gold, pred))
    folder.mkdir(parents=True, exist_ok=True)
    write_frame(labels, folder / "per_label.csv")
    write_frame(docs, folder / "per_document.csv")


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
    records: Annotated[Path, typer.Argument(help="records.jsonl, a run folder or a gold folder")],
    out: Annotated[Path, typer.Option("--out", help="output folder (not a run's folder)")],
) -> None:
    """Rebuild the CSV tables (mentions, roles, agreements, organisations, network, agreement events) and
    the analyst outputs from records, into a folder that holds no run."""
    from extractor.lang.registry import load_registry
    from extractor.output.analyst import write_analyst_outputs
    from extractor.output.tablewriter import write_tables_streaming

    if (out / "manifest.json").exists():
        _fail(f"{out} holds a run (manifest.json): export into another folder, so its tables stay")
    recs = _load_or_fail(records)
    registry = load_registry()
    written = write_tables_streaming(recs.values(), out, registry)
    for path in written + write_analyst_outputs(out, recs.values(), registry):
        console.print(f"wrote {_plain(path)}", highlight=False, soft_wrap=True)


@app.command()
def report(out: opt.RunFolder, html: opt.NetworkHtml) -> None:
    """Draw a run's cooperation network, timeline of signings and manifest as one self-contained HTML page."""
    from extractor.evaluate.network_data import RunFolderError, read_run_folder
    from extractor.evaluate.network_page import write_network_page

    try:
        net = read_run_folder(out)
    except RunFolderError as err:
        _fail(str(err))
    try:
        write_network_page(net, html)
    except OSError as err:
        _fail(f"cannot write {html}: {err.strerror or err}")
    console.print(
        f"wrote {_plain(html)}: {len(net.organisations)} organisations, {len(net.links)} links, "
        f"{len(net.signings)} agreement rows",
        highlight=False,
        soft_wrap=True,
    )


def main() -> None:  # pragma: no cover
    """Entry point that turns usage errors into one line and exit code 2."""
    sys.exit(app())
