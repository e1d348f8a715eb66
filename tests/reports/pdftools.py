"""Reading PDFs the way a person would: poppler's pdftotext / pdftoppm / pdfinfo / pdffonts /
pdfimages, and a QR reader (zxing-cpp) on the rendered page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

if shutil.which("pdftotext") is None:  # pragma: no cover - .ci/run installs poppler-utils
    pytest.fail("poppler-utils (pdftotext, pdftoppm) is missing: apt-get install poppler-utils", pytrace=False)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def text(pdf: Path, page: int | None = None) -> str:
    """The text, with the no-break spaces Babel puts in numbers and before « € » made plain."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    raw = _run("pdftotext", "-layout", "-enc", "UTF-8", *pages, str(pdf), "-")
    return raw.replace("\u202f", " ").replace("\u00a0", " ")


def words(pdf: Path, page: int | None = None) -> str:
    """The text with runs of white space collapsed (for phrases laid out across columns)."""
    return re.sub(r"\s+", " ", text(pdf, page))


def word_boxes(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """Each word of the page with its box in millimetres from the top-left corner of the sheet:
    (word, left, top, right, bottom)."""
    import html

    raw = _run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-")
    mm = 25.4 / 72
    return [
        (html.unescape(m.group(5)), float(m.group(1)) * mm, float(m.group(2)) * mm, float(m.group(3)) * mm,
         float(m.group(4)) * mm)
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', raw)
    ]


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.MULTILINE)
    assert match, "pdfinfo found no page count"
    return int(match.group(1))


def fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font the PDF uses."""
    rows = _run("pdffonts", str(pdf)).splitlines()[2:]
    out = []
    for row in rows:
        parts = row.split()
        # name type encoding emb sub uni object ID: « emb » is the 4th column from the end but 3.
        out.append((parts[0], parts[-5] == "yes"))
    return out


def image_count(pdf: Path) -> int:
    return max(0, len(_run("pdfimages", "-list", str(pdf)).splitlines()) - 2)


def size(png: Path) -> tuple[int, int]:
    with Image.open(png) as image:
        return image.size


def render(pdf: Path, out_dir: Path, *, page: int = 1, dpi: int = 50) -> Path:
    prefix = out_dir / f"{pdf.stem}-p{page}-{dpi}"
    _run("pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix))
    return prefix.with_suffix(".png")


def qr_codes(png: Path) -> list[str]:
    import zxingcpp

    with Image.open(png) as image:
        grey = image.convert("L")
    return [result.text for result in zxingcpp.read_barcodes(grey) if result.format == zxingcpp.BarcodeFormat.QRCode]


def darkness_profile(png: Path, bands: int = 12) -> list[float]:
    """How much ink each horizontal band of the page holds (0 white – 1 black)."""
    with Image.open(png) as opened:
        image = opened.convert("L")
    width, height = image.size
    pixels = image.load()
    profile = []
    for band in range(bands):
        top, bottom = height * band // bands, height * (band + 1) // bands
        total = sum(255 - pixels[x, y] for y in range(top, bottom) for x in range(0, width, 2))
        profile.append(total / (255 * (bottom - top) * ((width + 1) // 2)))
    return profile
