"""Raster map tiles (OpenStreetMap's by default), fetched in the background and kept on disk.

Follows the OpenStreetMap tile usage policy (https://operations.osmfoundation.org/policies/tiles/):

* only the tiles on screen are asked for, when the user looks at them — never in advance, never a
  whole area for later (bulk downloading is forbidden); tiles scrolled away before their turn are
  forgotten;
* at most two downloads at a time, each with a User-Agent naming Planner and how to reach its user
  (never a library's default), and never a ``no-cache`` header;
* every tile is kept on disk as long as its ``Cache-Control: max-age`` / ``Expires`` allow, seven
  days when the server says nothing; an expired tile is still shown while it is asked again with
  ``If-None-Match`` / ``If-Modified-Since`` (a ``304`` costs the server almost nothing);
* no tile beyond zoom 19; a failing server (no network, refusal, overload) is left alone for a
  minute, then for longer, and the map falls back on the cached tiles and its plain background.

The network is Qt's (``QNetworkAccessManager``: asynchronous, HTTP/2 when the server offers it);
files are read, decoded and written on worker threads, so panning never waits for the disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from planner.domain.geometry import MAX_TILE_ZOOM

TileKey = tuple[int, int, int]  # zoom, x, y

#: How long a tile is kept when the server gives no expiry (the policy's minimum).
DEFAULT_LIFETIME = timedelta(days=7)
MAX_DOWNLOADS = 2
#: Decoded tiles kept in memory (256×256 RGB32: 256 KiB each).
MEMORY_TILES = 192
#: The disk cache is trimmed (least recently used first) above this size.
DISK_LIMIT_BYTES = 300 * 1024 * 1024
#: First pause after a failure; doubled at each new failure, up to ``MAX_BACKOFF_S``.
BACKOFF_S = 60.0
MAX_BACKOFF_S = 15 * 60.0


@dataclass(frozen=True)
class TileMeta:
    expires: datetime
    etag: str = ""
    last_modified: str = ""

    def fresh(self, now: datetime) -> bool:
        return now < self.expires

    def to_json(self) -> str:
        return json.dumps(
            {"expires": self.expires.isoformat(), "etag": self.etag, "last_modified": self.last_modified}
        )

    @classmethod
    def from_json(cls, text: str) -> TileMeta | None:
        try:
            data = json.loads(text)
            expires = datetime.fromisoformat(data["expires"])
        except (ValueError, KeyError, TypeError):
            return None
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        return cls(expires, str(data.get("etag") or ""), str(data.get("last_modified") or ""))


def _directives(cache_control: str) -> dict[str, str]:
    out = {}
    for part in cache_control.split(","):
        name, _, value = part.strip().partition("=")
        if name:
            out[name.strip().lower()] = value.strip().strip('"')
    return out


def may_store(headers: Mapping[str, str]) -> bool:
    """False when the server forbids keeping the tile (``Cache-Control: no-store``)."""
    return "no-store" not in _directives(headers.get("cache-control", ""))


def expiry_from_headers(headers: Mapping[str, str], now: datetime) -> datetime:
    """When a tile received ``now`` with these (lower-case) headers must be asked for again:
    ``max-age`` (less ``Age``), else ``Expires``, else seven days; ``no-cache`` means at once."""
    directives = _directives(headers.get("cache-control", ""))
    if "no-cache" in directives or "no-store" in directives:
        return now
    if "max-age" in directives:
        try:
            max_age = int(directives["max-age"])
        except ValueError:
            max_age = -1
        if max_age >= 0:
            try:
                age = max(0, int(headers.get("age", "0") or 0))
            except ValueError:
                age = 0
            return now + timedelta(seconds=max(0, max_age - age))
    expires = headers.get("expires", "")
    if expires:
        try:
            moment = parsedate_to_datetime(expires)
        except (TypeError, ValueError):
            return now  # « Expires: 0 » and other invalid dates mean already expired
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment
    return now + DEFAULT_LIFETIME


def cache_folder_name(url_template: str) -> str:
    """One folder per tile source: tiles of two servers never mix."""
    host = urlsplit(url_template).netloc.replace(":", "_") or "tiles"
    return f"{host}-{hashlib.sha1(url_template.encode()).hexdigest()[:8]}"


def prune_cache(root: Path, limit_bytes: int = DISK_LIMIT_BYTES) -> int:
    """Delete the least recently used tiles until the cache is under 80 % of ``limit_bytes``;
    returns how many tiles went."""
    if not root.exists():
        return 0
    files = []
    total = 0
    for path in root.rglob("*.png"):
        try:
            stat = path.stat()
        except OSError:
            continue
        files.append((stat.st_mtime, stat.st_size, path))
        total += stat.st_size
    if total <= limit_bytes:
        return 0
    files.sort()
    removed = 0
    for _mtime, size, path in files:
        if total <= limit_bytes * 0.8:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            path.with_suffix(".json").unlink(missing_ok=True)
            total -= size
            removed += 1
    return removed


# -- worker-thread jobs ----------------------------------------------------------------------------


class _Bridge(QObject):
    #: key, image or None, meta or None
    read = Signal(object, object, object)
    #: key, image or None, meta
    decoded = Signal(object, object, object)


def _decode(data: bytes | QByteArray) -> QImage | None:
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.convertToFormat(QImage.Format.Format_RGB32 if not image.hasAlphaChannel()
                                 else QImage.Format.Format_ARGB32_Premultiplied)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work

    def run(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loader was deleted meanwhile
            self._work()


# -- the loader ------------------------------------------------------------------------------------


class TileLoader(QObject):
    """Gives the map the tiles it shows, downloading the missing ones politely.

    ``want(keys)`` says which tiles are on screen (most important first); ``image(key)`` returns
    a tile when it is in memory.  ``changed`` tells the map to paint again."""

    changed = Signal()
    #: False after a failure (the map says the background is unavailable), True once tiles come again.
    online_changed = Signal(bool)

    def __init__(
        self,
        cache_dir: Path,
        url_template: str,
        user_agent: str,
        parent: QObject | None = None,
        *,
        max_downloads: int = MAX_DOWNLOADS,
        timeout_ms: int = 15_000,
        memory_tiles: int = MEMORY_TILES,
        disk_limit_bytes: int = DISK_LIMIT_BYTES,
        backoff_s: float = BACKOFF_S,
    ) -> None:
        super().__init__(parent)
        self.url_template = url_template
        self.user_agent = user_agent
        self.root = Path(cache_dir) / cache_folder_name(url_template)
        self.max_downloads = max(1, min(MAX_DOWNLOADS, max_downloads))
        self.timeout_ms = timeout_ms
        self.memory_tiles = memory_tiles
        self.online = True
        #: Counters for the curious (and the tests).
        self.downloads = 0
        self.not_modified = 0
        self.from_disk = 0
        self.failures = 0
        self.last_error = ""

        self._memory: OrderedDict[TileKey, QImage] = OrderedDict()
        self._meta: dict[TileKey, TileMeta] = {}
        self._stale: set[TileKey] = set()
        self._checked: set[TileKey] = set()
        self._reading: set[TileKey] = set()
        self._queue: list[TileKey] = []
        self._fetching: dict[TileKey, QNetworkReply] = {}
        self._missing: set[TileKey] = set()
        self._wanted: list[TileKey] = []
        self._first_backoff_s = backoff_s
        self._backoff_s = backoff_s
        self._retry_at = 0.0
        self._closed = False

        self.network = QNetworkAccessManager(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._bridge = _Bridge()
        self._bridge.read.connect(self._on_read, Qt.ConnectionType.QueuedConnection)
        self._bridge.decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry)
        root, limit = self.root, disk_limit_bytes
        self.pool.start(_Job(lambda: prune_cache(root, limit)))

    # -- what the map calls --------------------------------------------------------------------
    def image(self, key: TileKey) -> QImage | None:
        image = self._memory.get(key)
        if image is not None:
            self._memory.move_to_end(key)
        return image

    def want(self, keys: Iterable[TileKey]) -> None:
        """The tiles on screen now, most important first: only these are ever fetched."""
        if self._closed:
            return
        self._wanted = [k for k in keys if 0 <= k[0] <= MAX_TILE_ZOOM]
        wanted = set(self._wanted)
        # No prefetch: a tile scrolled away before its turn is not downloaded.
        self._queue = [k for k in self._queue if k in wanted]
        for key in self._wanted:
            if key in self._missing or key in self._reading or key in self._fetching or key in self._queue:
                continue
            if key in self._memory and key not in self._stale:
                continue
            if key not in self._checked:
                self._read(key)
            else:
                self._queue.append(key)
        self._pump()

    @property
    def busy(self) -> bool:
        return bool(self._reading or self._fetching or (self._queue and self.online))

    def close(self) -> None:
        """Stop everything (the map is going away): no more requests, workers finished."""
        self._closed = True
        self._queue.clear()
        self._retry_timer.stop()
        for reply in list(self._fetching.values()):
            reply.abort()
        self.pool.waitForDone(5000)

    # -- disk ----------------------------------------------------------------------------------
    def _paths(self, key: TileKey) -> tuple[Path, Path]:
        z, x, y = key
        base = self.root / str(z) / str(x)
        return base / f"{y}.png", base / f"{y}.json"

    def _read(self, key: TileKey) -> None:
        self._reading.add(key)
        png, meta_path = self._paths(key)
        bridge = self._bridge

        def work() -> None:
            image = meta = None
            if png.exists():
                try:
                    data = png.read_bytes()
                    meta = TileMeta.from_json(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
                    os.utime(png)  # recently used: kept when the cache is trimmed
                except OSError:
                    data = b""
                image = _decode(data) if data else None
            bridge.read.emit(key, image, meta)

        self.pool.start(_Job(work))

    def _on_read(self, key: TileKey, image: QImage | None, meta: TileMeta | None) -> None:
        self._reading.discard(key)
        self._checked.add(key)
        if self._closed:
            return
        now = datetime.now(UTC)
        if image is not None:
            self.from_disk += 1
            self._remember(key, image)
            if meta is not None:
                self._meta[key] = meta
            if meta is None or not meta.fresh(now):
                self._stale.add(key)
            self.changed.emit()
        if (image is None or key in self._stale) and key in self._wanted and key not in self._queue:
            self._queue.append(key)
        self._pump()

    def _remember(self, key: TileKey, image: QImage) -> None:
        self._memory[key] = image
        self._memory.move_to_end(key)
        while len(self._memory) > self.memory_tiles:
            old, _ = self._memory.popitem(last=False)
            self._stale.discard(old)
            self._checked.discard(old)

    # -- network -------------------------------------------------------------------------------
    def _pump(self) -> None:
        if self._closed:
            return
        if time.monotonic() < self._retry_at:
            if not self._retry_timer.isActive():
                self._retry_timer.start(int((self._retry_at - time.monotonic()) * 1000) + 10)
            return
        while self._queue and len(self._fetching) < self.max_downloads:
            self._fetch(self._queue.pop(0))

    def _retry(self) -> None:
        self._retry_at = 0.0
        self.want(self._wanted)

    def _url(self, key: TileKey) -> str:
        z, x, y = key
        return self.url_template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))

    def _fetch(self, key: TileKey) -> None:
        request = QNetworkRequest(QUrl(self._url(key)))
        request.setRawHeader(b"User-Agent", self.user_agent.encode("utf-8"))
        request.setRawHeader(b"Accept", b"image/png,image/*;q=0.8")
        request.setTransferTimeout(self.timeout_ms)
        meta = self._meta.get(key)
        if meta is not None and key in self._memory:
            if meta.etag:
                request.setRawHeader(b"If-None-Match", meta.etag.encode("latin-1"))
            if meta.last_modified:
                request.setRawHeader(b"If-Modified-Since", meta.last_modified.encode("latin-1"))
        reply = self.network.get(request)
        self._fetching[key] = reply
        reply.finished.connect(lambda: self._on_reply(key, reply))

    def _on_reply(self, key: TileKey, reply: QNetworkReply) -> None:
        self._fetching.pop(key, None)
        reply.deleteLater()
        if self._closed:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status is not None else 0
        error = reply.error()
        headers = {bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in reply.rawHeaderPairs()}
        now = datetime.now(UTC)
        if status == 304:
            self.not_modified += 1
            previous = self._meta.get(key)
            meta = TileMeta(
                expiry_from_headers(headers, now),
                headers.get("etag", previous.etag if previous else ""),
                headers.get("last-modified", previous.last_modified if previous else ""),
            )
            self._meta[key] = meta
            self._stale.discard(key)
            self._store_meta(key, meta)
            self._succeeded()
        elif status == 200 and error == QNetworkReply.NetworkError.NoError:
            data = bytes(reply.readAll().data())
            meta = TileMeta(
                expiry_from_headers(headers, now), headers.get("etag", ""), headers.get("last-modified", "")
            )
            self._decode_and_store(key, data, meta, may_store(headers))
            self._succeeded()
        elif status in (400, 404, 410):
            self._missing.add(key)  # not there (beyond the map): never asked again this session
        else:
            self._failed(key, status, reply.errorString())
        self._pump()

    def _succeeded(self) -> None:
        self._backoff_s = self._first_backoff_s
        if not self.online:
            self.online = True
            self.last_error = ""
            self.online_changed.emit(True)

    def _failed(self, key: TileKey, status: int, message: str) -> None:
        """No network, a refusal (403), an overloaded server (429, 5xx) or a timeout: leave the
        server alone for a while; the map keeps what it has."""
        self.failures += 1
        self.last_error = f"HTTP {status}" if status else message
        if time.monotonic() >= self._retry_at:  # not a download already under way when the last one failed
            self._retry_at = time.monotonic() + self._backoff_s
            self._backoff_s = min(MAX_BACKOFF_S, self._backoff_s * 2)
        if key in self._wanted and key not in self._queue:
            self._queue.insert(0, key)
        if self.online:
            self.online = False
            self.online_changed.emit(False)

    def _store_meta(self, key: TileKey, meta: TileMeta) -> None:
        _png, meta_path = self._paths(key)

        def work() -> None:
            with contextlib.suppress(OSError):
                _write_atomically(meta_path, meta.to_json().encode("utf-8"))

        self.pool.start(_Job(work))

    def _decode_and_store(self, key: TileKey, data: bytes, meta: TileMeta, store: bool) -> None:
        png, meta_path = self._paths(key)
        bridge = self._bridge
        self._reading.add(key)

        def work() -> None:
            image = _decode(data)
            if image is not None and store:
                with contextlib.suppress(OSError):
                    _write_atomically(png, data)
                    _write_atomically(meta_path, meta.to_json().encode("utf-8"))
            bridge.decoded.emit(key, image, meta)

        self.pool.start(_Job(work))

    def _on_decoded(self, key: TileKey, image: QImage | None, meta: TileMeta) -> None:
        self._reading.discard(key)
        self._checked.add(key)
        if self._closed:
            return
        if image is None:
            self._missing.add(key)  # not an image: do not ask again
            return
        self.downloads += 1
        self._meta[key] = meta
        self._stale.discard(key)
        self._remember(key, image)
        self.changed.emit()


def http_date(moment: datetime) -> str:
    """An HTTP date (for tests and servers): ``Sun, 06 Nov 1994 08:49:37 GMT``."""
    return format_datetime(moment.astimezone(UTC), usegmt=True)
