"""The printed documents, read back as a person would: extracted text, page count, fonts, the QR
code decoded from the rendered page, and page 1 compared with a committed reference image."""

from __future__ import annotations

import io
import os
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from planner.domain.progress import Cancelled, Progress
from planner.reports.documents import LetterParagraph, QuoteLine, quote_totals
from planner.reports.fonts import register_fonts
from planner.reports.render import (
    render_day_sheets,
    render_documents,
    render_letter,
    render_quote,
    render_report,
    render_work_orders,
)
from tests.reports import pdftools, samples

REFERENCE = Path(__file__).parent / "reference"


def euros_in(text: str) -> list[int]:
    """Every amount « 1 234,56 € » of the text, in cents."""
    return [int(m.group(1).replace(" ", "") + m.group(2)) for m in re.finditer(r"(\d[\d ]*),(\d\d) €", text)]


# -- work order --------------------------------------------------------------------------------------


def test_work_order_shows_what_the_technician_needs(tmp_path):
    pdf = tmp_path / "bon.pdf"
    result = render_work_orders([samples.work_order()], samples.COMPANY, pdf)
    assert (result.pages, pdftools.page_count(pdf)) == (1, 1)
    text = pdftools.words(pdf)
    for expected in (
        "Bon d'intervention", "I-2026-00042", "Électricité Sévrier & Fils", "GRÉGOIRE Françoise",
        "06 12 34 56 78", "7 chemin des Œillets", "74000 Annecy", "Bâtiment B, 2e étage",
        "Digicode 4821", "Mme Çelik", "mardi 24 novembre 2026", "09:00 – 10:30 (1 h 30)",
        "08:30 – 10:30", "Gaëtan Lefèvre", "Entretien — formule Or", "C-2026-00017",
        "Dernière visite : 18 novembre 2025", "Anomalie majeure", "Différentiel 30 mA du circuit cuisine",
        "Heure d'arrivée", "Heure de départ", "Observations", "Anomalies constatées", "Pièces utilisées",
        "Signature du client", "Signature du technicien", "Page 1 / 1", "SIRET 123 456 789 00012",
    ):
        assert expected in text, expected
    for item in samples.CHECKLIST:
        assert item in text


def test_the_qr_code_carries_the_visit_number(tmp_path):
    pdf = tmp_path / "bon.pdf"
    render_work_orders([samples.work_order(7)], samples.COMPANY, pdf)
    assert pdftools.qr_codes(pdftools.render(pdf, tmp_path, dpi=150)) == ["I-2026-00049"]


def test_a_long_checklist_and_long_notes_still_fit_one_page(tmp_path):
    long_list = tuple(f"Point de contrôle n° {i} : vérification détaillée de l'équipement" for i in range(1, 41))
    order = replace(samples.work_order(), checklist=long_list, access_notes="Portail bleu. " * 60,
                    notes="Prévoir l'échelle. " * 40)
    pdf = tmp_path / "long.pdf"
    assert render_work_orders([order], samples.COMPANY, pdf).pages == 1
    assert pdftools.page_count(pdf) == 1
    assert "Point de contrôle n° 40" in pdftools.words(pdf)
    assert pdftools.qr_codes(pdftools.render(pdf, tmp_path, dpi=150)) == ["I-2026-00042"]


def test_a_batch_has_one_page_per_visit_each_numbered_on_its_own(tmp_path):
    orders = [samples.work_order(i) for i in range(12)]
    pdf = tmp_path / "lot.pdf"
    result = render_work_orders(orders, samples.COMPANY, pdf)
    assert result.pages == result.documents == pdftools.page_count(pdf) == 12
    for page, order in enumerate(orders, start=1):
        text = pdftools.words(pdf, page)
        assert order.number in text and "Page 1 / 1" in text
        assert order.customer.name in text


