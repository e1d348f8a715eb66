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


def _iso_week(text: str) -> date:
    from planner.services.printing import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une semaine AAAA-Wss (ex. 2026-W48)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Planner — planification des visites de maintenance et des tournées.",
    )
    parser.add_argument("--version", action="version", version=f"Planner {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="vérifier l'installation (base temporaire, PDF, interface hors écran) puis quitter")
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

    solve = commands.add_parser(
        "solve", help="calculer des tournées sur un problème au format VROOM (JSON), sans base de données"
    )
    solve.add_argument("problem", metavar="PROBLEME.json")
    solve.add_argument("-o", "--output", metavar="SOLUTION.json", help="fichier de sortie (défaut : la console)")
    solve.add_argument("--time-limit", type=float, default=None, metavar="SECONDES",
                       help="durée de recherche (défaut : 10 s)")
    solve.set_defaults(handler=cmd_solve)

    shot = commands.add_parser("screenshot", help="enregistrer une vue de la fenêtre en PNG")
    shot.add_argument("view", metavar="VUE", help="clients, contrats, techniciens, client")
    shot.add_argument("output", metavar="SORTIE.png")
    shot.add_argument("--size", default="1400x860", metavar="LxH", help="taille de la fenêtre")
    _db_option(shot)
    shot.set_defaults(handler=cmd_screenshot)

    imp = commands.add_parser("import", help="importer les clients d'un fichier Excel (.xlsx) ou CSV")
    imp.add_argument("file", metavar="FICHIER", help="classeur .xlsx ou fichier .csv (; ou ,)")
    imp.add_argument("--dry-run", action="store_true", help="simulation : tout afficher, ne rien enregistrer")
    imp.add_argument("--json", action="store_true", help="le bilan ligne par ligne en JSON")
    imp.add_argument("--sheet", metavar="FEUILLE", help="feuille à lire (défaut : celle qui a un en-tête reconnu)")
    imp.add_argument("--header-row", type=int, metavar="N", help="numéro de la ligne d'en-tête (défaut : trouvé)")
    imp.add_argument("--map", action="append", default=[], metavar="COLONNE=CHAMP",
                     help="corriger une colonne, ex. --map H=portable --map K=- (ignorer) ; répétable")
    imp.add_argument("--geocode", action="store_true", help="placer aussitôt les nouveaux sites sur la carte")
    imp.add_argument("--today", type=_iso_date, default=None, metavar="AAAA-MM-JJ", help=argparse.SUPPRESS)
    _db_option(imp)
    imp.set_defaults(handler=cmd_import)

    export = commands.add_parser("export", help="exporter clients, contrats ou interventions en .xlsx ou .csv")
    export.add_argument("what", metavar="QUOI", help="customers (clients), contracts (contrats), visits "
                        "(interventions) ou all (tout, en .xlsx)")
    export.add_argument("output", metavar="SORTIE", help="fichier .xlsx ou .csv")
    _db_option(export)
    export.set_defaults(handler=cmd_export)

    gdpr_export = commands.add_parser("gdpr-export", help="RGPD : toutes les données d'un client en JSON")
    gdpr_export.add_argument("customer_id", type=int, metavar="N_CLIENT")
    gdpr_export.add_argument("output", metavar="SORTIE.json")
    _db_option(gdpr_export)
    gdpr_export.set_defaults(handler=cmd_gdpr_export)

    gdpr_erase = commands.add_parser("gdpr-erase", help="RGPD : anonymiser un client (irréversible)")
    gdpr_erase.add_argument("customer_id", type=int, metavar="N_CLIENT")
    gdpr_erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    _db_option(gdpr_erase)
    gdpr_erase.set_defaults(handler=cmd_gdpr_erase)

    backup = commands.add_parser("backup", help="sauvegarder la base SQLite maintenant")
    backup.add_argument("--dir", metavar="DOSSIER", default=None,
                        help="dossier des sauvegardes (défaut : backups/ du dossier de données)")
    _db_option(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="remettre une sauvegarde à la place de la base SQLite")
    restore.add_argument("file", metavar="FICHIER", help="une sauvegarde (planner-AAAA-MM-JJ.sqlite3)")
    _db_option(restore)
    restore.set_defaults(handler=cmd_restore)

    printing = commands.add_parser("print", help="imprimer en PDF : bons d'intervention, feuilles de route, devis, courriers")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in (
        ("work-orders", "bons d'intervention d'un jour ou d'une semaine (un par page)"),
        ("day-sheet", "feuilles de route des techniciens (arrêts, trajets, croquis de la tournée)"),
        ("batch", "pour chaque technicien et chaque jour : la feuille de route puis les bons d'intervention"),
    ):
        command = documents.add_parser(name, help=help_text)
        when = command.add_mutually_exclusive_group(required=True)
        when.add_argument("--date", type=_iso_date, metavar="AAAA-MM-JJ", help="un jour")
        when.add_argument("--week", type=_iso_week, metavar="AAAA-Wss", help="une semaine ISO, ex. 2026-W48")
        if name == "work-orders":
            when.add_argument("--visit", metavar="N_INTERVENTION", help="une seule intervention, ex. I-2026-00042")
        command.add_argument("--technician", metavar="NOM", help="un seul technicien (prénom, nom ou les deux)")
        command.add_argument("-o", "--output", required=True, metavar="SORTIE.pdf")
        _db_option(command)
        command.set_defaults(handler=cmd_print)
    quote = documents.add_parser("quote", help="un devis")
    quote.add_argument("number", metavar="NUMERO", help="numéro du devis, ex. D-2026-00007")
    quote.add_argument("-o", "--output", required=True, metavar="SORTIE.pdf")
    _db_option(quote)
    quote.set_defaults(handler=cmd_print)
    renewal = documents.add_parser(
        "renewal", help="le courrier de préavis de reconduction d'un contrat (même texte que l'e-mail)"
    )
    renewal.add_argument("number", metavar="NUMERO", help="numéro du contrat, ex. C-2026-00017")
    renewal.add_argument("--date", type=_iso_date, metavar="AAAA-MM-JJ",
                         help="date du courrier (défaut : aujourd'hui)")
    renewal.add_argument("-o", "--output", required=True, metavar="SORTIE.pdf")
    _db_option(renewal)
    renewal.set_defaults(handler=cmd_print)
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


def cmd_solve(args: argparse.Namespace) -> int:
    from planner.optimize.cli import solve_command

    return solve_command(args.problem, args.output, args.time_limit)


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


def _parse_mapping(items: Sequence[str], preview) -> dict[int, str] | None:  # type: ignore[no-untyped-def]
    """``--map H=portable`` → {7: "mobile"} over the detected mapping (letter or header text)."""
    from planner.domain.text import fold
    from planner.services.importing import CUSTOMER_FIELDS

    if not items:
        return None
    mapping = dict(preview.mapping)
    by_label = {fold(label): key for key, label in CUSTOMER_FIELDS.items()}
    by_label.update({fold(key): key for key in CUSTOMER_FIELDS})
    by_label.update({"mobile": "mobile", "tel": "phone", "cp": "postcode", "email": "email"})
    for item in items:
        column, sep, target = item.partition("=")
        if not sep:
            raise ValidationError.single("--map", f"« {item} » doit s'écrire COLONNE=CHAMP (ex. H=portable).")
        index = next((c.index for c in preview.columns
                      if column.strip().upper() == c.letter or fold(column) == fold(c.header)), None)
        if index is None:
            raise ValidationError.single("--map", f"colonne « {column} » introuvable (lettre ou titre de colonne).")
        if target.strip() in {"-", ""}:
            mapping.pop(index, None)
            continue
        key = by_label.get(fold(target))
        if key is None:
            known = ", ".join(sorted(fold(label) for label in CUSTOMER_FIELDS.values()))
            raise ValidationError.single("--map", f"champ « {target} » inconnu ({known}).")
        mapping = {i: f for i, f in mapping.items() if f != key}
        mapping[index] = key
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    import json

    from planner.domain.progress import Progress
    from planner.services.context import open_planner_database
    from planner.services.importing import ImportOptions, import_file, preview_file

    options = ImportOptions(sheet=args.sheet, header_row=args.header_row, today=args.today)
    if args.map:
        preview = preview_file(args.file, options)
        options = ImportOptions(sheet=preview.sheet, header_row=preview.header_row,
                                columns=_parse_mapping(args.map, preview), today=args.today)
    database = open_planner_database(getattr(args, "db", None))
    try:
        progress = None if args.json else Progress(_print_progress, min_interval=1.0)
        report = import_file(database, args.file, options, dry_run=args.dry_run, progress=progress)
        geocoded = None
        if args.geocode and report.new_site_ids:
            from planner.services.geocoding import geocode_pending_sites, make_geocoder

            geocoded = geocode_pending_sites(database, make_geocoder(database), progress or Progress(),
                                             site_ids=report.new_site_ids)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    for line in report.describe():
        print(line)
    if geocoded is not None:
        print(geocoded.describe())
    elif report.new_site_ids:
        print(f"{len(report.new_site_ids)} nouveau(x) site(s) à placer sur la carte : planner geocode --pending")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from planner.db.database import open_database
    from planner.services.exporting import export_data

    database = open_database(getattr(args, "db", None))
    try:
        result = export_data(database, args.what, args.output)
    finally:
        database.dispose()
    print(result.describe())
    return 0


def cmd_gdpr_export(args: argparse.Namespace) -> int:
    from planner.db.database import open_database
    from planner.services.gdpr import export_customer_data

    database = open_database(getattr(args, "db", None))
    try:
        path = export_customer_data(database, args.customer_id, args.output)
    finally:
        database.dispose()
    print(f"Données du client n° {args.customer_id} enregistrées dans {path}.")
    return 0


def cmd_gdpr_erase(args: argparse.Namespace) -> int:
    from planner.db.database import open_database
    from planner.services.gdpr import erase_customer, erasure_preview

    database = open_database(getattr(args, "db", None))
    try:
        preview = erasure_preview(database, args.customer_id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationError.single(
                    "planner gdpr-erase", f"{preview.confirmation()} Relancez avec --yes pour confirmer."
                )
            answer = input(f"{preview.confirmation()}\nTapez le n° du client pour confirmer : ").strip()
            if answer != str(args.customer_id):
                print("Anonymisation abandonnée : rien n'a été modifié.")
                return 1
        report = erase_customer(database, args.customer_id, preview.version)
    finally:
        database.dispose()
    print(report.describe())
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from planner.db.database import open_database
    from planner.services.backup import backup_now

    database = open_database(getattr(args, "db", None))
    try:
        result = backup_now(database, Path(args.dir) if args.dir else None)
    finally:
        database.dispose()
    print(result.describe())
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from planner.services.backup import restore_backup

    print(restore_backup(args.file, getattr(args, "db", None)).describe())
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from planner.domain.progress import Progress
    from planner.services import printing
    from planner.services.context import open_planner_database

    database = open_planner_database(getattr(args, "db", None))
    try:
        progress = Progress(_print_progress, min_interval=1.0)
        if args.document == "quote":
            result = printing.print_quote_number(database, args.number, args.output, progress)
        elif args.document == "renewal":
            result = printing.print_renewal_letter(database, printing.contract_id_of(database, args.number),
                                                   args.output, progress, on=args.date)
        elif getattr(args, "visit", None):
            result = printing.print_visit_work_order(database, printing.visit_id_of(database, args.visit), args.output)
        else:
            technician = printing.find_technician(database, args.technician) if args.technician else None
            selection = (printing.PrintSelection.day(args.date, technician) if args.date
                         else printing.PrintSelection.week(args.week, technician))
            function = {"work-orders": printing.print_work_orders, "day-sheet": printing.print_day_sheets,
                        "batch": printing.print_batch}[args.document]
            result = function(database, selection, args.output, progress=progress)
    finally:
        database.dispose()
    print(result.describe())
    return 0


def cmd_self_check(_args: argparse.Namespace) -> int:
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Never touch the user's data folder nor database.
    os.environ["PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="planner-selfcheck-data-")
    os.environ.pop("PLANNER_DATABASE_URL", None)
    from planner.services.selfcheck import run_self_check
    from planner.ui.selfcheck import run_qt_self_check

    print(f"Planner {__version__} — auto-vérification ({sys.executable})")
    report = run_self_check()
    try:
        run_qt_self_check(report)
    except Exception as exc:  # noqa: BLE001 - a bundle missing a module still prints its report
        report.checks.append((False, f"Interface : {exc.__class__.__name__}: {exc}"))
    for line in report.lines():
        print(line)
    import shutil

    shutil.rmtree(os.environ["PLANNER_DATA_DIR"], ignore_errors=True)
    return 0 if report.passed else 1


def cmd_gui(args: argparse.Namespace) -> int:
    from planner.ui.application import run_gui

    return run_gui(getattr(args, "db", None))


# -- entry point ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command = cmd_self_check if args.self_check else getattr(args, "handler", cmd_gui)
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
