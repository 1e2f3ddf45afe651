"""HTML views for analysts: one article with its facts, and a corpus report.

`render_article(text, document)` gives the page of one article (what
`extract show` and `extract run --html` write); `render_report(...)` the
corpus report of `extract report`.
"""

from __future__ import annotations

from .article import render_article
from .report import render_report

__all__ = ["render_article", "render_report"]
