"""Totals, the rounding rule, the total in words and the financial result."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from kam_desktop.domain.money_words import amount_in_words_ru
from kam_desktop.domain.pricing import financial_result, line_amounts, proposal_totals
from kam_desktop.domain.proposal import FinancialInputs, LineItem, Proposal, ProposalStatus
from kam_desktop.domain.proposal_validation import proposal_errors


def line(qty: str, price: str, discount: str = "0", vat: str = "20") -> LineItem:
    return LineItem("x", D(qty), "шт.", D(price), D(discount), D(vat))


def test_line_amounts_are_rounded_half_up_to_kopecks_at_each_step():
    # gross 3 × 33.335 = 100.005 → 100.01; discount 12.5 % = 12.50125 → 12.50;
    # net 87.51; VAT 20 % = 17.502 → 17.50; total 105.01
    a = line_amounts(line("3", "33.335", "12.5"))
    assert (a.gross, a.discount, a.net, a.vat, a.total) == (
        D("100.01"),
        D("12.50"),
        D("87.51"),
        D("17.50"),
        D("105.01"),
    )


def test_totals_are_sums_of_rounded_lines_so_the_table_adds_up():
    items = [line("1", "0.005"), line("1", "0.005"), line("1", "0.005")]
    totals = proposal_totals(items)
    # each line: gross 0.01, VAT 0.002 → 0.00; three lines → 0.03 (not round(0.015) = 0.02)
    assert totals.subtotal == D("0.03")
    assert totals.vat == D("0.00")
    assert totals.total == sum(a.total for a in totals.lines) == D("0.03")


def test_totals_with_discounts_and_mixed_vat():
    items = [line("40", "85000", "10"), line("4", "96000", "0", "0"), line("2.5", "1000.10")]
    t = proposal_totals(items)
    assert t.subtotal == D("3400000.00") + D("384000.00") + D("2500.25")
    assert t.discount == D("340000.00")
    assert t.net == t.subtotal - t.discount
    assert t.vat == D("612000.00") + D("0.00") + D("500.05")
    assert t.total == t.net + t.vat == D("4059000.30")


def test_empty_proposal_totals_are_zero():
    assert proposal_totals([]).total == D("0")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("123456.78", "Сто двадцать три тысячи четыреста пятьдесят шесть рублей 78 копеек"),
        ("1.01", "Один рубль 01 копейка"),
        ("2.02", "Два рубля 02 копейки"),
        ("11.11", "Одиннадцать рублей 11 копеек"),
        ("21.21", "Двадцать один рубль 21 копейка"),
        ("2000", "Две тысячи рублей 00 копеек"),
        ("1000000", "Один миллион рублей 00 копеек"),
        (
            "11907960.00",
            "Одиннадцать миллионов девятьсот семь тысяч девятьсот шестьдесят рублей 00 копеек",
        ),
    ],
)
def test_total_in_words_reads_like_an_accounting_document(amount, words):
    assert amount_in_words_ru(D(amount)) == words


def test_total_in_words_other_currencies():
    assert amount_in_words_ru(D("100.5"), "EUR") == "Сто евро 50 центов"
    assert amount_in_words_ru(D("3"), "USD") == "Три доллара США 00 центов"


def test_payback_and_roi():
    r = financial_result(
        FinancialInputs(D("46000000"), D("9200000"), D("9987300")), proposal_total=D("1")
    )
    assert r is not None
    # 9 987 300 / 9 200 000 × 12 = 13.03 months; ROI 1y = (9.2 − 9.9873) / 9.9873 = −7.9 %
    assert r.payback_months == D("13.0")
    assert r.roi_1y_pct == D("-7.9")
    # ROI 3y = (27.6 − 9.9873) / 9.9873 = 176.35 → 176.4 %
    assert r.roi_3y_pct == D("176.4")
    assert r.gain_share_of_cost_pct == D("20.0")
    assert [y.cumulative_gain for y in r.years] == [
        D("9200000.00"),
        D("18400000.00"),
        D("27600000.00"),
    ]


def test_investment_defaults_to_the_given_proposal_total():
    r = financial_result(FinancialInputs(annual_gain=D("120000")), proposal_total=D("60000"))
    assert r.investment == D("60000")
    assert r.payback_months == D("6.0")
    assert r.roi_1y_pct == D("100.0")
    assert r.roi_3y_pct == D("500.0")


def test_no_gain_means_no_result_and_zero_gain_means_no_payback():
    assert financial_result(FinancialInputs(), D("100")) is None
    r = financial_result(FinancialInputs(annual_gain=D("0")), D("100"))
    assert r.payback_months is None
    assert r.roi_1y_pct == D("-100.0")


def _proposal(**kw) -> Proposal:
    base = dict(
        client_id="c",
        issue_date=date(2026, 11, 27),
        valid_until=date(2026, 12, 27),
        addressee_ids=["m"],
        line_items=[line("1", "10")],
    )
    base.update(kw)
    return Proposal(**base)


def test_validation_messages_name_the_field():
    errors = proposal_errors(
        _proposal(
            valid_until=date(2026, 11, 26),
            addressee_ids=[],
            line_items=[line("-1", "-5", "101"), line("1", "1", "-1", "120")],
        )
    )
    assert set(errors) == {
        "valid_until",
        "addressee_ids",
        "line_items.0.quantity",
        "line_items.0.unit_price",
        "line_items.0.discount_pct",
        "line_items.1.discount_pct",
        "line_items.1.vat_pct",
    }
    assert "issue date" in errors["valid_until"]


def test_validity_on_the_issue_date_is_allowed():
    assert proposal_errors(_proposal(valid_until=date(2026, 11, 27))) == {}


def test_is_expired_only_while_open():
    p = _proposal(valid_until=date(2026, 12, 1))
    assert not p.is_expired(date(2026, 12, 1))
    assert p.is_expired(date(2026, 12, 2))
    p.status = ProposalStatus.SENT
    assert p.is_expired(date(2026, 12, 2))
    p.status = ProposalStatus.ACCEPTED
    assert not p.is_expired(date(2026, 12, 2))
