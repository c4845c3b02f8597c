"""Money arithmetic of a proposal, in ``Decimal``, with ONE rounding rule.

The rule: every amount of a line is rounded to kopecks/cents (0.01) with ROUND_HALF_UP at the
moment it is computed, in this order —

    gross    = round(quantity × unit price)
    discount = round(gross × discount % / 100)

and then by the proposal's VAT mode:

    on top (НДС сверху):     net = gross − discount;  VAT = round(net × rate / 100);  total = net + VAT
    included (в т. ч. НДС):  total = gross − discount; VAT = round(total × rate / (100 + rate));
                             net = total − VAT
    without (без НДС):       net = total = gross − discount;  VAT = 0

and the proposal's subtotal, discount, net, VAT and total are plain SUMS of the rounded line
amounts, so the printed table always adds up to the printed total.

The financial result (for financiers and technical specialists):

    payback months = investment / annual gain × 12          (rounded to 0.1)
    ROI over N years = (annual gain × N − investment) / investment × 100 %   (rounded to 0.1)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kam_desktop.domain.proposal import FinancialInputs, LineItem, Proposal, VatMode

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
HUNDRED = Decimal("100")
ZERO = Decimal("0")


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_tenth(value: Decimal) -> Decimal:
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class LineAmounts:
    gross: Decimal
    discount: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    lines: tuple[LineAmounts, ...]
    subtotal: Decimal  # sum of gross amounts, before discount
    discount: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


def line_amounts(item: LineItem, vat_mode: VatMode = VatMode.ON_TOP) -> LineAmounts:
    gross = round_money(item.quantity * item.unit_price)
    discount = round_money(gross * item.discount_pct / HUNDRED)
    after_discount = gross - discount
    if vat_mode == VatMode.WITHOUT:
        return LineAmounts(gross, discount, after_discount, ZERO, after_discount)
    if vat_mode == VatMode.INCLUDED:
        vat = round_money(after_discount * item.vat_pct / (HUNDRED + item.vat_pct))
        return LineAmounts(gross, discount, after_discount - vat, vat, after_discount)
    vat = round_money(after_discount * item.vat_pct / HUNDRED)
    return LineAmounts(gross, discount, after_discount, vat, after_discount + vat)


def proposal_totals(items: Iterable[LineItem], vat_mode: VatMode = VatMode.ON_TOP) -> Totals:
    lines = tuple(line_amounts(i, vat_mode) for i in items)
    return Totals(
        lines=lines,
        subtotal=sum((line.gross for line in lines), ZERO),
        discount=sum((line.discount for line in lines), ZERO),
        net=sum((line.net for line in lines), ZERO),
        vat=sum((line.vat for line in lines), ZERO),
        total=sum((line.total for line in lines), ZERO),
    )


def totals_of(proposal: Proposal) -> Totals:
    """The proposal's totals under its own VAT mode (what the document and lists show)."""
    return proposal_totals(proposal.line_items, proposal.vat_mode)


@dataclass(frozen=True, slots=True)
class YearPoint:
    year: int
    cumulative_investment: Decimal
    cumulative_gain: Decimal


@dataclass(frozen=True, slots=True)
class FinancialResult:
    investment: Decimal
    annual_gain: Decimal
    current_annual_cost: Decimal | None
    payback_months: Decimal | None  # None when the gain never pays the investment back
    roi_1y_pct: Decimal | None  # None when there is no investment to relate to
    roi_3y_pct: Decimal | None
    gain_share_of_cost_pct: Decimal | None  # the gain as a share of today's annual cost
    years: tuple[YearPoint, ...]  # cumulative figures for the chart (years 1..3)


def roi_pct(annual_gain: Decimal, investment: Decimal, years: int) -> Decimal | None:
    if investment <= 0:
        return None
    return round_tenth((annual_gain * years - investment) / investment * HUNDRED)


def payback_months(annual_gain: Decimal, investment: Decimal) -> Decimal | None:
    if annual_gain <= 0:
        return None
    return round_tenth(investment / annual_gain * 12)


def financial_result(inputs: FinancialInputs, proposal_total: Decimal) -> FinancialResult | None:
    """The quantified result, or None when no expected gain was entered."""
    if inputs.annual_gain is None:
        return None
    investment = inputs.investment if inputs.investment is not None else proposal_total
    gain = inputs.annual_gain
    share = None
    if inputs.current_annual_cost and inputs.current_annual_cost > 0:
        share = round_tenth(gain / inputs.current_annual_cost * HUNDRED)
    years = tuple(YearPoint(n, investment, round_money(gain * n)) for n in (1, 2, 3))
    return FinancialResult(
        investment=investment,
        annual_gain=gain,
        current_annual_cost=inputs.current_annual_cost,
        payback_months=payback_months(gain, investment),
        roi_1y_pct=roi_pct(gain, investment, 1),
        roi_3y_pct=roi_pct(gain, investment, 3),
        gain_share_of_cost_pct=share,
        years=years,
    )
