"""Run in a separate process: book a slot the moment the other process does."""

from __future__ import annotations


def book_when_ready(url, customer_id, site_id, slot, barrier, results) -> None:  # type: ignore[no-untyped-def]
    from planner.db.database import open_database
    from planner.services.booking import BookingRequest, SlotTakenError, book_visit

    database = open_database(url, migrate=False)
    try:
        barrier.wait(timeout=30)
        try:
            result = book_visit(database, BookingRequest(customer_id, site_id, slot))
            results.put(("booked", result.visit_number))
        except SlotTakenError as exc:
            results.put(("taken", str(exc)))
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        database.dispose()
