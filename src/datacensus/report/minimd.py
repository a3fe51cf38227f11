"""The small Markdown subset of the methods text, to escaped HTML.

Blocks: paragraphs, fenced code, pipe tables, ``-`` lists. Inline: ``code``, **bold**, *em*.
Everything is HTML-escaped before any markup is added.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def inline(text: str) -> str:
    """Escape, then mark up code spans (left untouched inside), bold and emphasis."""
    parts = _CODE.split(text)
    out = []
    for i, part in enumerate(parts):
        safe = str(escape(part))
        if i % 2:
            out.append(f"<code>{safe}</code>")
        else:
            safe = _BOLD.sub(r"<strong>\1</strong>", safe)
            out.append(_EM.sub(r"<em>\1</em>", safe))
    return "".join(out)


def _table(lines: list[str]) -> str:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
    head, body = rows[0], [r for r in rows[1:] if not all(set(c) <= set("-: ") for c in r)]
    html = ['<table class="compact"><thead><tr>']
    html += [f"<th>{inline(c)}</th>" for c in head]
    html.append("</tr></thead><tbody>")
    for row in body:
        html.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>")
    html.append("</tbody></table>")
    return "".join(html)


def to_html(text: str) -> Markup:
    """Render the subset; unknown constructs fall back to escaped paragraphs."""
    blocks: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            blocks.append(f"<pre>{escape(chr(10).join(lines[i + 1 : j]))}</pre>")
            i = j + 1
        elif line.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            blocks.append(_table(lines[i:j]))
            i = j
        elif line.startswith("- "):
            items: list[str] = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith("```"):
                if lines[i].startswith("- "):
                    items.append(lines[i][2:])
                else:
                    items[-1] += " " + lines[i].strip()
                i += 1
            blocks.append("<ul>" + "".join(f"<li>{inline(t)}</li>" for t in items) + "</ul>")
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith(("```", "|")):
                para.append(lines[i].strip())
                i += 1
            blocks.append(f"<p>{inline(' '.join(para))}</p>")
    return Markup("\n".join(blocks))  # built from escaped pieces only
