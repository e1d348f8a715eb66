"""A loopback tile server (``/{z}/{x}/{y}.png``) recording what the map asks for: the tests
never reach the real OpenStreetMap servers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


@dataclass
class TileServer:
    png: bytes
    url: str = ""
    #: Sent with every tile; « max-age=0 » makes every tile expire at once.
    cache_control: str = "max-age=604800"
    etag: str = '"v1"'
    delay_s: float = 0.03
    requests: list[Seen] = field(default_factory=list)
    max_concurrent: int = 0
    _active: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def tile_requests(self) -> list[Seen]:
        return [r for r in self.requests if r.path.endswith(".png")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve_tiles(png: bytes, port: int = 0, **options) -> Iterator[TileServer]:  # type: ignore[no-untyped-def]
    state = TileServer(png, **options)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            with state._lock:
                state.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
                state._active += 1
                state.max_concurrent = max(state.max_concurrent, state._active)
            try:
                time.sleep(state.delay_s)
                parts = self.path.strip("/").removesuffix(".png").split("/")
                if len(parts) != 3 or parts[2] == "999":
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == state.etag:
                    self.send_response(304)
                    self.send_header("ETag", state.etag)
                    self.send_header("Cache-Control", state.cache_control)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(state.png)))
                self.send_header("Cache-Control", state.cache_control)
                self.send_header("ETag", state.etag)
                self.end_headers()
                self.wfile.write(state.png)
            finally:
                with state._lock:
                    state._active -= 1

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def png_of(colour: str) -> bytes:
    """A 256×256 tile of one colour, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
