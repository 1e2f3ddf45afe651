"""The output contract: pydantic models with the field names, enums and types
of the fact spec (docs/FACTS.md, v1.4).

Every model accepts extra fields (the spec allows the extractor to add ids,
codes, rule names...), but the spec's own fields are typed and validated:
enums are real enums and impossible values are rejected.

>>> Quantity(text="hơn 8,3 tỷ USD", start=0, end=14, amount=8.3e9, unit="USD",
...          qualifier="over").qualifier
<Qualifier.OVER: 'over'>
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

SPEC_VERSION = "1.4"

# The location of a national figure (spec: `cả nước`, `Việt Nam` as subject).
NATIONAL_LOCATION = "Việt Nam"

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# Units that are not counts: their amounts may be any sign in a Value
# (a trade balance is negative), everything else counts things.
CURRENCY_OR_RATE_UNITS = frozenset(
    {"percent", "USD", "VND", "EUR", "JPY", "KRW", "CNY", "GBP", "AUD", "SGD",
     "THB", "HKD", "TWD", "CHF", "CAD", "RUB", "INR", "LAK", "KHR"}
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", use_enum_values=False)


class Qualifier(str, Enum):
    EXACT = "exact"
    OVER = "over"
    UNDER = "under"
    ABOUT = "about"
    NEARLY = "nearly"


class EntityType(str, Enum):
    PROVINCE = "PROVINCE"
    COUNTRY = "COUNTRY"
    REGION = "REGION"
    FOREIGN_LOCALITY = "FOREIGN_LOCALITY"
    INDUSTRIAL_PARK = "INDUSTRIAL_PARK"
    ORG = "ORG"
    PERSON = "PERSON"
    AGREEMENT = "AGREEMENT"


class Metric(str, Enum):
    EXPORT_VALUE = "export_value"
    IMPORT_VALUE = "import_value"
    TRADE_VALUE = "trade_value"
    TRADE_BALANCE = "trade_balance"
    FDI_CAPITAL = "fdi_capital"
    FDI_PROJECTS = "fdi_projects"
    DDI_CAPITAL = "ddi_capital"
    DDI_PROJECTS = "ddi_projects"
    INVESTMENT_PROJECTS = "investment_projects"
    PROJECT_CAPITAL = "project_capital"
    INVESTMENT_CAPITAL = "investment_capital"
    FDI_DISBURSED = "fdi_disbursed"
    INDUSTRIAL_PRODUCTION_INDEX = "industrial_production_index"
    INDUSTRIAL_PRODUCTION_VALUE = "industrial_production_value"
    GRDP = "grdp"
    BUDGET_REVENUE = "budget_revenue"
    NEW_BUSINESSES = "new_businesses"
    REVENUE = "revenue"
    EMPLOYMENT = "employment"
    EXPORT_MARKETS = "export_markets"
    EXPORT_PRODUCT_GROUPS = "export_product_groups"
    PRODUCTION_CAPACITY = "production_capacity"


class Status(str, Enum):
    ACTUAL = "actual"
    ESTIMATE = "estimate"
    TARGET = "target"
    FORECAST = "forecast"


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"


class Basis(str, Enum):
    SAME_PERIOD_LAST_YEAR = "same_period_last_year"
    PLAN = "plan"
    PREVIOUS_PERIOD = "previous_period"
    ANNUAL_AVERAGE = "annual_average"


class Span(_Model):
    """Character offsets into the original text, `end` exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _non_empty(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be greater than start {self.start}")
        return self


class Mention(Span):
    """A span that also carries the text it covers."""

    text: str

    @model_validator(mode="after")
    def _text_fits_span(self) -> Mention:
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"text {self.text!r} has {len(self.text)} characters "
                f"but the span {self.start}..{self.end} has {self.end - self.start}"
            )
        return self


def _check_count_sign(amount: float, unit: str, allow_negative_money: bool) -> None:
    is_money_or_rate = unit in CURRENCY_OR_RATE_UNITS
    if amount < 0 and not (allow_negative_money and is_money_or_rate):
        raise ValueError(f"negative amount {amount} for unit {unit!r}")


class Value(_Model):
    """A quantity without its text: what a fact reports."""

    amount: float
    unit: str = Field(min_length=1)
    qualifier: Qualifier = Qualifier.EXACT

    @model_validator(mode="after")
    def _sign(self) -> Value:
        # A trade balance (nhập siêu) is a negative sum of money; counts never are.
        _check_count_sign(self.amount, self.unit, allow_negative_money=True)
        return self


class Quantity(Mention):
    """A numeric expression with a unit, as written in the text."""

    amount: float
    unit: str = Field(min_length=1)
    qualifier: Qualifier = Qualifier.EXACT

    @model_validator(mode="after")
    def _sign(self) -> Quantity:
        _check_count_sign(self.amount, self.unit, allow_negative_money=False)
        return self


