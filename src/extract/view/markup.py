"""Text with overlapping highlighted ranges as well-formed, escaped HTML.

Ranges may nest (a PROVINCE inside an ORG, a quantity inside an evidence
sentence) or cross (two evidence clauses sharing words). Nested ranges become
nested elements; a range crossed by another is closed and reopened around the
crossing, and each piece carries the same attributes plus the class `cont`
(for the pieces after the first), so the page can still find all of them.
The text between the tags is the original text, escaped, in order: the
element's textContent is the article.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Layer:
    """One highlighted range: `text[start:end]` wrapped in `<tag attrs>`.

    `depth` orders ranges with the same extent: the lower one is outside.
    """

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    depth: int = 0


def _open_tag(layer: Layer, continued: bool) -> str:
    attrs = dict(layer.attrs)
    if continued:
        attrs["class"] = f"{attrs.get('class', '')} cont".strip()
        attrs.pop("id", None)
    rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs.items())
    return f"<{layer.tag}{rendered}>"


def _nesting_key(layer: Layer) -> tuple[int, int, int]:
    # Outer first: the range that lasts longest, then the one meant to be outside.
    return (-layer.end, layer.depth, layer.start)


def render_layers(text: str, layers: list[Layer]) -> str:
    """`text` escaped, with every layer's range wrapped in its element.

    Args:
        text: the article text; layers index it.
        layers: ranges to wrap; empty or out-of-range ones are ignored.

    Returns:
        HTML whose elements are properly nested and whose text is `text`.

    >>> render_layers("Sở Công Thương Nghệ An <b>", [
    ...     Layer(0, 22, "mark", (("class", "org"),)), Layer(15, 22, "mark", (("class", "prov"),))])
    '<mark class="org">Sở Công Thương <mark class="prov">Nghệ An</mark></mark> &lt;b&gt;'
    """
    layers = [layer for layer in layers if 0 <= layer.start < layer.end <= len(text)]
    starting: dict[int, list[Layer]] = defaultdict(list)
    for layer in layers:
        starting[layer.start].append(layer)
    boundaries = sorted({0, len(text), *(l.start for l in layers), *(l.end for l in layers)})
    output: list[str] = []
    stack: list[Layer] = []
    for position, following in zip(boundaries, boundaries[1:] + [len(text)]):
        reopened = _close_ending(stack, position, output)
        opening = sorted(reopened + starting.get(position, []), key=_nesting_key)
        for layer in opening:
            output.append(_open_tag(layer, continued=layer.start < position))
            stack.append(layer)
        output.append(html.escape(text[position:following], quote=False))
    _close_ending(stack, len(text) + 1, output)
    return "".join(output)


def _close_ending(stack: list[Layer], position: int, output: list[str]) -> list[Layer]:
    """Close the layers ending at `position` (all of them past the text's end).

    Layers opened inside a closing one are closed with it and returned, to be
    reopened at `position`.
    """
    ending = [index for index, layer in enumerate(stack) if layer.end <= position]
    if not ending:
        return []
    popped = stack[ending[0]:]
    del stack[ending[0]:]
    for layer in reversed(popped):
        output.append(f"</{layer.tag}>")
    return [layer for layer in popped if layer.end > position]
