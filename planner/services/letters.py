"""Customer messages written from the French templates of ``resources/templates``.

A template is a pair ``NAME.txt`` / ``NAME.html`` using ``${placeholders}``; the first line of
the text file is the subject.  Values are escaped in the HTML version, except those whose name
ends in ``_html`` (fragments built here from escaped parts).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from string import Template

from babel.numbers import format_currency
from sqlalchemy.orm import Session

from planner.domain.enums import Civility
from planner.paths import resource
from planner.services.common import get_setting


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(name: str, values: Mapping[str, str]) -> Rendered:
    text_template = Template(resource("templates", f"{name}.txt").read_text(encoding="utf-8"))
    html_template = Template(resource("templates", f"{name}.html").read_text(encoding="utf-8"))
    text = text_template.substitute(values)
    escaped = {
        k: v if k.endswith("_html") else html.escape(v).replace("\n", "<br>") for k, v in values.items()
    }
    subject, _, body = text.partition("\n")
    return Rendered(subject.strip(), body.lstrip("\n"), html_template.substitute(escaped))


def money(cents: int) -> str:
    """« 1 234,50 € »."""
    return format_currency(cents / 100, "EUR", locale="fr_FR")


def day(value: date) -> str:
    """« 05/03/2026 » (without strftime: alerts format tens of thousands of dates)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def greeting(civility: Civility, last_name: str, company_name: str) -> str:
    if company_name and not last_name:
        return "Madame, Monsieur,"
    if civility is Civility.MR:
        return f"Bonjour Monsieur {last_name},"
    if civility is Civility.MRS:
        return f"Bonjour Madame {last_name},"
    return f"Bonjour {last_name}," if last_name else "Bonjour,"


def company_signature(session: Session) -> str:
    """The sender block, from the ``company.*`` settings."""
    lines = [
        get_setting(session, "company.name", "") or "Le service clients",
        get_setting(session, "company.address", ""),
        get_setting(session, "company.phone", ""),
        get_setting(session, "company.email", ""),
    ]
    return "\n".join(line for line in lines if line)
