"""The Qt half of ``planner --self-check``: French translations load and the main window
opens and draws (offscreen) on a throw-away database."""

from __future__ import annotations

import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.services.selfcheck import SelfCheckReport


def run_qt_self_check(report: SelfCheckReport) -> None:
    from planner.ui.application import create_qapplication

    app = create_qapplication()

    def translations() -> str:
        translated = QCoreApplication.translate("MainWindow", "Customers")
        context, source = "QPlatformTheme", "Cancel"  # Qt's own catalogue (qtbase_fr), not ours
        qt_own = QCoreApplication.translate(context, source)
        if translated != "Clients":
            raise ValueError(f"interface non traduite (« {translated} »)")
        if qt_own != "Annuler":
            raise ValueError(f"traductions de Qt absentes (« {qt_own} »)")
        return "français (Planner et Qt)"

    def window() -> str:
        from PySide6.QtCore import QDeadlineTimer

        from planner.services.context import open_planner_database
        from planner.services.mapping import MapSettings, save_map_settings
        from planner.ui.main_window import MainWindow
        from planner.ui.ops import AppContext

        with tempfile.TemporaryDirectory(prefix="planner-selfcheck-ui-") as folder, _TileServer() as tiles:
            database = open_planner_database(str(Path(folder) / "planner.sqlite3"))
            # The map's background comes from a server on this computer: the check downloads tiles
            # through Qt's network module without asking OpenStreetMap for anything.
            save_map_settings(database, MapSettings(tiles=True, tile_url=tiles.url_template))
            ctx = AppContext(database, interactive=False)
            try:
                main = MainWindow(ctx, remember_layout=False)
                main.resize(1200, 760)
                main.show_page("board")
                main.board.set_view("both")
                main.show()
                ctx.wait_idle()
                deadline = QDeadlineTimer(15_000)
                canvas = main.board.map.canvas
                while not (canvas.isVisible() and canvas._drew_tiles) and not deadline.hasExpired():
                    app.processEvents()
                    ctx.wait_idle()
                    canvas.repaint()
                image = main.grab()
                loader = main.board.map.loader
                downloads = loader.downloads if loader is not None else 0
                error = loader.last_error if loader is not None else "pas de fond de carte"
                main.close()
                app.processEvents()
                if image.isNull() or image.width() < 100:
                    raise ValueError("fenêtre non dessinée")
                if ctx.errors:
                    raise ValueError(str(ctx.errors[0]))
                if not downloads or not canvas._drew_tiles:
                    raise ValueError(f"fond de carte non téléchargé ({error or 'délai dépassé'})")
            finally:
                ctx.pool.waitForDone(10_000)
                database.dispose()
        return f"fenêtre principale et carte dessinées ({image.width()}×{image.height()}, {downloads} tuiles)"

    def https() -> str:
        from PySide6.QtNetwork import QSslSocket

        if not QSslSocket.supportsSsl():
            available = ", ".join(QSslSocket.availableBackends()) or "aucune"
            raise ValueError(f"HTTPS indisponible (bibliothèques TLS : {available})")
        return f"{QSslSocket.activeBackend()} ({QSslSocket.sslLibraryVersionString()})"

    def printing() -> str:
        from PySide6.QtPrintSupport import QPrinter

        from planner.services.selfcheck import render_test_pdf
        from planner.ui.printing import print_file

        with tempfile.TemporaryDirectory(prefix="planner-selfcheck-print-") as folder:
            source = render_test_pdf(Path(folder) / "test.pdf")
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            printer.setResolution(72)
            pages = print_file(source, printer)
            printed = (Path(folder) / "printed.pdf").stat().st_size
        if pages != 1 or printed < 1000:
            raise ValueError("la page n'a pas été envoyée à l'imprimante")
        return "PDFium et la boîte d'impression de Qt"

    report.add("Traductions", translations)
    report.add("Interface", window)
    report.add("HTTPS (fond de carte)", https)
    report.add("Impression", printing)


class _TileServer:
    """A tile server on the loopback interface, serving one plain PNG for every tile."""

    def __init__(self) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QColor, QImage

        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor("#dfe9d8"))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        png = bytes(data.data())

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(png)))
                self.send_header("Cache-Control", "max-age=3600")
                self.end_headers()
                self.wfile.write(png)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url_template = f"http://127.0.0.1:{self._server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> _TileServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
