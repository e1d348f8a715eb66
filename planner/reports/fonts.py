"""The fonts every Planner PDF embeds: DejaVu Sans (regular and bold), shipped in
resources/fonts (Bitstream Vera licence, see DejaVu-LICENSE.txt), so accents, « € » and « œ »
print the same on every PC whatever fonts Windows has."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from planner.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts with ReportLab (once); returns (regular, bold) names."""
    for name in (REGULAR, BOLD):
        path = resource("fonts", f"{name}.ttf")
        if not path.exists():
            raise FileNotFoundError(f"police introuvable : {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
