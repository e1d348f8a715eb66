"""The main window: navigation on the left, one page at a time, menus and shortcuts."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from planner import __version__
from planner.paths import user_data_dir
from planner.services import context as context_service
from planner.services import demo as demo_service
from planner.services import geocoding
from planner.services import outbox as outbox_service
from planner.ui.addresses import AddressReviewDialog
from planner.ui.alerts_page import AlertsPage, install_contract_features
from planner.ui.board import BoardPage
from planner.ui.booking_page import BookingPage
from planner.ui.contracts_page import ContractsPage
from planner.ui.customers_page import CustomersPage
from planner.ui.dashboard_page import DashboardPage
from planner.ui.data_actions import DataActions
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.outbox_dialog import OUTBOX_SEND, OutboxDialog
from planner.ui.quotes_page import QuotesPage
from planner.ui.settings_dialog import SettingsDialog
from planner.ui.technicians_page import TechniciansPage


@dataclass
class Page:
    key: str
    title: str
    widget: QWidget


def ui_settings() -> QSettings:
    """Window layout memory, kept beside the user's data (one INI file)."""
    return QSettings(str(user_data_dir() / "interface.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    PAGE_ALIASES = {
        "clients": "customers",
        "contrats": "contracts",
        "techniciens": "technicians",
        "rendez-vous": "booking",
        "rdv": "booking",
        "planning": "board",
        "alertes": "alerts",
        "devis": "quotes",
        "tableau-de-bord": "dashboard",
    }
    #: How often the outbox is sent, when e-mail or SMS is configured.
    SEND_EVERY_MS = 60_000

    def __init__(self, ctx: AppContext, *, remember_layout: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.remember_layout = remember_layout
        self.setWindowTitle(self.tr("Planner"))
        self.setMinimumSize(QSize(760, 520))

        self.booking = BookingPage(ctx)
        self.board = BoardPage(ctx)
        self.customers = CustomersPage(ctx)
        self.contracts = ContractsPage(ctx)
        self.technicians = TechniciansPage(ctx)
        self.alerts = AlertsPage(ctx)
        self.quotes = QuotesPage(ctx)
        self.dashboard = DashboardPage(ctx)
        self.pages = [
            Page("booking", self.tr("Appointments"), self.booking),
            Page("board", self.tr("Planning"), self.board),
            Page("customers", self.tr("Customers"), self.customers),
            Page("contracts", self.tr("Contracts"), self.contracts),
            Page("technicians", self.tr("Technicians"), self.technicians),
            Page("alerts", self.tr("Alerts"), self.alerts),
            Page("quotes", self.tr("Quotes"), self.quotes),
            Page("dashboard", self.tr("Dashboard"), self.dashboard),
        ]

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; background: #f3f4f6; }"
            "QListWidget#navigation::item { padding: 10px 14px; }"
            "QListWidget#navigation::item:selected { background: #dbe7f6; color: #1d3557; }"
        )
        self.stack = QStackedWidget()
        for index, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(page.title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page.title).replace("%2", str(index)))
            self.navigation.addItem(item)
            self.stack.addWidget(page.widget)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", ctx.database.display_url))
        self.busy_label = QLabel()
        self.review_button = QPushButton()
        self.review_button.setFlat(True)
        self.review_button.setStyleSheet("color: #a15c00;")
        self.review_button.hide()
        self.review_button.clicked.connect(self.open_address_review)
        self.outbox_button = QPushButton()
        self.outbox_button.setFlat(True)
        self.outbox_button.hide()
        self.outbox_button.clicked.connect(self.open_outbox)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.outbox_button)
        self.statusBar().addPermanentWidget(self.review_button)
        self.statusBar().addPermanentWidget(self.busy_label)
        ctx.busy_changed.connect(self._busy_changed)

        self._build_menus()
        install_contract_features(self)  # alert counts in the status bar, Tools menu, alert actions
        self.contracts.open_customer.connect(self.open_customer)
        self.booking.open_customer.connect(self.open_customer)
        self.board.open_customer.connect(self.open_customer)
        self.send_timer = QTimer(self)
        self.send_timer.setInterval(self.SEND_EVERY_MS)
        self.send_timer.timeout.connect(self.send_outbox)
        self.send_timer.start()
        self.refresh_outbox()
        ctx.changed.connect(self._on_changes)
        self.refresh_review_count()
        self.navigation.setCurrentRow(0)
        if remember_layout:
            self.restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_item)
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_filter)
        call = QAction(self.tr("&Book for a caller"), self)
        call.setShortcut(QKeySequence("Ctrl+K"))
        call.triggered.connect(self.start_booking)
        print_rounds = QAction(self.tr("&Print rounds…"), self)
        print_rounds.setShortcut(QKeySequence.StandardKey.Print)
        print_rounds.triggered.connect(self.open_print_rounds)
        self.print_rounds_action = print_rounds
        demo = QAction(self.tr("Load &demonstration data…"), self)
        demo.triggered.connect(self.offer_demo)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (call, new, find):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(print_rounds)
        file_menu.addSeparator()
        self.data_actions = DataActions(self, self.ctx)  # import wizard and exports
        self.data_actions.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(demo)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.new_action, self.find_action, self.call_action = new, find, call

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, page in enumerate(self.pages, start=1):
            action = QAction(page.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, key=page.key: self.show_page(key))
            view_menu.addAction(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu = tools_menu
        review = QAction(self.tr("&Addresses to check…"), self)
        review.triggered.connect(self.open_address_review)
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self.open_settings)
        messages = QAction(self.tr("&Messages to customers…"), self)
        messages.triggered.connect(self.open_outbox)
        tools_menu.addAction(review)
        tools_menu.addAction(messages)
        tools_menu.addSeparator()
        tools_menu.addAction(settings)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Planner"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def open_print_rounds(self) -> None:
        """Day sheets and work orders of a day or a week (planner.ui.printing)."""
        from planner.ui.printing import PrintRoundsDialog

        technician_id = self.technicians.editor.technician_id if self.current_page() is self.technicians else None
        PrintRoundsDialog(self.ctx, self, technician_id=technician_id).open()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def new_item(self) -> None:
        page = self.current_page()
        if hasattr(page, "new_item"):
            page.new_item()

    def focus_filter(self) -> None:
        page = self.current_page()
        if hasattr(page, "focus_filter"):
            page.focus_filter()

    def show_page(self, key: str) -> QWidget:
        key = self.PAGE_ALIASES.get(key, key)
        for index, page in enumerate(self.pages):
            if page.key == key:
                self.navigation.setCurrentRow(index)
                return page.widget
        known = ", ".join(p.key for p in self.pages)
        raise KeyError(f"vue « {key} » inconnue (vues : {known})")

    def open_customer(self, customer_id: int) -> None:
        self.show_page("customers")
        self.customers.select_customer(customer_id)

    def start_booking(self) -> None:
        """Ctrl+K, from anywhere: the booking assistant with its search field ready."""
        self.show_page("booking")
        self.booking.focus_search()

    # -- outbox ------------------------------------------------------------------------------
    def send_outbox(self) -> None:
        """The background sending, every minute: never a second run while one is under way (a
        slow server can make a run last longer than the timer's period)."""
        if self.ctx.running(OUTBOX_SEND):
            return
        Op(self.ctx, outbox_service.send_pending).key(OUTBOX_SEND).parent(self).success(
            lambda report: self.refresh_outbox()
        ).run()

    def refresh_outbox(self) -> None:
        Op(self.ctx, outbox_service.outbox_counts).key("outbox-counts").parent(self).success(self._show_outbox).run()

    def _show_outbox(self, counts: outbox_service.OutboxCounts) -> None:
        # Messages that failed are an alert (« Messages en échec ») beside it: said once.
        parts = []
        if counts.pending:
            parts.append(self.tr("%1 message(s) waiting").replace("%1", str(counts.pending)))
        self.outbox_button.setText(" · ".join(parts))
        self.outbox_button.setStyleSheet("color: #555;")
        self.outbox_button.setVisible(bool(parts))

    def open_outbox(self) -> OutboxDialog:
        dialog = OutboxDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _on_changes(self, changes: Changes) -> None:
        if changes.customers:
            self.refresh_review_count()
        if changes.visits or changes.settings:
            self.refresh_outbox()

    # -- addresses and settings --------------------------------------------------------------
    def refresh_review_count(self) -> None:
        Op(self.ctx, geocoding.count_sites_to_review).key("review-count").parent(self).success(self._show_review_count).run()

    def _show_review_count(self, count: int) -> None:
        self.review_button.setText(self.tr("%1 address(es) to check").replace("%1", str(count)))
        self.review_button.setVisible(count > 0)

    def open_address_review(self) -> AddressReviewDialog:
        dialog = AddressReviewDialog(self.ctx, self)
        dialog.open_customer.connect(self.open_customer)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self)
        dialog.open()
        return dialog

    # -- demo data ---------------------------------------------------------------------------
    def offer_demo_if_empty(self) -> None:
        Op(self.ctx, context_service.is_empty).parent(self).success(
            lambda empty: self.offer_demo(first_run=True) if empty else None
        ).run()

    def offer_demo(self, first_run: bool = False) -> None:
        text = (
            self.tr(
                "The database is empty. Load demonstration data (300 customers around Annecy, "
                "6 technicians, contracts and three weeks of rounds) to discover Planner?"
            )
            if first_run
            else self.tr(
                "Load demonstration data? This only works on an empty database: nothing you "
                "entered is ever overwritten."
            )
        )
        answer = QMessageBox.question(self, self.tr("Demonstration data"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        Op(self.ctx, demo_service.generate_demo, demo_service.DemoOptions()).parent(self).with_progress(
            self.tr("Creating demonstration data…")
        ).changes(Changes.everything()).success(
            lambda summary: self.statusBar().showMessage(summary.describe(), 10_000)
        ).run()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Planner"),
            self.tr(
                "<b>Planner %1</b><br>Maintenance visits, contracts and technicians' rounds, "
                "without an internet connection.<br><br>Database: %2"
            )
            .replace("%1", __version__)
            .replace("%2", self.ctx.database.display_url),
        )

    # -- layout memory -------------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = ui_settings()
        if (geometry := settings.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.value("window/state")) is not None:
            self.restoreState(state)
        for page in self.pages:
            if hasattr(page.widget, "restore_state"):
                page.widget.restore_state(settings)
        page_key = settings.value("window/page")
        if isinstance(page_key, str):
            with contextlib.suppress(KeyError):
                self.show_page(page_key)

    def save_layout(self) -> None:
        settings = ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.pages[self.navigation.currentRow()].key)
        for page in self.pages:
            if hasattr(page.widget, "save_state"):
                page.widget.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.remember_layout:
            self.save_layout()
        self.send_timer.stop()
        self.ctx.pool.waitForDone(5000)
        super().closeEvent(event)
