"""Customer messages written from the French templates of ``resources/templates``.

A template is a pair ``NAME.txt`` / ``NAME.html`` using ``${placeholders}``; the first line of
the text file is the subject.  Values are escaped in the HTML version, except those whose name
ends in ``_html`` (fragments built here from escaped parts).

The printed letter of a message (:func:`letter`) reads the same text file, so that the email
and the letter say the same: its first paragraph (``${greeting}``) becomes the letter's
salutation, a paragraph framed by lines of « = » is printed in a box, and the paragraph holding
``${company_signature}`` (the email's sign-off) gives way to the letter's courtesy formula and
signature block.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from string import Template

from babel.numbers import format_currency
from sqlalchemy.orm import Session

from planner.db.models import Customer, Site
from planner.domain.enums import Civility
from planner.domain.errors import ValidationError
from planner.domain.text import fold
from planner.paths import resource
from planner.reports.documents import LetterData, LetterParagraph
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


# -- printed letters --------------------------------------------------------------------------------

#: Stands for ``${company_signature}`` while a template is cut into a letter's paragraphs.
_SIGNATURE_MARK = "\x00signature\x00"
_FRAME = re.compile(r"^\s*={3,}\s*$")
_CIVILITY_WORDS = {Civility.MR: "Monsieur", Civility.MRS: "Madame"}


def salutation(civility: Civility, last_name: str, company_name: str) -> str:
    """How a letter opens: « Monsieur, », « Madame, », else « Madame, Monsieur, »."""
    if company_name and not last_name:
        return "Madame, Monsieur,"
    word = _CIVILITY_WORDS.get(civility)
    return f"{word}," if word else "Madame, Monsieur,"


def postal_address(customer: Customer, site: Site) -> tuple[str, ...]:
    """The recipient block of a letter as La Poste reads it (NF Z 10-011): the company, then the
    person (« Madame Anne MERMILLOD »), the address complement, the street, and « CODE POSTAL
    LOCALITÉ » in capitals without accents or hyphens (« 74940 ANNECY LE VIEUX »); six lines at
    most.  The postcode and the town are required."""
    if not site.postcode.strip() or not site.city.strip():
        raise ValidationError.single(
            "Adresse", "l'adresse postale du client est incomplète (code postal et commune) : complétez sa fiche."
        )
    person = " ".join(p for p in (_CIVILITY_WORDS.get(customer.civility, ""), customer.first_name.strip(),
                                  customer.last_name.strip().upper()) if p)
    names = [customer.company_name.strip()] if customer.company_name.strip() else []
    if customer.last_name.strip() or not names:
        names.append(person or "(sans nom)")
    street = [line.strip() for line in (site.address_extra, site.address) if line.strip()]
    town = f"{site.postcode.strip()} {fold(site.city).upper()}"
    return tuple([*names, *street][:5]) + (town,)


def company_town(session: Session) -> str:
    """The town of the company's address (« 3 avenue du Pré-Félin, 74940 Annecy » → « Annecy »),
    written before the date of a letter; empty when the address has none."""
    address = str(get_setting(session, "company.address", "") or "")
    last = address.replace("\n", ",").split(",")[-1].strip()
    match = re.search(r"\b\d{5}\s+(.+)$", last)
    town = match.group(1) if match else (last if "," in address and not any(c.isdigit() for c in last) else "")
    return re.sub(r"\s+cedex(\s+\d+)?$", "", town, flags=re.IGNORECASE).strip()


def letter(
    name: str,
    values: Mapping[str, str],
    *,
    recipient: tuple[str, ...],
    day: date,
    salutation: str,
    place: str = "",
    references: tuple[tuple[str, str], ...] = (),
    signatory: str = "",
    signatory_title: str = "",
    title: str = "Courrier",
) -> LetterData:
    """The printed letter of template ``name``, with the same text as its email."""
    text_template = Template(resource("templates", f"{name}.txt").read_text(encoding="utf-8"))
    rendered = text_template.substitute({**values, "greeting": salutation, "company_signature": _SIGNATURE_MARK})
    subject, _, body = rendered.partition("\n")
    blocks = [block.strip("\n") for block in re.split(r"\n\s*\n", body) if block.strip()]
    if blocks and blocks[0].strip() == salutation.strip():
        blocks = blocks[1:]
    paragraphs = []
    for block in blocks:
        if _SIGNATURE_MARK in block:
            continue
        lines = block.split("\n")
        framed = any(_FRAME.match(line) for line in lines)
        kept = [line.strip() if framed else line for line in lines if not _FRAME.match(line)]
        paragraphs.append(LetterParagraph("\n".join(kept).strip(), highlight=framed))
    return LetterData(
        recipient=recipient, day=day, subject=subject.strip(), paragraphs=tuple(paragraphs),
        salutation=salutation, place=place, references=references, signatory=signatory,
        signatory_title=signatory_title, title=title,
    )
