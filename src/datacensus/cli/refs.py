"""`datacensus refs list | show`: what reference distributions there are, and where from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from datacensus.errors import DatacensusError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

app = typer.Typer(
    help="List and show the shipped reference distributions (or check your own CSV).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: rendering it with rich doubles start-up time
)


def _console() -> Console:
    """No colour, no wrapping surprises: output is read by people and by tests alike."""
    from rich.console import Console

    return Console(no_color=True, highlight=False, soft_wrap=True)


def _table() -> Table:
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE, show_edge=False)


def _fail(exc: DatacensusError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(exc.exit_code)


@app.command("list")
def list_refs() -> None:
    """One line per shipped reference: name, dimension, rows, version, licence."""
    from datacensus.compare.references import shipped_references
    from datacensus.datafiles import reference_dir

    try:
        refs = shipped_references()
    except DatacensusError as exc:
        raise _fail(exc) from None
    table = _table()
    for column in ("name", "dimension", "rows", "version", "licence"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for ref in refs:
        licence = ref.provenance.licence.split(" ")[0]
        row = (ref.name, ref.dimension, str(ref.table.height), ref.provenance.version, licence)
        table.add_row(*row)
    console = _console()
    console.print(table)
    console.print(f"{len(refs)} references in {reference_dir()}")


@app.command("show")
def show_ref(
    name: Annotated[str, typer.Argument(help="A shipped reference name, or a CSV path.")],
    dimension: Annotated[
        str | None,
        typer.Option(help="Dimension of a CSV given by path (e.g. language, country)."),
    ] = None,
    top: Annotated[int, typer.Option(min=0, help="How many rows to show.")] = 15,
) -> None:
    """Provenance and the largest rows of one reference (validating a user's CSV on the way)."""
    from datacensus.compare.references import load_reference, shipped_names, shipped_reference

    try:
        if name in shipped_names():
            ref = shipped_reference(name)
        elif dimension is None:
            raise typer.BadParameter(
                f"{name!r} is not a shipped reference; to check a CSV give --dimension",
                param_hint="NAME",
            )
        else:
            ref = load_reference(Path(name), dimension=dimension)
    except DatacensusError as exc:
        raise _fail(exc) from None
    console = _console()
    prov = ref.provenance
    console.print(f"{prov.name}: {prov.title or '(no title)'}")
    fields = (
        ("dimension", prov.dimension),
        ("rows", str(ref.table.height)),
        ("version", prov.version),
        ("derived", prov.derived),
        ("licence", prov.licence),
        ("source", prov.source),
        ("url", prov.url),
        ("method", prov.method),
        ("sha256", prov.sha256),
        ("user-supplied", "yes" if prov.user_supplied else "no"),
    )
    for label, value in fields:
        if value:
            console.print(f"  {label + ':':<14} {value}", overflow="fold")
    for label, items in (("caveats", prov.caveats), ("notes", prov.notes)):
        if items:
            console.print(f"  {label}:")
            for item in items:
                console.print(f"    - {item}", overflow="fold")
    table = _table()
    table.add_column("key")
    table.add_column("label")
    table.add_column("share", justify="right")
    for key, share in ref.table.head(top).iter_rows():
        table.add_row(key, _label(key, prov.dimension), f"{share:.4%}")
    console.print(table)
    if ref.table.height > top:
        console.print(f"  ... {ref.table.height - top} more rows")


def _label(key: str, dimension: str) -> str:
    """Display name of a key: a language name, a country or M49 name, or nothing."""
    from datacensus.codes.countries import country_name
    from datacensus.codes.languages import language_name

    parts = key.split("|")
    dims = dimension.split("|")
    if len(parts) != len(dims):
        return ""
    out = []
    for part, dim in zip(parts, dims, strict=True):
        if dim == "language":
            out.append(language_name(part))
        elif dim in {"country", "subregion", "region"}:
            out.append(country_name(part))
        else:
            return ""
    return " / ".join(out)
