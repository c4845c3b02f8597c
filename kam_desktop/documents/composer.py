"""Proposal composition: ProposalContext → immutable ProposalDocument (no Qt, no ReportLab).

What goes in, in this order (DOMAIN.md is the specification):

1. cover letter addressed by name and position (a per-addressee variant greets that person);
2. "understanding your business" from the client's dossier notes;
3. one part per role present among the addressees:
   - executive → ``executive``: exclusive terms and status;
   - hr_director → ``people``: similar projects for significant companies with the contacts of
     referees who CONSENTED (others are never printed);
   - financier, technical, procurement → ``figures``: statistics and the quantified financial
     result with a chart (procurement reads prices and numbers, so it joins this part);
   - legal, end_user, champion, gatekeeper, other and user-defined roles → ``general``: the
     arguments tagged with those roles ("why us");
   parts for roles not addressed are left out; a per-addressee variant leads with its
   addressee's part;
4. pricing table with totals (and, in Russian, the total in words);
5. the preparing team (рабочая группа) with positions and contacts;
6. last, the validity statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cached_property

from kam_desktop.documents.formatting import BCP47, Formatter
from kam_desktop.documents.model import (
    BarChart,
    Block,
    Bullets,
    ChartSeries,
    DataTable,
    DocumentMetadata,
    KeyFigures,
    Letterhead,
    Paragraph,
    ProposalDocument,
    Section,
    Subheading,
)
from kam_desktop.domain.dossier import Member
from kam_desktop.domain.money_words import amount_in_words_ru
from kam_desktop.domain.pricing import FinancialResult, Totals, financial_result, proposal_totals
from kam_desktop.domain.proposal import ArgumentBlock, SimilarProject
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.i18n import _

PART_ORDER = ("executive", "people", "figures", "general")
PART_FOR_ROLE = {
    "executive": "executive",
    "hr_director": "people",
    "financier": "figures",
    "technical": "figures",
    "procurement": "figures",
}
GENERAL_PART = "general"
MILLION = Decimal(1_000_000)
THOUSAND = Decimal(1_000)


def part_for_role(role_code: str) -> str:
    return PART_FOR_ROLE.get(role_code, GENERAL_PART)


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
        self.addressee = None
        if addressee_id is not None:
            self.addressee = next(m for m in ctx.addressees if m.id == addressee_id)
        self.totals: Totals = proposal_totals(self.p.line_items)
        self.result: FinancialResult | None = financial_result(self.p.financials, self.totals.net)
        self.roles = tuple(dict.fromkeys(m.role_code for m in ctx.addressees))

    # ---- document ----------------------------------------------------------------------------
    def document(self) -> ProposalDocument:
        t, p, client = self.t, self.p, self.ctx.client
        reference = t("No. {number} of {date}").format(
            number=p.display_number, date=self.fmt.date_long(p.issue_date)
        )
        parts = self.parts
        understanding = self.understanding()
        if self.addressee is not None:
            # The variant for one person opens with the part argued for their role.
            sections = [*parts[:1], understanding, *parts[1:]]
        else:
            sections = [understanding, *parts]
        sections = [s for s in sections if s is not None] + [self.pricing(), self.team()]
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
            ),
            letterhead=self.letterhead(),
            title=title,
            reference=reference,
            recipients=tuple(self.recipient_line(m) for m in self.recipients()),
            greeting=self.greeting(),
            cover=self.cover(),
            sections=tuple(sections),
            validity=sentence(
                t("This offer is valid until {date}").format(date=self.fmt.date_long(p.valid_until))
            ),
            footer=f"{p.display_number} · {client.name} · " + t("Confidential"),
            page_label=t("Page {page} of {pages}"),
            addressee_id=self.addressee.id if self.addressee else None,
        )

    def letterhead(self) -> Letterhead:
        c = self.ctx.company
        contacts = " · ".join(x for x in (c.phone, c.email, c.website) if x)
        details = tuple(x for x in (c.legal_name or "", c.address, contacts) if x)
        return Letterhead(c.name or self.t("Our company"), details, c.logo_png)

    # ---- cover letter ------------------------------------------------------------------------
    def recipients(self) -> list[Member]:
        return [self.addressee] if self.addressee else list(self.ctx.addressees)

    def recipient_line(self, m: Member) -> str:
        role = m.position or self.ctx.role_label(m.role_code, self.lang)
        return f"{m.full_name}, {role}" if role else m.full_name

    def greeting(self) -> str:
        people = self.recipients()
        if len(people) == 1:
            return personal_greeting(people[0].full_name, self.lang)
        return self.t("Dear colleagues,")

    def cover(self) -> tuple[Block, ...]:
        t, client = self.t, self.ctx.client
        blocks: list[Block] = [
            Paragraph(
                t(
                    "Thank you for the time you and your colleagues gave us. Following our "
                    "conversations we have prepared a proposal for {client} that takes into "
                    "account what matters to each member of your team."
                ).format(client=client.name),
                "lead",
            )
        ]
        names = [s.heading for s in self.parts]
        if names:
            blocks.append(Paragraph(t("In this proposal:")))
            blocks.append(
                Bullets(tuple([*names, t("Cost of the proposal"), t("Our preparing team")]))
            )
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

    # ---- understanding your business ---------------------------------------------------------
    def understanding(self) -> Section | None:
        t, c = self.t, self.ctx.client
        blocks: list[Block] = []
        if c.industry:
            intro = t("We have studied the specifics of {client}'s business ({industry}).")
        else:
            intro = t("We have studied the specifics of {client}'s business.")
        intro += " " + t(
            "Below is how we understand your goals and what this proposal takes into account."
        )
        blocks.append(Paragraph(intro.format(client=c.name, industry=c.industry)))
        notes = (
            (t("Your strategy"), c.strategy),
            (t("Where you are growing"), c.growth_areas),
            (t("Challenges we can help with"), c.weak_points),
            (t("How you make purchasing decisions"), c.buying_process),
        )
        if not any(text.strip() for _h, text in notes):
            return None
        for heading, text in notes:
            items = note_items(text)
            if items:
                blocks.append(Subheading(heading))
                blocks.append(Bullets(items) if len(items) > 1 else Paragraph(items[0]))
        return Section("understanding", t("Our understanding of your business"), tuple(blocks))

    # ---- role parts --------------------------------------------------------------------------
    @cached_property
    def parts(self) -> list[Section]:
        return self.role_parts()

    def role_parts(self) -> list[Section]:
        present = {part_for_role(r) for r in self.roles}
        order = list(PART_ORDER)
        if self.addressee is not None:
            lead = part_for_role(self.addressee.role_code)
            order.remove(lead)
            order.insert(0, lead)
        builders = {
            "executive": self.executive_part,
            "people": self.people_part,
            "figures": self.figures_part,
            "general": self.general_part,
        }
        return [builders[kind]() for kind in order if kind in present]

    def part_roles(self, kind: str) -> tuple[str, ...]:
        return tuple(r for r in self.roles if part_for_role(r) == kind)

    def arguments_for(self, roles: Iterable[str]) -> list[Block]:
        wanted = set(roles)
        blocks: list[Block] = []
        for arg in self.ctx.arguments:
            if wanted & set(arg.role_codes):
                blocks += argument_blocks(arg)
        return blocks

    def executive_part(self) -> Section:
        t, p, fmt = self.t, self.p, self.fmt
        roles = self.part_roles("executive")
        blocks = self.arguments_for(roles)
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
            roles,
        )

    def people_part(self) -> Section:
        t = self.t
        roles = self.part_roles("people")
        blocks = self.arguments_for(roles)
        referee_rows: list[tuple[str, ...]] = []
        for project in self.ctx.projects:
            blocks += project_blocks(project, t)
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
        return Section("people", t("Similar projects and recommendations"), tuple(blocks), roles)

    def figures_part(self) -> Section:
        t, fmt = self.t, self.fmt
        roles = self.part_roles("figures")
        blocks = self.arguments_for(roles)
        r = self.result
        if r is not None:
            blocks.append(Subheading(t("Financial result of cooperation")))
            figures = [(self.compact_money(r.annual_gain), t("expected savings per year"))]
            if r.payback_months is not None:
                figures.append((fmt.number(r.payback_months) + " " + t("mo."), t("payback period")))
            if r.roi_1y_pct is not None:
                figures.append((fmt.percent(r.roi_1y_pct), t("ROI in the first year")))
            if r.roi_3y_pct is not None:
                figures.append((fmt.percent(r.roi_3y_pct), t("ROI over three years")))
            blocks.append(KeyFigures(tuple(figures)))
            blocks.append(self.result_table(r))
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
        stats = self.statistics_table()
        if stats is not None:
            blocks += [Subheading(t("Results of similar projects")), stats]
        return Section("figures", t("Figures and financial result"), tuple(blocks), roles)

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

    def general_part(self) -> Section:
        roles = self.part_roles("general")
        blocks = self.arguments_for(roles)
        if not blocks:
            blocks = [
                Paragraph(
                    self.t(
                        "We answer for the result of the project, not only for the delivery, and "
                        "support your staff at every step."
                    )
                )
            ]
        return Section("general", self.t("Our approach"), tuple(blocks), roles)

    # ---- pricing, team -----------------------------------------------------------------------
    def pricing(self) -> Section:
        t, fmt, p, tot = self.t, self.fmt, self.p, self.totals
        cur = fmt.currency_symbol(p.currency)
        rows = tuple(
            (
                str(i),
                item.description,
                fmt.number(item.quantity) + (f" {item.unit}" if item.unit else ""),
                fmt.amount(item.unit_price),
                fmt.percent(item.discount_pct) if item.discount_pct else "—",
                fmt.percent(item.vat_pct),
                fmt.amount(amounts.total),
            )
            for i, (item, amounts) in enumerate(zip(p.line_items, tot.lines, strict=True), 1)
        )
        footer = [(t("Subtotal"), fmt.amount(tot.subtotal))]
        if tot.discount:
            footer.append((t("Discount"), "−" + fmt.amount(tot.discount)))
            footer.append((t("Total excluding VAT"), fmt.amount(tot.net)))
        footer.append((t("VAT"), fmt.amount(tot.vat)))
        footer.append(
            (t("Total including VAT, {currency}").format(currency=cur), fmt.amount(tot.total))
        )
        blocks: list[Block] = [
            DataTable(
                header=(
                    "№",
                    t("Product or service"),
                    t("Qty"),
                    t("Price, {currency}").format(currency=cur),
                    t("Discount"),
                    t("VAT"),
                    t("Amount, {currency}").format(currency=cur),
                ),
                rows=rows,
                widths=(0.05, 0.39, 0.11, 0.13, 0.09, 0.08, 0.15),
                numeric_columns=(2, 3, 4, 5, 6),
                footer=tuple(footer),
                strong_footer_rows=(len(footer) - 1,),
            )
        ]
        if self.lang == "ru":
            blocks.append(
                Paragraph(
                    t("Total: {words}.").format(words=amount_in_words_ru(tot.total, p.currency)),
                    "emphasis",
                )
            )
        blocks.append(
            Paragraph(
                t("Prices exclude VAT; VAT is charged on top at the rate shown for each line."),
                "note",
            )
        )
        return Section("pricing", t("Cost of the proposal"), tuple(blocks))

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


def mid_sentence(text: str) -> str:
    """«Ведущий менеджер» → «ведущий менеджер» inside a sentence; «CEO» stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """End with one full stop (a date like «27 декабря 2026 г.» already has one)."""
    return text if text.endswith((".", "!", "?")) else text + "."


