"""`datacensus refs list | show`: what reference distributions there are, and where from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from datacensus.errors import DatacensusError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

app = typer.Typer(
    help="List, show and compare reference distributions (or check your own CSV).",
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
    name: Annotated[
        str, typer.Argument(help="A shipped name, a CSV path, or an expression (0.5*A+0.5*B).")
    ],
    dimension: Annotated[
        str | None,
        typer.Option(help="Dimension of a CSV given by path (e.g. language, country)."),
    ] = None,
    top: Annotated[int, typer.Option(min=0, help="How many rows to show.")] = 15,
) -> None:
    """Provenance and the largest rows of one reference (validating a user's CSV on the way)."""
    ref = _load(name, dimension)
    console = _console()
    prov = ref.provenance
    console.print(f"{prov.name}: {prov.title or '(no title)'}")
    fields = (
        ("dimension", prov.dimension),
        ("rows", str(ref.table.height)),
        ("version", prov.version),
        ("year", prov.year),
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
            console.print(f"  {label + ':':<14} {value}", overflow="fold", soft_wrap=False)
    from datacensus.report.lenses import composition_lines

    for label, items in (
        ("composition", tuple(composition_lines(prov))),
        ("caveats", prov.caveats),
        ("notes", prov.notes),
    ):
        if items:
            console.print(f"  {label}:")
            for item in items:
                console.print(f"    - {item}", overflow="fold", soft_wrap=False)
    table = _table()
    table.add_column("key")
    table.add_column("label")
    table.add_column("share", justify="right")
    for key, share in ref.table.head(top).iter_rows():
        table.add_row(key, _label(key, prov.dimension), f"{share:.4%}")
    console.print(table)
    if ref.table.height > top:
        console.print(f"  ... {ref.table.height - top} more rows")


@app.command("diff")
def diff_refs(
    first: Annotated[str, typer.Argument(help="Reference A: shipped name, CSV or expression.")],
    second: Annotated[str, typer.Argument(help="Reference B, of the same dimension.")],
    dimension: Annotated[
        str | None, typer.Option(help="Dimension of A and B when neither is a shipped name.")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="How many keys to show.")] = 15,
) -> None:
    """Where two references differ most: the keys with the largest gaps in share."""
    from datacensus.compare.refdiff import reference_diff

    a = _load(first, dimension)
    b = _load(second, dimension or a.dimension)
    try:
        gap = reference_diff(a, b)
    except DatacensusError as exc:
        raise _fail(exc) from None
    console = _console()
    console.print(f"A = {a.name} ({a.table.height} keys), B = {b.name} ({b.table.height} keys)")
    console.print(
        f"  total variation distance: {gap.tvd:.4f} (share of A that would have to move to get B)"
    )
    console.print(f"  keys only in A: {gap.only_first}; only in B: {gap.only_second}")
    table = _table()
    for column, justify in (
        ("key", "left"),
        ("label", "left"),
        ("A", "right"),
        ("B", "right"),
        ("B - A", "right"),
        ("B / A", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in gap.rows[:top]:
        ratio = "only B" if row.first == 0 else f"{row.second / row.first:.3g}×"
        table.add_row(
            row.key,
            _label(row.key, a.dimension),
            f"{row.first:.4%}",
            f"{row.second:.4%}",
            f"{(row.second - row.first) * 100:+.3f} pt",
            ratio,
        )
    console.print(table)
    if len(gap.rows) > top:
        console.print(f"  ... {len(gap.rows) - top} more keys differ")


def _load(name: str, dimension: str | None) -> Any:
    """A shipped reference, a CSV (needs a dimension) or an expression (needs a dimension)."""
    from datacensus.compare.compose import resolve
    from datacensus.compare.references import shipped_names, shipped_reference

    try:
        if name in shipped_names():
            return shipped_reference(name)
        if dimension is None:
            dims = {shipped_reference(n).dimension for n in _names_in(name)}
            if len(dims) != 1:
                raise typer.BadParameter(
                    f"{name!r} is not a shipped reference; give --dimension to read it",
                    param_hint="NAME",
                )
            dimension = dims.pop()
        return resolve(name if not name.endswith(".csv") else Path(name), dimension=dimension)
    except DatacensusError as exc:
        raise _fail(exc) from None


def _names_in(expression: str) -> list[str]:
    """Shipped names used in an expression (to infer its dimension)."""
    from datacensus.compare.compose import parse_expression
    from datacensus.compare.references import shipped_names

    try:
        terms = parse_expression(expression)
    except DatacensusError:
        return []
    return [t.base for t in terms if t.base in shipped_names()]


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
