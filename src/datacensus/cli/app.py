"""The `datacensus` command line: the app, every command mounted on it, and the entry point.

Each command lives in its own module and imports what it needs when it runs, so `--help` is fast.
Package errors become one-line messages and exit codes (`options.handles_errors`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import Annotated

import typer

from datacensus.cli import annotators, audit, compare, demo, lid_eval, merge, refs, report
from datacensus.cli import count as count_cli
from datacensus.cli.options import DEBUG, handles_errors

app = typer.Typer(
    name="datacensus",
    help="Audit how representative a dataset is (language, region, category).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help: rendering it with rich doubles start-up time
)


@app.callback()
def main_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Print the traceback of an internal error.")
    ] = False,
) -> None:
    """Audit how representative a dataset is (language, region, category)."""
    DEBUG["on"] = debug


for command in (
    audit.audit,
    count_cli.count,
    merge.merge,
    demo.demo,
    report.report,
    annotators.annotators,
    annotators.card,
):
    app.command(command.__name__)(handles_errors(command))
app.command("compare")(handles_errors(compare.compare))
app.command("lid-eval")(handles_errors(lid_eval.lid_eval))
app.add_typer(refs.app, name="refs", help="List and show the shipped reference distributions.")


def main() -> None:
    """Console-script entry point."""
    _main_is_the_package()
    try:
        app()
    except SystemExit as done:
        if sys.getprofile() is not None or sys.gettrace() is not None:
            raise  # a profiler, coverage or a debugger writes its output at the normal exit
        _exit_now(done.code)


def _exit_now(code: object) -> None:
    """Exit with ``code`` as `sys.exit` would, without tearing the interpreter down.

    Everything the command wrote is flushed and every exit handler runs (they close worker
    pools, logging, ...); only the teardown of every module and object is skipped, which after
    an audit takes a tenth of a second for nothing.
    """
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or stream: nothing more can be written.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _main_is_the_package() -> None:
    """Name ``datacensus.__main__`` as the running main module (what ``python -m`` sets).

    Worker processes are spawned, and a spawned child re-imports the parent's main module unless
    it is a package's ``__main__``: the console script would make every worker import the whole
    command line first. The script's own code has already run; only its name changes.
    """
    import importlib.util

    module = sys.modules.get("__main__")
    if module is not None and getattr(module, "__spec__", None) is None:
        module.__spec__ = importlib.util.find_spec("datacensus.__main__")
