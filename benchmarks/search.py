"""Caller search at 100 000 customers: ``python -m benchmarks.search``.

A mix of what the office types while the phone rings: surnames, « surname first-name », phone
numbers in several formats, whole or begun (« +33 6 12 3 », « 6 12 34 »), postcodes, towns,
e-mail starts and misspelt names.  Each query is
timed in the in-memory index the booking assistant uses (target: p95 ≤ 20 ms).

Ends with ``RESULT p50_ms=… p95_ms=…``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from benchmarks._data import demo_database, percentiles


def misspell(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + rng.choice("aeioudtnrs") + word[i + 1 :]


def queries(rows, rng: random.Random, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    people = [r for r in rows if r.kind.value == "person"]
    while len(out) < count:
        row = rng.choice(rows)
        person = rng.choice(people)
        surname, first = person.name.split(" ", 1) if " " in person.name else (person.name, "")
        kind = len(out) % 10
        if kind == 0:
            out.append(surname.lower())
        elif kind == 1:
            out.append(f"{surname} {first}")
        elif kind == 2 and row.phone:
            out.append(row.phone)  # 06 12 34 56 78
        elif kind == 3 and row.phone:
            digits = row.phone.replace(" ", "")
            out.append(f"+33 {digits[1]} {digits[2:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}")
        elif kind == 4:
            out.append(row.postcode)
        elif kind == 5:
            out.append(row.city.lower())
        elif kind == 6 and row.email:
            out.append(row.email.split("@")[0][:8])
        elif kind == 7:
            out.append(f"{misspell(surname.lower(), rng)} {first}")
        elif kind == 8 and row.phone:  # an international number half typed
            digits = row.phone.replace(" ", "")
            out.append(f"+33 {digits[1]} {digits[2:4]} {digits[4:rng.randint(5, 7)]}")
        elif kind == 9 and row.phone:  # a national number without its 0, half typed
            digits = row.phone.replace(" ", "")
            out.append(f"{digits[1]} {digits[2:4]} {digits[4:6]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=800)
    args = parser.parse_args(argv)
    from planner.services.search import load_search_index

    with demo_database(args.customers) as (database, demo_s):
        print(f"demo: {args.customers} clients en {demo_s:.1f} s", flush=True)
        started = time.perf_counter()
        index = load_search_index(database)
        build_s = time.perf_counter() - started
        print(f"index: {len(index)} clients chargés et indexés en {build_s:.2f} s", flush=True)
    rng = random.Random(7)
    typed = queries(index.rows, rng, args.queries)
    for query in typed[:50]:
        index.search(query)  # warm-up
    timings = []
    empty = 0
    for query in typed:
        started = time.perf_counter()
        hits = index.search(query)
        timings.append((time.perf_counter() - started) * 1000)
        empty += not hits
    p50, p95 = percentiles(timings)
    print(f"search: {len(typed)} requêtes, {empty} sans résultat, p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {max(timings):.1f} ms")
    print(f"RESULT p50_ms={p50:.2f} p95_ms={p95:.2f} index_s={build_s:.2f} customers={args.customers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
