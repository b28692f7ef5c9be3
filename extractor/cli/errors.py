"""One error line instead of a traceback: the command group that turns every failure into an ``error:``
line and an exit code."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from typer.core import TyperGroup


class _OneLineErrors(TyperGroup):
    """Usage errors and OS errors as one ``error:`` line (exit 2 / 1), never a traceback or a panel."""

    def main(  # type: ignore[no-untyped-def]
        self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra
    ):
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except (typer.TyperException, typer.Abort, OSError, RecursionError, UnicodeError, MarkupError) as err:
            if not standalone_mode:
                raise
            sys.exit(_report(err, prog_name))
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def _report(err: Exception, prog_name: str | None) -> int:
    """The one error line for an exception that ends the command; returns the exit code."""
    if isinstance(err, typer.TyperException):
        if type(err).__name__ == "NoArgsIsHelpError":
            err.show()  # type: ignore[attr-defined]
        else:
            ctx = getattr(err, "ctx", None)
            where = ctx.command_path if ctx is not None else (prog_name or "extractor")
            hint = f" (see '{where} --help')" if err.exit_code == 2 else ""  # type: ignore[attr-defined]
            _error_line(f"{err.format_message()}{hint}")  # type: ignore[attr-defined]
        return err.exit_code  # type: ignore[attr-defined]
    if isinstance(err, typer.Abort):
        _error_line("aborted")
    elif isinstance(err, OSError):
        _error_line(os_message(err))
    else:  # malformed input that slipped through
        _error_line(f"cannot process the input: {type(err).__name__}: {str(err)[:200]}")
    return 1


def os_message(err: OSError) -> str:
    """An OS error as a sentence, without Python's "[Errno N]": "cannot write out/x.csv: No space left"."""
    if err.strerror is None:
        return str(err)
    where = err.filename2 or err.filename
    return f"{where}: {err.strerror}" if where else err.strerror


err_console = Console(stderr=True)


def _plain(text: object) -> str:
    """A user string (doc_id, path, message) safe to print through rich: markup escaped, lone surrogates
    written as ``\\udXXX`` (they cannot be encoded)."""
    return escape(str(text).encode("utf-8", "backslashreplace").decode("utf-8"))


def _error_line(message: str) -> None:
    err_console.print(f"[red]error:[/red] {_plain(message)}", soft_wrap=True, highlight=False)