def test_every_font_is_embedded_and_has_every_glyph(tmp_path):
    pdf = tmp_path / "tout.pdf"
    render_documents([samples.work_order(), samples.day_sheet(), samples.quote(), samples.report(), samples.letter()],
                     samples.COMPANY, pdf)
    fonts = pdftools.fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    # What a French document prints never falls back to a missing glyph (a box).
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(register_fonts()[0]).face
    text = pdftools.text(pdf) + "é ç € œ Œ « » – — … ’ \u202f\u00a0 ☐ ✓ ✗ ★ ☆ ⚠ → ↑ •"
    missing = sorted({c for c in text if not c.isspace() and ord(c) not in face.charToGlyph})
    assert missing == []
    assert "1 248,66 €" in pdftools.words(pdf)  # printed with Babel's narrow no-break space


# -- day sheet ---------------------------------------------------------------------------------------


def test_day_sheet_lists_the_stops_in_order_with_drives(tmp_path):
    pdf = tmp_path / "journee.pdf"
    sheet = samples.day_sheet()
    assert render_day_sheets([sheet], samples.COMPANY, pdf).pages == 1
    text = pdftools.words(pdf)
    assert "Feuille de route" in text and "Gaëtan Lefèvre" in text and "mardi 24 novembre 2026" in text
    assert "4 visites" in text and "6 h sur place" in text
    # 600 + 720 + 840 + 960 s between stops, 900 s back: 67 min.
    assert "1 h 07 de route" in text
    positions = [text.index(stop.number) for stop in sheet.stops]
    assert positions == sorted(positions)
    for stop, (arrival, window, drive) in zip(
        sheet.stops,
        [("09:00", "08:30 – 10:30", "10 min"), ("10:45", "10:15 – 12:15", "12 min"),
         ("12:30", "12:00 – 14:00", "14 min"), ("14:15", "13:45 – 15:45", "16 min")],
        strict=True,
    ):
        assert f"{arrival} " in text and window in text and drive in text and stop.customer in text
    assert "Départ — Dépôt, 12 route d'Annecy" in text and "15 min Retour" in text
    assert "Digicode 4821" in text and "06 12 34 56 78" in text
    # The route sketch: numbered stops with their towns and a scale bar.
    assert "Annecy-le-Vieux" in text and " km" in text


def test_a_day_without_coordinates_still_prints(tmp_path):
    sheet = samples.day_sheet()
    sheet = replace(sheet, stops=tuple(replace(s, point=None) for s in sheet.stops), start_point=None, end_point=None)
    pdf = tmp_path / "sans-carte.pdf"
    assert render_day_sheets([sheet], samples.COMPANY, pdf).pages == 1
    assert "Client n° 4" in pdftools.words(pdf)


# -- quote -------------------------------------------------------------------------------------------


def test_quote_totals_are_exact_to_the_cent(tmp_path):
    quote = samples.quote()
    totals = quote.totals
    # Lines: 489,90 + 258,99 + 204,16 (3,5 × 58,33 = 204,155 rounded half up) at 10 %;
    # 23,38 (12,5 × 1,87 = 23,375) + 35,00 at 20 %; 123,45 at 5,5 %.
    assert [line.total_ht_cents for line in quote.lines] == [48990, 25899, 20416, 2338, 3500, 12345]
    assert [(v.rate_bp, v.base_cents, v.vat_cents) for v in totals.by_rate] == [
        (2000, 5838, 1168), (1000, 95305, 9531), (550, 12345, 679),
    ]
    assert (totals.ht_cents, totals.vat_cents, totals.ttc_cents) == (113488, 11378, 124866)
    assert totals.ht_cents + totals.vat_cents == totals.ttc_cents

    pdf = tmp_path / "devis.pdf"
    assert render_quote(quote, samples.COMPANY, pdf).pages == 1
    text = pdftools.words(pdf)
    for expected in ("Devis", "D-2026-00007", "du 23 novembre 2026", "Valable jusqu'au 23 décembre 2026",
                     "SCI Les Œillets", "M. Jérôme Bœuf", "15 avenue de Genève", "Remplacement du tableau",
                     "Main-d'œuvre électricien 3,5 h 58,33 € 10 % 204,16 €", "12,5 m 1,87 € 20 % 23,38 €",
                     "Total HT 1 134,88 €", "TVA 20 % sur 58,38 € 11,68 €", "TVA 10 % sur 953,05 € 95,31 €",
                     "TVA 5,5 % sur 123,45 € 6,79 €", "Total TVA 113,78 €", "Total TTC 1 248,66 €",
                     "Bon pour accord", "« Bon pour accord »", "Acompte de 30 %", "Taux réduit de TVA"):
        assert expected in text, expected
    ht, vat, ttc = (euros_in(re.search(rf"{label} ([\d ]+,\d\d €)", text).group(1))[0]
                    for label in ("Total HT", "Total TVA", "Total TTC"))
    assert (ht, vat, ttc) == (113488, 11378, 124866) and ht + vat == ttc


