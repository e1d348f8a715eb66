"""The ``planner`` command: the window by default, and the command-line tools.

Each sub-command is a small function that parses nothing itself, calls services and prints in
French; errors meant for the user end with exit code 1 (2 for malformed input), never with a
traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date

from planner import __version__
from planner.domain.errors import PlannerError, ValidationError

Command = Callable[[argparse.Namespace], int]


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="base à utiliser : chemin d'un fichier SQLite ou postgresql://… "
        "(défaut : PLANNER_DATABASE_URL, sinon le fichier du dossier de données)",
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une date AAAA-MM-JJ") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Planner — planification des visites de maintenance et des tournées.",
    )
    parser.add_argument("--version", action="version", version=f"Planner {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    check = commands.add_parser("check", help="vérifier l'intégrité et la version de la base")
    _db_option(check)
    check.set_defaults(handler=cmd_check)

    demo = commands.add_parser("demo", help="remplir la base avec des données de démonstration")
    demo.add_argument("--customers", type=int, default=300, metavar="N", help="nombre de clients (300)")
    demo.add_argument("--technicians", type=int, default=6, metavar="N", help="nombre de techniciens (6)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="graine du tirage (2026)")
    demo.add_argument("--today", type=_iso_date, default=None, metavar="AAAA-MM-JJ",
                      help="date du jour simulée (défaut : aujourd'hui)")
    demo.add_argument("--replace", action="store_true", help="effacer d'abord toutes les données")
    demo.add_argument("--if-empty", action="store_true",
                      help="ne rien faire (sans erreur) si la base contient déjà des données")
    _db_option(demo)
    demo.set_defaults(handler=cmd_demo)

    geocode = commands.add_parser(
        "geocode", help="placer une adresse sur la carte, ou tous les sites sans coordonnées"
    )
    geocode.add_argument("address", nargs="?", metavar="ADRESSE", help="adresse à placer, entre guillemets")
    geocode.add_argument("--pending", action="store_true", help="géocoder tous les sites encore sans coordonnées")
    geocode.add_argument("--offline", action="store_true",
                         help="sans réseau : cache des adresses et liste des communes seulement")
    geocode.add_argument("--json", action="store_true", help="résultat en JSON")
    _db_option(geocode)
    geocode.set_defaults(handler=cmd_geocode)

    alerts = commands.add_parser("alerts", help="lister les alertes du jour (visites, reconductions, devis…)")
    alerts.add_argument("--on", type=_iso_date, default=None, metavar="AAAA-MM-JJ",
                        help="jour à examiner (défaut : aujourd'hui)")
    alerts.add_argument("--json", action="store_true", help="résultat en JSON (une liste d'alertes)")
    _db_option(alerts)
    alerts.set_defaults(handler=cmd_alerts)

    shot = commands.add_parser("screenshot", help="enregistrer une vue de la fenêtre en PNG")
    shot.add_argument("view", metavar="VUE", help="clients, contrats, techniciens, client")
    shot.add_argument("output", metavar="SORTIE.png")
    shot.add_argument("--size", default="1400x860", metavar="LxH", help="taille de la fenêtre")
    _db_option(shot)
    shot.set_defaults(handler=cmd_screenshot)
    return parser


# -- commands ------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from planner.services.maintenance import check_database

    report = check_database(getattr(args, "db", None))
    for line in report.lines():
        print(line)
    return 0 if report.healthy else 1


def cmd_demo(args: argparse.Namespace) -> int:
    from planner.domain.progress import Progress
    from planner.services.context import is_empty, open_planner_database
    from planner.services.demo import DemoOptions, generate_demo

    database = open_planner_database(getattr(args, "db", None))
    try:
        if args.if_empty and not is_empty(database):
            print(f"La base {database.display_url} contient déjà des données : rien n'a été ajouté.")
            return 0
        progress = Progress(_print_progress, min_interval=1.0)
        summary = generate_demo(
            database,
            DemoOptions(
                customers=args.customers,
                technicians=args.technicians,
                seed=args.seed,
                today=args.today,
                replace=args.replace,
            ),
            progress,
        )
    finally:
        database.dispose()
    print(f"Données de démonstration chargées dans {database.display_url} :")
    print(f"  {summary.describe()}")
    return 0


def _print_progress(state) -> None:  # type: ignore[no-untyped-def]
    percent = "" if state.fraction is None else f"{state.fraction * 100:3.0f} % "
    print(f"  {percent}{state.message}", file=sys.stderr, flush=True)


def cmd_geocode(args: argparse.Namespace) -> int:
    import json

    from planner.db.database import open_database
    from planner.domain.progress import Progress
    from planner.services.geocoding import geocode_pending_sites, make_geocoder

    if args.pending == (args.address is not None):
        raise ValidationError.single(
            "planner geocode", "indiquez une adresse entre guillemets, ou --pending (pas les deux)."
        )
    offline = True if args.offline else None
    if args.pending:
        database = open_database(getattr(args, "db", None))
        try:
            geocoder = make_geocoder(database, offline=offline)
            report = geocode_pending_sites(database, geocoder, Progress(_print_progress, min_interval=1.0))
        finally:
            database.dispose()
        if args.json:
            print(json.dumps({"total": report.total, "placed": report.placed, "review": report.to_review,
                              "unplaced": report.unplaced, "cancelled": report.cancelled}))
        else:
            print(report.describe())
            for notice in report.notices:
                print(f"  ! {notice}")
        return 0
    try:
        database = open_database(getattr(args, "db", None))
    except PlannerError as exc:
        print(f"Attention : {exc} Géocodage sans le cache des adresses.", file=sys.stderr)
        database = None
    try:
        result = make_geocoder(database, offline=offline).geocode(args.address)
    finally:
        if database is not None:
            database.dispose()
    if args.json:
        print(json.dumps({"lat": result.lat, "lon": result.lon, "precision": result.precision.value,
                          "source": result.source or None, "score": result.score, "review": result.review},
                         ensure_ascii=False))
        if result.message:
            print(result.message, file=sys.stderr)
    elif result.found:
        print(f"Latitude : {result.lat:.6f}")
        print(f"Longitude : {result.lon:.6f}")
        print(f"Précision : {result.precision.value}")
        score = "" if result.score is None else f" (score {result.score:.2f})".replace(".", ",")
        print(f"Source : {result.source}{score}")
        if result.label:
            print(f"Adresse reconnue : {result.label}")
        print(f"À vérifier : {result.message}" if result.review else "Position fiable.")
    else:
        print(f"Adresse non placée. {result.message}")
    return 0 if result.found else 1


def cmd_alerts(args: argparse.Namespace) -> int:
    import json

    from planner.db.database import open_database
    from planner.domain.timeutil import paris_today
    from planner.services.alerts import KIND_FR, compute_alerts

    on = args.on or paris_today()
    database = open_database(getattr(args, "db", None))
    try:
        found = compute_alerts(database, on, include_snoozed=True)
    finally:
        database.dispose()
    shown = [a for a in found if a.snoozed_until is None]
    if args.json:
        print(json.dumps([a.as_json() for a in shown], ensure_ascii=False, indent=1))
        return 0
    snoozed = len(found) - len(shown)
    extra = f" ({snoozed} reportée(s), non listée(s))" if snoozed else ""
    print(f"Alertes du {on:%d/%m/%Y} : {len(shown)}{extra}")
    for kind, label in KIND_FR.items():
        of_kind = [a for a in shown if a.kind is kind]
        if not of_kind:
            continue
        print(f"\n{label} ({len(of_kind)})")
        for a in of_kind:
            print(f"  depuis le {a.since:%d/%m/%Y} · {a.customer} · {a.subject} → {a.action_label}")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.ui.screenshot import take_screenshot

    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise ValidationError.single("--size", f"« {args.size} » doit s'écrire LxH, ex. 1400x860") from None
    path = take_screenshot(args.view, args.output, getattr(args, "db", None), (width, height))
    print(f"Capture enregistrée : {path}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from planner.ui.application import run_gui

    return run_gui(getattr(args, "db", None))


# -- entry point ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except ValidationError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    except PlannerError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
