"""Live PDF preview of a proposal: rendered off the GUI thread, shown with QtPdf.

The editor hands over a *context provider*: a callable that builds the composition input
(``ProposalContext``, a few ms of SQL) in the GUI thread. After a short debounce, the preview
takes a context and renders it as a background ``Operation`` (``ProposalService.render_context``
is pure Python: no database, no Qt). Every request carries a generation number; a result that is
not the newest is dropped, and at most one render runs while the newest waiting request is kept.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.proposal_context import ProposalContext
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.plain_text import as_text, plain
from kam_desktop.services.proposals import ProposalService

log = logging.getLogger(__name__)

DEBOUNCE_MS = 80  # typing settles; together with rendering this stays under 300 ms
PRINT_DPI = 300
ContextProvider = Callable[[], ProposalContext | None]


def _render(context: ProposalContext, addressee_id: str | None) -> bytes:
    """The worker's part: compose and render (pure Python, no database, no Qt)."""
    return ProposalService.render_context(context, addressee_id)


def _failure_text(exc: BaseException) -> str:
    if not isinstance(exc, KamError):  # a bug in composing/rendering: logged, shown short
        log.error("proposal preview rendering failed", exc_info=(type(exc), exc, exc.__traceback__))
    return str(exc) or type(exc).__name__


def warm_up_renderer() -> None:
    """Import ReportLab and register the fonts in the background before the first preview."""

    def warm(_progress: Progress, _should_cancel: ShouldCancel) -> None:
        from kam_desktop.documents import renderer  # noqa: F401

    def failed(exc: BaseException) -> None:  # the first preview will say what is wrong
        log.error("renderer warm-up failed", exc_info=(type(exc), exc, exc.__traceback__))

    Operation(None, warm).failure(failed).run_in_background()


