"""300 work orders in one PDF: ``python -m benchmarks.pdf``.

A demo database (default 2 000 customers, 16 technicians) books four weeks of rounds; the first
300 visits planned are read back as work orders (customer, site, contract tier and checklist,
last visit) and laid out in one PDF with the company header, QR codes and page numbers — what
« Imprimer la semaine » does (target: ≤ 5 s).  The page count is checked with the renderer's own
count.

Ends with ``RESULT work_orders_300_s=… gather_s=… render_s=… cpu_s=… pages=…``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks._data import BENCH_DAY, demo_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--technicians", type=int, default=16)
    parser.add_argument("--orders", type=int, default=300)
    args = parser.parse_args(argv)
    from planner.services import printing

    with demo_database(args.customers, args.technicians) as (database, generated):
        print(f"Démo : {args.customers} clients générés en {generated:.1f} s", file=sys.stderr)
        selection = printing.PrintSelection(BENCH_DAY + timedelta(days=1), days=28)
        started, cpu = time.perf_counter(), time.process_time()
        orders = printing.work_orders_for(database, selection)[: args.orders]
        gathered = time.perf_counter() - started
        if len(orders) < args.orders:
            print(f"Seulement {len(orders)} interventions planifiées : augmentez --customers.", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="planner-pdf-") as folder:
            target = Path(folder) / "bons.pdf"
            result = printing._write(database, orders, target, "Bons d'intervention", "bons", None)
            total = time.perf_counter() - started
            cpu_s = time.process_time() - cpu
            size = target.stat().st_size
        if result.pages != args.orders:
            print(f"{result.pages} pages pour {args.orders} bons", file=sys.stderr)
            return 1
        print(f"{args.orders} bons d'intervention : lecture {gathered:.2f} s, mise en page {total - gathered:.2f} s, "
              f"{size / 1e6:.1f} Mo", file=sys.stderr)
        print(f"RESULT work_orders_{args.orders}_s={total:.2f} gather_s={gathered:.2f} render_s={total - gathered:.2f} "
              f"cpu_s={cpu_s:.2f} pages={result.pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
