"""A one-page PDF for ``planner --self-check``: proves ReportLab and the embedded font work in
the installed bundle (accents, « € », « œ » included)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from planner.reports.fonts import register_fonts

SAMPLE_TEXT = "Vérification de Planner : é ç € œ — Thônes, Sévrier"


def render_selfcheck_pdf(path: str | Path) -> Path:
    """Write the test page and check it looks like a PDF; returns its path."""
    regular, bold = register_fonts()
    path = Path(path)
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("Planner — auto-vérification")
    page.setFont(bold, 16)
    page.drawString(72, 770, "Planner")
    page.setFont(regular, 12)
    page.drawString(72, 740, SAMPLE_TEXT)
    page.showPage()
    page.save()
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 500:
        raise RuntimeError(f"PDF invalide : {path}")
    if regular.encode() not in data:
        raise RuntimeError("la police DejaVu Sans n'est pas intégrée au PDF")
    return path
