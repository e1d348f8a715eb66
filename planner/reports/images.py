"""Images printed on documents (the company logo)."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader


def check_logo(data: bytes) -> tuple[int, int]:
    """The size in pixels of a PNG or JPEG logo; ValueError (French) when it cannot be printed."""
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8")):
        raise ValueError("le logo doit être une image PNG ou JPEG.")
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any decoding failure means the same to the user
        raise ValueError("image illisible : enregistrez-la de nouveau en PNG ou JPEG.") from None
    if width < 16 or height < 16:
        raise ValueError(f"image trop petite ({width} × {height} pixels) : 16 × 16 au moins.")
    return int(width), int(height)