class Entity(Mention):
    type: EntityType
    norm: str | None = None


class Period(_Model):
    """Months inclusive at both ends; a cumulative stock has no start."""

    start: str | None = None
    end: str | None = None
    cumulative: bool = False

    @model_validator(mode="after")
    def _well_formed(self) -> Period:
        for name in ("start", "end"):
            month = getattr(self, name)
            if month is not None and not _MONTH.match(month):
                raise ValueError(f"period {name} {month!r} is not YYYY-MM")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"period end {self.end} is before start {self.start}")
        return self


class Change(_Model):
    direction: Direction
    percent: float | None = None
    amount: Value | None = None
    basis: Basis | None = None
    qualifier: Qualifier | None = None


class Fact(_Model):
    metric: Metric
    location: str | None = None
    period: Period | None = None
    value: Value | None = None
    status: Status = Status.ACTUAL
    change: Change | None = None
    partner: str | None = None
    product: str | None = None
    sector: str | None = None
    subject: str | None = None
    evidence: Span


class PeriodMention(Mention):
    """A time expression as written, with its normalized month interval.

    `period` is None when the expression cannot be resolved (a relative
    `năm nay` in an article without a date). `cutoff` marks cut-off phrasing
    (`lũy kế đến hết tháng 5/2024`): whether that is a cumulative stock or a
    year-to-date flow depends on the metric and is decided in fact assembly.
    """

    period: Period | None = None
    cutoff: bool = False
    relative: bool = False


class ConsistencyWarning(_Model):
    """A consistency check that failed across the article's facts."""

    check: str
    message: str
    facts: list[int] = Field(default_factory=list)


class Document(_Model):
    doc_id: str = Field(min_length=1)
    quantities: list[Quantity] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    # Extra fields beyond the spec (the evaluator ignores them).
    periods: list[PeriodMention] = Field(default_factory=list)
    warnings: list[ConsistencyWarning] = Field(default_factory=list)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    def to_json(self) -> str:
        """Stable JSON: the same Document always gives the same bytes."""
        return self.model_dump_json(indent=1) + "\n"

    def facts_table(self, source: str | None = None) -> list[dict[str, Any]]:
        """One flat row per fact, ready for pandas or csv.DictWriter; `source`
        names where the article came from (a file, `archive.jsonl:7`)."""
        return [flatten_fact(self.doc_id, fact, date=self.date, source=source) for fact in self.facts]


# The columns of facts.csv and facts.parquet (README, "facts.csv" lists what each holds).
FACT_TABLE_COLUMNS = (
    "doc_id", "source", "date", "metric", "location", "period_start", "period_end", "cumulative",
    "amount", "unit", "qualifier", "status", "change_direction", "change_percent",
    "change_amount", "change_unit", "change_basis", "change_qualifier",
    "partner", "product", "sector", "subject", "evidence_start", "evidence_end", "evidence_text",
)


def plain_amount(amount: float) -> str:
    """An amount as an analyst reads it in a message: every digit of a whole
    number with thousands separators, no exponent.

    >>> plain_amount(34.5e9), plain_amount(1326.0), plain_amount(8.5), plain_amount(0.125)
    ('34,500,000,000', '1,326', '8.5', '0.125')
    """
    return f"{int(amount):,}" if float(amount).is_integer() else f"{amount:,.6g}"


def flatten_fact(doc_id: str, fact: Fact, date: str | None = None, source: str | None = None) -> dict[str, Any]:
    """The fact as one row with the columns of FACT_TABLE_COLUMNS; `date` is
    the article's, `evidence_text` the evidence when the Document carries it."""
    period, value, change = fact.period, fact.value, fact.change
    change_amount = change.amount if change else None
    return {
        "doc_id": doc_id,
        "source": source,
        "date": date,
        "metric": fact.metric.value,
        "location": fact.location,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "cumulative": period.cumulative if period else None,
        "amount": value.amount if value else None,
        "unit": value.unit if value else None,
        "qualifier": value.qualifier.value if value else None,
        "status": fact.status.value,
        "change_direction": change.direction.value if change else None,
        "change_percent": change.percent if change else None,
        "change_amount": change_amount.amount if change_amount else None,
        "change_unit": change_amount.unit if change_amount else None,
        "change_basis": change.basis.value if change and change.basis else None,
        "change_qualifier": change.qualifier.value if change and change.qualifier else None,
        "partner": fact.partner,
        "product": fact.product,
        "sector": fact.sector,
        "subject": fact.subject,
        "evidence_start": fact.evidence.start,
        "evidence_end": fact.evidence.end,
        "evidence_text": getattr(fact.evidence, "text", None),
    }


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema of Document, as `extract schema` prints it."""
    return Document.model_json_schema()