@pytest.mark.parametrize(
    ("quantity", "price", "rate", "ht", "vat"),
    [
        (Decimal("1"), 1, 2000, 1, 0),  # 0,2 cent of VAT rounds to 0
        (Decimal("0.5"), 1, 2000, 1, 0),  # half a cent rounds up
        (Decimal("3"), 3333, 550, 9999, 550),  # 549,945 → 550
        (Decimal("2.25"), 1999, 1000, 4498, 450),  # 4497,75 → 4498 ; 449,8 → 450
        (Decimal("-1"), 5000, 2000, -5000, -1000),  # a discount line
    ],
)
def test_rounding_rule(quantity, price, rate, ht, vat):
    totals = quote_totals([QuoteLine("x", quantity, price, rate)])
    assert (totals.ht_cents, totals.vat_cents, totals.ttc_cents) == (ht, vat, ht + vat)


def test_vat_is_computed_per_rate_not_per_line():
    # Three lines of 0,10 € at 5,5 %: per line 0,55 cent → 1 cent each (3); per rate 0,30 € → 1,65 → 2.
    lines = [QuoteLine("vis", Decimal(1), 10, 550)] * 3
    assert quote_totals(lines).vat_cents == 2


def test_a_long_quote_runs_over_pages_with_the_header_repeated(tmp_path):
    lines = tuple(QuoteLine(f"Fourniture n° {i} — disjoncteur", Decimal(i % 4 + 1), 1234 + i, 2000) for i in range(70))
    quote = replace(samples.quote(), lines=lines)
    pdf = tmp_path / "long.pdf"
    pages = render_quote(quote, samples.COMPANY, pdf).pages
    assert pages >= 2 and pdftools.page_count(pdf) == pages
    assert f"Page 1 / {pages}" in pdftools.words(pdf, 1) and f"Page {pages} / {pages}" in pdftools.words(pdf, pages)
    assert "Désignation" in pdftools.words(pdf, 2)  # the column titles repeat
    last = pdftools.words(pdf, pages)
    assert "Bon pour accord" in last and "Total TTC" in pdftools.words(pdf)
    totals = quote.totals
    assert totals.ht_cents == sum(line.total_ht_cents for line in lines)
    assert f"{totals.ttc_cents // 100:,},{totals.ttc_cents % 100:02d} €".replace(",", " ", 1) in pdftools.words(pdf)


# -- intervention report -----------------------------------------------------------------------------


def test_intervention_report_tells_the_customer_what_was_done(tmp_path):
    pdf = tmp_path / "rapport.pdf"
    assert render_report(samples.report(), samples.COMPANY, pdf).pages == 1
    text = pdftools.words(pdf)
    for expected in ("Rapport d'intervention", "I-2026-00042", "mardi 24 novembre 2026", "Arrivée 09:07",
                     "Départ 10:32", "Durée sur place 1 h 25", "✓ Fait", "✗ Non fait", "Déclenchement à 41 mA",
                     "— Sans objet", "Tableau dépoussiéré", "Danger", "Devis D-2026-00007 demandé",
                     "Fusible 10 A 2", "Gaine ICTA 20 mm 2,5 m", "★★★★☆ (4/5)", "Très bien, technicien ponctuel",
                     "de 1 (pas satisfait) à 5 (très satisfait)", "Rapport établi par Gaëtan Lefèvre, le 24 novembre 2026"):
        assert expected in text, expected


