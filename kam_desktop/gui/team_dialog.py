"""File → Team database (PostgreSQL)…: where the team database is, a test of the connection,
and switching to it or back to the local database.

The logic (validation, the keyring, the check, the saved choice) is ``services/team.py``;
this dialog only lays it out. The test connects in a worker thread (``Operation``) with a
short connect timeout, so the window never freezes on a host that does not answer. Switching
starts KAM Desktop again (as a restore does): the window cannot swap its database under the
screens that have read from it. A password kept for this session only is handed to the new
process in its environment, never on its command line.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError, ValidationError
from kam_desktop.gui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors
from kam_desktop.gui.operations import Operation, Progress, ShouldCancel
from kam_desktop.gui.plain_text import plain
from kam_desktop.gui.prompts import Prompts, UserPrompts

if TYPE_CHECKING:
    from kam_desktop.gui.main_window import MainWindow
    from kam_desktop.services.team import ConnectionCheck, TeamConnection

log = logging.getLogger(__name__)

OK_STYLE = "color: #1b5e20;"
WARNING_STYLE = "color: #8a4b00;"  # no keyring: worth reading, not an error
FIELDS = ("host", "port", "database", "user", "password")


def restart_app(session_password: str | None = None) -> None:
    """Start KAM Desktop again (on the database now chosen) and leave this one."""
    from kam_desktop.services.team import SESSION_PASSWORD_ENV

    process = QProcess()
    process.setProgram(sys.executable)
    if not getattr(sys, "frozen", False):  # the PyInstaller bundle is its own executable
        process.setArguments(["-m", "kam_desktop"])
    environment = QProcessEnvironment.systemEnvironment()
    if session_password:
        environment.insert(SESSION_PASSWORD_ENV, session_password)
    process.setProcessEnvironment(environment)
    process.startDetached()
    QApplication.quit()


class TeamDatabaseDialog(QDialog):
    """The connection form. After ``accept()``, ``restart_wanted`` says whether KAM Desktop
    should start again now, and ``session_password`` what to hand the new process."""

    def __init__(self, prompts: UserPrompts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kam_desktop.services import team

        self.prompts = prompts or Prompts()
        self.restart_wanted = False
        self.session_password: str | None = None
        self.last_check: ConnectionCheck | None = None
        self._operation: Operation | None = None
        self.saved = team.saved_connection()
        self.keyring_problem = team.keyring_problem()
        self.setWindowTitle(
            QCoreApplication.translate("TeamDatabaseDialog", "Team database (PostgreSQL)")
        )
        self.setMinimumWidth(560)

        intro = plain(
            QLabel(
                QCoreApplication.translate(
                    "TeamDatabaseDialog",
                    "Several KAMs can work on one shared database on a PostgreSQL server. "
                    "The password is kept in the system keyring, never in a settings file.",
                )
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.current = plain(QLabel())
        self.current.setWordWrap(True)

        self.host = QLineEdit()
        self.port = QLineEdit("5432")
        self.port.setMaxLength(5)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit, limit in ((self.host, 253), (self.database, 63), (self.user, 63)):
            edit.setMaxLength(limit)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "host": QCoreApplication.translate("TeamDatabaseDialog", "&Server (host):"),
            "port": QCoreApplication.translate("TeamDatabaseDialog", "&Port:"),
            "database": QCoreApplication.translate("TeamDatabaseDialog", "&Database:"),
            "user": QCoreApplication.translate("TeamDatabaseDialog", "&User:"),
            "password": QCoreApplication.translate("TeamDatabaseDialog", "Pass&word:"),
        }
        edits = dict(
            zip(
                FIELDS, (self.host, self.port, self.database, self.user, self.password), strict=True
            )
        )
        for key in FIELDS:
            label = plain(QLabel(labels[key]))
            label.setBuddy(edits[key])
            form.addRow(label, self.errors.add(key, edits[key]))
            edits[key].textEdited.connect(lambda _text, key=key: self._edited(key))

        self.keyring_notice = plain(QLabel(self._keyring_text()))
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setStyleSheet(WARNING_STYLE if self.keyring_problem else HINT_STYLE)
        self.session_only = QCheckBox(
            QCoreApplication.translate(
                "TeamDatabaseDialog",
                "Use the password for this session only (not stored)",
            )
        )

        self.test_button = QPushButton(
            QCoreApplication.translate("TeamDatabaseDialog", "&Test connection")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.check_label = plain(QLabel())
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.check_label, 1)

        self.local_button = QPushButton(
            QCoreApplication.translate("TeamDatabaseDialog", "Use the &local database")
        )
        self.local_button.clicked.connect(self.use_local)
        self.local_button.setEnabled(self.saved is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("TeamDatabaseDialog", "Save and &connect"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.local_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.session_only)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._load()

    # ---- what is shown -------------------------------------------------------------------
    def _keyring_text(self) -> str:
        if self.keyring_problem:
            return (
                self.keyring_problem
                + " "
                + QCoreApplication.translate(
                    "TeamDatabaseDialog",
                    "Tick «for this session only» below to use the password until KAM Desktop "
                    "is closed, or leave it empty to use PGPASSWORD or ~/.pgpass.",
                )
            )
        return QCoreApplication.translate(
            "TeamDatabaseDialog", "The password is stored in the system keyring."
        )

    def _load(self) -> None:
        from kam_desktop.services import team

        saved = self.saved
        if saved is None:
            self.current.setText(
                QCoreApplication.translate("TeamDatabaseDialog", "Now in use: the local database.")
            )
            return
        self.current.setText(
            QCoreApplication.translate("TeamDatabaseDialog", "Now in use: {where}").format(
                where=f"{saved.user}@{saved.host}:{saved.port}/{saved.database}"
            )
        )
        self.host.setText(saved.host)
        self.port.setText(str(saved.port))
        self.database.setText(saved.database)
        self.user.setText(saved.user)
        if team.password_for(saved):
            self.password.setPlaceholderText(
                QCoreApplication.translate("TeamDatabaseDialog", "stored; leave empty to keep it")
            )

    def fit(self) -> None:
        """Grow to what the wrapped texts and the fields' messages now need (a word-wrapped
        label's height depends on the width, which no minimum size expresses)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.fit()

    def _edited(self, key: str) -> None:
        self.errors.set_error(key, None)
        self.check_label.clear()

    # ---- the fields --------------------------------------------------------------------------
    def connection(self) -> TeamConnection | None:
        """The fields as a connection, or None after showing each problem by its field."""
        from kam_desktop.services import team

        try:
            conn = team.validate(
                self.host.text(), self.port.text(), self.database.text(), self.user.text()
            )
        except ValidationError as exc:
            self.check_label.clear()  # a check of other fields would mislead
            self.errors.show(exc.errors)
            self.fit()
            return None
        self.errors.show({}, reveal=False)
        return conn

    def _password_for(self, conn: TeamConnection) -> str | None:
        """The password typed, else the one known for this very connection."""
        from kam_desktop.services import team

        return self.password.text() or team.password_for(conn)

    # ---- testing -------------------------------------------------------------------------
    def test_connection(self) -> Operation | None:
        """Connect off the GUI thread; the answer appears beside the button."""
        from kam_desktop.services import team

        conn = self.connection()
        if conn is None:
            return None
        password = self._password_for(conn)
        self.test_button.setEnabled(False)
        self.check_label.setStyleSheet(HINT_STYLE)
        self.check_label.setText(
            QCoreApplication.translate("TeamDatabaseDialog", "Connecting to {where}…").format(
                where=f"{conn.host}:{conn.port}"
            )
        )

        def work(_progress: Progress, _should_cancel: ShouldCancel) -> ConnectionCheck:
            return team.check_connection(conn, password)

        operation = Operation(self, work)
        operation.success(self._show_check)
        operation.failure(self._check_failed)
        self._operation = operation
        return operation.run_in_background()

    def _show_check(self, check: ConnectionCheck) -> None:
        self.last_check = check
        self.test_button.setEnabled(True)
        self.check_label.setStyleSheet(OK_STYLE if check.usable else ERROR_STYLE)
        self.check_label.setText(check.message)
        self.fit()

    def _check_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.check_label.setStyleSheet(ERROR_STYLE)
        self.check_label.setText(str(exc) if isinstance(exc, KamError) else type(exc).__name__)
        self.fit()

    # ---- choosing --------------------------------------------------------------------------
    def save(self) -> None:
        from kam_desktop.services import team

        conn = self.connection()
        if conn is None:
            return
        password = self.password.text() or None
        session_only = self.session_only.isChecked()
        if password and self.keyring_problem and not session_only:
            self.errors.show(
                {
                    "password": QCoreApplication.translate(
                        "TeamDatabaseDialog",
                        "There is no keyring to store it in: tick «for this session only», "
                        "or leave the password empty to use PGPASSWORD or ~/.pgpass.",
                    )
                }
            )
            self.fit()
            return
        try:
            team.save_connection(conn, password, session_only)
        except KamError as exc:
            self.errors.show({"password": str(exc)})
            self.fit()
            return
        self.session_password = password if session_only else team.session_password(conn)
        self.restart_wanted = self.prompts.confirm(
            self,
            QCoreApplication.translate("TeamDatabaseDialog", "Team database"),
            QCoreApplication.translate(
                "TeamDatabaseDialog",
                "Saved. Switch to the team database now? KAM Desktop starts again on it "
                "(otherwise at the next start).",
            ),
            default_yes=True,
        )
        self.accept()

    def use_local(self) -> None:
        from kam_desktop.services import team

        if not self.prompts.confirm(
            self,
            QCoreApplication.translate("TeamDatabaseDialog", "Use the local database"),
            QCoreApplication.translate(
                "TeamDatabaseDialog",
                "Go back to the local database on this computer? The team database's settings "
                "and its stored password are forgotten here (the server keeps its data), and "
                "KAM Desktop starts again on the local database.",
            ),
        ):
            return
        team.use_local_database()
        self.saved = None
        self.session_password = None
        self.restart_wanted = True
        self.accept()


