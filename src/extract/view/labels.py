"""Short human labels for the normalized values of a Document.

The pages show what the extractor understood, so every label is derived from
the Document's fields only, never re-read from the article text.
"""

from __future__ import annotations

from ..schema import Basis, Change, Direction, Entity, Period, PeriodMention, Quantity, Qualifier, Value

_SCALES = ((1e9, "billion"), (1e6, "million"))

_QUALIFIER_WORDS = {
    Qualifier.OVER: "over",
    Qualifier.UNDER: "under",
    Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly",
}

_BASIS_WORDS = {
    Basis.SAME_PERIOD_LAST_YEAR: "y/y",
    Basis.PLAN: "vs plan",
    Basis.PREVIOUS_PERIOD: "vs previous period",
    Basis.ANNUAL_AVERAGE: "a year on average",
}


def format_number(number: float, decimals: int = 2) -> str:
    """A number with thousands separators and no trailing zeros.

    >>> format_number(5500), format_number(9.550), format_number(-0.5)
    ('5,500', '9.55', '-0.5')
    """
    text = f"{number:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_amount(amount: float, unit: str) -> str:
    """An amount with its unit, money scaled to millions or billions.

    >>> format_amount(574_700_000, "USD"), format_amount(9.55, "percent")
    ('574.7 million USD', '9.55%')
    >>> format_amount(5.5e12, "VND"), format_amount(1326, "dự án")
    ('5,500 billion VND', '1,326 dự án')
    """
    if unit == "percent":
        return f"{format_number(amount)}%"
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            return f"{format_number(amount / scale)} {word} {unit}"
    return f"{format_number(amount)} {unit}"


def qualified(text: str, qualifier: Qualifier | None) -> str:
    """`text` after the hedge word of `qualifier` (nothing for exact).

    >>> qualified("8.3 billion USD", Qualifier.OVER)
    'over 8.3 billion USD'
    """
    word = _QUALIFIER_WORDS.get(qualifier) if qualifier else None
    return f"{word} {text}" if word else text


def value_label(value: Value | Quantity | None) -> str:
    """The value of a fact or quantity, hedge included; empty for None.

    >>> value_label(Value(amount=8.3e9, unit="USD", qualifier="over"))
    'over 8.3 billion USD'
    """
    if value is None:
        return ""
    return qualified(format_amount(value.amount, value.unit), value.qualifier)


def _month(month: str) -> tuple[str, str]:
    year, number = month.split("-")
    return year, number


def period_label(period: Period | None) -> str:
    """Months as an analyst writes them: `2024`, `01–05/2021`, `up to 12/2024`.

    >>> period_label(Period(start="2024-01", end="2024-12"))
    '2024'
    >>> period_label(Period(start="2021-01", end="2021-05"))
    '01–05/2021'
    >>> period_label(Period(end="2024-12", cumulative=True))
    'up to 12/2024 (cumulative)'
    """
    if period is None or (period.start is None and period.end is None):
        return ""
    if period.start is None:
        year, month = _month(period.end)
        suffix = " (cumulative)" if period.cumulative else ""
        return f"up to {month}/{year}{suffix}"
    start_year, start_month = _month(period.start)
    if period.end is None:
        return f"from {start_month}/{start_year}"
    end_year, end_month = _month(period.end)
    if start_month == "01" and end_month == "12":
        return start_year if start_year == end_year else f"{start_year}–{end_year}"
    if period.start == period.end:
        return f"{end_month}/{end_year}"
    if start_year == end_year:
        return f"{start_month}–{end_month}/{end_year}"
    return f"{start_month}/{start_year}–{end_month}/{end_year}"


def change_label(change: Change | None) -> str:
    """A change as an arrow, its size and its basis.

    >>> change_label(Change(direction="up", percent=13, basis="same_period_last_year"))
    '▲ 13% y/y'
    >>> change_label(Change(direction="down", percent=None))
    '▼'
    """
    if change is None:
        return ""
    parts = ["▲" if change.direction is Direction.UP else "▼"]
    factor = getattr(change, "factor", None)
    if change.percent is not None:
        parts.append(qualified(f"{format_number(change.percent)}%", change.qualifier))
    elif isinstance(factor, int | float):
        parts.append(f"×{format_number(factor)}")
    if change.amount is not None:
        parts.append(value_label(change.amount))
    if change.basis is not None:
        parts.append(_BASIS_WORDS[change.basis])
    return " ".join(parts)


def quantity_title(quantity: Quantity) -> str:
    """The hover text of a quantity: its normalized amount, unit and hedge.

    >>> quantity_title(Quantity(text="hơn 8,3 tỷ USD", start=0, end=14, amount=8.3e9,
    ...                         unit="USD", qualifier="over"))
    'quantity: 8,300,000,000 USD · qualifier over'
    """
    return (f"quantity: {format_number(quantity.amount, 6)} {quantity.unit}"
            f" · qualifier {quantity.qualifier.value}")


def period_title(mention: PeriodMention) -> str:
    """The hover text of a period mention: its months, or why it has none.

    >>> period_title(PeriodMention(text="5 tháng đầu năm 2024", start=0, end=20,
    ...                            period=Period(start="2024-01", end="2024-05")))
    'period: 2024-01 … 2024-05 (01–05/2024)'
    """
    period = mention.period
    if period is None:
        return "period: unresolved (no article date)" if mention.relative else "period: unresolved"
    months = f"{period.start or '…'} … {period.end or '…'}"
    notes = [period_label(period)]
    if mention.cutoff:
        notes.append("cut-off phrasing")
    return f"period: {months} ({', '.join(notes)})"


def entity_title(entity: Entity) -> str:
    """The hover text of an entity: its type and normalized name.

    >>> entity_title(Entity(text="Hoa Kỳ", start=0, end=6, type="COUNTRY", norm="US"))
    'COUNTRY → US'
    """
    norm = f" → {entity.norm}" if entity.norm else ""
    return f"{entity.type.value}{norm}"


def metric_label(metric: str) -> str:
    """A metric code as words.

    >>> metric_label("fdi_capital")
    'fdi capital'
    """
    return metric.replace("_", " ")