def test_report_without_anomaly_or_parts(tmp_path):
    report = replace(samples.report(), anomalies=(), parts=(), satisfaction=None, checklist=())
    pdf = tmp_path / "simple.pdf"
    render_report(report, samples.COMPANY, pdf)
    text = pdftools.words(pdf)
    assert "Aucune anomalie constatée" in text and "Pièces utilisées" not in text and "(4/5)" not in text


# -- letter -------------------------------------------------------------------------------------------

#: What the window of a DL (110 × 220) or C5/6 (114 × 229) envelope always shows of an A4 sheet
#: folded in three, whichever way the sheet slips: left, top, right, bottom in mm.
WINDOW = (109, 54, 190, 84)


def test_letter_reads_as_a_french_business_letter(tmp_path):
    pdf = tmp_path / "courrier.pdf"
    assert render_letter(samples.letter(), samples.COMPANY, pdf).pages == 1
    text = pdftools.words(pdf)
    lines = [line.strip() for line in pdftools.text(pdf).splitlines() if line.strip()]
    for expected in ("Madame Françoise GRÉGOIRE", "7 chemin des Œillets", "74000 ANNECY", "Sévrier, le 2 décembre 2026"):
        assert any(line.endswith(expected) for line in lines), expected
    for expected in (
        "Électricité Sévrier & Fils", "Contrat n° C-2026-00017", "Formule Or",
        "Objet : Votre contrat d'entretien C-2026-00017 : reconduction au 1er janvier 2027", "Madame,",
        "du 1er janvier 2027 au 31 décembre 2027", "DATE LIMITE DE NON-RECONDUCTION : 1er décembre 2026",
        "au plus tard le 1er décembre 2026", "article L215-1 du Code de la consommation",
        "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.",
        "Le service clients Électricité Sévrier & Fils", "SIRET 123 456 789 00012", "Page 1 / 1",
    ):
        assert expected in text, expected
    # Reading order: date, subject, salutation, body, courtesy formula, signature.
    order = [text.index(p) for p in ("Sévrier, le", "Objet :", "Madame,", "arrive au terme", "L215-1",
                                     "Nous vous prions", "Le service clients")]
    assert order == sorted(order)


def test_the_address_shows_through_the_envelope_window(tmp_path):
    pdf = tmp_path / "courrier.pdf"
    letter = samples.letter()
    render_letter(letter, samples.COMPANY, pdf)
    address_words = sorted(word for line in letter.recipient for word in line.split())
    left, top, right, bottom = WINDOW
    # The top third of the sheet, under the company header, is what faces the window.
    top_third = [b for b in pdftools.word_boxes(pdf) if b[2] > 41 and b[4] < 99]
    in_window = [b for b in top_third if left <= b[1] and b[3] <= right and top <= b[2] and b[4] <= bottom]
    assert sorted(b[0] for b in in_window) == address_words
    # Partly in the window (cut by its edge): nothing.
    cut = [b for b in top_third if b not in in_window and b[1] < right and b[3] > left and b[2] < bottom and b[4] > top]
    assert cut == []


def test_a_long_letter_runs_over_with_its_signature_kept_together(tmp_path):
    base = samples.letter()
    extra = tuple(LetterParagraph(f"Paragraphe {i} : " + "les conditions générales restent inchangées ; " * 8)
                  for i in range(1, 9))
    letter = replace(base, paragraphs=base.paragraphs[:3] + extra + base.paragraphs[3:],
                     enclosures=("Conditions générales", "Grille tarifaire 2027"), place="")
    pdf = tmp_path / "long.pdf"
    pages = render_letter(letter, samples.COMPANY, pdf).pages
    assert pages == pdftools.page_count(pdf) == 2
    first, last = pdftools.words(pdf, 1), pdftools.words(pdf, 2)
    assert "Le 2 décembre 2026" in first and "Page 1 / 2" in first and "Page 2 / 2" in last
    assert "Électricité Sévrier & Fils" in last.split("Page 2 / 2")[0]  # the header on every page
    # The courtesy formula never ends a page without the signature under it.
    assert "Nous vous prions d'agréer" in last and "Le service clients" in last
    assert "P. J. : Conditions générales ; Grille tarifaire 2027" in last
    assert "GRÉGOIRE" not in last  # the address only on page 1


