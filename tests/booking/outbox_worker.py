"""Run in a separate process: an office PC's outbox sender, started the moment the other one is."""

from __future__ import annotations


def send_when_ready(url, barrier, results, lease_s, grace_s, start_after_s=0.0) -> None:  # type: ignore[no-untyped-def]
    import time
    from datetime import timedelta

    import keyring
    from keyring.backends.null import Keyring

    from planner.db.database import open_database
    from planner.services.outbox import send_pending

    keyring.set_keyring(Keyring())  # no password needed by the test server; never the real keyring
    database = open_database(url, migrate=False)
    try:
        barrier.wait(timeout=60)
        time.sleep(start_after_s)
        try:
            report = send_pending(database, lease=timedelta(seconds=lease_s), grace=timedelta(seconds=grace_s))
            results.put(("done", report.sent, report.interrupted, report.errors))
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results.put(("error", 0, 0, [f"{type(exc).__name__}: {exc}"]))
    finally:
        database.dispose()