class ProposalPreview(QWidget):
    """The PDF as the client will see it, with variant selector, Save (PDF / Word) and Print.

    Saving asks which edition(s) and which format, so it is the editor's job: the button and
    Ctrl+Shift+S only emit ``save_requested``.
    """

    document_loaded = Signal()  # a new rendering is on screen
    render_failed = Signal(str)
    save_requested = Signal()
    variant_changed = Signal(object)  # the addressee id shown, or None for the whole group

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provider: ContextProvider | None = None
        self._generation = 0
        self._shown_generation = 0
        self._busy = False
        self._waiting: tuple[int, ProposalContext, str | None] | None = None
        self._buffer: QBuffer | None = None
        self._pdf = b""
        self._requested_at = 0.0
        self.last_refresh_ms: float | None = None  # edit → new document on screen
        self.suggested_name = "proposal.pdf"

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_render)

        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)

        self.variant = QComboBox()
        self.variant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.variant.setMinimumContentsLength(13)  # «For Кузнецов А. В.» nearly in full
        self.variant.setToolTip(
            self.tr("Render the proposal for the whole group or for one addressee")
        )
        self.variant.currentIndexChanged.connect(self._on_variant_chosen)
        self.state = plain(QLabel())  # a render error quotes its cause
        self.state.setStyleSheet(HINT_STYLE)
        # Room for «Rendering…» / «5 pages»; a longer error is cut here and shown as a tooltip.
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state.setMinimumWidth(self.state.fontMetrics().horizontalAdvance("0") * 11)
        self.save_button = QPushButton(self.tr("PDF / Word…"))  # saves: see the tooltip
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.setToolTip(
            self.tr(
                "Save the edition for the whole group, for one addressee, or one file per "
                "addressee, as PDF or Word (Ctrl+Shift+S)"
            )
        )
        self.print_button.setToolTip(self.tr("Print the shown variant (Ctrl+P)"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_action = self._shortcut(QKeySequence("Ctrl+Shift+S"), self.save_requested.emit)
        self.print_action = self._shortcut(QKeySequence.StandardKey.Print, self.print_pdf)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.variant, 2)  # «Whole group» / «For …» explain themselves
        bar.addWidget(self.state, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._set_variants([])
        self._update_buttons()

    def _shortcut(self, key, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # ---- inputs ----------------------------------------------------------------------------
    def set_context_provider(self, provider: ContextProvider | None) -> None:
        self._provider = provider

    def set_addressees(self, addressees: list[tuple[str, str]]) -> None:
        """(id, label) of the addressees; the selected variant is kept when still present."""
        self._set_variants(addressees)

    def _set_variants(self, addressees: list[tuple[str, str]]) -> None:
        keep = self.variant.currentData()
        self.variant.blockSignals(True)
        self.variant.clear()
        self.variant.addItem(self.tr("Whole group"), None)
        for person_id, label in addressees:
            self.variant.addItem(self.tr("For %1").replace("%1", label), person_id)
        index = self.variant.findData(keep) if keep else 0
        self.variant.setCurrentIndex(max(index, 0))
        self.variant.blockSignals(False)
        if keep and index < 0:
            self.refresh()
            self.variant_changed.emit(None)  # that addressee was taken off: the whole group

    def addressee_id(self) -> str | None:
        return self.variant.currentData()

    def select_addressee(self, addressee_id: str | None) -> None:
        """Show the variant for ``addressee_id`` (None: the whole group), as if chosen."""
        index = self.variant.findData(addressee_id) if addressee_id else 0
        if index >= 0:
            self.variant.setCurrentIndex(index)

    def _on_variant_chosen(self, _index: int) -> None:
        self.refresh()
        self.variant_changed.emit(self.addressee_id())

    # ---- rendering -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Schedule a re-render of the current state (debounced)."""
        if not self._debounce.isActive():
            self._requested_at = time.perf_counter()
        self._debounce.start()
        self._show_state(self.tr("Rendering…"))

    def refresh_now(self) -> None:
        self._requested_at = time.perf_counter()
        self._debounce.stop()
        self._start_render()

    def is_up_to_date(self) -> bool:
        return (
            not self._debounce.isActive()
            and not self._busy
            and self._waiting is None
            and self._shown_generation == self._generation
            and bool(self._pdf)
        )

    def _context(self) -> ProposalContext | None:
        if self._provider is None:
            return None
        try:
            return self._provider()
        except KamError as exc:
            self._on_failed(self._generation, str(exc))
            return None

    def _start_render(self) -> None:
        context = self._context()
        if context is None:
            return
        self._generation += 1
        request = (self._generation, context, self.addressee_id())
        if self._busy:
            self._waiting = request  # only the newest waiting request matters
            return
        self._submit(*request)

    def _submit(self, generation: int, context: ProposalContext, addressee_id: str | None) -> None:
        self._busy = True
        self._show_state(self.tr("Rendering…"))
        Operation(self, lambda _progress, _cancel: _render(context, addressee_id)).success(
            lambda data: self._on_rendered(generation, data)
        ).failure(lambda exc: self._on_failed(generation, _failure_text(exc))).run_in_background()

    def _next(self) -> None:
        self._busy = False
        if self._waiting is not None:
            request, self._waiting = self._waiting, None
            self._submit(*request)

    def _on_rendered(self, generation: int, data: bytes) -> None:
        self._next()
        if generation != self._generation:
            return  # stale: a newer edit is already being rendered
        self._pdf = data
        self._shown_generation = generation
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status != QPdfDocument.Status.Ready or self._shown_generation != self._generation:
            return
        self.last_refresh_ms = (time.perf_counter() - self._requested_at) * 1000
        pages = self.document.pageCount()
        self._show_state(self.tr("Pages: {n}").format(n=pages))  # no "(s)" in English
        self._update_buttons()
        self.document_loaded.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if self._busy:
            self._next()
        if generation != self._generation:
            return
        self.state.setStyleSheet(ERROR_STYLE)
        self.state.setText(self.tr("Cannot render: %1").replace("%1", message))
        self.state.setToolTip(as_text(message))
        self.render_failed.emit(message)

    def _show_state(self, text: str) -> None:
        self.state.setStyleSheet(HINT_STYLE)
        self.state.setText(text)
        self.state.setToolTip("")

    def _update_buttons(self) -> None:
        ready = bool(self._pdf)
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def wait_pdf(self) -> bytes:
        """The PDF of the current state: the shown one, or rendered now when an edit is pending."""
        if self.is_up_to_date():
            return self._pdf
        context = self._context()
        if context is None:
            return self._pdf
        return ProposalService.render_context(context, self.addressee_id())

    # ---- output ----------------------------------------------------------------------------
    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name.removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> int:
        """Paint every page (or the chosen range) onto ``printer``; returns the pages printed."""
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.wait_pdf()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        first, last = printer.fromPage(), printer.toPage()
        pages = range(0, document.pageCount())
        if first > 0 and last >= first:
            pages = range(first - 1, min(last, document.pageCount()))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            # Raster at most 300 dpi: a 1200-dpi A4 page would be a 0.5 GB image.
            dpi = min(printer.resolution(), PRINT_DPI)
            target = painter.viewport()
            for page in pages:
                if printed:
                    printer.newPage()
                size_pt = document.pagePointSize(page)
                size = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
                image = document.render(page, size)
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(QPoint(0, 0), scaled), image)
                printed += 1
        finally:
            painter.end()
            document.close()
            buffer.close()
            buffer.deleteLater()
            document.deleteLater()
        return printed

    def current_pdf(self) -> bytes:
        return self._pdf