# -- header, progress ---------------------------------------------------------------------------------


def test_the_logo_is_printed_in_the_header(tmp_path):
    image = Image.new("RGB", (240, 80), "#1d3557")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    company = replace(samples.COMPANY, logo=buffer.getvalue())
    pdf = tmp_path / "logo.pdf"
    render_work_orders([samples.work_order(i) for i in range(3)], company, pdf)
    assert pdftools.image_count(pdf) == 3  # once a page, the same image object
    with Image.open(pdftools.render(pdf, tmp_path, dpi=50)) as opened:
        png = opened.convert("RGB")
    # Top-left corner: the logo's dark blue.
    assert png.getpixel((40, 35))[2] > png.getpixel((40, 35))[0] + 40


def test_an_unreadable_logo_never_stops_printing(tmp_path):
    company = replace(samples.COMPANY, logo=b"\x89PNG\r\n\x1a\nnot really")
    pdf = tmp_path / "x.pdf"
    assert render_work_orders([samples.work_order()], company, pdf).pages == 1


def test_cancel_stops_the_layout(tmp_path):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        render_work_orders([samples.work_order(i) for i in range(5)], samples.COMPANY, tmp_path / "x.pdf", progress)
    assert not (tmp_path / "x.pdf").exists()


# -- the look of page 1 ------------------------------------------------------------------------------

DOCUMENTS = {
    "work_order": lambda: [samples.work_order()],
    "day_sheet": lambda: [samples.day_sheet()],
    "quote": lambda: [samples.quote()],
    "report": lambda: [samples.report()],
    "letter": lambda: [samples.letter()],
}
#: The least ink on page 1, and in its top band (the header): a letter is mostly white paper, and
#: its header carries the company only, no document title.
MIN_INK = {"letter": (0.2, 0.012)}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_page_one_looks_like_the_reference(name, tmp_path):
    """Page 1 at 50 dpi against tests/reports/reference/NAME.png: same size, ink where the
    reference has ink (band by band), nothing blank.  Regenerate a reference after a deliberate
    change of layout with ``PLANNER_UPDATE_REFERENCES=1 pytest tests/reports``."""
    pdf = tmp_path / f"{name}.pdf"
    render_documents(DOCUMENTS[name](), samples.COMPANY, pdf)
    png = pdftools.render(pdf, tmp_path, dpi=50)
    reference = REFERENCE / f"{name}.png"
    if os.environ.get("PLANNER_UPDATE_REFERENCES"):
        reference.parent.mkdir(exist_ok=True)
        reference.write_bytes(png.read_bytes())
    assert reference.exists(), f"missing reference {reference}"
    assert pdftools.size(png) == pdftools.size(reference) == (414, 585)  # A4 at 50 dpi
    profile, expected = pdftools.darkness_profile(png), pdftools.darkness_profile(reference)
    least, least_header = MIN_INK.get(name, (0.3, 0.02))
    assert sum(profile) > least, "the page is (almost) blank"
    assert profile[0] > least_header, "no header"
    for band, (got, want) in enumerate(zip(profile, expected, strict=True)):
        assert abs(got - want) <= max(0.02, want * 0.25), f"band {band}: {got:.3f} ink, reference {want:.3f}"


def test_dates_in_french():
    from planner.reports import french

    assert french.long_date(date(2026, 12, 25)) == "vendredi 25 décembre 2026"
    assert french.euros(123456789) == "1\u202f234\u202f567,89\u00a0€"
    assert french.vat_rate(550) == "5,5\u00a0%"
    assert french.duration(85) == "1\u00a0h\u00a025" and french.drive(None) == "—"
