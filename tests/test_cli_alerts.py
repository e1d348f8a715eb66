"""``planner alerts`` as a user runs it."""

from __future__ import annotations

import json
from collections import Counter

from tests.test_cli import planner


def test_alerts_of_a_day_in_text_and_json(empty_db_url):
    path = empty_db_url  # an SQLite file, then a PostgreSQL database
    demo = planner("demo", "--customers", "120", "--technicians", "3", "--today", "2026-11-23", "--db", str(path))
    assert demo.returncode == 0, demo.stderr

    text = planner("alerts", "--on", "2026-11-23", "--db", str(path))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("Alertes du 23/11/2026 : ")
    total = int(lines[0].split(" : ")[1].split()[0])
    assert "Devis à envoyer (" in text.stdout and "Reconduction de contrat (" in text.stdout
    assert "→ Envoyer le préavis" in text.stdout or "→ Reconduire" in text.stdout

    listed = planner("alerts", "--on", "2026-11-23", "--json", "--db", str(path))
    assert listed.returncode == 0, listed.stderr
    alerts = json.loads(listed.stdout)
    assert len(alerts) == total
    assert all(set(a) == {"kind", "customer", "subject", "since", "action"} for a in alerts)
    kinds = Counter(a["kind"] for a in alerts)
    assert kinds["quote_to_send"] >= 1 and kinds["message_failed"] == 1
    assert all(a["since"] <= "2026-11-23" for a in alerts)

    earlier = json.loads(planner("alerts", "--on", "2026-06-01", "--json", "--db", str(path)).stdout)
    assert not any(a["kind"] == "message_failed" for a in earlier)  # it failed in November


def test_alerts_refuse_a_malformed_day(tmp_path):
    result = planner("alerts", "--on", "23/11/2026", "--db", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert "AAAA-MM-JJ" in result.stderr
