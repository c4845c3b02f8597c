"""Proposal composition: ProposalContext → immutable ProposalDocument (no Qt, no ReportLab).

The rule that keeps the client's document clean: **it prints only text the proposal editor
shows for this proposal** (its client-facing texts, items, terms), the libraries (arguments,
similar projects, referees who consented) and our own company data. Nothing of the dossier's
internal notes — strategy, weak points, how they buy, competitors, reliability, attitude,
influence, values, concerns, personal details — is ever printed; values, decision style,
concerns and attitude only *choose* library blocks (``domain/tailoring.py``).

What goes in, in this order (DOMAIN.md and its КП conventions are the specification):

1. letterhead, title, outgoing number and date, recipients, greeting, cover letter;
2. "our understanding of your business" and the goals the offer serves — the proposal's own
   client-facing texts;
3. one part per role present (joint edition), or the addressee's own part first and nothing
   argued for roles they do not hold (variant):
   executive → exclusivity and status; people (HR) → similar projects and consenting referees;
   finance (financier, procurement) → the quantified financial result with a chart;
   technical → statistics of similar projects and the result; general → "why us";
4. answers to concerns, for sceptics and opponents (objection blocks matching their concerns);
5. pricing in the proposal's VAT mode, items count and (Russian) the amount in words;
6. terms (payment, delivery, warranty), the preparing team, both parties' requisites;
7. the validity statement, then the signatory's block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time
from decimal import Decimal

from kam_desktop.documents.formatting import BCP47, Formatter
from kam_desktop.documents.model import (
    BarChart,
    Block,
    Bullets,
    ChartSeries,
    DataTable,
    DocumentMetadata,
    FieldList,
    KeyFigures,
    Letterhead,
    Paragraph,
    Party,
    ProposalDocument,
    Requisites,
    Section,
    Signature,
    Subheading,
)
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.money_words import amount_in_words_ru
from kam_desktop.domain.names import greeting, short_name
from kam_desktop.domain.pricing import FinancialResult, Totals, financial_result, totals_of
from kam_desktop.domain.proposal import ArgumentBlock, SimilarProject, VatMode
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.domain.tailoring import (
    CONCERNS_PART,
    PartChoice,
    block_key,
    part_for_role,
    plan_edition,
)
from kam_desktop.i18n import _

__all__ = ["ProposalComposer", "part_for_role", "prose_blocks"]

MILLION = Decimal(1_000_000)
THOUSAND = Decimal(1_000)
BULLET_RE = re.compile(r"^\s*[-•*–—]\s+")


class ProposalComposer:
    """Words the proposal for its addressees. ``compose`` is pure: same context, same document."""

    def compose(self, ctx: ProposalContext, addressee_id: str | None = None) -> ProposalDocument:
        return _Composition(ctx, addressee_id).document()


class _Composition:
    def __init__(self, ctx: ProposalContext, addressee_id: str | None) -> None:
        self.ctx = ctx
        self.p = ctx.proposal
        self.lang = self.p.language
        self.fmt = Formatter(self.lang)
        self.t: Callable[[str], str] = lambda message: _(message, self.lang)
        self.plan = plan_edition(ctx, addressee_id, self.lang)
        self.addressee = self.plan.addressee
        self.totals: Totals = totals_of(self.p)
        self.result: FinancialResult | None = financial_result(self.p.financials, self.totals.net)
        self.blocks_by_key = {block_key(b): b for b in ctx.arguments}
        self.included = {part.kind for part in self.plan.included_parts()}

    # ---- document ----------------------------------------------------------------------------
    def document(self) -> ProposalDocument:
        t, p, client = self.t, self.p, self.ctx.client
        reference = t("Ref. No. {number} of {date}").format(
            number=p.display_number, date=self.fmt.date_long(p.issue_date)
        )
        role_sections = [
            self.role_section(part)
            for part in self.plan.included_parts()
            if part.kind != "concerns"
        ]
        concerns = self.concerns_section()
        understanding = self.understanding()
        if self.addressee is not None:
            # The variant for one person opens with the part argued for their role.
            body = [*role_sections[:1], understanding, *role_sections[1:], concerns]
        else:
            body = [understanding, *role_sections, concerns]
        closing = [self.pricing(), self.terms(), self.team(), self.requisites()]
        sections = tuple(s for s in [*body, *closing] if s is not None)
        title = p.title or t("Commercial proposal")
        company = self.ctx.company
        subject = t("Commercial proposal for {client}").format(client=client.name)
        if self.addressee is not None:
            subject += " — " + self.addressee.full_name
        return ProposalDocument(
            language=self.lang,
            metadata=DocumentMetadata(
                title=f"{title} {p.display_number}",
                author=company.name or t("Our company"),
                subject=subject,
                keywords=", ".join((p.display_number, client.name)),
                language=BCP47.get(self.lang, "en-GB"),
                created=self.issue_time(),
            ),
            letterhead=self.letterhead(),
            title=title,
            reference=reference,
            recipients=self.recipient_lines(),
            greeting=self.greeting(),
            cover=self.cover(sections),
            sections=sections,
            validity=sentence(
                t("This offer is valid until {date}").format(date=self.fmt.date_long(p.valid_until))
            ),
            footer=f"{p.display_number} · {client.name} · " + t("Confidential"),
            page_label=t("Page {page} of {pages}"),
            addressee_id=self.addressee.id if self.addressee else None,
            signature=self.signature(),
            recipients_label=t("To:"),
        )

    def issue_time(self) -> datetime:
        """When the revision was issued: its sending time once frozen, else its last save."""
        p = self.p
        stamp = p.issued_at or p.updated_at
        if stamp is None:
            stamp = datetime.combine(p.issue_date, time(), UTC)
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)

    def letterhead(self) -> Letterhead:
        c = self.ctx.company
        contacts = " · ".join(x for x in (c.phone, c.email, c.website) if x)
        legal = ", ".join(x for x in (c.legal_name, c.address) if x)
        details = tuple(x for x in (legal, contacts) if x)
        return Letterhead(c.name or self.t("Our company"), details, c.logo_png)

    # ---- cover letter ------------------------------------------------------------------------
    def recipients(self) -> list[Member]:
        return [self.addressee] if self.addressee else list(self.ctx.addressees)

    def recipient_lines(self) -> tuple[str, ...]:
        # Position only: the DMU role («привратник», «скептик»…) is an internal judgement.
        client = self.ctx.client
        lines = [client.legal_name or client.name]
        lines += [
            f"{m.full_name}, {m.position}" if m.position else m.full_name for m in self.recipients()
        ]
        return tuple(lines)

    def greeting(self) -> str:
        people = self.recipients()
        if len(people) == 1:
            return greeting(people[0].full_name, self.lang, people[0].gender)
        return self.t("Dear colleagues,")

    def cover(self, sections: tuple[Section, ...]) -> tuple[Block, ...]:
        t, client = self.t, self.ctx.client
        lead = (
            t(
                "Thank you for the time you gave us. Following our conversations we have "
                "prepared a proposal for {client} that takes into account what matters to you."
            )
            if self.addressee is not None
            else t(
                "Thank you for the time you and your colleagues gave us. Following our "
                "conversations we have prepared a proposal for {client} that takes into "
                "account what matters to each member of your team."
            )
        )
        blocks: list[Block] = [Paragraph(lead.format(client=client.name), "lead")]
        contents = [s.heading for s in sections if s.kind not in ("requisites",)]
        if contents:
            blocks.append(Paragraph(t("In this proposal:")))
            blocks.append(Bullets(tuple(contents)))
        blocks.append(
            Paragraph(
                t(
                    "The proposal was prepared by our team; the contacts of each of its members "
                    "are given at the end. We will be glad to answer your questions and to "
                    "discuss the next steps."
                )
            )
        )
        return tuple(blocks)

    # ---- client-facing texts -----------------------------------------------------------------
    def understanding(self) -> Section | None:
        t, p = self.t, self.p
        if not (p.business_understanding.strip() or p.goals.strip()):
            return None
        blocks: list[Block] = list(prose_blocks(p.business_understanding))
        goals = prose_blocks(p.goals)
        if goals:
            blocks.append(Subheading(t("What this proposal is for")))
            blocks += goals
        return Section("understanding", t("Our understanding of your business"), tuple(blocks))

    # ---- role parts --------------------------------------------------------------------------
    def role_section(self, part: PartChoice) -> Section:
        builders = {
            "executive": self.executive_part,
            "people": self.people_part,
            "finance": self.finance_part,
            "technical": self.technical_part,
            "general": self.general_part,
        }
        return builders[part.kind](part)

    def arguments(self, part: PartChoice) -> list[Block]:
        blocks: list[Block] = []
        for choice in part.included_blocks():
            block = self.blocks_by_key.get(choice.key)
            if block is not None:
                blocks += argument_blocks(block)
        return blocks

    def executive_part(self, part: PartChoice) -> Section:
        t, p, fmt = self.t, self.p, self.fmt
        blocks = self.arguments(part)
        terms = [
            sentence(
                t("The prices in this proposal are fixed until {date}").format(
                    date=fmt.date_long(p.valid_until)
                )
            )
        ]
        if self.totals.discount > 0:
            terms.append(
                sentence(
                    t("Your individual discount: {amount}").format(
                        amount=fmt.money(self.totals.discount, p.currency)
                    )
                )
            )
        if self.ctx.team:
            lead = self.ctx.team[0]
            terms.append(
                t("{name}, {position}, is personally responsible for your account.").format(
                    name=lead.full_name,
                    position=mid_sentence(lead.position) or t("account manager"),
                )
            )
        blocks += [Subheading(t("Your terms")), Bullets(tuple(terms))]
        return Section(
            "executive",
            t("Exclusive terms for {client}").format(client=self.ctx.client.name),
            tuple(blocks),
            part.roles,
        )

    def people_part(self, part: PartChoice) -> Section:
        t = self.t
        blocks = self.arguments(part)
        referee_rows: list[tuple[str, ...]] = []
        for project in self.ctx.projects:
            blocks += project_blocks(project)
            for ref in project.consenting_referees():
                contact = "\n".join(x for x in (ref.phone, ref.email) if x)
                who = ", ".join(
                    x for x in (ref.position, ref.company or project.client_company) if x
                )
                referee_rows.append((ref.full_name, who, contact))
        if referee_rows:
            blocks.append(Subheading(t("People ready to recommend us")))
            blocks.append(
                DataTable(
                    header=(t("Referee"), t("Position and company"), t("Contacts")),
                    rows=tuple(referee_rows),
                    widths=(0.28, 0.40, 0.32),
                )
            )
        elif self.ctx.projects:
            blocks.append(Paragraph(t("Contacts of referees are available on request."), "note"))
        return Section(
            "people", t("Similar projects and recommendations"), tuple(blocks), part.roles
        )

    def finance_part(self, part: PartChoice) -> Section:
        t = self.t
        blocks = self.arguments(part)
        blocks += self.result_blocks(chart=True)
        if "technical" not in self.included:
            blocks += self.statistics_blocks()
        return Section("finance", t("Economics and financial result"), tuple(blocks), part.roles)

    def technical_part(self, part: PartChoice) -> Section:
        t = self.t
        blocks = self.arguments(part)
        blocks += self.statistics_blocks()
        if "finance" not in self.included:
            blocks += self.result_blocks(chart=False)
        return Section(
            "technical", t("Technical solution and measured results"), tuple(blocks), part.roles
        )

    def result_blocks(self, chart: bool) -> list[Block]:
        t, fmt, r = self.t, self.fmt, self.result
        if r is None:
            return []
        figures = [(self.compact_money(r.annual_gain), t("expected savings per year"))]
        if r.payback_months is not None:
            figures.append((fmt.number(r.payback_months) + " " + t("mo."), t("payback period")))
        if r.roi_1y_pct is not None:
            figures.append((fmt.percent(r.roi_1y_pct), t("ROI in the first year")))
        if r.roi_3y_pct is not None:
            figures.append((fmt.percent(r.roi_3y_pct), t("ROI over three years")))
        blocks: list[Block] = [
            Subheading(t("Financial result of cooperation")),
            KeyFigures(tuple(figures)),
            self.result_table(r),
        ]
        if chart:
            blocks.append(self.result_chart(r))
        blocks.append(
            Paragraph(
                t(
                    "ROI = (savings over the period − investment) / investment. Payback = "
                    "investment / annual savings × 12 months. Investment is the cost of "
                    "this proposal excluding VAT unless stated otherwise."
                ),
                "note",
            )
        )
        return blocks

    def statistics_blocks(self) -> list[Block]:
        stats = self.statistics_table()
        return [] if stats is None else [Subheading(self.t("Results of similar projects")), stats]

    def compact_money(self, amount: Decimal) -> str:
        """A headline figure that fits a narrow box: «9,2 млн руб.» rather than 9 200 000,00."""
        symbol = self.fmt.currency_symbol(self.p.currency)
        for divisor, unit in ((MILLION, self.t("mln")), (THOUSAND, self.t("thous."))):
            if abs(amount) >= divisor:
                value = (amount / divisor).quantize(Decimal("0.1"))
                return f"{self.fmt.number(value)}\u00a0{unit}\u00a0{symbol}"
        return self.fmt.money(amount, self.p.currency)

    def result_table(self, r: FinancialResult) -> DataTable:
        t, fmt, cur = self.t, self.fmt, self.p.currency
        rows: list[tuple[str, str]] = []
        if r.current_annual_cost is not None:
            rows.append((t("Your current annual cost"), fmt.money(r.current_annual_cost, cur)))
        rows.append((t("Expected savings or gain per year"), fmt.money(r.annual_gain, cur)))
        if r.gain_share_of_cost_pct is not None:
            rows.append(
                (t("Savings as a share of current cost"), fmt.percent(r.gain_share_of_cost_pct))
            )
        rows.append((t("Investment"), fmt.money(r.investment, cur)))
        if r.payback_months is not None:
            rows.append((t("Payback period, months"), fmt.number(r.payback_months)))
        for label, value in ((t("ROI, 1 year"), r.roi_1y_pct), (t("ROI, 3 years"), r.roi_3y_pct)):
            if value is not None:
                rows.append((label, fmt.percent(value)))
        return DataTable(
            header=(t("Indicator"), t("Value")),
            rows=tuple(rows),
            widths=(0.62, 0.38),
            numeric_columns=(1,),
        )

    def result_chart(self, r: FinancialResult) -> BarChart:
        t, fmt = self.t, self.fmt
        biggest = max([r.investment, *(y.cumulative_gain for y in r.years)])
        divisor, unit = (MILLION, t("mln")) if biggest >= 10 * MILLION else (THOUSAND, t("thous."))
        axis_unit = f"{unit} {fmt.currency_symbol(self.p.currency)}"
        investment = tuple(y.cumulative_investment for y in r.years)
        gain = tuple(y.cumulative_gain for y in r.years)

        def labels(values: tuple[Decimal, ...]) -> tuple[str, ...]:
            return tuple(fmt.one_decimal(v / divisor) for v in values)

        return BarChart(
            title=t("Investment and cumulative savings, {unit}").format(unit=axis_unit),
            categories=tuple(t("Year {n}").format(n=y.year) for y in r.years),
            series=(
                ChartSeries(t("Investment"), investment),
                ChartSeries(t("Cumulative savings"), gain),
            ),
            value_labels=(labels(investment), labels(gain)),
            axis_unit=axis_unit,
            axis_divisor=divisor,
        )

    def statistics_table(self) -> DataTable | None:
        t = self.t
        rows = [
            (f"{p.client_company}" + (f", {p.year}" if p.year else ""), "\n".join(p.results))
            for p in self.ctx.projects
            if p.results
        ]
        if not rows:
            return None
        return DataTable(
            header=(t("Client and year"), t("Measured result")),
            rows=tuple(rows),
            widths=(0.34, 0.66),
        )

    def general_part(self, part: PartChoice) -> Section:
        blocks = self.arguments(part)
        if not blocks:
            blocks = [
                Paragraph(
                    self.t(
                        "We answer for the result of the project, not only for the delivery, and "
                        "support your staff at every step."
                    )
                )
            ]
        return Section("general", self.t("Our approach"), tuple(blocks), part.roles)

    # ---- answers to concerns -----------------------------------------------------------------
    def concerns_section(self) -> Section | None:
        part = self.plan.part(CONCERNS_PART)
        if part is None or not part.included:
            return None
        blocks = self.arguments(part)
        if not blocks:
            return None
        intro = Paragraph(
            self.t(
                "Projects like this one raise fair questions. Here are our answers, with what "
                "we commit to."
            )
        )
        return Section("concerns", self.t("Answers to your concerns"), (intro, *blocks), part.roles)

    # ---- pricing -----------------------------------------------------------------------------
    def pricing(self) -> Section:
        t, fmt, p, tot = self.t, self.fmt, self.p, self.totals
        cur = fmt.currency_symbol(p.currency)
        with_vat = p.vat_mode != VatMode.WITHOUT
        shown = [line.net if p.vat_mode == VatMode.ON_TOP else line.total for line in tot.lines]
        rows = []
        for i, (item, amount) in enumerate(zip(p.line_items, shown, strict=True), 1):
            row = [
                str(i),
                item.description,
                fmt.number(item.quantity),
                item.unit or "—",
                fmt.amount(item.unit_price),
                fmt.percent(item.discount_pct) if item.discount_pct else "—",
            ]
            if with_vat:
                row.append(fmt.percent(item.vat_pct))
            row.append(fmt.amount(amount))
            rows.append(tuple(row))
        price_label = {
            VatMode.ON_TOP: t("Price excl. VAT, {currency}"),
            VatMode.INCLUDED: t("Price incl. VAT, {currency}"),
            VatMode.WITHOUT: t("Price, {currency}"),
        }[p.vat_mode].format(currency=cur)
        header = ["№", t("Product or service"), t("Qty"), t("Unit"), price_label, t("Discount")]
        if with_vat:
            header.append(t("VAT rate"))
        header.append(t("Amount, {currency}").format(currency=cur))
        widths = (
            (0.05, 0.31, 0.08, 0.08, 0.15, 0.09, 0.08, 0.16)
            if with_vat
            else (0.05, 0.37, 0.09, 0.08, 0.16, 0.09, 0.16)
        )
        footer = self.pricing_footer()
        blocks: list[Block] = [
            DataTable(
                header=tuple(header),
                rows=tuple(rows),
                widths=widths,
                numeric_columns=(2, 4, 5, 6, 7) if with_vat else (2, 4, 5, 6),
                footer=tuple(footer),
                strong_footer_rows=(len(footer) - 1,),
            )
        ]
        count = sentence(
            t("Total items: {count}, for the amount of {amount}").format(
                count=len(p.line_items), amount=fmt.money(tot.total, p.currency)
            )
        )
        blocks.append(Paragraph(count, "emphasis"))
        if self.lang == "ru":
            blocks.append(Paragraph(sentence(amount_in_words_ru(tot.total, p.currency))))
        blocks.append(Paragraph(self.vat_note(), "note"))
        return Section("pricing", t("Cost of the proposal"), tuple(blocks))

    def pricing_footer(self) -> list[tuple[str, str]]:
        t, fmt, p, tot = self.t, self.fmt, self.p, self.totals
        footer: list[tuple[str, str]] = []
        if tot.discount:
            footer.append((t("Amount before discount"), fmt.amount(tot.subtotal)))
            footer.append((t("Discount"), "−" + fmt.amount(tot.discount)))
        rate = self.single_vat_rate()
        if p.vat_mode == VatMode.ON_TOP:
            footer.append((t("Total excluding VAT"), fmt.amount(tot.net)))
            label = t("VAT {rate}").format(rate=fmt.percent(rate)) if rate is not None else t("VAT")
            footer.append((label, fmt.amount(tot.vat)))
        elif p.vat_mode == VatMode.INCLUDED:
            footer.append((t("Total amount"), fmt.amount(tot.total)))
            label = (
                t("Including VAT {rate}").format(rate=fmt.percent(rate))
                if rate is not None
                else t("Including VAT")
            )
            footer.append((label, fmt.amount(tot.vat)))
        else:
            footer.append((t("Total amount"), fmt.amount(tot.total)))
            footer.append((t("VAT"), t("not charged")))
        cur = fmt.currency_symbol(p.currency)
        footer.append((t("Total to pay, {currency}").format(currency=cur), fmt.amount(tot.total)))
        return footer

    def single_vat_rate(self) -> Decimal | None:
        rates = {item.vat_pct for item in self.p.line_items}
        return rates.pop() if len(rates) == 1 else None

    def vat_note(self) -> str:
        t, p = self.t, self.p
        if p.vat_mode == VatMode.INCLUDED:
            return t("Prices include VAT at the rate shown for each line.")
        if p.vat_mode == VatMode.WITHOUT:
            reason = p.vat_exempt_reason.strip().rstrip(".")
            if reason:
                return t("VAT is not charged: {reason}.").format(reason=reason)
            return t("VAT is not charged.")
        return t("Prices exclude VAT; VAT is charged on top at the rate shown for each line.")

    # ---- terms, team, requisites, signature --------------------------------------------------
    def terms(self) -> Section | None:
        t, p = self.t, self.p
        rows = tuple(
            (label, text.strip())
            for label, text in (
                (t("Payment"), p.payment_terms),
                (t("Delivery and implementation"), p.delivery_terms),
                (t("Warranty"), p.warranty),
            )
            if text.strip()
        )
        return Section("terms", t("Terms"), (FieldList(rows),)) if rows else None

    def team(self) -> Section:
        t = self.t
        rows = tuple(
            (m.full_name, m.position, "\n".join(x for x in (m.phone, m.email) if x))
            for m in self.ctx.team
        )
        blocks: list[Block] = [
            Paragraph(
                t(
                    "This proposal was prepared by a working group of specialists who will "
                    "stay with your project:"
                )
            )
        ]
        if rows:
            blocks.append(
                DataTable(
                    header=(t("Full name"), t("Position"), t("Phone and e-mail")),
                    rows=rows,
                    widths=(0.30, 0.36, 0.34),
                )
            )
        return Section("team", t("Our preparing team"), tuple(blocks))

    def requisites(self) -> Section | None:
        t, c, client = self.t, self.ctx.company, self.ctx.client

        def rows(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
            return tuple((label, value.strip()) for label, value in pairs if value.strip())

        ours = rows(
            (t("INN"), c.inn),
            (t("KPP"), c.kpp),
            (t("OGRN"), c.ogrn),
            (t("Legal address"), c.address),
            (t("Bank"), c.bank_name),
            (t("Settlement account"), c.settlement_account),
            (t("Correspondent account"), c.correspondent_account),
            (t("BIK"), c.bik),
            (t("Phone"), c.phone),
            (t("E-mail"), c.email),
            (t("Other details"), c.requisites),
        )
        theirs = rows(
            (t("INN"), client.tax_id), (t("KPP"), client.kpp), (t("Address"), client.address)
        )
        if not ours and not theirs:
            return None
        parties = (
            Party(t("Supplier"), c.legal_name or c.name, ours),
            Party(t("Customer"), client.legal_name or client.name, theirs),
        )
        return Section("requisites", t("Company details"), (Requisites(parties),))

    def signature(self) -> Signature | None:
        person = self.ctx.signatory
        if person is None:
            return None
        c = self.ctx.company
        return Signature(
            position=person.position,
            name=short_name(person.full_name),
            signature_png=c.signature_png,
            stamp_png=c.stamp_png,
            stamp_label=self.t("L. S."),
        )


def mid_sentence(text: str) -> str:
    """«Ведущий менеджер» → «ведущий менеджер» inside a sentence; «CEO» stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """End with one full stop (a date like «27 декабря 2026 г.» already has one)."""
    return text if text.endswith((".", "!", "?")) else text + "."


def argument_blocks(arg: ArgumentBlock) -> list[Block]:
    return [Subheading(arg.title), *prose_blocks(arg.body)]


def project_blocks(project: SimilarProject) -> list[Block]:
    details = ", ".join(x for x in (project.industry, str(project.year or "")) if x)
    heading = project.client_company + (f" ({details})" if details else "")
    blocks: list[Block] = [Subheading(heading)]
    if project.summary:
        blocks.append(Paragraph(project.summary))
    if project.results:
        blocks.append(Bullets(tuple(project.results)))
    return blocks


def prose_blocks(text: str) -> tuple[Block, ...]:
    """Text the KAM typed → paragraphs (blank line between) and bullet lists («- …», «• …»)."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if all(BULLET_RE.match(line) for line in lines):
            blocks.append(Bullets(tuple(BULLET_RE.sub("", line).strip() for line in lines)))
        else:
            blocks.append(Paragraph("\n".join(line.strip() for line in lines)))
    return tuple(blocks)
