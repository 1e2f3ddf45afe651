"""The page shell shared by the article view and the corpus report.

Pages are single self-contained files: the style and script are inline and a
Content-Security-Policy forbids every request except inline code and data:
images, so even a page built from hostile text cannot fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import quote

# Nothing may leave the page: no fetch, no image, no font, no frame; the only
# script that runs is the page's own (allowed by its hash, not by being inline).
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src {script}; "
       "img-src data:; base-uri 'none'; form-action 'none'")

BASE_CSS = """
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --paper:#ffffff; --bg:#f6f7f9;
  --qty:#fde68a; --qty-edge:#d97706; --per:#bae6fd; --per-edge:#0284c7;
  --place:#e9d5ff; --place-edge:#7e22ce; --org:#bbf7d0; --org-edge:#15803d;
  --focus:#ffe4e6; --focus-edge:#e11d48; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
  color: var(--ink); background: var(--bg); }
header.top { padding: 14px 24px 10px; background: var(--paper); border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 19px; margin: 0 0 4px; }
header.top .meta { color: var(--muted); font-size: 13px; }
header.top .meta span + span::before { content: " · "; }
main { padding: 16px 24px; }
section.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 16px; margin-bottom: 16px; }
section.card h2 { font-size: 15px; margin: 0 0 8px; text-transform: uppercase; letter-spacing: .04em;
  color: #374151; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top;
  overflow-wrap: break-word; }
th { background: #f9fafb; font-weight: 600; position: sticky; top: 0; z-index: 1; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px;
  background: #e5e7eb; }
.badge.estimate { background: #dbeafe; color: #1e40af; }
.badge.target { background: #ede9fe; color: #5b21b6; }
.badge.forecast { background: #ffedd5; color: #9a3412; }
.up { color: #047857; } .down { color: #b91c1c; }
a { color: #1d4ed8; }
.warnings { border-color: #f59e0b; background: #fffbeb; }
.warnings h2 { color: #92400e; }
.warnings li { margin: 2px 0; }
.warnings code { background: #fef3c7; padding: 0 4px; border-radius: 3px; }
"""


def escape(text: object) -> str:
    """Text for HTML content or a quoted attribute value.

    >>> escape('"><img src=x onerror=alert(1)>')
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
    """
    return html.escape(str(text), quote=True)


def href(*parts: str, fragment: str = "") -> str:
    """A relative link from path parts, each percent-encoded, ready for an attribute.

    >>> href("articles", 'd"01 <x>.html', fragment="fact-3")
    'articles/d%2201%20%3Cx%3E.html#fact-3'
    """
    path = "/".join(quote(part, safe="") for part in parts)
    return escape(f"{path}#{quote(fragment, safe='')}" if fragment else path)


def page(title: str, body: str, css: str = "", script: str = "", body_class: str = "") -> str:
    """A complete HTML document around `body` (already HTML); `title` is text.

    >>> "<title>Nghệ An &lt;b&gt;</title>" in page("Nghệ An <b>", "<p>x</p>")
    True
    """
    script_tag = f"<script>{script}</script>" if script else ""
    csp = CSP.format(script=script_hash(script) if script else "'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(csp)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)}</title>\n<style>{BASE_CSS}{css}</style>\n</head>\n"
        f"<body class=\"{escape(body_class)}\">\n{body}\n{script_tag}\n</body>\n</html>\n"
    )


def script_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script.

    >>> script_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
