"""The proposal editor's form | preview split: a share of the width, kept as the window resizes
and remembered (QSettings) once the user moves it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

FORM_SHARE = 0.6  # of the editor's width at first show; the rest is the preview
PREVIEW_MAX_START = 560  # a wide window gives the extra width to the form, not the preview
# QSettings: the form's share of the editor's width, once the user moved the split
FORM_SHARE_KEY = "proposal_editor/form_share"
FORM_SHARE_RANGE = (0.25, 0.85)


class FormPreviewSplitter(QSplitter):
    def __init__(self, form: QWidget, preview: QWidget, settings: QSettings | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.settings = settings
        self.addWidget(form)
        self.addWidget(preview)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self._remember_split)
        self._form_share = self._stored_form_share()  # None: the default split

    def _stored_form_share(self) -> float | None:
        if self.settings is None:
            return None
        try:
            share = float(str(self.settings.value(FORM_SHARE_KEY, 0.0) or 0.0))
        except (TypeError, ValueError):
            return None
        low, high = FORM_SHARE_RANGE
        return share if low <= share <= high else None

    def apply_split(self, width: int) -> None:
        """The remembered share, else 60 % for the form with the preview at most 560 px."""
        if self._form_share is not None:
            form = int(width * self._form_share)
        else:
            form = max(int(width * FORM_SHARE), width - PREVIEW_MAX_START)
        self.setSizes([form, max(width - form, 1)])

    def _remember_split(self, *_args: object) -> None:
        form, preview = self.sizes()
        if form + preview <= 0:
            return
        low, high = FORM_SHARE_RANGE
        self._form_share = min(max(form / (form + preview), low), high)
        if self.settings is not None:
            self.settings.setValue(FORM_SHARE_KEY, round(self._form_share, 4))
