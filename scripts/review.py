"""The content as a physiotherapist reviews it: one dated HTML document with every topic and
triage rule (text with the clinic's details, sources, scope, follow-ups; for rules, the findings,
tier and safety question), its sign-off status, and what changed since the last signed version.

    python scripts/review.py                       # writes review/content-review-<date>.html
    python scripts/review.py --sign "A. Physio"    # records A. Physio's sign-off of it all

make review / make sign-off REVIEWER="A. Physio" run these.
"""
from __future__ import annotations

import argparse
import datetime
import html
import sys
from pathlib import Path
from typing import Dict, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knee.content import CONTENT_DIR, ContentError, load_content  # noqa: E402
from knee.review import (  # noqa: E402
    SIGNED_FILES, Item, SignOff, changes, content_items, load_sign_offs, review_status, sign_off,
)

STYLE = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#17302b;line-height:1.45}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif} section{border-top:1px solid #ccc;padding:.6rem 0}
.status{font-size:.9rem;padding:.1rem .4rem;border-radius:3px} .ok{background:#dff0d8} .todo{background:#fbe3c0}
pre{white-space:pre-wrap;background:#f6f6f4;padding:.6rem} .add{color:#0a5c0a} .del{color:#9a1a1a}
dl{display:grid;grid-template-columns:9rem 1fr;gap:.2rem .8rem} dt{font-weight:bold}
"""


def render(directory: Path, today: datetime.date) -> str:
    content = load_content(directory)
    values = content.clinic.placeholders()
    items = content_items(directory)
    sign_offs = load_sign_offs(directory)
    changed = [key for key in items if changes(items[key], sign_offs.get(key))]
    removed = [key for key in sign_offs if key not in items]
    out: List[str] = [
        "<!doctype html><html lang='en'><meta charset='utf-8'>",
        f"<title>Content review {today.isoformat()}</title><style>{STYLE}</style>",
        f"<h1>{html.escape(content.clinic.name)}: runner's knee assistant, content review</h1>",
        f"<p>Prepared {today.isoformat()}. {len(items)} items; {len(items) - len(changed)} signed off and "
        f"unchanged since; {len(changed)} new or changed since the last sign-off.</p>",
        "<h2>Changed since the last signed version</h2>",
    ]
    if not changed and not removed:
        out.append("<p>Nothing has changed since the last sign-off.</p>")
    for key in changed + removed:
        out.append(_diff(key, items.get(key), sign_offs.get(key)))
    for file in SIGNED_FILES:
        out.append(f"<h2>{html.escape(file)}</h2>")
        for key, item in items.items():
            if key.startswith(file + "/"):
                out.append(_item(key, item, review_status(item, sign_offs), values, content.sources))
    out.append("<h2>Sources</h2><dl>")
    out += [f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in content.sources.items()]
    out.append("</dl></html>")
    return "\n".join(out)


def _item(key: str, item: Item, signed: Optional[SignOff], values: Dict[str, str], sources: Dict[str, str]) -> str:
    fields = dict(item.fields)
    status = (f"<span class='status ok'>signed off by {html.escape(signed.by)} on {signed.on}</span>" if signed
              else "<span class='status todo'>not yet signed off</span>")
    parts = [f"<section id='{html.escape(key)}'><h3>{html.escape(key.split('/', 1)[1])} {status}</h3><dl>"]
    for name, value in fields.items():
        if name in ("text", "doctor_text", "says", "ask", "do") and isinstance(value, str):
            shown = f"<pre>{html.escape(value.format_map(_Placeholders(values)))}</pre>"
        elif name == "source" and isinstance(value, list):
            shown = "<br>".join(f"{html.escape(k)}: {html.escape(sources.get(k, '?'))}" for k in value)
        else:
            shown = html.escape(str(value))
        parts.append(f"<dt>{html.escape(name)}</dt><dd>{shown}</dd>")
    parts.append("</dl></section>")
    return "\n".join(parts)


class _Placeholders(dict):
    """The clinic's details; a placeholder filled in only when sent ({link}) is shown as it is."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _diff(key: str, item: Optional[Item], signed: Optional[SignOff]) -> str:
    what = "new" if signed is None else ("removed" if item is None else "changed")
    lines = changes(item, signed) if item else [f"-{line}" for line in Item(key, signed.signed).lines()]
    shown = "\n".join(f"<span class='{'add' if l.startswith('+') else 'del' if l.startswith('-') else ''}'>"
                      f"{html.escape(l)}</span>" for l in lines)
    return f"<section><h3>{html.escape(key)} ({what})</h3><pre>{shown}</pre></section>"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=CONTENT_DIR)
    parser.add_argument("--out", type=Path, default=Path("review"))
    parser.add_argument("--sign", metavar="REVIEWER", help="record this reviewer's sign-off of everything")
    args = parser.parse_args(argv)
    try:
        if args.sign is not None:
            count = sign_off(args.content, args.sign)
            print(f"Signed off {count} new or changed item(s) as {args.sign.strip()}.")
            return 0
        today = datetime.date.today()
        document = render(args.content, today)
    except ContentError as error:
        print(f"error: content/{error}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"content-review-{today.isoformat()}.html"
    path.write_text(document, encoding="utf-8")
    print(f"Review document: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