def show_team_database(window: MainWindow, restart=restart_app) -> bool:
    """The dialog; True when KAM Desktop is starting again on the database chosen."""
    dialog = TeamDatabaseDialog(window.prompter, window)
    accepted = window.prompter.run_dialog(dialog)
    wanted, password = dialog.restart_wanted, dialog.session_password
    dialog.deleteLater()
    if not (accepted and wanted):
        return False
    if window.dossier.is_showing_client() and not window.dossier.confirm_leave():
        return False
    restart(password)
    return True


def team_database_action(window: MainWindow) -> QAction:
    action = QAction(
        QCoreApplication.translate("TeamDatabaseDialog", "&Team database (PostgreSQL)…"), window
    )
    action.setStatusTip(
        QCoreApplication.translate(
            "TeamDatabaseDialog", "Work on a shared database on a PostgreSQL server, or locally"
        )
    )
    action.triggered.connect(lambda: show_team_database(window))
    window.addAction(action)
    return action


# ---- at start --------------------------------------------------------------------------------
def local_database_offer(error: BaseException) -> QMessageBox:
    """The question asked when the team database cannot be opened at start."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("KAM Desktop")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "TeamDatabaseDialog",
            "The team database cannot be opened.\n\n{error}\n\nOpen the local database on "
            "this computer instead? The team database stays chosen and is tried again at the "
            "next start (File → Team database changes that).",
        ).format(error=error)
    )
    box.addButton(
        QCoreApplication.translate("TeamDatabaseDialog", "Open the &local database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("TeamDatabaseDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def offer_local_database(error: BaseException) -> bool:
    """True when the user chose to open the local database instead."""
    box = local_database_offer(error)
    box.exec()
    chosen = box.clickedButton()
    return chosen is not None and box.buttonRole(chosen) == QMessageBox.ButtonRole.AcceptRole
