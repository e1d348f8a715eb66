"""The customer card's GDPR actions: export the customer's data, anonymise the customer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.services import gdpr
from planner.services.gdpr import ErasurePreview
from planner.ui.ops import AppContext, Changes, Op


def export_customer_data(ctx: AppContext, parent: QWidget, customer_id: int, name: str,
                         path: str | None = None) -> Op | None:
    if path is None:
        safe = "".join(c if c.isalnum() else "-" for c in name).strip("-") or str(customer_id)
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("GdprActions", "Export the customer's data (GDPR)"), str(Path.home() / f"donnees-{safe}.json"),
            QCoreApplication.translate("GdprActions", "JSON file (*.json)"),
        )
        if not path:
            return None
    return Op(ctx, gdpr.export_customer_data, customer_id, path).parent(parent).success(
        lambda written: _tell(parent, QCoreApplication.translate("GdprActions", "The data of %1 was saved in %2.").replace("%1", name)
                              .replace("%2", str(written)))
    ).run()


def _tell(parent: QWidget, text: str) -> None:
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 15_000)


def ask_to_anonymise(ctx: AppContext, parent: QWidget, customer_id: int) -> Op:
    """Show a confirmation naming the customer; anonymise only when confirmed."""

    def confirm(preview: ErasurePreview) -> None:
        box = QMessageBox(parent)
        box.setObjectName("anonymiseConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("GdprActions", "Anonymise %1").replace("%1", preview.name))
        box.setText(preview.confirmation())
        erase = box.addButton(QCoreApplication.translate("GdprActions", "Anonymise %1").replace("%1", preview.name), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:  # type: ignore[no-untyped-def]
            if button is erase:
                Op(ctx, gdpr.erase_customer, customer_id, preview.version).parent(parent).changes(
                    Changes(customers=True, contracts=True, visits=True)
                ).success(lambda report: _tell(parent, report.describe())).run()

        box.buttonClicked.connect(answered)
        box.open()

    return Op(ctx, gdpr.erasure_preview, customer_id).parent(parent).success(confirm).run()