def argument_blocks(arg: ArgumentBlock) -> list[Block]:
    return [Subheading(arg.title), Paragraph(arg.body)]


def project_blocks(project: SimilarProject, t: Callable[[str], str]) -> list[Block]:
    details = ", ".join(x for x in (project.industry, str(project.year or "")) if x)
    heading = project.client_company + (f" ({details})" if details else "")
    blocks: list[Block] = [Subheading(heading)]
    if project.summary:
        blocks.append(Paragraph(project.summary))
    if project.results:
        blocks.append(Bullets(tuple(project.results)))
    return blocks


def note_items(text: str) -> tuple[str, ...]:
    """Dossier notes are free text; one line (or one "; "-separated item) is one point."""
    parts = re.split(r"\n+|;\s+", text.strip())
    return tuple(p.strip(" -•\t") for p in parts if p.strip(" -•\t"))


PATRONYMIC_RE = re.compile(r"(вич|вна|ична|ьич)$", re.IGNORECASE)


def personal_greeting(full_name: str, lang: str) -> str:
    """«Уважаемый Иван Сергеевич!» from «Петров Иван Сергеевич» (or «Иван Сергеевич Петров»).

    Russian business letters address people by first name and patronymic; the patronymic also
    tells the gender. Without one we fall back to the full name with a neutral greeting.
    """
    if lang != "ru":
        return f"Dear {full_name},"
    words = full_name.split()
    if len(words) == 3:
        if PATRONYMIC_RE.search(words[2]):
            first, patronymic = words[1], words[2]
        elif PATRONYMIC_RE.search(words[1]):
            first, patronymic = words[0], words[1]
        else:
            return f"Здравствуйте, {full_name}!"
        dear = "Уважаемая" if patronymic.lower().endswith("на") else "Уважаемый"
        return f"{dear} {first} {patronymic}!"
    return f"Здравствуйте, {full_name}!"
