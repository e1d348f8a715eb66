"""Small widgets shared by the pages and dialogs."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


class ErrorBanner(QLabel):
    """The list of what to fix, above a form; hidden when there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#errorBanner { background: #fdecea; color: #8e2b20; border: 1px solid #e6b0aa;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.hide()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.setText("\n".join(f"• {field} : {reason}" for field, reason in errors.items()))
        self.setVisible(bool(errors))

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FormErrors:
    """Marks the widgets of the fields a ValidationError names, and lists the reasons."""

    def __init__(self, banner: ErrorBanner, fields: Mapping[str, QWidget]) -> None:
        self.banner = banner
        self.fields = dict(fields)
        self._styles = {w: w.styleSheet() for w in self.fields.values()}

    def clear(self) -> None:
        for widget, style in self._styles.items():
            widget.setStyleSheet(style)
            widget.setToolTip("")
        self.banner.show_errors({})

    def show(self, errors: Mapping[str, str]) -> None:
        self.clear()
        for field, reason in errors.items():
            widget = self.fields.get(field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(reason)
        self.banner.show_errors(errors)
        first = next((self.fields[f] for f in errors if f in self.fields), None)
        if first is not None:
            first.setFocus()


def show_refusal(exc: Exception, errors: FormErrors | None, banner: ErrorBanner) -> bool:
    """What a form does when its service refuses: the fields a ValidationError names are marked
    (with the reasons listed), any other PlannerError is shown in the banner.  True when shown;
    False lets the caller's default (the unexpected-error box) take over."""
    if isinstance(exc, ValidationError) and errors is not None:
        errors.show(exc.errors)
        return True
    if isinstance(exc, PlannerError):
        banner.show_message(str(exc) if not isinstance(exc, ValidationError) else
                            "\n".join(f"• {field} : {reason}" for field, reason in exc.errors.items()))
        return True
    return False


class ReloadsWhenShown:
    """For a page: a change announced while it is hidden only marks it stale; it reloads when
    shown (no work for pages nobody looks at), or at once when it is on screen.  The page's
    ``reload()`` clears ``_dirty``."""

    _dirty = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self._dirty:
            self.reload()

    def reload_or_mark(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()
        else:
            self._dirty = True

    def reload(self) -> None:
        raise NotImplementedError


class FilterEdit(QLineEdit):
    """A search box with a clear button; Escape empties it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ColourButton(QPushButton):
    colour_changed = Signal(str)

    def __init__(self, colour: str = "#1f77b4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.clicked.connect(self._choose)
        self._refresh()

    @property
    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self._refresh()

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._colour), self, QCoreApplication.translate("ColourButton", "Round colour")
        )
        if chosen.isValid():
            self.set_colour(chosen.name())
            self.colour_changed.emit(self._colour)

    def _refresh(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self._colour))
        self.setIcon(QIcon(pixmap))
        self.setText(self._colour)


def configure_table(view: QTableView, *, stretch_last: bool = True) -> None:
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    header.setSectionsMovable(True)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 6px;")
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def empty_state(text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666; font-size: 11pt;")
    layout.addStretch()
    layout.addWidget(label)
    layout.addStretch()
    return box



class EnterDoesNotSubmit:
    """Mixin for dialogs where Enter in a field adds a line (a part, an anomaly…): Enter never
    presses the dialog's default button there; Ctrl+Enter is the way to save."""

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]
