"""Names vulture (run by .ci/run) reports as unused that are used after all.

Check:  .venv/bin/vulture kam_desktop vulture_whitelist.py --min-confidence 60
Vulture only parses this file (it is never imported); ``_`` stands for any object. A new
finding either goes (dead code) or comes here with the reason it is used.
"""

# ruff: noqa
_ = object()

# --- library APIs: attributes python-docx and ReportLab read after we set them --------------
# python-docx styles, sections, core properties, headers (documents/docx_renderer.py)
_.base_style
_.quick_style
_.keep_with_next
_.line_spacing
_._blob  # a part's bytes, replaced in place
_.external_attr  # zipfile.ZipInfo: the file mode written into the archive
_.page_height
_.page_width
_.left_margin
_.right_margin
_.bottom_margin
_.top_margin
_.header_distance
_.footer_distance
_.last_modified_by
_.modified
_.comments
_.is_linked_to_previous
# ReportLab canvas, time stamp, charts, legend, flowables (documents/renderer.py)
_.shapeChecking
_._timeStamp
_.YMDhms
_.initialFontName
_.valueMin
_.valueMax
_.fontName
_.fontSize
_.labelTextFormat
_.strokeColor
_.gridStrokeColor
_.visibleGrid
_.categoryNames
_.dy
_.barSpacing
_.groupSpacing
_.fillColor
_.nudge
_.barLabelFormat
_.barLabelArray
_.alignment
_.columnMaximum
_.deltax
_.dxTextSpace
_.boxAnchor
_.colorNamePairs
_.hAlign

# --- framework hooks: called by Python's logging, Qt, SQLAlchemy, Alembic --------------------
_.handleError  # logging.Handler (logsetup.py)
_.canFetchMore  # QAbstractItemModel (gui/client_list_model.py)
_.fetchMore
_.createEditor  # QStyledItemDelegate (gui/exchange_dialogs.py)
_.setEditorData
_.setModelData
_.updateEditorGeometry
_.closeEvent  # QWidget (gui/main_window.py)
_.mouseDoubleClickEvent  # QGraphicsItem (gui/relationship_map_scene.py)
_.contextMenuEvent
_.redo  # QUndoCommand (gui/undo.py)
_.undo
impl  # TypeDecorator (storage/models.py)
cache_ok
_.process_bind_param
_.process_result_value
__mapper_args__  # declarative mapping (storage/models.py)
down_revision  # Alembic revision files (storage/migrations/versions/)
branch_labels
depends_on

# --- references kept alive on purpose (Qt objects must not be garbage collected) -----------
_.save_action  # gui/proposal_preview.py: QShortcut/QAction
_.print_action
_.share_menu  # gui/exchange_dialogs.py; tests read it
_.library_menu  # gui/main_window.py; tests read it

# --- used by tests only (public API the tests drive) ------------------------------------------
_.section_kinds  # documents/model.py: tests/unit/test_proposal_composer.py
share_band  # domain/account_health.py: the key-client band (DOMAIN.md), tests/unit
_.set_logo  # gui/company_dialog.py: tests/gui/test_shell_app.py
KEY_CLIENT_ID  # services/demo.py: the demo key client (its record is in resources/demo), tests open it
_.set_kind  # gui/contacts_editor.py
_.record_items  # gui/exchange_dialogs.py
_.is_cancelled  # gui/exchange_tasks.py
_.set_participant  # gui/interaction_dialog.py
TEXTS  # gui/proposal_editor.py
_.is_read_only
_.last_refresh_ms  # gui/proposal_preview.py
_.current_pdf
VALIDITY_DAYS_KEY  # gui/settings_dialog.py
NUMBER_PATTERN_KEY
_.list_interactions  # services/dossiers.py
_.set_setting
_.get_catalogue_item  # services/library.py
_.get_argument
create_db_engine  # storage/db.py

# --- read by tests as the written-out specification ------------------------------------------
DOSSIER_FIELDS  # exchange/format1.py: tests/exchange/test_format1.py checks models against it
NOT_EXPORTED
NOT_EXPORTED_TABLES
_.is_open  # gui/deferred_open.py: tests/gui/test_deferred_start.py
__class__  # gui/deferred_open.py: the stand-in passes isinstance checks for the real service

# --- the runner's hooks for tests (gui/operations.py): tests wait on them -------------------
running_operations  # tests/gui/conftest.py, shell_helpers.wait_for_operations
_.is_finished  # tests/gui/test_operations.py
_.on_settled  # tests/gui/test_operations.py: an Outcome's answer reaches its listeners

# --- Today (gui/today_*.py): a Qt override and what the tests read ---------------------------
_.hasChildren  # QAbstractItemModel override: the view asks which rows expand
_.item_count  # tests/gui/test_today_model.py, tests/bench/test_today_bench.py
_.is_empty_state  # tests/gui/test_today_page.py

# --- the team database dialog (gui/team_dialog.py): what its tests wait on and read ----------
_.last_check  # tests/gui/test_team_dialog.py: the check the dialog last showed
_._operation  # tests/gui/test_team_dialog.py: the running check, to wait for it
_.server_version  # services/team.ConnectionCheck: tests/unit/test_team_connection.py
