"""Every string of the interface has its French translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "planner_fr.ts"
QM = ROOT / "resources" / "translations" / "planner_fr.qm"
TOOLS = Path(sys.executable).parent


def test_every_interface_string_is_translated(tmp_path):
    copy = tmp_path / "planner_fr.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").glob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
                   check=True, capture_output=True)
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == [], "add the French for these strings to planner_fr.ts, then run lrelease"


def test_compiled_translations_are_up_to_date(tmp_path):
    fresh = tmp_path / "planner_fr.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: pyside6-lrelease resources/translations/planner_fr.ts"
